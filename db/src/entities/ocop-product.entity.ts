import { Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRow, demoColumn } from './base';
import { AdministrativeUnit } from './administrative-unit.entity';
import { OcopProductSet } from './ocop-product-set.entity';
import { Producer } from './producer.entity';

/**
 * A product of a producer. It is an OCOP product while it holds a valid certificate; a
 * product a producer proposes has none until it is certified.
 */
@Entity('ocop_product')
@Index(['producerId'])
@Index(['productSetId'])
@Index(['originCommuneId'])
export class OcopProduct extends EditableRow {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'uuid' })
  producerId: string;

  @ManyToOne(() => Producer, { nullable: false })
  @JoinColumn({ name: 'producer_id' })
  producer: Relation<Producer>;

  @Column({ type: 'uuid', nullable: true })
  productSetId: string | null;

  @ManyToOne(() => OcopProductSet, { nullable: true })
  @JoinColumn({ name: 'product_set_id' })
  productSet: Relation<OcopProductSet> | null;

  /** Where it is made, as the commune existed when recorded; today's commune is found through lineage. */
  @Column({ type: 'uuid', nullable: true })
  originCommuneId: string | null;

  @ManyToOne(() => AdministrativeUnit, { nullable: true })
  @JoinColumn({ name: 'origin_commune_id' })
  originCommune: Relation<AdministrativeUnit> | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', select: false, insert: false, update: false })
  searchText: string;

  @Column(demoColumn)
  demo: boolean;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
