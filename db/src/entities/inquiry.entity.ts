import { Check, Column, Entity, ForeignKey, Generated, Index } from 'typeorm';
import { AdministrativeUnit } from './administrative-unit.entity';
import { BaseRow, demoColumn, oneOf } from './base';
import { OcopProduct } from './ocop-product.entity';
import { Producer } from './producer.entity';
import { ProductListing } from './product-listing.entity';

export const INQUIRY_STATUSES = ['new', 'answered', 'closed'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];
export const INQUIRY_OUTCOMES = ['open', 'won', 'lost'] as const;
export type InquiryOutcome = (typeof INQUIRY_OUTCOMES)[number];
export const CONTACT_CHANNELS = ['phone', 'email', 'zalo'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const INQUIRY_LOCALES = ['vi', 'en'] as const;

/**
 * A request for quotation from a buyer (no account) to a producer (issue 13). The buyer's contact
 * (organisation, phone, e-mail) is for the producer's editors and administrators only: the API
 * never shows it to anyone else. Written by hand-written SQL in server/src/modules/inquiry.
 */
@Entity('inquiry')
@Check('inquiry_subject_check', `length(subject) <= 200`)
@Check('inquiry_quantity_check', `quantity > 0 AND quantity <= 1e9`)
@Check('inquiry_unit_check', `length(unit) <= 40`)
@Check('inquiry_buyer_name_check', `length(buyer_name) BETWEEN 1 AND 120`)
@Check('inquiry_organisation_check', `length(organisation) <= 200`)
@Check('inquiry_phone_check', `phone ~ '^\\+84[0-9]{9,10}$'`)
@Check('inquiry_email_check', `length(email) <= 254`)
@Check('inquiry_preferred_channel_check', oneOf('preferred_channel', CONTACT_CHANNELS))
@Check('inquiry_locale_check', oneOf('locale', INQUIRY_LOCALES))
@Check('inquiry_status_check', oneOf('status', INQUIRY_STATUSES))
@Check('inquiry_outcome_check', oneOf('outcome', INQUIRY_OUTCOMES))
@Check('inquiry_outcome_reason_check', `length(outcome_reason) <= 500`)
@Check('inquiry_idempotency_hash_check', `idempotency_hash ~ '^[0-9a-f]{64}$'`)
@Check('inquiry_contact', `phone IS NOT NULL OR email IS NOT NULL`)
// The inbox: a producer's inquiries newest first, all or by status or by outcome (keyset on
// created_at, id); the administrators' list and the figures by period; the unread badge.
@Index('inquiry_producer_created', ['producerId', 'createdAt', 'id'])
@Index('inquiry_producer_status_created', ['producerId', 'status', 'createdAt', 'id'])
@Index('inquiry_producer_outcome_created', ['producerId', 'outcome', 'createdAt', 'id'])
@Index('inquiry_created', ['createdAt', 'id'])
@Index('inquiry_producer_unread', ['producerId'], { where: 'unread' })
@Index('inquiry_product_id', ['productId'])
@Index('inquiry_listing_id', ['listingId'])
@Index('inquiry_delivery_province_id', ['deliveryProvinceId'])
export class Inquiry extends BaseRow {
  /** Sequential, for the human reference "YC-<year>-<number>". */
  @Column({ type: 'bigint', unique: true })
  @Generated('increment')
  number: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => Producer)
  producerId: string;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => OcopProduct)
  productId: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => ProductListing, { onDelete: 'SET NULL' })
  listingId: string | null;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ type: 'double precision', nullable: true })
  quantity: number | null;

  @Column({ type: 'text', nullable: true })
  unit: string | null;

  /** A province of the day the inquiry was sent. */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => AdministrativeUnit)
  deliveryProvinceId: string | null;

  @Column({ type: 'date', nullable: true })
  wantedBy: string | null;

  @Column({ type: 'text' })
  buyerName: string;

  @Column({ type: 'text', nullable: true })
  organisation: string | null;

  /** Normalised: "+84" and 9 or 10 digits. */
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text' })
  preferredChannel: ContactChannel;

  /** The language of the buyer's e-mails. */
  @Column({ type: 'text', default: 'vi' })
  locale: string;

  /** new until the producer's first reply, then answered; closed once won or lost. */
  @Column({ type: 'text', default: 'new' })
  status: InquiryStatus;

  @Column({ type: 'text', default: 'open' })
  outcome: InquiryOutcome;

  @Column({ type: 'text', nullable: true })
  outcomeReason: string | null;

  /** A buyer message the producer's editors have not opened yet. */
  @Column({ type: 'boolean', default: true })
  unread: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  firstAnsweredAt: Date | null;

  /** SHA-256 of the client's idempotency key: a retried submit finds this row. */
  @Column({ type: 'text', unique: true })
  idempotencyHash: string;

  /** SHA-256 of the submitted content: the same key with other content is refused. */
  @Column({ type: 'text' })
  requestHash: string;

  @Column(demoColumn)
  demo: boolean;
}
