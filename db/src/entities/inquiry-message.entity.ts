import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AppUser } from './app-user.entity';
import { oneOf } from './base';
import { Inquiry } from './inquiry.entity';

export const INQUIRY_AUTHORS = ['buyer', 'producer'] as const;
export type InquiryAuthor = (typeof INQUIRY_AUTHORS)[number];

/** One message of an inquiry's conversation, the buyer's first one included. */
@Entity('inquiry_message')
@Check('inquiry_message_author_check', oneOf('author', INQUIRY_AUTHORS))
@Check('inquiry_message_body_check', `length(body) BETWEEN 1 AND 4000`)
@Check('inquiry_message_idempotency_hash_check', `idempotency_hash ~ '^[0-9a-f]{64}$'`)
@Unique(['inquiryId', 'idempotencyHash'])
@Index('inquiry_message_inquiry_created', ['inquiryId', 'createdAt', 'id'])
@Index('inquiry_message_author_user_id', ['authorUserId'])
export class InquiryMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => Inquiry, { onDelete: 'CASCADE' })
  inquiryId: string;

  @Column({ type: 'text' })
  author: InquiryAuthor;

  /** The editor or administrator who wrote a producer's reply (never shown to the buyer). */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => AppUser)
  authorUserId: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** SHA-256 of the reply's idempotency key (null for the first message: the inquiry has its own). */
  @Column({ type: 'text', nullable: true })
  idempotencyHash: string | null;

  @Column({ type: 'text', nullable: true })
  requestHash: string | null;
}
