import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ProductPhoto } from '../listing/product-photo.type';
import { OcopProduct } from '../ocop-product/ocop-product.type';
import { productTradeService as trade } from './product-trade.service';
import { productCompareService as compare, MAX_COMPARED } from './product-compare.service';
import { ProductCertification, ProductionCapacity } from './product-trade.type';

/** What a buyer needs on a product (capacity, certifications, keeping, English), and the comparison. */
@Resolver(() => OcopProduct)
export class ProductTradeResolver {
  @Query(() => [OcopProduct], {
    nullable: 'items',
    description:
      `Up to ${MAX_COMPARED} products by their IDs, in the order given (to compare them side by side); null in ` +
      'the place of one that does not exist or was withdrawn. More IDs, or an ID not of a product, is BAD_USER_INPUT.',
  })
  ocopProductsByIds(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: `The products’ global IDs (at most ${MAX_COMPARED}).` })
    ids: string[],
  ): Promise<(OcopProduct | null)[]> {
    return compare.byIds(ctx, ids);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Name in English, kept by the producer’s editors; null when none was given (show `name`).',
  })
  async nameEn(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<string | null> {
    return (await trade.details(ctx, product.uuid)).nameEn;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Description in English; null when none was given (show `description`).',
  })
  async descriptionEn(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<string | null> {
    return (await trade.details(ctx, product.uuid)).descriptionEn;
  }

  @FieldResolver(() => ProductionCapacity, {
    nullable: true,
    description: 'How much the producer can supply per month, season or year; null when not said.',
  })
  async capacity(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<ProductionCapacity | null> {
    return (await trade.details(ctx, product.uuid)).capacity;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Days the product keeps unopened; null when not said.',
  })
  async shelfLifeDays(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<number | null> {
    return (await trade.details(ctx, product.uuid)).shelfLifeDays;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'How to store it (in Vietnamese, as the producer writes it); null when not said.',
  })
  async storageInstructions(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<string | null> {
    return (await trade.details(ctx, product.uuid)).storageInstructions;
  }

  @FieldResolver(() => Int, {
    description:
      'Version of the details above (capacity, shelf life, storage, English): `productDetailsUpdate` names it. ' +
      '0 while nothing was recorded.',
  })
  async detailsVersion(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<number> {
    return (await trade.details(ctx, product.uuid)).version;
  }

  @FieldResolver(() => [ProductCertification], {
    description:
      'Quality certifications besides OCOP (VietGAP, organic, HACCP…), latest first, each with its status today.',
  })
  qualityCertifications(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<ProductCertification[]> {
    return trade.certifications(ctx, product.uuid);
  }

  @FieldResolver(() => ProductPhoto, {
    nullable: true,
    description: 'The first photo (what a card or a list shows); null when the product has none.',
  })
  coverPhoto(@Root() product: OcopProduct, @Ctx() ctx: Context): Promise<ProductPhoto | null> {
    return trade.coverPhoto(ctx, product.uuid);
  }
}
