import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { prependKey } from './prependKey';

export const ApiKeyIssueMutation = graphql(`
  mutation ApiKeyIssueMutation($input: ApiKeyIssueInput!) {
    apiKeyIssue(input: $input) {
      key
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

/**
 * Issues a key to the partner; the answer carries the key itself, once. The new key's listing is
 * put first in the partner's keys in the cache (the API lists them newest first).
 */
export function useApiKeyIssue(partnerId: string) {
  return useMutation(ApiKeyIssueMutation, {
    update: (cache, { data }) => prependKey(cache, partnerId, data?.apiKeyIssue.apiKey),
  });
}
