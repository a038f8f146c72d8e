import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRow } from './base';
import { AdministrativeUnit } from './administrative-unit.entity';
import { AppUser } from './app-user.entity';
import { Producer } from './producer.entity';

export const ROLES = ['producer_editor', 'commune_official', 'province_official', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A role a user holds, bound to what it covers: a producer editor to one producer, an official
 * to one unit (and everything inside it); an administrator to nothing. The database checks the
 * binding matches the role.
 */
@Entity('role_assignment')
@Index(['userId'])
@Index(['producerId'])
@Index(['unitId'])
export class RoleAssignment extends BaseRow {
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => AppUser, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<AppUser>;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  producerId: string | null;

  @ManyToOne(() => Producer, { nullable: true })
  @JoinColumn({ name: 'producer_id' })
  producer: Relation<Producer> | null;

  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => AdministrativeUnit, { nullable: true })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<AdministrativeUnit> | null;

  @Column({ type: 'uuid', nullable: true })
  grantedById: string | null;
}
