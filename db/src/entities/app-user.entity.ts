import { Check, Column, Entity, Index } from 'typeorm';
import { EditableRow, demoColumn, oneOf } from './base';

export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** A person who signs in. What they may do comes from their `RoleAssignment`s. */
@Entity('app_user')
@Check('app_user_status_check', oneOf('status', USER_STATUSES))
@Check('app_user_locale_check', `locale IN ('vi', 'en')`)
@Check('app_user_email_normalized', `email_normalized = lower(btrim(email))`)
@Index('app_user_email_normalized_key', ['emailNormalized'], { unique: true })
export class AppUser extends EditableRow {
  @Column({ type: 'text' })
  email: string;

  /** lower(trim(email)): the unique login key. */
  @Column({ type: 'text' })
  emailNormalized: string;

  @Column({ type: 'text' })
  displayName: string;

  /** Argon2id hash (PHC string); null until an invited user sets a password. Never exposed. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text', default: 'active' })
  status: UserStatus;

  @Column({ type: 'text', default: 'vi' })
  locale: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Column(demoColumn)
  demo: boolean;
}
