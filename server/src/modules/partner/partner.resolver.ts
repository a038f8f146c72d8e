import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { partnerService } from './partner.service';
import {
  ApiKeyIssueInput,
  ApiKeyIssuePayload,
  ApiKeyRevokeInput,
  ApiKeyRevokePayload,
  ApiKeyRotateInput,
  ApiKeyRotatePayload,
  PartnerCreateInput,
  PartnerCreatePayload,
  PartnerUpdateInput,
  PartnerUpdatePayload,
  PartnerView,
  RateLimit,
} from './partner.type';

@Resolver()
export class PartnerResolver {
  @Mutation(() => PartnerCreatePayload, {
    description: 'Registers a partner organisation. Administrators only; audited.',
  })
  partnerCreate(
    @Ctx() ctx: Context,
    @Arg('input', () => PartnerCreateInput) input: PartnerCreateInput,
  ): Promise<PartnerCreatePayload> {
    return partnerService.create(ctx, input);
  }

  @Mutation(() => PartnerUpdatePayload, {
    description:
      'Changes a partner’s name or contacts, disables or enables it. Administrators only; audited.',
  })
  partnerUpdate(
    @Ctx() ctx: Context,
    @Arg('input', () => PartnerUpdateInput) input: PartnerUpdateInput,
  ): Promise<PartnerUpdatePayload> {
    return partnerService.update(ctx, input);
  }

  @Query(() => [PartnerView], {
    description: 'Partner organisations (the first 200 by name) with their keys. Administrators only.',
  })
  partners(@Ctx() ctx: Context): Promise<PartnerView[]> {
    return partnerService.list(ctx);
  }

  @Mutation(() => ApiKeyIssuePayload, {
    description: 'Issues an API key to a partner; answers the key once. Administrators only; audited.',
  })
  apiKeyIssue(
    @Ctx() ctx: Context,
    @Arg('input', () => ApiKeyIssueInput) input: ApiKeyIssueInput,
  ): Promise<ApiKeyIssuePayload> {
    return partnerService.issue(ctx, input);
  }

  @Mutation(() => ApiKeyRevokePayload, {
    description: 'Revokes a key: every instance refuses it within a second. Administrators only; audited.',
  })
  apiKeyRevoke(
    @Ctx() ctx: Context,
    @Arg('input', () => ApiKeyRevokeInput) input: ApiKeyRevokeInput,
  ): Promise<ApiKeyRevokePayload> {
    return partnerService.revoke(ctx, input.id);
  }

  @Mutation(() => ApiKeyRotatePayload, {
    description: 'Replaces a key: the old one revoked, a new one (same name, scopes, budget) answered once.',
  })
  apiKeyRotate(
    @Ctx() ctx: Context,
    @Arg('input', () => ApiKeyRotateInput) input: ApiKeyRotateInput,
  ): Promise<ApiKeyRotatePayload> {
    return partnerService.rotate(ctx, input.id);
  }

  @Query(() => RateLimit, {
    nullable: true,
    description:
      'The points budget of this request’s key (or, anonymous, address) this hour; asking only for it costs nothing. ' +
      'Null when the request is not budgeted (a signed-in person, or the anonymous budget off).',
  })
  rateLimit(@Ctx() ctx: Context): RateLimit | null {
    const b = ctx.budget;
    return b
      ? Object.assign(new RateLimit(), {
          limit: b.limit,
          cost: b.cost,
          remaining: b.remaining,
          used: b.used,
          resetAt: b.resetAt,
        })
      : null;
  }
}
