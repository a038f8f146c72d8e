import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRow, demoColumn, searchTextColumn, GeneratedAs, SEARCH_TEXT_EXPRESSION, oneOf } from './base';

export const UNIT_LEVELS = ['province', 'district', 'commune', 'village'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/**
 * An administrative unit as it existed during [validFrom, validTo). A unit is never
 * overwritten: when the 2025 reform merged units, the old rows were closed (validTo =
 * 2025-07-01) and new rows opened, linked by `UnitLineage` edges. The same official code can
 * therefore appear on two rows (a commune that kept its code but gained territory), or three: a
 * unit renamed or re-typed on 2026-04-30 (Đồng Nai, 10 of its communes, 00745) has its 2025 row
 * closed that day and a row from that day, linked by a `rename` edge.
 */
@Entity('admin_unit')
@Check('admin_unit_level_check', oneOf('level', UNIT_LEVELS))
@Check('admin_unit_name_check', `name <> ''`)
@Check(
  'admin_unit_code_format',
  `(level = 'province' AND code ~ '^[0-9]{2}$') OR (level = 'district' AND code ~ '^[0-9]{3}$') OR
   (level = 'commune' AND code ~ '^[0-9]{5}$') OR (level = 'village')`,
)
@Check('admin_unit_parent', `(level = 'province') = (parent_id IS NULL)`)
@Check('admin_unit_validity', `valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from`)
// One row per official code and period; a code reappears only for a new period. Also NULLS NOT
// DISTINCT (two rows of a code without a start date collide), which TypeORM cannot say: the
// initial migration (1795881600000) makes every index of this table.
@Index('admin_unit_code_period', ['level', 'code', 'validFrom'], { unique: true, where: 'code IS NOT NULL' })
@Index('admin_unit_code', ['code'])
@Index('admin_unit_parent_id', ['parentId'])
// Name search. The trigram index's operator class (gin_trgm_ops) is beyond TypeORM; the words
// index is on an expression, to_tsvector('simple', search_text), which it cannot describe.
@Index('admin_unit_search_trgm', ['searchText'], { type: 'gin' })
@Index('admin_unit_search_words', { synchronize: false })
@Index('admin_unit_updated_at', ['updatedAt', 'id'])
export class AdministrativeUnit extends BaseRow {
  /** GSO code (province 2 digits, district 3, commune 5); null for villages, which have none. */
  @Column({ type: 'text', nullable: true })
  code: string | null;

  @Column({ type: 'text' })
  level: UnitLevel;

  /** The unit type as written in Vietnamese: Tỉnh, Thành phố, Huyện, Xã, Phường, Thị trấn, Đặc khu, Bản, Thôn… */
  @Column({ type: 'text' })
  unitType: string;

  /** Name without the type prefix ("Thanh Hưng"), Unicode NFC. */
  @Column({ type: 'text' })
  name: string;

  /** Name with the type prefix ("Xã Thanh Hưng"). */
  @Column({ type: 'text' })
  fullName: string;

  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  /**
   * The unit above: before 2025 a commune's district, a district's province; from 2025-07-01 a
   * commune's province — the **newest** row of that province's code. A rename or change of type
   * of a province (Đồng Nai, 2026-04-30) is not a reorganisation: its communes keep their rows and
   * hang under the province row of today; the older row reaches them through its `rename` edge
   * (the API's `children`, officials' scope and NTM figures follow it).
   */
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => AdministrativeUnit, { nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent: Relation<AdministrativeUnit> | null;

  /** First day the unit existed in this form; null when it predates the records. */
  @Column({ type: 'date', nullable: true })
  validFrom: string | null;

  /** First day the unit no longer existed in this form (exclusive); null while it exists. */
  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  /** Accent- and case-folded name, computed by the database, for search. */
  @Column(searchTextColumn)
  @GeneratedAs(SEARCH_TEXT_EXPRESSION)
  searchText: string;

  @Column(demoColumn)
  demo: boolean;
}
