import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Inquiry } from './inquiry.entity';

/**
 * A buyer's private link to an inquiry: only the SHA-256 of the token is stored. One comes with
 * the submit; each reply mailed to the buyer carries a new one (the old ones stay valid).
 */
@Entity('inquiry_buyer_token')
@Check('inquiry_buyer_token_token_hash_check', `token_hash ~ '^[0-9a-f]{64}$'`)
@Index('inquiry_buyer_token_inquiry_id', ['inquiryId'])
export class InquiryBuyerToken {
  @PrimaryColumn({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => Inquiry, { onDelete: 'CASCADE' })
  inquiryId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
