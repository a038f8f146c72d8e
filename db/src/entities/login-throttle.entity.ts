import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed-login counters per account and per address ("email:x", "ip:y"), in PostgreSQL so
 * every server instance sees the same counts.
 */
@Entity('login_throttle')
export class LoginThrottle {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  windowStartedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
