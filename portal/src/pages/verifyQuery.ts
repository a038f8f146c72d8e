import type { ApolloClient } from '@apollo/client';
import { graphql } from '../gql';

/**
 * The verify page's query, in a module of its own so that the entry can start it (below) before
 * the page's chunk has arrived: a scanned QR opens /verify/<number>, and on a slow network the
 * verdict should not wait for the page's script first.
 */
export const VerifyRouteQuery = graphql(`
  query VerifyRouteQuery($number: String!) {
    today
    verifyOcopCertificate(number: $number) {
      number
      ...VerifyResult_verification
    }
  }
`);

/** The longest number the form sends: printed numbers are short; this guards against pastes. */
export const MAX_NUMBER_LENGTH = 100;

/** How long the early answer stands in for the page's own request: the first view only. */
const PREFETCH_FRESH_MS = 30_000;
let prefetched: { number: string; at: number } | null = null;

/**
 * Whether the page may show the early answer for `number` from the cache (cache-first) instead of
 * asking again (network-only, as every other check): only for the number of the visit's first
 * address, within PREFETCH_FRESH_MS of asking. An answer still in flight is shared (Apollo's
 * query deduplication), an answer already there is shown: one request either way.
 */
export function verdictWasPrefetched(number: string, now = performance.now()): boolean {
  return prefetched !== null && prefetched.number === number && now - prefetched.at < PREFETCH_FRESH_MS;
}

/**
 * On a visit that opens at /verify/<number>, asks for the verdict at once, in parallel with the
 * page's chunk, rather than after it (verdictWasPrefetched).
 */
export function prefetchVerification(client: ApolloClient, pathname: string): void {
  const match = /^\/verify\/([^/]+)\/?$/.exec(pathname);
  if (!match) return;
  let number: string;
  try {
    number = decodeURIComponent(match[1]!).trim();
  } catch {
    return; // a malformed address: the page says so
  }
  if (!number || number.length > MAX_NUMBER_LENGTH) return;
  prefetched = { number, at: performance.now() };
  // A failure is the page's to show: it asks again itself, and reports it with a retry.
  client.query({ query: VerifyRouteQuery, variables: { number }, fetchPolicy: 'network-only' }).catch(() => {
    prefetched = null;
  });
}
