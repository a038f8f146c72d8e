import type { ApolloServerPlugin, BaseContext, GraphQLRequestExecutionListener } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { cacheControlFromInfo } from '@apollo/cache-control-types';
import type { GraphQLResolveInfo } from 'graphql';

/**
 * How long public answers may be cached by browsers and CDNs (seconds). Apollo's cache-control
 * plugin takes the smallest hint of all fields of a response and, for a cacheable response,
 * sends `Cache-Control: max-age=N, public`. Anything not listed gets the default.
 *
 * Reference data changes with legal decisions, rarely; catalogue data changes when producers
 * edit listings, so it is cached briefly. A certificate check stays fresh: a revocation must
 * show within a minute.
 */
export const DEFAULT_MAX_AGE = 60;

export const ROOT_FIELD_MAX_AGE: Readonly<Record<string, number>> = {
  criteriaSets: 3600,
  criteriaSet: 3600,
  ocopSectors: 3600,
  provinces: 600,
  province: 600,
  district: 600,
  commune: 300,
  communes: 300,
  ntmProgress: 300,
  ocopSummary: 300,
  verifyOcopCertificate: 60,
  verifyOcopCertificates: 60,
  // What depends on who asks is never cached: max-age 0 makes the whole answer `no-store`.
  viewer: 0,
  auditLog: 0,
  users: 0,
  // A buyer's private link: never in a shared cache (the token is in the request), never stale
  // after a reply. The inbox and the figures depend on who asks.
  inquiryByToken: 0,
  inquiries: 0,
  inquiryUnreadCount: 0,
  tradeInquiryStats: 0,
};

/** The name of the root field a field sits under (through aliases). */
function rootFieldName(info: GraphQLResolveInfo): string {
  let path = info.path;
  while (path.prev !== undefined) path = path.prev;
  const key = String(path.key);
  for (const selection of info.operation.selectionSet.selections) {
    if (selection.kind === 'Field' && (selection.alias?.value ?? selection.name.value) === key) {
      return selection.name.value;
    }
  }
  return key;
}

/**
 * Apollo's cache-control plugin, with every field given the hint of the root field it sits
 * under (an object nested in `criteriaSets` is reference data too), so a response's max-age is
 * that of its root fields. Wrapping the plugin guarantees our hint is set after Apollo's own
 * `willResolveField` has made `info.cacheControl`.
 */
export function cacheControlPlugin(): ApolloServerPlugin<BaseContext> {
  const base = ApolloServerPluginCacheControl({ defaultMaxAge: DEFAULT_MAX_AGE, calculateHttpHeaders: true });
  return {
    ...base,
    async requestDidStart(requestContext) {
      const listener = await base.requestDidStart!(requestContext);
      if (!listener) return;
      return {
        ...listener,
        async executionDidStart(executionContext) {
          const execution: GraphQLRequestExecutionListener<BaseContext> | void =
            await listener.executionDidStart?.(executionContext);
          if (!execution?.willResolveField) return execution;
          const apolloWillResolveField = execution.willResolveField.bind(execution);
          return {
            ...execution,
            willResolveField(field) {
              const done = apolloWillResolveField(field);
              const maxAge = ROOT_FIELD_MAX_AGE[rootFieldName(field.info)] ?? DEFAULT_MAX_AGE;
              // A logged-in person's answers are theirs: browsers may keep them, shared caches not.
              const scope = (field.contextValue as { viewer?: unknown }).viewer ? 'PRIVATE' : 'PUBLIC';
              cacheControlFromInfo(field.info).setCacheHint({ maxAge, scope });
              return done;
            },
          };
        },
      };
    },
  };
}
