import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRow, demoColumn } from './base';

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
@Index(['parentId'])
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

  /** Accent- and case-folded name, maintained by the database (see migration), for search. */
  @Column({ type: 'text', select: false, insert: false, update: false })
  searchText: string;

  @Column(demoColumn)
  demo: boolean;
}
