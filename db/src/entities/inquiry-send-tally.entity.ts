import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Accepted inquiries per bucket ("ip:…", "phone:…", "email:…") and window, so that the send limits
 * hold across server instances: counted and decided in one upsert under the row's lock. Past
 * windows are deleted by the housekeeping.
 */
@Entity('inquiry_send_tally')
@Index('inquiry_send_tally_window_start', ['windowStart'])
export class InquirySendTally {
  @PrimaryColumn({ type: 'text' })
  bucket: string;

  @PrimaryColumn({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  sends: number;
}
