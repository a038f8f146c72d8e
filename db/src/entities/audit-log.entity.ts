import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AdministrativeUnit } from './administrative-unit.entity';
import { ApiKey } from './api-key.entity';
import { AppUser } from './app-user.entity';
import { oneOf } from './base';

export const AUDIT_OUTCOMES = ['applied', 'denied', 'rejected'] as const;
/** applied: the write happened; denied: not authorised; rejected: invalid input or a conflict. */
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * Append-only record of every write and every denied attempt. Triggers (audit_log_no_update,
 * audit_log_no_truncate: initial migration, and 1796141470000) refuse UPDATE, DELETE and
 * TRUNCATE, so history cannot be rewritten through the application; the one change let through
 * is a refusal summary's count growing.
 */
@Entity('audit_log')
@Check('audit_log_outcome_check', oneOf('outcome', AUDIT_OUTCOMES))
@Index('audit_log_entity', ['entityType', 'entityId'])
@Index('audit_log_actor_user_id', ['actorUserId'])
@Index('audit_log_actor_api_key_id', ['actorApiKeyId'])
@Index('audit_log_occurred_at', ['occurredAt'])
// The officials' view of a unit, and the filter by action, newest first (id).
@Index('audit_log_unit_id', ['unitId', 'id'])
@Index('audit_log_action', ['action', 'id'])
export class AuditLog {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => AppUser)
  actorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => ApiKey)
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
  @ForeignKey(() => AdministrativeUnit)
  unitId: string | null;

  /**
   * Set on the summary rows of refusals beyond the rate written in full (the source, the kind and
   * the minute); their count is the one change the append-only trigger lets through.
   */
  @Index('audit_log_summary_key', { unique: true, where: 'summary_key IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  summaryKey: string | null;
}
