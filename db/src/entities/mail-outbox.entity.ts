import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Inquiry } from './inquiry.entity';

/**
 * An e-mail to send, written in the same transaction as the change it announces, so that it is
 * neither lost (SMTP down) nor sent for a change that rolled back. A worker in each server
 * instance claims due rows (FOR UPDATE SKIP LOCKED: two instances never send one twice), sends
 * them and marks them sent, or schedules a retry with backoff.
 */
@Entity('mail_outbox')
@Check('mail_outbox_to_address_check', `length(to_address) <= 254`)
@Index('mail_outbox_due', ['nextAttemptAt'], { where: 'sent_at IS NULL' })
@Index('mail_outbox_inquiry_id', ['inquiryId'])
@Index('mail_outbox_sent_at', ['sentAt'])
export class MailOutbox {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** What it announces ("inquiry-new", "inquiry-buyer-reply", "inquiry-reply"). */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => Inquiry, { onDelete: 'SET NULL' })
  inquiryId: string | null;

  @Column({ type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  subject: string;

  /** Plain text; a buyer's private link is replaced by a mark once the mail is sent. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz' })
  nextAttemptAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
