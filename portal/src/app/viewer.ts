import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { Role, ViewerQueryQuery } from '../gql/graphql';

/**
 * Who is logged in, for the frame of every page (the header's menu) and for the routes that
 * need a login. The session is an HttpOnly cookie, so the only way to know is to ask the API;
 * the answer stays in the cache until a login or logout resets the store.
 */
export const ViewerQuery = graphql(`
  query ViewerQuery {
    viewer {
      id
      email
      displayName
      locale
      roles {
        role
        producer {
          id
          name
        }
        unit {
          id
          name
          fullName
          code
          level
        }
      }
    }
  }
`);

export type Viewer = NonNullable<ViewerQueryQuery['viewer']>;

export const OFFICIAL_ROLES: readonly Role[] = ['PROVINCE_OFFICIAL', 'COMMUNE_OFFICIAL', 'ADMINISTRATOR'];
export const PRODUCER_ROLES: readonly Role[] = ['PRODUCER_EDITOR', 'ADMINISTRATOR'];

/** Anything with roles: the viewer, or the one a login answers. */
type WithRoles = { roles: ReadonlyArray<{ role: Role }> } | null | undefined;

export function hasRole(viewer: WithRoles, roles: readonly Role[]): boolean {
  return !!viewer?.roles.some((grant) => roles.includes(grant.role));
}

/** The viewer (null for the public), whether it is still loading, and a load error. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerQuery);
  return { viewer: data?.viewer ?? null, loading: loading && !data, error, refetch };
}

/**
 * Where a person's work starts, for a login that came from no particular page: their products
 * for a producer editor, the officials' page for an official or administrator, else home.
 */
export function homeOf(viewer: WithRoles): string {
  if (hasRole(viewer, ['PRODUCER_EDITOR'])) return '/my/products';
  if (hasRole(viewer, OFFICIAL_ROLES)) return '/official';
  return '/';
}
