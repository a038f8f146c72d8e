import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { ConnectionShape } from '../../common/connection';
import { productListingService as listings } from '../listing/product-listing.service';
import { ProductListing } from '../listing/product-listing.type';
import { ocopProductService as products } from '../ocop-product/ocop-product.service';
import { OcopProduct } from '../ocop-product/ocop-product.type';
import { labelBatchService as batches } from './label-batch.service';
import { labelCheckService } from './label-check.service';
import { LabelBatchCreateInput, LabelBatchesArgs, LabelBatchRecallInput } from './label.inputs';
import {
  LabelBatch,
  LabelBatchConnection,
  LabelBatchCreatePayload,
  LabelBatchRecallPayload,
  LabelCheck,
  LabelCodeStats,
} from './label.type';

@Resolver()
export class LabelCheckResolver {
  @Mutation(() => LabelCheck, {
    description:
      'Checks the code on a label (scanned from its QR code or typed, spaces and dashes ignored) and counts the ' +
      'check. Anyone, without an account. One statement. A text longer than 100 characters: BAD_USER_INPUT.',
  })
  labelCodeCheck(@Arg('code') code: string, @Ctx() ctx: Context): Promise<LabelCheck> {
    return labelCheckService.check(ctx, code);
  }
}

@Resolver(() => LabelBatch)
export class LabelBatchResolver {
  @Query(() => LabelBatchConnection, {
    description:
      'Production batches with labels, newest first: producer editors see their producers’, officials those of ' +
      'products made in their units, administrators and API keys all. Anonymous: UNAUTHENTICATED.',
  })
  labelBatches(@Args() args: LabelBatchesArgs, @Ctx() ctx: Context): Promise<ConnectionShape<LabelBatch>> {
    return batches.list(ctx, args.first, args.after, args.filter ?? {}).then(LabelBatchConnection.fromPage);
  }

  @Query(() => LabelBatch, { nullable: true, description: 'One batch, when the caller may see it.' })
  labelBatch(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<LabelBatch | null> {
    return batches.byId(ctx, id);
  }

  @Mutation(() => LabelBatchCreatePayload, {
    description:
      'Records a production batch of a certified product and issues one code per item (1 to 10,000). Allowed to ' +
      'the editors of the product’s producer and to administrators; FORBIDDEN otherwise.',
  })
  labelBatchCreate(
    @Arg('input') input: LabelBatchCreateInput,
    @Ctx() ctx: Context,
  ): Promise<LabelBatchCreatePayload> {
    return batches.create(ctx, input);
  }

  @Mutation(() => LabelBatchRecallPayload, {
    description:
      'Recalls a batch: its codes then check as RECALLED, with the reason. Allowed to the editors of its producer, ' +
      'the officials of the units its product is made in, and administrators.',
  })
  labelBatchRecall(
    @Arg('input') input: LabelBatchRecallInput,
    @Ctx() ctx: Context,
  ): Promise<LabelBatchRecallPayload> {
    return batches.recall(ctx, input);
  }

  @FieldResolver(() => OcopProduct, { description: 'The product labelled.' })
  async product(@Root() batch: LabelBatch, @Ctx() ctx: Context): Promise<OcopProduct> {
    return (await products.byId(ctx, batch.productUuid))!;
  }

  @FieldResolver(() => ProductListing, { nullable: true, description: 'The pack the labels go on.' })
  listing(@Root() batch: LabelBatch, @Ctx() ctx: Context): Promise<ProductListing | null> {
    return batch.listingUuid ? listings.byId(ctx, batch.listingUuid) : Promise.resolve(null);
  }

  @FieldResolver(() => Int, { description: 'Checks of all its codes.' })
  async checkCount(@Root() batch: LabelBatch, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.labelBatchChecks.load(batch.uuid)).checkCount;
  }

  @FieldResolver(() => Int, { description: 'Codes checked at least once.' })
  async checkedCodes(@Root() batch: LabelBatch, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.labelBatchChecks.load(batch.uuid)).checkedCodes;
  }

  @FieldResolver(() => Int, { description: 'Codes whose checks look like a copied label.' })
  async suspiciousCodes(@Root() batch: LabelBatch, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.labelBatchChecks.load(batch.uuid)).suspiciousCodes;
  }

  @FieldResolver(() => Int, {
    description:
      'Checks made on a day the product’s certificate was not valid: a sign that old stock or fakes are sold.',
  })
  async checksWithInvalidCertificate(@Root() batch: LabelBatch, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.labelBatchChecks.load(batch.uuid)).checksWithInvalidCertificate;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When one of its codes was last checked.' })
  async lastCheckedAt(@Root() batch: LabelBatch, @Ctx() ctx: Context): Promise<Date | null> {
    return (await ctx.loaders.labelBatchChecks.load(batch.uuid)).lastCheckedAt;
  }

  @FieldResolver(() => [LabelCodeStats], {
    description: 'Its suspicious labels by serial, the earliest flagged first (at most 20).',
  })
  suspiciousLabels(@Root() batch: LabelBatch, @Ctx() ctx: Context): Promise<LabelCodeStats[]> {
    return ctx.loaders.suspiciousLabels.load(batch.uuid);
  }
}
