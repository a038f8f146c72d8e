import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';

/**
 * The public-query cache (`PUBLIC_QUERY_CACHE=true`; off by default): whole answers of anonymous
 * queries kept in memory, for as long as their `Cache-Control` max-age allows (the policy of
 * cache-policy.ts: 60 s for the catalogue, 5 min for statistics, 1 h for reference data).
 * Apollo's response-cache plugin keys an answer by the operation's text (also when it came as a
 * persisted-query hash), its name and its variables.
 *
 * Only the public is served from it, and only the public fills it: a request that carries a
 * session cookie (`ocop_session`) or an `authorization` header neither reads nor writes it, so
 * nothing that depends on who asks can leak into another's answer. Mutations never touch it
 * (the plugin handles queries only), and answers with errors or a max-age of 0 are not kept.
 *
 * Each instance has its own cache (in memory); the staleness it adds is the one HTTP caches and
 * CDNs may already add under the same `Cache-Control`.
 */

/** The session cookie's name, as set by `login`. */
export const SESSION_COOKIE = 'ocop_session';

/** Whether the request carries any credential (a session cookie or an authorization header). */
export function hasCredentials(headers: { get(name: string): string | undefined } | undefined): boolean {
  if (!headers) return false;
  if (headers.get('authorization') !== undefined) return true;
  const cookie = headers.get('cookie');
  if (cookie === undefined) return false;
  return cookie.split(';').some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
}

const anonymous = (request: GraphQLRequestContext<BaseContext>): Promise<boolean> =>
  Promise.resolve(!hasCredentials(request.request.http?.headers));

export function publicQueryCachePlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return responseCachePlugin({
    // No per-user entries: answers for signed-in users are never cached at all.
    sessionId: () => Promise.resolve(null),
    shouldReadFromCache: anonymous,
    shouldWriteToCache: anonymous,
  }) as ApolloServerPlugin<C>;
}
