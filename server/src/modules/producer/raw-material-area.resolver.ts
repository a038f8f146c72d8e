import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { ocopProductService as products } from '../ocop-product/ocop-product.service';
import { OcopProduct } from '../ocop-product/ocop-product.type';
import { unitChainService } from '../ocop-product/unit-chain.service';
import { producerService as producers } from './producer.service';
import { Producer } from './producer.type';
import { RawMaterialArea } from './raw-material-area.type';

@Resolver(() => RawMaterialArea)
export class RawMaterialAreaResolver {
  @FieldResolver(() => Producer, { description: 'The producer that farms or sources from the area.' })
  producer(@Root() area: RawMaterialArea, @Ctx() ctx: Context): Promise<Producer> {
    return producers.existing(ctx, area.producerUuid);
  }

  @FieldResolver(() => OcopProduct, {
    nullable: true,
    description: 'The product the area supplies; null when it supplies several.',
  })
  product(@Root() area: RawMaterialArea, @Ctx() ctx: Context): Promise<OcopProduct | null> {
    return area.productUuid ? products.byId(ctx, area.productUuid) : Promise.resolve(null);
  }

  @FieldResolver(() => AdministrativeUnit, {
    nullable: true,
    description: 'The commune the area lies in, as the unit existed when recorded.',
  })
  commune(@Root() area: RawMaterialArea, @Ctx() ctx: Context): Promise<AdministrativeUnit | null> {
    return unitChainService.unit(ctx, area.communeUuid);
  }
}
