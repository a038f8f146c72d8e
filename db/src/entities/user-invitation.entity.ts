import {
  Check,
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { AppUser } from './app-user.entity';

/**
 * A one-time invitation to set a password: the administrator receives the token once (as a
 * link); only its SHA-256 is stored. Used once, and valid until `expiresAt` (7 days).
 */
@Entity('user_invitation')
@Check('user_invitation_token_hash_check', `token_hash ~ '^[0-9a-f]{64}$'`)
@Check('user_invitation_expiry', `expires_at > created_at`)
@Index('user_invitation_user_id', ['userId'])
@Index('user_invitation_created_by_id', ['createdById'])
export class UserInvitation {
  @PrimaryColumn({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => AppUser, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<AppUser>;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => AppUser)
  createdById: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** When the invitation was accepted (a password was set); a used invitation cannot be used again. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** When a newer invitation for the same user replaced this one. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
