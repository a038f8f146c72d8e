import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_OUTCOMES = ['applied', 'denied', 'rejected'] as const;
/** applied: the write happened; denied: not authorised; rejected: invalid input or a conflict. */
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * Append-only record of every write and every denied attempt. A trigger refuses UPDATE and
 * DELETE on this table, so history cannot be rewritten through the application.
 */
@Entity('audit_log')
@Index(['entityType', 'entityId'])
@Index(['actorUserId'])
@Index(['occurredAt'])
@Index(['unitId', 'id'])
@Index(['action', 'id'])
export class AuditLog {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorApiKeyId: string | null;

  /** The mutation or command, e.g. "productListingUpdate". */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  entityType: string;

  @Column({ type: 'text', nullable: true })
  entityId: string | null;

  @Column({ type: 'text' })
  outcome: AuditOutcome;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  @Column({ type: 'text', nullable: true })
  ipAddress: string | null;

  /** The unit the row is about, for the officials' view of their own unit; null when none. */
  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  /**
   * Set on the summary rows of refusals beyond the rate written in full (the source, the kind and
   * the minute); their count is the one change the append-only trigger lets through.
   */
  @Index({ unique: true, where: 'summary_key IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  summaryKey: string | null;
}
