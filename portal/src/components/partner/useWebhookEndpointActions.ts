import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { PartnerWebhooksQuery } from './partnerWebhooksQuery';

export const WebhookEndpointUpdateMutation = graphql(`
  mutation WebhookEndpointUpdateMutation($input: WebhookEndpointUpdateInput!) {
    webhookEndpointUpdate(input: $input) {
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

export const WebhookEndpointRotateSecretMutation = graphql(`
  mutation WebhookEndpointRotateSecretMutation($input: WebhookEndpointIdInput!) {
    webhookEndpointRotateSecret(input: $input) {
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

export const WebhookEndpointDeleteMutation = graphql(`
  mutation WebhookEndpointDeleteMutation($input: WebhookEndpointIdInput!) {
    webhookEndpointDelete(input: $input) {
      deletedId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Changes an endpoint's events, pauses it or re-enables it; its item updates itself in the cache. */
export function useWebhookEndpointUpdate() {
  return useMutation(WebhookEndpointUpdateMutation);
}

/** Gives an endpoint a new signing secret, answered once. */
export function useWebhookEndpointRotateSecret() {
  return useMutation(WebhookEndpointRotateSecretMutation);
}

/** Removes an endpoint: taken out of its partner's list in the cache, and out of the cache. */
export function useWebhookEndpointDelete(partnerId: string) {
  return useMutation(WebhookEndpointDeleteMutation, {
    update: (cache, { data }) => {
      const id = data?.webhookEndpointDelete.deletedId;
      if (!id) return;
      cache.updateQuery({ query: PartnerWebhooksQuery, variables: { partnerId } }, (list) =>
        list ? { ...list, webhookEndpoints: list.webhookEndpoints.filter((e) => e.id !== id) } : list,
      );
      cache.evict({ id: cache.identify({ __typename: 'WebhookEndpoint', id }) });
      cache.gc();
    },
  });
}
