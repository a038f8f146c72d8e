import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRow, demoColumn, oneOf } from './base';
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
@Check('funding_record_year_check', `year BETWEEN 2010 AND 2100`)
@Check('funding_record_programme_check', oneOf('programme', PROGRAMMES))
@Check('funding_record_source_check', oneOf('source', FUNDING_SOURCES))
@Check('funding_record_amount_vnd_check', `amount_vnd >= 0`)
@Index('funding_record_unit_year', ['unitId', 'year'])
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
