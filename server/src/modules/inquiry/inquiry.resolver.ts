import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs } from '../../common/connection';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { ProductListing } from '../listing/product-listing.type';
import { OcopProduct } from '../ocop-product/ocop-product.type';
import { Producer } from '../producer/producer.type';
import {
  InquiryBlockSenderInput,
  InquiryBuyerReplyInput,
  InquiryFilter,
  InquiryMarkReadInput,
  InquiryReplyInput,
  InquirySendInput,
  InquirySetOutcomeInput,
  TradeInquiryStatsInput,
} from './inquiry.inputs';
import { inquiryService as inquiries } from './inquiry.service';
import { inquiryStatsService as stats } from './inquiry-stats.service';
import {
  BuyerInquiry,
  Inquiry,
  InquiryBuyerReplyPayload,
  InquiryConnection,
  InquiryMessage,
  InquiryPayload,
  InquiryReplyPayload,
  InquirySendPayload,
  TradeInquiryStats,
  type InquiryRow,
} from './inquiry.type';

/** The fields both views of an inquiry resolve through loaders (one statement per kind and tick). */
const related = {
  producer: (row: InquiryRow, ctx: Context) =>
    ctx.loaders.producerById.load(row.producerUuid) as Promise<Producer>,
  product: (row: InquiryRow, ctx: Context) =>
    row.productUuid ? ctx.loaders.ocopProductById.load(row.productUuid) : Promise.resolve(null),
  listing: (row: InquiryRow, ctx: Context) =>
    row.listingUuid ? ctx.loaders.productListingById.load(row.listingUuid) : Promise.resolve(null),
  messages: (row: InquiryRow, ctx: Context) =>
    row.fakeMessages
      ? Promise.resolve(row.fakeMessages)
      : ctx.loaders.inquiryMessagesByInquiryId.load(row.uuid),
};

@Resolver(() => BuyerInquiry)
export class BuyerInquiryResolver {
  @Query(() => BuyerInquiry, {
    nullable: true,
    description: 'The buyer’s view through the private link; null for an unknown token.',
  })
  inquiryByToken(@Arg('token') token: string, @Ctx() ctx: Context): Promise<BuyerInquiry | null> {
    return inquiries.byToken(ctx, token);
  }

  @Mutation(() => InquirySendPayload, {
    description:
      'Sends a request for quotation to a producer, without an account. Idempotent by key; limited per address ' +
      'and per contact (THROTTLED); SENDER_BLOCKED when the producer blocked this phone or e-mail.',
  })
  inquirySend(@Arg('input') input: InquirySendInput, @Ctx() ctx: Context): Promise<InquirySendPayload> {
    return inquiries.send(ctx, input);
  }

  @Mutation(() => InquiryBuyerReplyPayload, {
    description: 'The buyer replies through the private link (no login).',
  })
  inquiryBuyerReply(
    @Arg('input') input: InquiryBuyerReplyInput,
    @Ctx() ctx: Context,
  ): Promise<InquiryBuyerReplyPayload> {
    return inquiries.buyerReply(ctx, input);
  }

  @FieldResolver(() => Producer, { description: 'The producer asked.' })
  producer(@Root() row: BuyerInquiry, @Ctx() ctx: Context): Promise<Producer> {
    return related.producer(row, ctx);
  }

  @FieldResolver(() => OcopProduct, { nullable: true, description: 'The product asked about, if any.' })
  product(@Root() row: BuyerInquiry, @Ctx() ctx: Context): Promise<OcopProduct | null> {
    return related.product(row, ctx);
  }

  @FieldResolver(() => ProductListing, { nullable: true, description: 'The listing asked about, if any.' })
  listing(@Root() row: BuyerInquiry, @Ctx() ctx: Context): Promise<ProductListing | null> {
    return related.listing(row, ctx);
  }

  @FieldResolver(() => [InquiryMessage], {
    description: 'The conversation, oldest first, the first message included.',
  })
  messages(@Root() row: BuyerInquiry, @Ctx() ctx: Context): Promise<InquiryMessage[]> {
    return related.messages(row, ctx);
  }
}

