import { Check, Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRow, oneOf } from './base';
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
@Check('role_assignment_role_check', oneOf('role', ROLES))
@Check(
  'role_assignment_binding',
  `(role = 'producer_editor' AND producer_id IS NOT NULL AND unit_id IS NULL) OR
   (role IN ('commune_official', 'province_official') AND unit_id IS NOT NULL AND producer_id IS NULL) OR
   (role = 'administrator' AND unit_id IS NULL AND producer_id IS NULL)`,
)
@Index('role_assignment_user_id', ['userId'])
@Index('role_assignment_producer_id', ['producerId'])
@Index('role_assignment_unit_id', ['unitId'])
@Index('role_assignment_granted_by_id', ['grantedById'])
// A role is held once with the same binding (migration 1796061000000), the empty bindings too:
// NULLS NOT DISTINCT, which TypeORM cannot say.
@Index('role_assignment_unique_binding', ['userId', 'role', 'producerId', 'unitId'], { unique: true })
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
  @ForeignKey(() => AppUser)
  grantedById: string | null;
}
