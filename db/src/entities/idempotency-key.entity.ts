import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { AppUser } from './app-user.entity';

/**
 * Remembers the answer to a create mutation sent with an idempotency key, so that a retried
 * request has one effect and gets the same answer.
 */
@Entity('idempotency_key')
@Check('idempotency_key_key_check', `length(key) BETWEEN 8 AND 200`)
export class IdempotencyKey {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => AppUser, { onDelete: 'CASCADE' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  action: string;

  /** SHA-256 of the input, so the same key with another input is refused. */
  @Column({ type: 'text' })
  requestHash: string;

  @Column({ type: 'jsonb', nullable: true })
  response: unknown;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
