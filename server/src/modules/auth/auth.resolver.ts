import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { Producer } from '../producer/producer.type';
import { producerService as producers } from '../producer/producer.service';
import { LoginInput } from './auth.inputs';
import { authService as auth } from './auth.service';
import { LoginPayload, LogoutPayload, RoleGrantType, ViewerType } from './auth.type';

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, {
    nullable: true,
    description: 'The person logged in (by the session cookie); null for the public.',
  })
  viewer(@Ctx() ctx: Context): ViewerType | null {
    return auth.viewer(ctx);
  }

  @Mutation(() => LoginPayload, {
    description:
      'Logs in with email and password: sets an HttpOnly session cookie (a new session every time). ' +
      'Repeated failures are throttled per account and per address.',
  })
  login(@Arg('input') input: LoginInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    return auth.login(ctx, input);
  }

  @Mutation(() => LogoutPayload, { description: 'Ends the current session and clears its cookie.' })
  logout(@Ctx() ctx: Context): Promise<LogoutPayload> {
    return auth.logout(ctx);
  }
}

@Resolver(() => RoleGrantType)
export class RoleGrantResolver {
  @FieldResolver(() => Producer, { nullable: true, description: 'The producer a producer editor works for.' })
  producer(@Root() grant: RoleGrantType, @Ctx() ctx: Context): Promise<Producer | null> | null {
    return grant.producerId ? producers.find(ctx, grant.producerId) : null;
  }

  @FieldResolver(() => AdministrativeUnit, {
    nullable: true,
    description: 'The unit an official acts in (and all inside it).',
  })
  unit(@Root() grant: RoleGrantType, @Ctx() ctx: Context): Promise<AdministrativeUnit | null> | null {
    return grant.unitId ? ctx.loaders.unitById.load(grant.unitId) : null;
  }
}
