import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * One Apollo Client for the portal, talking to the API on the same origin. Lists are relay
 * connections: "load more" appends pages in the cache (relayStylePagination), keyed by the
 * arguments that define the list (filters and order), not by the cursor.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            ocopProducts: relayStylePagination(['filter', 'orderBy']),
            producers: relayStylePagination(['filter', 'orderBy']),
            communes: relayStylePagination(['filter', 'orderBy']),
            auditLog: relayStylePagination(['filter']),
            users: relayStylePagination(['filter']),
          },
        },
        Producer: { fields: { products: relayStylePagination() } },
        AdministrativeUnit: { fields: { ocopProducts: relayStylePagination(['certificateStatus']) } },
      },
    }),
  });
}
