import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { AppUser } from './app-user.entity';
import { BaseRow } from './base';
import { Partner } from './partner.entity';

/** A partner's API key. Only a hash is stored; the prefix lets people tell their keys apart. */
@Entity('api_key')
@Index('api_key_created_by_id', ['createdById'])
@Index('api_key_partner_id', ['partnerId'])
export class ApiKey extends BaseRow {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => Partner)
  partnerId: string;

  /** This key's budget in points per hour; null: the platform's (API_KEY_POINTS_PER_HOUR). */
  @Column({ type: 'integer', nullable: true })
  pointsPerHour: number | null;

  @Column({ type: 'text', unique: true })
  keyPrefix: string;

  @Column({ type: 'text' })
  keyHash: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  scopes: string[];

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => AppUser)
  createdById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
