import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../common/connection';
import { RoleName } from '../auth/auth.type';

/** GraphQL type name, also the prefix inside users' global IDs (the viewer's `id` is the same). */
export const USER = 'User';
/** Type name inside the global IDs of role assignments (`roleRevoke(input: { id })`). */
export const ROLE_ASSIGNMENT = 'RoleAssignment';

/** The enum values are the database's spellings, so rows pass through unchanged. */
export enum UserStatus {
  INVITED = 'invited',
  ACTIVE = 'active',
  DISABLED = 'disabled',
}
registerEnumType(UserStatus, {
  name: 'UserStatus',
  description: 'Whether a user can log in.',
  valuesConfig: {
    INVITED: { description: 'Invited by an administrator; no password set yet (cannot log in).' },
    ACTIVE: { description: 'Can log in.' },
    DISABLED: { description: 'Disabled by an administrator: cannot log in; every session ended.' },
  },
});

@ObjectType(ROLE_ASSIGNMENT, {
  description: 'A role a user holds, with what it is bound to (a producer, or a unit and all inside it).',
})
export class RoleAssignmentType {
  @Field(() => ID, { description: 'Global ID of the assignment (for `roleRevoke`).' })
  id: string;

  @Field(() => RoleName, { description: 'The role.' })
  role: RoleName;

  @Field({ description: 'When the role was granted.' })
  createdAt: Date;

  /** Database keys; resolved to objects by the resolver. */
  producerId: string | null;
  unitId: string | null;
}

@ObjectType(USER, {
  description:
    'An account, as administrators see it. The password (its hash) and invitation tokens are never part of it.',
})
export class User {
  @Field(() => ID, {
    description: 'Global ID of the user (the same as `Viewer.id` when they are logged in).',
  })
  id: string;

  /** Database key; not part of the API. */
  uuid: string;

  @Field({ description: 'Login email, as written when invited.' })
  email: string;

  @Field({ description: 'Name shown to others.' })
  displayName: string;

  @Field(() => UserStatus, { description: 'Whether the user can log in.' })
  status: UserStatus;

  @Field({ description: 'Preferred language: "vi" or "en".' })
  locale: string;

  @Field(() => [RoleAssignmentType], { description: 'Roles held, with what each is bound to.' })
  roles: RoleAssignmentType[];

  @Field(() => Date, { nullable: true, description: 'When the user last logged in; null if never.' })
  lastLoginAt: Date | null;

  @Field({ description: 'When the account was created (invited).' })
  createdAt: Date;

  @Field(() => Int, {
    description: 'Version of the account, for `userDisable` / `userEnable` (a conditional write on it).',
  })
  version: number;
}

export const UserConnection = connectionType(User, USER, 'users');
export type UserConnection = InstanceType<typeof UserConnection>;
