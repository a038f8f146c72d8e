import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AppUser } from './app-user.entity';
import { EditableRow } from './base';
import { OcopProduct } from './ocop-product.entity';
import { ProductListing } from './product-listing.entity';

/** Items in one batch: one code each, all issued at once. */
export const LABEL_BATCH_MAX_ITEMS = 10_000;

/**
 * A production batch of a certified product, recorded by its producer (server/README.md, "Labels"):
 * each of its `itemCount` items carries a code of its own (LabelCode). A recalled batch's codes
 * check as recalled.
 */
@Entity('label_batch')
@Index('label_batch_product_lot', ['productId', 'lotNumber'], { unique: true })
@Index('label_batch_newest', ['createdAt', 'id'])
@Index('label_batch_listing_id', ['listingId'])
@Index('label_batch_created_by_id', ['createdById'])
@Index('label_batch_recalled_by_id', ['recalledById'])
@Check('label_batch_item_count', `item_count >= 1 AND item_count <= 10000`)
@Check('label_batch_dates', `best_before IS NULL OR best_before >= produced_on`)
export class LabelBatch extends EditableRow {
  @Column({ type: 'uuid' })
  @ForeignKey(() => OcopProduct)
  productId: string;

  /** The pack the labels go on, when the producer names one. */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => ProductListing, { onDelete: 'SET NULL' })
  listingId: string | null;

  @Column({ type: 'text' })
  lotNumber: string;

  @Column({ type: 'date' })
  producedOn: string;

  @Column({ type: 'date', nullable: true })
  bestBefore: string | null;

  @Column({ type: 'integer' })
  itemCount: number;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => AppUser)
  createdById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  recalledAt: Date | null;

  @Column({ type: 'text', nullable: true })
  recallReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => AppUser)
  recalledById: string | null;
}

/**
 * One item's code: only its SHA-256 (what a check needs), and what its checks counted. The code
 * is derived again from the server's label secret when the label sheet is printed.
 */
@Entity('label_code')
@Index('label_code_hash', ['codeHash'], { unique: true })
@Index('label_code_checked', ['batchId'], { where: 'check_count > 0' })
export class LabelCode {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => LabelBatch)
  batchId: string;

  /** 1 to the batch's item count: the printed "label N of M". */
  @PrimaryColumn({ type: 'integer' })
  serial: number;

  @Column({ type: 'bytea' })
  codeHash: Buffer;

  @Column({ type: 'integer', default: 0 })
  checkCount: number;

  /** Distinct places (coarse network prefixes) it was checked from. */
  @Column({ type: 'integer', default: 0 })
  placeCount: number;

  /** Checks made on a day its product's certificate was not valid. */
  @Column({ type: 'integer', default: 0 })
  invalidCertificateChecks: number;

  @Column({ type: 'timestamptz', nullable: true })
  firstCheckedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastCheckedAt: Date | null;

  /** When its checks first looked like a copied label (too many places, too many checks). */
  @Column({ type: 'timestamptz', nullable: true })
  flaggedAt: Date | null;
}

/** A place a code was checked from: a keyed hash of a network prefix, kept 30 days. */
@Entity('label_check_place')
@Index('label_check_place_seen_at', ['seenAt'])
@ForeignKey(() => LabelCode, ['batchId', 'serial'], ['batchId', 'serial'], { onDelete: 'CASCADE' })
export class LabelCheckPlace {
  @PrimaryColumn({ type: 'uuid' })
  batchId: string;

  @PrimaryColumn({ type: 'integer' })
  serial: number;

  @PrimaryColumn({ type: 'bytea' })
  place: Buffer;

  @Column({ type: 'timestamptz' })
  seenAt: Date;
}
