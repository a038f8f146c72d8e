import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AppUser } from './app-user.entity';
import { Inquiry } from './inquiry.entity';
import { Producer } from './producer.entity';

/** A contact ("phone:+84…" or "email:<lower case>") a producer no longer accepts inquiries from. */
@Entity('inquiry_sender_block')
@Check('inquiry_sender_block_contact_check', `contact ~ '^(phone|email):'`)
@Index('inquiry_sender_block_created_by_id', ['createdById'])
@Index('inquiry_sender_block_inquiry_id', ['inquiryId'])
export class InquirySenderBlock {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => Producer, { onDelete: 'CASCADE' })
  producerId: string;

  @PrimaryColumn({ type: 'text' })
  contact: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => AppUser)
  createdById: string | null;

  /** The inquiry whose sender was blocked. */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => Inquiry, { onDelete: 'SET NULL' })
  inquiryId: string | null;
}
