import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRow, demoColumn, oneOf } from './base';
import { AdministrativeUnit } from './administrative-unit.entity';
import { CriteriaSet, NTM_TIERS, type NtmTier } from './criteria-set.entity';

/**
 * A decision recognising a unit at an NTM tier. `standardYear` is the year it certifies
 * ("đạt chuẩn NTM năm 2020"), which differs from the decision date (2021). Its status on a
 * date is derived: recognised from `decisionDate`, revoked from `revokedOn`.
 */
@Entity('recognition')
@Check('recognition_tier_check', oneOf('tier', NTM_TIERS))
@Check('recognition_standard_year_check', `standard_year BETWEEN 2010 AND 2100`)
@Check('recognition_revoked_after_decision', `revoked_on IS NULL OR revoked_on >= decision_date`)
@Index('recognition_unit_date', ['unitId', 'decisionDate'])
@Index('recognition_criteria_set_id', ['criteriaSetId'])
export class Recognition extends EditableRow {
  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => AdministrativeUnit, { nullable: false })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<AdministrativeUnit>;

  @Column({ type: 'text' })
  tier: NtmTier;

  @Column({ type: 'uuid', nullable: true })
  criteriaSetId: string | null;

  @ManyToOne(() => CriteriaSet, { nullable: true })
  @JoinColumn({ name: 'criteria_set_id' })
  criteriaSet: Relation<CriteriaSet> | null;

  @Column({ type: 'smallint' })
  standardYear: number;

  @Column({ type: 'text' })
  decisionNumber: string;

  @Column({ type: 'date' })
  decisionDate: string;

  /** The body that decided (e.g. "UBND tỉnh Điện Biên"). */
  @Column({ type: 'text' })
  issuer: string;

  @Column({ type: 'text', nullable: true })
  signer: string | null;

  @Column({ type: 'date', nullable: true })
  revokedOn: string | null;

  @Column({ type: 'text', nullable: true })
  revocationDecision: string | null;

  @Column({ type: 'text', nullable: true })
  revocationReason: string | null;

  @Column(demoColumn)
  demo: boolean;
}
