import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRow, demoColumn, oneOf } from './base';
import { AdministrativeUnit } from './administrative-unit.entity';
import { OcopProduct } from './ocop-product.entity';
import { Producer } from './producer.entity';

export const LINKAGE_KINDS = ['supply', 'offtake', 'processing', 'distribution'] as const;
/** supply: inputs to the producer; offtake: a buyer commits to purchase; processing; distribution. */
export type LinkageKind = (typeof LINKAGE_KINDS)[number];
export const PARTNER_TYPES = [
  'enterprise',
  'cooperative',
  'cooperative_group',
  'household',
  'trader',
  'other',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** A production or sales linkage (liên kết) between an OCOP producer and a partner. */
@Entity('linkage')
@Check('linkage_kind_check', oneOf('kind', LINKAGE_KINDS))
@Check('linkage_partner_type_check', oneOf('partner_type', PARTNER_TYPES))
@Check('linkage_period', `ended_on IS NULL OR ended_on >= started_on`)
@Index('linkage_producer_id', ['producerId'])
@Index('linkage_product_id', ['productId'])
@Index('linkage_partner_producer_id', ['partnerProducerId'])
@Index('linkage_supporting_unit_id', ['supportingUnitId'])
export class Linkage extends EditableRow {
  @Column({ type: 'text' })
  kind: LinkageKind;

  @Column({ type: 'uuid' })
  producerId: string;

  @ManyToOne(() => Producer, { nullable: false })
  @JoinColumn({ name: 'producer_id' })
  producer: Relation<Producer>;

  @Column({ type: 'uuid', nullable: true })
  productId: string | null;

  @ManyToOne(() => OcopProduct, { nullable: true })
  @JoinColumn({ name: 'product_id' })
  product: Relation<OcopProduct> | null;

  @Column({ type: 'text' })
  partnerName: string;

  @Column({ type: 'text' })
  partnerType: PartnerType;

  /** Set when the partner is itself a producer on the platform. */
  @Column({ type: 'uuid', nullable: true })
  partnerProducerId: string | null;

  @ManyToOne(() => Producer, { nullable: true })
  @JoinColumn({ name: 'partner_producer_id' })
  partnerProducer: Relation<Producer> | null;

  /** The district (or commune) that supported the linkage — the province's "one linked product a year" target. */
  @Column({ type: 'uuid', nullable: true })
  supportingUnitId: string | null;

  @ManyToOne(() => AdministrativeUnit, { nullable: true })
  @JoinColumn({ name: 'supporting_unit_id' })
  supportingUnit: Relation<AdministrativeUnit> | null;

  @Column({ type: 'date' })
  startedOn: string;

  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'text', nullable: true })
  contractReference: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column(demoColumn)
  demo: boolean;
}
