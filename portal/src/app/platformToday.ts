import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

/**
 * The platform's day, the API's root field `today`: the day in Vietnam the server answers for
 * (a demo or test instance may run on another day). Every route query that needs the day selects
 * `today` beside its data, so it is in the cache when the page renders — one query per route, no
 * extra round trip; this document only reads it back.
 */
export const PlatformTodayQuery = graphql(`
  query PlatformToday {
    today
  }
`);

/**
 * Today as the platform says ('YYYY-MM-DD'), read from the Apollo cache; null until a query that
 * selects `today` has answered. Never the browser's clock: a visitor's device may be set to any
 * day or zone. Callers treat null as "not known yet" (a certificate badge then does not say valid).
 */
export function usePlatformToday(): string | null {
  const { data } = useQuery(PlatformTodayQuery, { fetchPolicy: 'cache-only' });
  return data?.today ?? null;
}
