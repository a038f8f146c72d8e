import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Points spent per subject ("key:<id>" or "ip:<address>") and hourly window, shared by every
 * server instance (server/src/common/points-budget.ts). Past windows are deleted by the housekeeping.
 */
@Entity('points_budget')
@Index('points_budget_window_start', ['windowStart'])
export class PointsBudget {
  @PrimaryColumn({ type: 'text' })
  subject: string;

  @PrimaryColumn({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  spent: number;
}
