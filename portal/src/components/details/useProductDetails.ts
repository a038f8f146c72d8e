import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const ProductDetailsUpdateMutation = graphql(`
  mutation ProductDetailsUpdateMutation($input: ProductDetailsUpdateInput!) {
    productDetailsUpdate(input: $input) {
      product {
        id
        ...ProductDetailsForm_product
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

export const ProductCertificationAddMutation = graphql(`
  mutation ProductCertificationAddMutation($input: ProductCertificationAddInput!) {
    productCertificationAdd(input: $input) {
      certification {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const ProductCertificationRemoveMutation = graphql(`
  mutation ProductCertificationRemoveMutation($input: ProductCertificationRemoveInput!) {
    productCertificationRemove(input: $input) {
      removedCertificationId
      userErrors {
        field
        code
        message
        currentVersion
      }
    }
  }
`);

/** Sends a change of a product's buyer details; the answer's product lands in the cache by id. */
export function useProductDetailsUpdate() {
  return useMutation(ProductDetailsUpdateMutation);
}

export function useProductCertificationAdd() {
  return useMutation(ProductCertificationAddMutation);
}

export function useProductCertificationRemove() {
  return useMutation(ProductCertificationRemoveMutation);
}
