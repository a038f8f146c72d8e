import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const ProductPhotoRemoveMutation = graphql(`
  mutation ProductPhotoRemoveMutation($input: ProductPhotoRemoveInput!) {
    productPhotoRemove(input: $input) {
      removedPhotoId
      userErrors {
        field
        code
        message
        currentVersion
      }
    }
  }
`);

/** Removes a photo (at the version shown); once removed it is dropped from the cache everywhere. */
export function useProductPhotoRemove() {
  return useMutation(ProductPhotoRemoveMutation, {
    update(cache, { data }) {
      const id = data?.productPhotoRemove.removedPhotoId;
      if (!id) return;
      cache.evict({ id: cache.identify({ __typename: 'ProductPhoto', id }) });
      cache.gc();
    },
  });
}
