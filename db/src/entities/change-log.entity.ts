import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from './base';

export const FEED_CHANGE_KINDS = ['created', 'updated', 'withdrawn'] as const;
export type FeedChangeKind = (typeof FEED_CHANGE_KINDS)[number];
export const CHANGE_OBJECT_TYPES = [
  'product',
  'producer',
  'certificate',
  'listing',
  'unit',
  'batch',
] as const;
export type ChangeObjectType = (typeof CHANGE_OBJECT_TYPES)[number];
/** What happened to a certificate, beside "updated": what webhooks are derived from. */
export const CHANGE_EVENTS = ['revoked', 'expired', 'superseded'] as const;
export type ChangeEvent = (typeof CHANGE_EVENTS)[number];

/**
 * One change of an object partners follow, written by triggers (migration 1796142000000) with the
 * writing transaction's id. The change feed shows only entries of finished transactions, in
 * (xid, seq) order (server/README.md, "Sync").
 */
@Entity('change_log')
@Check('change_log_kind_check', oneOf('kind', FEED_CHANGE_KINDS))
@Check('change_log_object_type_check', oneOf('object_type', CHANGE_OBJECT_TYPES))
@Check('change_log_event_check', oneOf('event', CHANGE_EVENTS))
@Index('change_log_xid_seq', ['xid', 'seq'])
@Index('change_log_type_xid_seq', ['objectType', 'xid', 'seq'])
@Index('change_log_occurred_at', ['occurredAt'])
export class ChangeLog {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  seq: string;

  /** `pg_current_xact_id()` of the transaction that wrote it. */
  @Column({ type: 'bigint' })
  xid: string;

  @Column({ type: 'text' })
  kind: FeedChangeKind;

  @Column({ type: 'text' })
  objectType: ChangeObjectType;

  @Column({ type: 'uuid' })
  objectId: string;

  @Column({ type: 'text', nullable: true })
  event: ChangeEvent | null;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;
}

/**
 * The newest change-log position pruned so far (one row; none before the first prune): a feed
 * cursor before it may have missed pruned changes, so the feed answers CURSOR_EXPIRED for it.
 */
@Entity('change_log_horizon')
@Check('change_log_horizon_id_check', `id = 1`)
export class ChangeLogHorizon {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Column({ type: 'bigint' })
  xid: string;

  @Column({ type: 'bigint' })
  seq: string;
}
