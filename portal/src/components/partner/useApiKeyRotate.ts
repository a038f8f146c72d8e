import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { prependKey } from './prependKey';

export const ApiKeyRotateMutation = graphql(`
  mutation ApiKeyRotateMutation($input: ApiKeyRotateInput!) {
    apiKeyRotate(input: $input) {
      key
      apiKey {
        id
        ...ApiKeyRow_apiKey
      }
      revoked {
        id
        ...ApiKeyRow_apiKey
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
 * Replaces a key: the old one comes back revoked (its row updates itself in the cache), the new
 * one, answered once, is put first in the partner's keys.
 */
export function useApiKeyRotate(partnerId: string) {
  return useMutation(ApiKeyRotateMutation, {
    update: (cache, { data }) => prependKey(cache, partnerId, data?.apiKeyRotate.apiKey),
  });
}
