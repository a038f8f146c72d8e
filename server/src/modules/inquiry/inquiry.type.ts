import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../common/connection';
import { DateScalar } from '../../common/date.scalar';
import { Node } from '../../common/node.type';
import { WritePayload } from '../../common/write-payload';
import { UserError } from '../../common/user-error';

/** GraphQL type name, also the prefix inside global IDs (see common/node-id.ts). */
export const INQUIRY = 'Inquiry';
export const INQUIRY_MESSAGE = 'InquiryMessage';

/** The enum values are the database's spellings, so rows pass through unchanged. */
export enum InquiryStatus {
  NEW = 'new',
  ANSWERED = 'answered',
  CLOSED = 'closed',
}
registerEnumType(InquiryStatus, {
  name: 'InquiryStatus',
  description: 'Where an inquiry stands in the producer’s inbox.',
  valuesConfig: {
    NEW: { description: 'Not answered yet (until the producer’s first reply).' },
    ANSWERED: { description: 'The producer has replied at least once.' },
    CLOSED: { description: 'Marked won or lost.' },
  },
});

export enum InquiryOutcome {
  OPEN = 'open',
  WON = 'won',
  LOST = 'lost',
}
registerEnumType(InquiryOutcome, {
  name: 'InquiryOutcome',
  description: 'What came of an inquiry, as its producer records it.',
  valuesConfig: {
    OPEN: { description: 'Still open.' },
    WON: { description: 'A deal was made.' },
    LOST: { description: 'No deal (the reason says why).' },
  },
});

export enum ContactChannel {
  PHONE = 'phone',
  EMAIL = 'email',
  ZALO = 'zalo',
}
registerEnumType(ContactChannel, {
  name: 'ContactChannel',
  description: 'How the buyer prefers to be answered.',
  valuesConfig: {
    PHONE: { description: 'A phone call (needs a phone number).' },
    EMAIL: { description: 'An e-mail (needs an e-mail address).' },
    ZALO: { description: 'Zalo, on the buyer’s phone number (needs a phone number).' },
  },
});

export enum InquiryAuthor {
  BUYER = 'buyer',
  PRODUCER = 'producer',
}
registerEnumType(InquiryAuthor, {
  name: 'InquiryAuthor',
  description: 'Who wrote a message of an inquiry.',
  valuesConfig: {
    BUYER: { description: 'The buyer who sent the inquiry.' },
    PRODUCER: { description: 'The producer (one of its editors, or an administrator for it).' },
  },
});

export enum TradeInquiryGroup {
  PROVINCE = 'province',
  PRODUCER = 'producer',
  PRODUCT = 'product',
  MONTH = 'month',
}
registerEnumType(TradeInquiryGroup, {
  name: 'TradeInquiryGroup',
  description: 'How trade-promotion figures are broken down.',
  valuesConfig: {
    PROVINCE: { description: 'By the province of the producer’s commune (as recorded).' },
    PRODUCER: { description: 'By producer (key: the producer’s ID).' },
    PRODUCT: { description: 'By product asked about (key: the product’s ID, or "none").' },
    MONTH: { description: 'By calendar month in Vietnam (key: "YYYY-MM").' },
  },
});

@ObjectType(INQUIRY_MESSAGE, { description: 'One message of an inquiry’s conversation.' })
export class InquiryMessage {
  @Field(() => ID, { description: 'Opaque identifier of the message.' })
  id: string;

  @Field(() => InquiryAuthor, { description: 'Who wrote it.' })
  author: InquiryAuthor;

  @Field({ description: 'The buyer’s name, or the producer’s name (never an editor’s account).' })
  authorName: string;

  @Field({ description: 'The text, as written.' })
  body: string;

  @Field(() => Date, { description: 'When it was sent.' })
  createdAt: Date;
}

/** What both views of an inquiry share; the database keys are not part of the API. */
export class InquiryRow {
  uuid: string;
  producerUuid: string;
  productUuid: string | null;
  listingUuid: string | null;
  deliveryProvinceUuid: string | null;
  /** Sequential number of the reference. */
  number: string;
  buyerNameValue: string;
  organisationValue: string | null;
  phoneValue: string | null;
  emailValue: string | null;
  locale: string;
  /** The messages of an answer that was never stored (the honeypot's): shown instead of reading any. */
  fakeMessages?: InquiryMessage[];
}

@ObjectType('BuyerInquiry', {
  description: 'What the buyer sees through the private link (no producer-internal data).',
})
export class BuyerInquiry extends InquiryRow {
  @Field({ description: 'Short human reference, e.g. "YC-2026-000123".' })
  reference: string;

  @Field(() => Date, { description: 'When the inquiry was sent.' })
  createdAt: Date;

  @Field(() => InquiryStatus, { description: 'Whether the producer has answered (or closed it).' })
  status: InquiryStatus;

  @Field(() => String, { nullable: true, description: 'What is wanted, in the buyer’s words.' })
  subject: string | null;

  @Field(() => Float, { nullable: true, description: 'Quantity wanted, in `unit`.' })
  quantity: number | null;

  @Field(() => String, { nullable: true, description: 'Unit of the quantity, e.g. "kg", "hộp".' })
  unit: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Wanted by this day.' })
  wantedBy: string | null;
}

