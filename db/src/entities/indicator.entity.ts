import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRow } from './base';
import { Criterion } from './criterion.entity';

/** An indicator (chỉ tiêu) of a criterion, e.g. "10.1 income per capita", with its target. */
@Entity('indicator')
@Index('indicator_criterion_code', ['criterionId', 'code'], { unique: true })
export class Indicator extends BaseRow {
  @Column({ type: 'uuid' })
  criterionId: string;

  @ManyToOne(() => Criterion, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'criterion_id' })
  criterion: Relation<Criterion>;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  nameVi: string;

  @Column({ type: 'text' })
  nameEn: string;

  @Column({ type: 'text', nullable: true })
  target: string | null;
}
