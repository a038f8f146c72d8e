import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import { EditableRow, demoColumn } from './base';
import { AdministrativeUnit } from './administrative-unit.entity';
import { CriteriaSet } from './criteria-set.entity';
import type { CriterionResult } from './criterion-result.entity';

/**
 * An assessment of one unit against one criteria set on a date, with one result per
 * criterion. Progress ("14/16") is counted from the results, never stored.
 */
@Entity('evaluation')
@Index('evaluation_unit_set_date', ['unitId', 'criteriaSetId', 'evaluatedOn'])
@Index('evaluation_criteria_set_id', ['criteriaSetId'])
export class Evaluation extends EditableRow {
  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => AdministrativeUnit, { nullable: false })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<AdministrativeUnit>;

  @Column({ type: 'uuid' })
  criteriaSetId: string;

  @ManyToOne(() => CriteriaSet, { nullable: false })
  @JoinColumn({ name: 'criteria_set_id' })
  criteriaSet: Relation<CriteriaSet>;

  @Column({ type: 'date' })
  evaluatedOn: string;

  /** Who assessed (e.g. "Văn phòng Điều phối NTM tỉnh Điện Biên"). */
  @Column({ type: 'text', nullable: true })
  assessor: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column(demoColumn)
  demo: boolean;

  @OneToMany('CriterionResult', 'evaluation')
  results: Relation<CriterionResult[]>;
}
