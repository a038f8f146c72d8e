import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs } from '../../common/connection';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { producerService as producers } from '../producer/producer.service';
import { Producer } from '../producer/producer.type';
import {
  InvitationAcceptInput,
  PasswordChangeInput,
  RoleGrantInput,
  RoleRevokeInput,
  UserInviteInput,
  UserStatusChangeInput,
} from './account.inputs';
import {
  InvitationAcceptPayload,
  PasswordChangePayload,
  RoleChangePayload,
  UserInvitePayload,
  UserStatusChangePayload,
} from './account.payloads';
import { invitationAcceptService } from './invitation-accept.service';
import { passwordChangeService } from './password-change.service';
import { roleService } from './role.service';
import { UserFilter } from './user.inputs';
import { userInviteService } from './user-invite.service';
import { userService as users } from './user.service';
import { userStatusService } from './user-status.service';
import { RoleAssignmentType, UserConnection } from './user.type';

const ADMIN_ONLY = ' Administrators only (FORBIDDEN for anyone else); audited.';

@Resolver()
export class AccountResolver {
  @Query(() => UserConnection, {
    description:
      'Accounts, by email. Administrators only (FORBIDDEN for anyone else, UNAUTHENTICATED anonymously; refusals ' +
      'are audited).',
  })
  async users(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Which users to list.' })
    filter?: UserFilter | null,
  ): Promise<UserConnection> {
    return UserConnection.fromPage(await users.page(ctx, page, filter));
  }

  @Mutation(() => UserInvitePayload, {
    description:
      'Invites a person with one role: creates the user (INVITED, no password) and answers, once, the invitation ' +
      'link to pass on. No e-mail is sent.' +
      ADMIN_ONLY,
  })
  userInvite(@Arg('input') input: UserInviteInput, @Ctx() ctx: Context): Promise<UserInvitePayload> {
    return userInviteService.invite(ctx, input);
  }

  @Mutation(() => InvitationAcceptPayload, {
    description:
      'Accepts an invitation (no login needed): sets the password, activates the account and logs in with a new ' +
      'session cookie. An unknown, used or expired token is a user error.',
  })
  invitationAccept(
    @Arg('input') input: InvitationAcceptInput,
    @Ctx() ctx: Context,
  ): Promise<InvitationAcceptPayload> {
    return invitationAcceptService.accept(ctx, input);
  }

  @Mutation(() => UserStatusChangePayload, {
    description:
      'Disables an account: it can no longer log in and every session of it ends at once. Not your own.' +
      ADMIN_ONLY,
  })
  userDisable(
    @Arg('input') input: UserStatusChangeInput,
    @Ctx() ctx: Context,
  ): Promise<UserStatusChangePayload> {
    return userStatusService.disable(ctx, input);
  }

  @Mutation(() => UserStatusChangePayload, {
    description:
      'Enables a disabled account again (ACTIVE, or INVITED when no password was ever set).' + ADMIN_ONLY,
  })
  userEnable(
    @Arg('input') input: UserStatusChangeInput,
    @Ctx() ctx: Context,
  ): Promise<UserStatusChangePayload> {
    return userStatusService.enable(ctx, input);
  }

  @Mutation(() => RoleChangePayload, {
    description:
      'Gives a user a role: a producer editor is bound to a producer, a province official to a province, a commune ' +
      'official to a commune, an administrator to nothing.' +
      ADMIN_ONLY,
  })
  roleGrant(@Arg('input') input: RoleGrantInput, @Ctx() ctx: Context): Promise<RoleChangePayload> {
    return roleService.grant(ctx, input);
  }

  @Mutation(() => RoleChangePayload, {
    description: 'Takes a role away (not your own administrator role).' + ADMIN_ONLY,
  })
  roleRevoke(@Arg('input') input: RoleRevokeInput, @Ctx() ctx: Context): Promise<RoleChangePayload> {
    return roleService.revoke(ctx, input);
  }

  @Mutation(() => PasswordChangePayload, {
    description:
      'Changes the password of the person logged in, given the current one; their other sessions end. Audited.',
  })
  passwordChange(
    @Arg('input') input: PasswordChangeInput,
    @Ctx() ctx: Context,
  ): Promise<PasswordChangePayload> {
    return passwordChangeService.change(ctx, input);
  }
}

@Resolver(() => RoleAssignmentType)
export class RoleAssignmentResolver {
  @FieldResolver(() => Producer, { nullable: true, description: 'The producer a producer editor works for.' })
  producer(@Root() grant: RoleAssignmentType, @Ctx() ctx: Context): Promise<Producer | null> | null {
    return grant.producerId ? producers.find(ctx, grant.producerId) : null;
  }

  @FieldResolver(() => AdministrativeUnit, {
    nullable: true,
    description: 'The unit an official acts in (and all inside it).',
  })
  unit(@Root() grant: RoleAssignmentType, @Ctx() ctx: Context): Promise<AdministrativeUnit | null> | null {
    return grant.unitId ? ctx.loaders.unitById.load(grant.unitId) : null;
  }
}
