import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * "Load more" for a connection that has `nodes` but no `edges` (labelBatches): a page asked with
 * `after` is appended to the list kept under the same `keyArgs`; a first page replaces it.
 */
export function nodesPagination(keyArgs: string[]): FieldPolicy {
  return {
    keyArgs,
    merge(existing: { nodes?: unknown[] } | undefined, incoming: { nodes?: unknown[] }, { args }) {
      if (!existing?.nodes || !args?.['after']) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...(incoming.nodes ?? [])] };
    },
  };
}

/**
 * The language the portal shows (I18nProvider sets it on <html lang>): sent as Accept-Language with
 * every request, so that the API's messages (user errors) come in the same language, whatever
 * the browser's own languages are.
 */
export function portalLanguage(): 'vi' | 'en' {
  return document.documentElement.lang === 'en' ? 'en' : 'vi';
}

/**
 * One Apollo Client for the portal, talking to the API on the same origin. Lists are relay
 * connections: "load more" appends pages in the cache (relayStylePagination), keyed by the
 * arguments that define the list (filters and order), not by the cursor.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      // Read per request: the language can change while the page is open.
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set('accept-language', portalLanguage());
        return fetch(input, { ...init, headers });
      },
    }),
    cache: createCache(),
  });
}

/** The portal's cache with its policies (pagination, keys), also for tests that page through lists. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          ocopProducts: relayStylePagination(['filter', 'orderBy']),
          producers: relayStylePagination(['filter', 'orderBy']),
          communes: relayStylePagination(['filter', 'orderBy']),
          auditLog: relayStylePagination(['filter']),
          users: relayStylePagination(['filter']),
          inquiries: relayStylePagination(['filter']),
          labelBatches: nodesPagination(['filter']),
        },
      },
      Producer: { fields: { products: relayStylePagination() } },
      // The buyer's view has no id (the token must not be one): its reference is unique.
      BuyerInquiry: { keyFields: ['reference'] },
      AdministrativeUnit: { fields: { ocopProducts: relayStylePagination(['certificateStatus']) } },
    },
  });
}
