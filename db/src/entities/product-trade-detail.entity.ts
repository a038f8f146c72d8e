import { Check, Column, Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRow, demoColumn, oneOf } from './base';
import { OcopProduct } from './ocop-product.entity';

/** How much a producer can make of a product, per which period. */
export const CAPACITY_PERIODS = ['month', 'season', 'year'] as const;
export type CapacityPeriod = (typeof CAPACITY_PERIODS)[number];

/**
 * What a buyer (a supermarket, a wholesaler, a buyer abroad) asks before a deal and the catalogue
 * did not say: how much can be supplied, how long it keeps and how, and the product in English.
 * One row per product, kept by its producer's editors (`productDetailsUpdate`); no row means
 * "nothing said yet". Its own table, with its own version, so that editing these details never
 * conflicts with the product's other writes (and the catalogue's hot product reads stay as narrow).
 */
@Entity('product_trade_detail')
@Check('product_trade_detail_capacity_period_check', oneOf('capacity_period', CAPACITY_PERIODS))
@Check(
  'product_trade_detail_capacity_check',
  `(capacity_quantity IS NULL AND capacity_unit IS NULL AND capacity_period IS NULL) OR ` +
    `(capacity_quantity > 0 AND capacity_unit <> '' AND capacity_period IS NOT NULL)`,
)
@Check('product_trade_detail_shelf_life_days_check', `shelf_life_days BETWEEN 1 AND 3650`)
export class ProductTradeDetail extends EditableRow {
  /** One row per product (the unique index is the foreign key's index too). */
  @Column({ type: 'uuid', unique: true })
  productId: string;

  @ManyToOne(() => OcopProduct, { nullable: false })
  @JoinColumn({ name: 'product_id' })
  product: Relation<OcopProduct>;

  /** Quantity the producer can supply per `capacityPeriod`, in `capacityUnit` (2.5 "tấn" per "month"). */
  @Column({ type: 'numeric', precision: 14, scale: 3, nullable: true })
  capacityQuantity: string | null;

  @Column({ type: 'text', nullable: true })
  capacityUnit: string | null;

  @Column({ type: 'text', nullable: true })
  capacityPeriod: CapacityPeriod | null;

  /** Days the product keeps, unopened, as stored below. */
  @Column({ type: 'integer', nullable: true })
  shelfLifeDays: number | null;

  @Column({ type: 'text', nullable: true })
  storageInstructions: string | null;

  /** The product's name and description in English, for buyers who read no Vietnamese. */
  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column(demoColumn)
  demo: boolean;
}
