import type { ApolloCache, Reference } from '@apollo/client';

/**
 * Puts a key just issued (or the new key of a rotation) first in its partner's `apiKeys` in the
 * cache, as the API lists them (newest first), so that the list shows it without asking again.
 */
export function prependKey(
  cache: ApolloCache,
  partnerId: string,
  apiKey: { __typename?: 'ApiKey'; id: string } | null | undefined,
): void {
  if (!apiKey) return;
  const keyRef = cache.identify({ __typename: 'ApiKey', id: apiKey.id });
  if (!keyRef) return;
  cache.modify({
    id: cache.identify({ __typename: 'Partner', id: partnerId }),
    fields: {
      apiKeys(existing: readonly Reference[] = [], { readField, toReference }) {
        if (existing.some((ref) => readField('id', ref) === apiKey.id)) return existing;
        const ref = toReference(keyRef);
        return ref ? [ref, ...existing] : existing;
      },
    },
  });
}
