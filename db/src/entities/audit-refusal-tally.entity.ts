import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Refusals counted per source and kind ("ip:… login denied THROTTLED", "user:… …", or "*" for all
 * sources and kinds together) and minute, so that only the first few of a minute are written to
 * the audit log in full (audit.service.ts).
 * Past minutes are deleted by the housekeeping.
 */
@Entity('audit_refusal_tally')
@Index('audit_refusal_tally_window_start', ['windowStart'])
export class AuditRefusalTally {
  @PrimaryColumn({ type: 'text' })
  source: string;

  @PrimaryColumn({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  refusals: number;
}
