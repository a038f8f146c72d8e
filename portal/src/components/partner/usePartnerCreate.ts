import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const PartnerCreateMutation = graphql(`
  mutation PartnerCreateMutation($input: PartnerCreateInput!) {
    partnerCreate(input: $input) {
      partner {
        id
        ...PartnerCard_partner
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Registers a partner organisation (the page then reloads its list, ordered by name). */
export function usePartnerCreate() {
  return useMutation(PartnerCreateMutation);
}
