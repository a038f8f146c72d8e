import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const ListingUpdateMutation = graphql(`
  mutation ListingUpdateMutation($input: ProductListingUpdateInput!) {
    productListingUpdate(input: $input) {
      listing {
        id
        ...ListingEditForm_listing
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
 * Sends a listing change. The answer's listing (changed, or as someone else left it after a
 * CONFLICT) is written to the cache by id, so the public product page shows it too.
 */
export function useListingUpdate() {
  return useMutation(ListingUpdateMutation);
}
