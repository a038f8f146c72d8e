import { Field, ID, InputType, Int } from 'type-graphql';
import { RoleName } from '../auth/auth.type';

@InputType('UserInviteInput', {
  description:
    'A person to invite, with the role they get; they choose their password through the invitation.',
})
export class UserInviteInput {
  @Field({ description: 'Their login email (at most 320 characters; unique on the platform).' })
  email: string;

  @Field({ description: 'Name shown to others (1–100 characters).' })
  displayName: string;

  @Field(() => RoleName, { description: 'The role they get.' })
  role: RoleName;

  @Field(() => ID, { nullable: true, description: 'With PRODUCER_EDITOR (required there): the producer.' })
  producerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'With an official role (required there): the unit of today, a province for PROVINCE_OFFICIAL, a commune for ' +
      'COMMUNE_OFFICIAL.',
  })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Preferred language, "vi" (default) or "en".' })
  locale?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Makes a retried request have one effect (8–100 letters, digits, . _ : -). A retry answers with the same user ' +
      'and a fresh invitation link (the earlier link stops working) while it is not yet accepted.',
  })
  idempotencyKey?: string | null;
}

@InputType('InvitationAcceptInput', {
  description: 'Accepting an invitation: the token from its link and a password.',
})
export class InvitationAcceptInput {
  @Field({ description: 'The token: the last part of the invitation link `/invitation/<token>`.' })
  token: string;

  @Field({ description: 'The password to log in with from now on (10–200 characters).' })
  password: string;

  @Field(() => String, {
    nullable: true,
    description: 'Another name to show, if the invitation’s is not right.',
  })
  displayName?: string | null;
}

@InputType('UserStatusChangeInput', { description: 'A user and the version the change is based on.' })
export class UserStatusChangeInput {
  @Field(() => ID, { description: 'The user.' })
  id: string;

  @Field(() => Int, {
    description:
      'The user’s `version` the change is based on; if it has changed since, nothing is written and the answer is ' +
      'a CONFLICT user error with the current version.',
  })
  version: number;
}

@InputType('RoleGrantInput', { description: 'A role to give a user, with what it is bound to.' })
export class RoleGrantInput {
  @Field(() => ID, { description: 'The user.' })
  userId: string;

  @Field(() => RoleName, { description: 'The role.' })
  role: RoleName;

  @Field(() => ID, { nullable: true, description: 'With PRODUCER_EDITOR (required there): the producer.' })
  producerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'With an official role (required there): the unit of today, a province for PROVINCE_OFFICIAL, a commune for ' +
      'COMMUNE_OFFICIAL.',
  })
  unitId?: string | null;
}

@InputType('RoleRevokeInput', { description: 'A role assignment to remove.' })
export class RoleRevokeInput {
  @Field(() => ID, { description: 'The assignment (`User.roles.id`).' })
  id: string;
}

@InputType('PasswordChangeInput', { description: 'The current password and the new one.' })
export class PasswordChangeInput {
  @Field({ description: 'The password used now.' })
  currentPassword: string;

  @Field({ description: 'The new password (10–200 characters, not the current one).' })
  newPassword: string;
}
