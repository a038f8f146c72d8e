import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const ApiKeyRevokeMutation = graphql(`
  mutation ApiKeyRevokeMutation($input: ApiKeyRevokeInput!) {
    apiKeyRevoke(input: $input) {
      apiKey {
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

/** Revokes a key; the key comes back with its `revokedAt`, which its row then shows. */
export function useApiKeyRevoke() {
  return useMutation(ApiKeyRevokeMutation);
}