@ObjectType(INQUIRY, {
  implements: Node,
  description:
    'A request for quotation as the producer’s editors (of that producer) and administrators see it, with the ' +
    'buyer’s contact.',
})
export class Inquiry extends InquiryRow implements Node {
  id: string;

  @Field({ description: 'Short human reference, e.g. "YC-2026-000123".' })
  reference: string;

  @Field(() => Date, { description: 'When the inquiry was sent.' })
  createdAt: Date;

  @Field(() => InquiryStatus, {
    description: 'NEW until the producer’s first reply; CLOSED once won or lost.',
  })
  status: InquiryStatus;

  @Field(() => InquiryOutcome, { description: 'What came of it.' })
  outcome: InquiryOutcome;

  @Field(() => String, { nullable: true, description: 'Why it was lost (or a note on the deal).' })
  outcomeReason: string | null;

  @Field({ description: 'A buyer message the producer has not opened yet.' })
  unread: boolean;

  @Field(() => String, { nullable: true, description: 'What is wanted, in the buyer’s words.' })
  subject: string | null;

  @Field(() => Float, { nullable: true, description: 'Quantity wanted, in `unit`.' })
  quantity: number | null;

  @Field(() => String, { nullable: true, description: 'Unit of the quantity.' })
  unit: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Wanted by this day.' })
  wantedBy: string | null;

  @Field(() => ContactChannel, { description: 'How the buyer prefers to be answered.' })
  preferredChannel: ContactChannel;

  @Field(() => Date, { nullable: true, description: 'When the producer first replied.' })
  firstAnsweredAt: Date | null;
}

export const InquiryConnection = connectionType(Inquiry, INQUIRY, 'inquiries');
export type InquiryConnection = InstanceType<typeof InquiryConnection>;

@ObjectType('InquirySendPayload', { description: 'Result of `inquirySend`.' })
export class InquirySendPayload {
  @Field(() => String, {
    nullable: true,
    description:
      'The private link’s token, shown to the sender (only its hash is stored): the portal shows ' +
      '/inquiry/<token>. A retry with the same key and content answers the same token.',
  })
  buyerToken: string | null;

  @Field(() => BuyerInquiry, { nullable: true, description: 'The inquiry sent; null with user errors.' })
  inquiry: BuyerInquiry | null;

  @Field(() => [UserError], { description: 'Why nothing was sent; empty when it was.' })
  userErrors: UserError[];
}

@ObjectType('InquiryBuyerReplyPayload', { description: 'Result of `inquiryBuyerReply`.' })
export class InquiryBuyerReplyPayload extends WritePayload('inquiry', () => BuyerInquiry, {
  description: 'The inquiry with the reply; null with user errors.',
  userErrors: 'Why nothing was written; empty when the reply was added.',
}) {}

@ObjectType('InquiryReplyPayload', { description: 'Result of `inquiryReply`.' })
export class InquiryReplyPayload extends WritePayload('inquiry', () => Inquiry, {
  description: 'The inquiry with the reply; null with user errors.',
  userErrors: 'Why nothing was written; empty when the reply was added.',
}) {}

@ObjectType('InquiryPayload', {
  description: 'Result of `inquiryMarkRead`, `inquirySetOutcome` and `inquiryBlockSender`.',
})
export class InquiryPayload extends WritePayload('inquiry', () => Inquiry, {
  description: 'The inquiry as it is now (as it was, with user errors).',
  userErrors: 'Why nothing was written; empty when the change was applied.',
}) {}

@ObjectType('TradeInquiryFigures', { description: 'Counts of inquiries; never any contact.' })
export class TradeInquiryFigures {
  @Field(() => Int, { description: 'Inquiries received in the period.' })
  received: number;

  @Field(() => Int, { description: 'Of those, answered by the producer at least once.' })
  answered: number;

  @Field(() => Float, { nullable: true, description: 'answered / received; null when received = 0.' })
  answeredShare: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median hours from the inquiry to the producer’s first reply, over the answered ones.',
  })
  medianHoursToFirstAnswer: number | null;

  @Field(() => Int, { description: 'Marked won.' })
  won: number;

  @Field(() => Int, { description: 'Marked lost.' })
  lost: number;
}

@ObjectType('TradeInquiryRow', { description: 'The figures of one group.' })
export class TradeInquiryRow {
  @Field({ description: 'The group: a province code, a producer or product ID ("none"), or "YYYY-MM".' })
  key: string;

  @Field({ description: 'The group’s name for people.' })
  label: string;

  @Field(() => TradeInquiryFigures, { description: 'Its figures.' })
  figures: TradeInquiryFigures;
}

@ObjectType('TradeInquiryStats', {
  description: 'Trade-promotion figures of inquiries in a place and period (counts only).',
})
export class TradeInquiryStats {
  @Field(() => TradeInquiryFigures, { description: 'All inquiries of the place and period.' })
  total: TradeInquiryFigures;

  @Field(() => [TradeInquiryRow], {
    description: 'By group (at most 500 groups, the largest first; months in order).',
  })
  rows: TradeInquiryRow[];
}
