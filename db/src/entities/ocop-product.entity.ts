import {
  Check,
  Column,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  type Relation,
} from 'typeorm';
import { EditableRow, demoColumn, searchTextColumn, GeneratedAs, SEARCH_TEXT_EXPRESSION } from './base';
import { AdministrativeUnit } from './administrative-unit.entity';
import { OcopProductSet } from './ocop-product-set.entity';
import { Producer } from './producer.entity';

/**
 * A product of a producer. It is an OCOP product while it holds a valid certificate; a
 * product a producer proposes has none until it is certified.
 */
@Entity('ocop_product')
@Check('ocop_product_name_check', `name <> ''`)
@Index('ocop_product_producer_id', ['producerId'])
@Index('ocop_product_product_set_id', ['productSetId'])
@Index('ocop_product_origin_commune_id', ['originCommuneId'])
// Name search, as on admin_unit: trigram operator class and to_tsvector expression beyond TypeORM
// (initial migration, 1795881600000).
@Index('ocop_product_search_trgm', ['searchText'], { type: 'gin' })
@Index('ocop_product_search_words', { synchronize: false })
// The catalogue's orders and a place's counts, live products only (migration 1796141200000): keys
// on expressions (coalesce(current_stars, 0), coalesce(current_decision_date, …)) and INCLUDE
// columns, which TypeORM cannot describe.
@Index('ocop_product_current_stars', { synchronize: false })
@Index('ocop_product_current_decision_date', { synchronize: false })
@Index('ocop_product_commune_current', { synchronize: false })
/** updatedSince (migration 1796142000000). */
@Index('ocop_product_updated_at', ['updatedAt', 'id'], { where: 'deleted_at IS NULL' })
/** Certificates about to expire (migration 1796142200000). */
@Index('ocop_product_current_expires_on', ['currentExpiresOn', 'id'], { where: 'deleted_at IS NULL' })
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

  @Column(searchTextColumn)
  @GeneratedAs(SEARCH_TEXT_EXPRESSION)
  searchText: string;

  @Column(demoColumn)
  demo: boolean;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /**
   * The latest certificate (decision date, then id) and copies of the columns the catalogue
   * filters and orders by, kept by the statement triggers on ocop_certificate (migration
   * 1796141200000); never written by the application, and without a foreign key. The status is
   * not copied: it changes with the calendar, not with a write.
   */
  @Column({ type: 'uuid', nullable: true })
  currentCertificateId: string | null;

  @Column({ type: 'smallint', nullable: true })
  currentStars: number | null;

  @Column({ type: 'date', nullable: true })
  currentDecisionDate: string | null;

  @Column({ type: 'date', nullable: true })
  currentExpiresOn: string | null;

  @Column({ type: 'date', nullable: true })
  currentRevokedOn: string | null;

  @Column({ type: 'date', nullable: true })
  currentSupersededOn: string | null;
}