@Resolver(() => Inquiry)
export class InquiryResolver {
  @Query(() => InquiryConnection, {
    description:
      'Inquiries of the producers the viewer edits (administrators: all); newest first; keyset-paged.',
  })
  async inquiries(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => InquiryFilter, { nullable: true, description: 'Which inquiries to list.' })
    filter?: InquiryFilter | null,
  ): Promise<InquiryConnection> {
    return InquiryConnection.fromPage(await inquiries.page(ctx, page, filter));
  }

  @Query(() => Int, {
    description:
      'Count of inquiries with unread buyer messages for the viewer (0 when not a producer editor). For the header badge.',
  })
  inquiryUnreadCount(@Ctx() ctx: Context): Promise<number> {
    return inquiries.unreadCount(ctx);
  }

  @Query(() => TradeInquiryStats, {
    description: 'Trade-promotion figures: officials inside their unit, administrators. Never any contact.',
  })
  tradeInquiryStats(
    @Arg('input') input: TradeInquiryStatsInput,
    @Ctx() ctx: Context,
  ): Promise<TradeInquiryStats> {
    return stats.stats(ctx, input);
  }

  @Mutation(() => InquiryReplyPayload, {
    description: 'A producer editor of that producer (or an administrator) replies; the buyer is notified.',
  })
  inquiryReply(@Arg('input') input: InquiryReplyInput, @Ctx() ctx: Context): Promise<InquiryReplyPayload> {
    return inquiries.reply(ctx, input);
  }

  @Mutation(() => InquiryPayload, { description: 'Marks read (opened in the inbox).' })
  inquiryMarkRead(@Arg('input') input: InquiryMarkReadInput, @Ctx() ctx: Context): Promise<InquiryPayload> {
    return inquiries.markRead(ctx, input);
  }

  @Mutation(() => InquiryPayload, {
    description: 'Closes as WON or LOST (reason required for LOST, ≤ 500) or reopens (OPEN).',
  })
  inquirySetOutcome(
    @Arg('input') input: InquirySetOutcomeInput,
    @Ctx() ctx: Context,
  ): Promise<InquiryPayload> {
    return inquiries.setOutcome(ctx, input);
  }

  @Mutation(() => InquiryPayload, {
    description: 'Blocks the inquiry’s sender (their phone/email) from sending to this producer again.',
  })
  inquiryBlockSender(
    @Arg('input') input: InquiryBlockSenderInput,
    @Ctx() ctx: Context,
  ): Promise<InquiryPayload> {
    return inquiries.blockSender(ctx, input);
  }

  @FieldResolver(() => Producer, { description: 'The producer asked.' })
  producer(@Root() row: Inquiry, @Ctx() ctx: Context): Promise<Producer> {
    return related.producer(row, ctx);
  }

  @FieldResolver(() => OcopProduct, { nullable: true, description: 'The product asked about, if any.' })
  product(@Root() row: Inquiry, @Ctx() ctx: Context): Promise<OcopProduct | null> {
    return related.product(row, ctx);
  }

  @FieldResolver(() => ProductListing, { nullable: true, description: 'The listing asked about, if any.' })
  listing(@Root() row: Inquiry, @Ctx() ctx: Context): Promise<ProductListing | null> {
    return related.listing(row, ctx);
  }

  @FieldResolver(() => AdministrativeUnit, {
    nullable: true,
    description: 'The delivery province, if given.',
  })
  deliveryProvince(@Root() row: Inquiry, @Ctx() ctx: Context): Promise<AdministrativeUnit | null> {
    return row.deliveryProvinceUuid
      ? ctx.loaders.unitById.load(row.deliveryProvinceUuid)
      : Promise.resolve(null);
  }

  @FieldResolver(() => [InquiryMessage], { description: 'The conversation, oldest first.' })
  messages(@Root() row: Inquiry, @Ctx() ctx: Context): Promise<InquiryMessage[]> {
    return related.messages(row, ctx);
  }

  @FieldResolver(() => String, { description: 'Who asks (the name is shown to the producer).' })
  buyerName(@Root() row: Inquiry): string {
    return row.buyerNameValue;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The buyer’s organisation: for the producer’s editors and administrators only (null otherwise).',
  })
  organisation(@Root() row: Inquiry, @Ctx() ctx: Context): string | null {
    return inquiries.contact(ctx, row)?.organisation ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The buyer’s phone (+84…): for the producer’s editors and administrators only (null otherwise).',
  })
  phone(@Root() row: Inquiry, @Ctx() ctx: Context): string | null {
    return inquiries.contact(ctx, row)?.phone ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The buyer’s e-mail: for the producer’s editors and administrators only (null otherwise).',
  })
  email(@Root() row: Inquiry, @Ctx() ctx: Context): string | null {
    return inquiries.contact(ctx, row)?.email ?? null;
  }
}

@Resolver(() => Producer)
export class InquiryProducerResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      '"Usually answers within N days": the median days to a first answer over the inquiries of the last 12 ' +
      'months; null until there are at least 5, or when fewer than half are answered.',
  })
  usualAnswerDays(@Root() producer: Producer, @Ctx() ctx: Context): Promise<number | null> {
    return ctx.loaders.usualAnswerDaysByProducerId.load(producer.uuid);
  }
}
