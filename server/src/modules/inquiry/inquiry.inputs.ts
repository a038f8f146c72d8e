import { Field, Float, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';
import { ContactChannel, InquiryOutcome, InquiryStatus, TradeInquiryGroup } from './inquiry.type';

@InputType('InquirySendInput', {
  description:
    'A request for quotation from a buyer to a producer, without an account. Sizes are bounded; the contact is ' +
    'shown only to that producer’s editors and to administrators.',
})
export class InquirySendInput {
  @Field({
    description:
      'Client-chosen key (8–100 chars) making a retried submit one inquiry (same key + same content → same answer).',
  })
  idempotencyKey: string;

  @Field(() => ID, { nullable: true, description: 'The product asked about (or listingId, or producerId).' })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The listing asked about (or productId, or producerId).' })
  listingId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The producer asked (free text then says what is wanted). Exactly one of the three IDs.',
  })
  producerId?: string | null;

  @Field(() => String, { nullable: true, description: 'What is wanted (at most 200 characters).' })
  subject?: string | null;

  @Field(() => Float, { nullable: true, description: 'Quantity wanted, > 0 and ≤ 1e9.' })
  quantity?: number | null;

  @Field(() => String, { nullable: true, description: 'Unit of the quantity, e.g. "kg", "hộp" (≤ 40).' })
  unit?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Delivery province: the code of a province of today (e.g. "11").',
  })
  deliveryProvinceCode?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Wanted by this day, not before today in Vietnam.',
  })
  wantedBy?: string | null;

  @Field({ description: 'The message to the producer (1–4,000 characters).' })
  message: string;

  @Field({ description: 'Who asks (1–120 characters).' })
  buyerName: string;

  @Field(() => String, { nullable: true, description: 'The buyer’s organisation (≤ 200).' })
  organisation?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A Vietnamese phone number (stored normalised, +84…); phone and/or email required.',
  })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'An e-mail address (≤ 254).' })
  email?: string | null;

  @Field(() => ContactChannel, { description: 'ZALO and PHONE require a phone; EMAIL requires an e-mail.' })
  preferredChannel: ContactChannel;

  @Field({ description: 'Consent to share the contact with that producer: must be true.' })
  consentToShare: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Honeypot: a hidden field people never fill. Non-empty → answered like success, nothing stored/sent.',
  })
  website?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '"vi" (default) or "en": the language of the buyer’s e-mails and link page.',
  })
  locale?: string | null;
}

@InputType('InquiryFilter', { description: 'Which inquiries of the inbox to list.' })
export class InquiryFilter {
  @Field(() => InquiryStatus, { nullable: true, description: 'Only this status.' })
  status?: InquiryStatus | null;

  @Field(() => InquiryOutcome, { nullable: true, description: 'Only this outcome.' })
  outcome?: InquiryOutcome | null;

  @Field(() => ID, { nullable: true, description: 'Only this producer (one the viewer edits).' })
  producerId?: string | null;
}

@InputType('InquiryBuyerReplyInput', { description: 'The buyer’s reply through the private link.' })
export class InquiryBuyerReplyInput {
  @Field({ description: 'The private link’s token.' })
  token: string;

  @Field({ description: 'The reply (1–4,000 characters).' })
  body: string;

  @Field({ description: 'Client-chosen key (8–100 chars): a retry adds the reply once.' })
  idempotencyKey: string;
}

@InputType('InquiryReplyInput', { description: 'The producer’s reply.' })
export class InquiryReplyInput {
  @Field(() => ID, { description: 'The inquiry.' })
  inquiryId: string;

  @Field({ description: 'The reply (1–4,000 characters).' })
  body: string;

  @Field({ description: 'Client-chosen key (8–100 chars): a retry adds the reply once.' })
  idempotencyKey: string;
}

@InputType('InquiryMarkReadInput', { description: 'An inquiry opened in the inbox.' })
export class InquiryMarkReadInput {
  @Field(() => ID, { description: 'The inquiry.' })
  inquiryId: string;
}

@InputType('InquirySetOutcomeInput', { description: 'Closes an inquiry as won or lost, or reopens it.' })
export class InquirySetOutcomeInput {
  @Field(() => ID, { description: 'The inquiry.' })
  inquiryId: string;

  @Field(() => InquiryOutcome, { description: 'WON or LOST closes it; OPEN reopens it.' })
  outcome: InquiryOutcome;

  @Field(() => String, { nullable: true, description: 'Required for LOST (≤ 500 characters).' })
  reason?: string | null;
}

@InputType('InquiryBlockSenderInput', { description: 'Blocks the sender of an inquiry.' })
export class InquiryBlockSenderInput {
  @Field(() => ID, { description: 'The inquiry whose sender (phone / e-mail) is blocked.' })
  inquiryId: string;
}

@InputType('TradeInquiryStatsInput', { description: 'Place, period and breakdown of the figures.' })
export class TradeInquiryStatsInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'A unit (province or lower); officials default to their unit, administrators to the country.',
  })
  unitId?: string | null;

  @Field(() => DateScalar, { description: 'First day, inclusive (days in Vietnam).' })
  from: string;

  @Field(() => DateScalar, { description: 'Last day, inclusive.' })
  to: string;

  @Field(() => TradeInquiryGroup, { description: 'The breakdown of `rows`.' })
  groupBy: TradeInquiryGroup;
}
