import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRow } from './base';
import { Criterion } from './criterion.entity';
import { Evaluation } from './evaluation.entity';

/** Whether one criterion was met (đạt) or not met (chưa đạt) in one evaluation. */
@Entity('criterion_result')
@Index('criterion_result_evaluation_criterion', ['evaluationId', 'criterionId'], { unique: true })
@Index('criterion_result_criterion_id', ['criterionId'])
// The criteria met of an evaluation, counted from the index alone (migration 1796141300000).
@Index('criterion_result_met', ['evaluationId'], { where: 'met' })
export class CriterionResult extends EditableRow {
  @Column({ type: 'uuid' })
  evaluationId: string;

  @ManyToOne(() => Evaluation, (evaluation) => evaluation.results, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation: Relation<Evaluation>;

  @Column({ type: 'uuid' })
  criterionId: string;

  @ManyToOne(() => Criterion, { nullable: false })
  @JoinColumn({ name: 'criterion_id' })
  criterion: Relation<Criterion>;

  @Column({ type: 'boolean' })
  met: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
