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
import {
  EditableRow,
  demoColumn,
  searchTextColumn,
  GeneratedAs,
  SEARCH_TEXT_EXPRESSION,
  oneOf,
} from './base';
import { AdministrativeUnit } from './administrative-unit.entity';

export const PRODUCER_TYPES = [
  'cooperative',
  'cooperative_group',
  'enterprise',
  'household_business',
] as const;
/** HTX, tổ hợp tác (THT), doanh nghiệp, hộ kinh doanh có đăng ký. */
export type ProducerType = (typeof PRODUCER_TYPES)[number];

/** An OCOP producer ("chủ thể OCOP"). */
@Entity('producer')
@Check('producer_name_check', `name <> ''`)
@Check('producer_type_check', oneOf('type', PRODUCER_TYPES))
@Check('producer_established_year_check', `established_year BETWEEN 1900 AND 2100`)
@Index('producer_commune_id', ['communeId'])
@Index('producer_type', ['type'])
// Name search, as on admin_unit: trigram operator class and to_tsvector expression beyond TypeORM
// (initial migration, 1795881600000).
@Index('producer_search_trgm', ['searchText'], { type: 'gin' })
@Index('producer_search_words', { synchronize: false })
/** updatedSince (migration 1796142000000). */
@Index('producer_updated_at', ['updatedAt', 'id'], { where: 'deleted_at IS NULL' })
export class Producer extends EditableRow {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  type: ProducerType;

  /** The commune where it is registered, as the unit existed when it was recorded. */
  @Column({ type: 'uuid', nullable: true })
  communeId: string | null;

  @ManyToOne(() => AdministrativeUnit, { nullable: true })
  @JoinColumn({ name: 'commune_id' })
  commune: Relation<AdministrativeUnit> | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'text', nullable: true })
  representative: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  taxCode: string | null;

  @Column({ type: 'smallint', nullable: true })
  establishedYear: number | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column(searchTextColumn)
  @GeneratedAs(SEARCH_TEXT_EXPRESSION)
  searchText: string;

  @Column(demoColumn)
  demo: boolean;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
