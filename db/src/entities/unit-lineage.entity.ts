import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRow, oneOf } from './base';
import { AdministrativeUnit } from './administrative-unit.entity';

export const LINEAGE_KINDS = ['merge', 'split', 'rename', 'continue'] as const;
/**
 * merge: several old units became one new unit; split: one old unit was divided among several
 * new ones; rename: one old unit became one new unit with another name, type or code;
 * continue: one old unit became one new unit, alike in name and type.
 */
export type LineageKind = (typeof LINEAGE_KINDS)[number];
export const LINEAGE_SHARES = ['full', 'partial'] as const;
export type LineageShare = (typeof LINEAGE_SHARES)[number];

/** An edge old → new in the history of administrative units. */
@Entity('unit_lineage')
@Check('unit_lineage_kind_check', oneOf('kind', LINEAGE_KINDS))
@Check('unit_lineage_share_check', oneOf('share', LINEAGE_SHARES))
@Check('unit_lineage_not_self', `from_unit_id <> to_unit_id`)
@Index('unit_lineage_edge', ['fromUnitId', 'toUnitId'], { unique: true })
@Index('unit_lineage_to_unit_id', ['toUnitId'])
export class UnitLineage extends BaseRow {
  @Column({ type: 'uuid' })
  fromUnitId: string;

  @ManyToOne(() => AdministrativeUnit, { nullable: false })
  @JoinColumn({ name: 'from_unit_id' })
  fromUnit: Relation<AdministrativeUnit>;

  @Column({ type: 'uuid' })
  toUnitId: string;

  @ManyToOne(() => AdministrativeUnit, { nullable: false })
  @JoinColumn({ name: 'to_unit_id' })
  toUnit: Relation<AdministrativeUnit>;

  @Column({ type: 'text' })
  kind: LineageKind;

  /** full: the whole old unit went to the new one; partial: only part of it did. */
  @Column({ type: 'text' })
  share: LineageShare;

  @Column({ type: 'date' })
  effectiveOn: string;

  @Column({ type: 'text', nullable: true })
  legalBasis: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
