import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRow, demoColumn } from './base';
import { AdministrativeUnit } from './administrative-unit.entity';

export const PROGRAMMES = ['ntm', 'ocop'] as const;
export type Programme = (typeof PROGRAMMES)[number];
export const FUNDING_SOURCES = [
  'central_budget',
  'local_budget',
  'integrated_programmes',
  'credit',
  'enterprise',
  'community',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** Money mobilised for a programme in a unit and year, by source. Whole VND, never floating point. */
@Entity('funding_record')
@Index(['unitId', 'year'])
export class FundingRecord extends EditableRow {
  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => AdministrativeUnit, { nullable: false })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<AdministrativeUnit>;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'text' })
  programme: Programme;

  @Column({ type: 'text' })
  source: FundingSource;

  @Column({ type: 'bigint' })
  amountVnd: string;

  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  @Column(demoColumn)
  demo: boolean;
}
