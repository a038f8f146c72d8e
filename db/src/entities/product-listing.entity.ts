import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import { EditableRow, demoColumn, oneOf } from './base';
import { OcopProduct } from './ocop-product.entity';
import type { SalesChannel } from './sales-channel.entity';

export const AVAILABILITIES = ['in_stock', 'seasonal', 'pre_order', 'out_of_stock', 'discontinued'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

/** How a product is offered to buyers: one row per pack (a 2 kg bag and a 5 kg bag are two listings). */
@Entity('product_listing')
@Check('product_listing_price_vnd_check', `price_vnd >= 0`)
@Check('product_listing_unit_check', `unit <> ''`)
@Check('product_listing_availability_check', oneOf('availability', AVAILABILITIES))
@Check('product_listing_min_order_quantity_check', `min_order_quantity > 0`)
@Index('product_listing_product_position', ['productId', 'position'])
@Index('product_listing_updated_at', ['updatedAt', 'id'])
export class ProductListing extends EditableRow {
  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => OcopProduct, { nullable: false })
  @JoinColumn({ name: 'product_id' })
  product: Relation<OcopProduct>;

  @Column({ type: 'smallint', default: 0 })
  position: number;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Price in whole đồng (VND has no minor unit); null when "contact for price". */
  @Column({ type: 'bigint', nullable: true })
  priceVnd: string | null;

  /** What the price is for: "kg", "hộp 200 g", "chai 500 ml". */
  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'text', nullable: true })
  packaging: string | null;

  @Column({ type: 'text', default: 'in_stock' })
  availability: Availability;

  /** Free text for seasonal goods, e.g. "tháng 10 – tháng 12". */
  @Column({ type: 'text', nullable: true })
  season: string | null;

  @Column({ type: 'integer', nullable: true })
  minOrderQuantity: number | null;

  @Column({ type: 'text', nullable: true })
  contactName: string | null;

  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Column(demoColumn)
  demo: boolean;

  @OneToMany('SalesChannel', 'listing')
  salesChannels: Relation<SalesChannel[]>;
}
