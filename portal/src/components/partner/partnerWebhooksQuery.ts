import { graphql } from '../../gql';

/**
 * A partner's webhook endpoints with their last deliveries: asked when an administrator opens
 * that partner's webhooks (the API answers them one partner at a time), always from the network
 * (deliveries come and go without the page knowing).
 */
export const PartnerWebhooksQuery = graphql(`
  query PartnerWebhooksQuery($partnerId: ID!) {
    webhookEndpoints(partnerId: $partnerId) {
      id
      ...WebhookEndpointItem_endpoint
    }
  }
`);
