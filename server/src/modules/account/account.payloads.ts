import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { WritePayload } from '../../common/write-payload';
import { ViewerType } from '../auth/auth.type';
import { User } from './user.type';

@ObjectType('UserInvitePayload', { description: 'Result of `userInvite`.' })
export class UserInvitePayload extends WritePayload('user', () => User, {
  description: 'The invited user (status INVITED); null when refused.',
  userErrors: 'Why nothing was written; empty when the user was invited.',
}) {
  @Field(() => String, {
    nullable: true,
    description:
      'Path of the invitation link, `/invitation/<token>`, to pass on to the person (append it to the portal’s ' +
      'address). Shown only in this answer — the platform keeps only a hash of the token — and valid for 7 days, ' +
      'once. Null when refused, or on a retry after the invitation was accepted.',
  })
  invitationUrl: string | null;
}

@ObjectType('InvitationAcceptPayload', { description: 'Result of `invitationAccept`.' })
export class InvitationAcceptPayload extends WritePayload('viewer', () => ViewerType, {
  description: 'The person now logged in (with a new session cookie); null when refused.',
  userErrors:
    'Why nothing was written: a weak password, or INVALID on `token` (unknown, used, replaced or expired — the ' +
    'answer does not say which).',
}) {}

@ObjectType('UserStatusChangePayload', { description: 'Result of `userDisable` and `userEnable`.' })
export class UserStatusChangePayload extends WritePayload('user', () => User, {
  description: 'The user as they are now: changed when `userErrors` is empty.',
  userErrors: 'Why nothing was written; empty when the change was applied.',
}) {}

@ObjectType('RoleChangePayload', { description: 'Result of `roleGrant` and `roleRevoke`.' })
export class RoleChangePayload extends WritePayload('user', () => User, {
  description: 'The user with their roles as they are now.',
  userErrors: 'Why nothing was written; empty when the change was applied.',
}) {}

@ObjectType('PasswordChangePayload', { description: 'Result of `passwordChange`.' })
export class PasswordChangePayload {
  @Field({ description: 'True when the password was changed.' })
  changed: boolean;

  @Field(() => Int, {
    description: 'How many other sessions of the user were ended (this one stays logged in).',
  })
  otherSessionsEnded: number;

  @Field(() => [UserError], {
    description:
      'Why nothing was written: INVALID_CREDENTIALS on `currentPassword`, THROTTLED after repeated failures, or a ' +
      'weak new password.',
  })
  userErrors: UserError[];
}
