import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const PartnerUpdateMutation = graphql(`
  mutation PartnerUpdateMutation($input: PartnerUpdateInput!) {
    partnerUpdate(input: $input) {
      partner {
        id
        version
        ...PartnerCard_partner
      }
      userErrors {
        field
        code
        message
        currentVersion
      }
    }
  }
`);

/**
 * Changes a partner's name or contacts, or disables / enables it, at the version the
 * administrator read (a CONFLICT otherwise); the partner answered updates its card in the cache.
 */
export function usePartnerUpdate() {
  return useMutation(PartnerUpdateMutation);
}
