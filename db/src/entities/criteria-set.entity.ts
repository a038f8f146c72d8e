import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import { BaseRow, oneOf } from './base';
import { AdministrativeUnit, UNIT_LEVELS, type UnitLevel } from './administrative-unit.entity';
import type { Criterion } from './criterion.entity';

export const NTM_TIERS = ['standard', 'advanced', 'model'] as const;
/** standard: đạt chuẩn NTM; advanced: NTM nâng cao; model: NTM kiểu mẫu. */
export type NtmTier = (typeof NTM_TIERS)[number];
export const ISSUER_LEVELS = ['national', 'province'] as const;
export type IssuerLevel = (typeof ISSUER_LEVELS)[number];

/** A set of NTM criteria (bộ tiêu chí) for one level of unit and one tier, in force for a period. */
@Entity('criteria_set')
@Check('criteria_set_issuer_level_check', oneOf('issuer_level', ISSUER_LEVELS))
@Check('criteria_set_unit_level_check', oneOf('unit_level', UNIT_LEVELS))
@Check('criteria_set_tier_check', oneOf('tier', NTM_TIERS))
@Check('criteria_set_period', `period_end >= period_start`)
@Index('criteria_set_issuer_unit_id', ['issuerUnitId'])
export class CriteriaSet extends BaseRow {
  /** Natural key, e.g. NTM-COMMUNE-2021-2025. */
  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  nameVi: string;

  @Column({ type: 'text' })
  nameEn: string;

  @Column({ type: 'text' })
  issuerLevel: IssuerLevel;

  /** The province that issued a provincial set; null for national sets. */
  @Column({ type: 'uuid', nullable: true })
  issuerUnitId: string | null;

  @ManyToOne(() => AdministrativeUnit, { nullable: true })
  @JoinColumn({ name: 'issuer_unit_id' })
  issuerUnit: Relation<AdministrativeUnit> | null;

  @Column({ type: 'text' })
  issuer: string;

  @Column({ type: 'text' })
  legalDocument: string;

  @Column({ type: 'date', nullable: true })
  legalDocumentDate: string | null;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;

  @Column({ type: 'text' })
  unitLevel: UnitLevel;

  @Column({ type: 'text' })
  tier: NtmTier;

  /** True where the criterion names are a plausible reconstruction, not the official text. */
  @Column({ type: 'boolean', default: false })
  illustrative: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @OneToMany('Criterion', 'criteriaSet')
  criteria: Relation<Criterion[]>;
}
