import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { webhookService } from './webhook.service';
import {
  WebhookEndpoint,
  WebhookEndpointCreateInput,
  WebhookEndpointCreatePayload,
  WebhookEndpointDeletePayload,
  WebhookEndpointIdInput,
  WebhookEndpointRotateSecretPayload,
  WebhookEndpointUpdateInput,
  WebhookEndpointUpdatePayload,
} from './webhook.type';

/** Who may call these, said once in each description. */
const WHO = 'Administrators, or the partner’s own key with the `webhooks` scope; audited.';

@Resolver()
export class WebhookResolver {
  @Mutation(() => WebhookEndpointCreatePayload, {
    description: `Registers a partner’s webhook endpoint and the events it wants; answers its signing secret once. ${WHO}`,
  })
  webhookEndpointCreate(
    @Ctx() ctx: Context,
    @Arg('input', () => WebhookEndpointCreateInput) input: WebhookEndpointCreateInput,
  ): Promise<WebhookEndpointCreatePayload> {
    return webhookService.create(ctx, input);
  }

  @Mutation(() => WebhookEndpointUpdatePayload, {
    description: `Changes an endpoint’s URL or events, pauses it or re-enables it after failures. ${WHO}`,
  })
  webhookEndpointUpdate(
    @Ctx() ctx: Context,
    @Arg('input', () => WebhookEndpointUpdateInput) input: WebhookEndpointUpdateInput,
  ): Promise<WebhookEndpointUpdatePayload> {
    return webhookService.update(ctx, input);
  }

  @Mutation(() => WebhookEndpointRotateSecretPayload, {
    description: `Gives an endpoint a new signing secret, answered once. ${WHO}`,
  })
  webhookEndpointRotateSecret(
    @Ctx() ctx: Context,
    @Arg('input', () => WebhookEndpointIdInput) input: WebhookEndpointIdInput,
  ): Promise<WebhookEndpointRotateSecretPayload> {
    return webhookService.rotateSecret(ctx, input);
  }

  @Mutation(() => WebhookEndpointDeletePayload, {
    description: `Removes an endpoint with its delivery log. ${WHO}`,
  })
  webhookEndpointDelete(
    @Ctx() ctx: Context,
    @Arg('input', () => WebhookEndpointIdInput) input: WebhookEndpointIdInput,
  ): Promise<WebhookEndpointDeletePayload> {
    return webhookService.remove(ctx, input);
  }

  @Query(() => [WebhookEndpoint], {
    description:
      'A partner’s webhook endpoints with their last deliveries: administrators name the partner, a partner’s ' +
      'key (`webhooks` scope) reads its own.',
  })
  webhookEndpoints(
    @Ctx() ctx: Context,
    @Arg('partnerId', () => ID, {
      nullable: true,
      description: 'The partner organisation’s id (a key may leave it out).',
    })
    partnerId: string | null,
  ): Promise<WebhookEndpoint[]> {
    return webhookService.ofPartner(ctx, partnerId ?? null);
  }
}
