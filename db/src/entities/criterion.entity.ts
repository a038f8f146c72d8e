import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRow } from './base';
import { CriteriaSet } from './criteria-set.entity';

/** One criterion (tiêu chí) of a criteria set, numbered as in its legal document. */
@Entity('criterion')
@Check('criterion_number_check', `number > 0`)
@Index('criterion_set_number', ['criteriaSetId', 'number'], { unique: true })
export class Criterion extends BaseRow {
  @Column({ type: 'uuid' })
  criteriaSetId: string;

  @ManyToOne(() => CriteriaSet, (set) => set.criteria, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'criteria_set_id' })
  criteriaSet: Relation<CriteriaSet>;

  @Column({ type: 'smallint' })
  number: number;

  @Column({ type: 'text' })
  groupVi: string;

  @Column({ type: 'text' })
  groupEn: string;

  @Column({ type: 'text' })
  nameVi: string;

  @Column({ type: 'text' })
  nameEn: string;
}
