import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const ListingCreateMutation = graphql(`
  mutation ListingCreateMutation($input: ProductListingCreateInput!) {
    productListingCreate(input: $input) {
      listing {
        id
        unit
        priceVnd
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
 * Adds a listing to a product. "My products" reads its products from the network when it is
 * shown again, so the new listing appears there without touching the cache here.
 */
export function useListingCreate() {
  return useMutation(ListingCreateMutation);
}
