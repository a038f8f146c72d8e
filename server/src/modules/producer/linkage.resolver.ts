import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { ocopProductService as products } from '../ocop-product/ocop-product.service';
import { OcopProduct } from '../ocop-product/ocop-product.type';
import { unitChainService } from '../ocop-product/unit-chain.service';
import { Linkage } from './linkage.type';
import { producerService as producers } from './producer.service';
import { Producer } from './producer.type';

@Resolver(() => Linkage)
export class LinkageResolver {
  @FieldResolver(() => Producer, { description: 'The OCOP producer the linkage was recorded for.' })
  producer(@Root() linkage: Linkage, @Ctx() ctx: Context): Promise<Producer> {
    return producers.existing(ctx, linkage.producerUuid);
  }

  @FieldResolver(() => OcopProduct, {
    nullable: true,
    description: 'The product the linkage is about; null when it covers the producer’s whole output.',
  })
  product(@Root() linkage: Linkage, @Ctx() ctx: Context): Promise<OcopProduct | null> {
    return linkage.productUuid ? products.byId(ctx, linkage.productUuid) : Promise.resolve(null);
  }

  @FieldResolver(() => Producer, {
    nullable: true,
    description: 'The partner, when it is itself a producer on the platform.',
  })
  partnerProducer(@Root() linkage: Linkage, @Ctx() ctx: Context): Promise<Producer | null> {
    return linkage.partnerProducerUuid
      ? producers.byId(ctx, linkage.partnerProducerUuid)
      : Promise.resolve(null);
  }

  @FieldResolver(() => AdministrativeUnit, {
    nullable: true,
    description:
      'The district or commune that supported the linkage (the province’s "one linked product a year" target), ' +
      'when recorded.',
  })
  supportingUnit(@Root() linkage: Linkage, @Ctx() ctx: Context): Promise<AdministrativeUnit | null> {
    return unitChainService.unit(ctx, linkage.supportingUnitUuid);
  }
}
