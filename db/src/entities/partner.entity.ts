import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { AppUser } from './app-user.entity';
import { EditableRow } from './base';

/**
 * A partner organisation that integrates with the API (a marketplace, a provincial trade centre, a
 * retailer, a researcher): administrators register it; its API keys and webhook endpoints belong
 * to it, and the audit and the usage figures name it.
 */
@Entity('partner')
@Index('partner_created_by_id', ['createdById'])
/** `lower(name)`: one organisation is not registered twice under another case. */
@Index('partner_name_unique', { synchronize: false })
export class Partner extends EditableRow {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  contactName: string | null;

  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => AppUser)
  createdById: string | null;

  /** Set when the partner may no longer use the API (every key refused, no webhook delivered). */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;
}
