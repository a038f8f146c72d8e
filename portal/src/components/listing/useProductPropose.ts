import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const ProductProposeMutation = graphql(`
  mutation ProductProposeMutation($input: ProductProposeInput!) {
    productPropose(input: $input) {
      product {
        id
        name
        certificateStatus
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Proposes a new product of the producer editor's producer: not OCOP until certified. */
export function useProductPropose() {
  return useMutation(ProductProposeMutation);
}
