import { Column, Entity, Index } from 'typeorm';
import { BaseRow } from './base';

/** A partner's API key. Only a hash is stored; the prefix lets people tell their keys apart. */
@Entity('api_key')
export class ApiKey extends BaseRow {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  partnerName: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  keyPrefix: string;

  @Column({ type: 'text' })
  keyHash: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  scopes: string[];

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
