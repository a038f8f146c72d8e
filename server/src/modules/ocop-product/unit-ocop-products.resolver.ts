import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs } from '../../common/connection';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { CertificateStatus } from '../ocop-certificate/ocop-certificate.type';
import { ocopProductService as products } from './ocop-product.service';
import { OcopProductConnection } from './ocop-product.type';

/** The OCOP side of an administrative unit, added to the admin-unit module's type from here. */
@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitOcopResolver {
  @FieldResolver(() => OcopProductConnection, {
    description:
      'OCOP products made in this unit, most stars first: for a commune, those recorded on it and, through the ' +
      '2025 reform’s lineage, on the communes it was formed from or became; for a district or a province, ' +
      'everything inside it. By default only products whose current certificate is valid today.',
  })
  async ocopProducts(
    @Root() unit: AdministrativeUnit,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('certificateStatus', () => [CertificateStatus], {
      nullable: true,
      description: 'Status today of the products’ current certificate: any of these (default: [VALID]).',
    })
    certificateStatus?: CertificateStatus[] | null,
  ): Promise<OcopProductConnection> {
    return OcopProductConnection.fromPage(await products.unitProducts(ctx, unit, page, certificateStatus));
  }
}
