import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { DateScalar } from '../../common/date.scalar';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { ocopProductService as products } from '../ocop-product/ocop-product.service';
import { OcopProduct } from '../ocop-product/ocop-product.type';
import { unitChainService } from '../ocop-product/unit-chain.service';
import { ocopCertificateService as certificates } from './ocop-certificate.service';
import { CertificateStatus, OcopCertificate } from './ocop-certificate.type';

@Resolver(() => OcopCertificate)
export class OcopCertificateResolver {
  @FieldResolver(() => CertificateStatus, {
    nullable: true,
    description:
      'Status on `asOf` (default: today in Vietnam): revoked from `revokedOn`, else replaced from ' +
      '`supersededOn`, else expired from `expiresOn`, else valid. Null only for a day before the decision.',
  })
  status(
    @Root() certificate: OcopCertificate,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day to give the status for (default: today in Vietnam).',
    })
    asOf?: string | null,
  ): CertificateStatus | null {
    return certificates.status(certificate, asOf);
  }

  @FieldResolver(() => OcopProduct, { description: 'The certified product.' })
  product(@Root() certificate: OcopCertificate, @Ctx() ctx: Context): Promise<OcopProduct | null> {
    return products.byId(ctx, certificate.productUuid);
  }

  @FieldResolver(() => OcopCertificate, {
    nullable: true,
    description: 'The newer certificate of the same product that replaced this one; null when not replaced.',
  })
  supersededBy(@Root() certificate: OcopCertificate, @Ctx() ctx: Context): Promise<OcopCertificate | null> {
    return certificates.supersededBy(ctx, certificate);
  }

  @FieldResolver(() => AdministrativeUnit, {
    nullable: true,
    description: 'The unit whose authority issued the certificate (a province or a district), when recorded.',
  })
  issuerUnit(@Root() certificate: OcopCertificate, @Ctx() ctx: Context): Promise<AdministrativeUnit | null> {
    return unitChainService.unit(ctx, certificate.issuerUnitUuid);
  }
}
