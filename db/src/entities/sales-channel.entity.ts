import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRow, oneOf } from './base';
import { ProductListing } from './product-listing.entity';

export const SALES_CHANNEL_KINDS = [
  'provincial_eshop',
  'postmart',
  'voso',
  'tiki',
  'shopee',
  'lazada',
  'tiktok_shop',
  'facebook',
  'zalo',
  'website',
  'store',
  'other',
] as const;
export type SalesChannelKind = (typeof SALES_CHANNEL_KINDS)[number];

/** Where a listing can be bought: an e-commerce page, a shop, a social page. */
@Entity('sales_channel')
@Check('sales_channel_kind_check', oneOf('kind', SALES_CHANNEL_KINDS))
@Check('sales_channel_url_check', `url IS NULL OR url ~ '^https?://'`)
@Index('sales_channel_listing_id', ['listingId'])
export class SalesChannel extends EditableRow {
  @Column({ type: 'uuid' })
  listingId: string;

  @ManyToOne(() => ProductListing, (listing) => listing.salesChannels, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'listing_id' })
  listing: Relation<ProductListing>;

  @Column({ type: 'text' })
  kind: SalesChannelKind;

  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;
}
