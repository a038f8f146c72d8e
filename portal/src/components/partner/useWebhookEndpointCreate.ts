import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { PartnerWebhooksQuery } from './partnerWebhooksQuery';

export const WebhookEndpointCreateMutation = graphql(`
  mutation WebhookEndpointCreateMutation($input: WebhookEndpointCreateInput!) {
    webhookEndpointCreate(input: $input) {
      secret
      endpoint {
        id
        ...WebhookEndpointItem_endpoint
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/**
 * Registers a webhook endpoint for the partner; the answer carries its signing secret, once. The
 * endpoint is added last to the partner's endpoints in the cache (the API lists them oldest first).
 */
export function useWebhookEndpointCreate(partnerId: string) {
  return useMutation(WebhookEndpointCreateMutation, {
    update: (cache, { data }) => {
      const endpoint = data?.webhookEndpointCreate.endpoint;
      if (!endpoint) return;
      cache.updateQuery({ query: PartnerWebhooksQuery, variables: { partnerId } }, (list) =>
        list && !list.webhookEndpoints.some((e) => e.id === endpoint.id)
          ? { ...list, webhookEndpoints: [...list.webhookEndpoints, endpoint] }
          : list,
      );
    },
  });
}
