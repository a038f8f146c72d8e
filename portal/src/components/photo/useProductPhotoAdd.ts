import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const ProductPhotoAddMutation = graphql(`
  mutation ProductPhotoAddMutation($input: ProductPhotoAddInput!) {
    productPhotoAdd(input: $input) {
      photo {
        id
        ...PhotoGallery_photo
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
 * Attaches an uploaded photo to a product. The new photo is appended to the product's photos in
 * the cache, so the gallery (and the public page) show it without another request.
 */
export function useProductPhotoAdd(productId: string) {
  return useMutation(ProductPhotoAddMutation, {
    update(cache, { data }) {
      const photo = data?.productPhotoAdd.photo;
      if (!photo) return;
      const ref = cache.identify({ __typename: 'OcopProduct', id: productId });
      if (!ref) return;
      cache.modify({
        id: ref,
        fields: {
          photos(existing: readonly { __ref: string }[] = [], { toReference }) {
            const added = toReference(photo);
            if (!added || existing.some((p) => p.__ref === added.__ref)) return existing;
            return [...existing, added];
          },
        },
      });
    },
  });
}
