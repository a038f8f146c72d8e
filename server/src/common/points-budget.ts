import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { DataSource } from 'typeorm';
import { now } from '@ocop/db';
import type { Context } from '../context';
import { refusalSource } from '../modules/audit/audit.service';
import { statusOf } from './error-codes';
import { languageOf, say } from './language';
import { PointsLedger } from './points-ledger';

export const WINDOW_MS = 3_600_000;
/** One point per operation, and one more per this many objects it could return. */
export const OBJECTS_PER_POINT = 100;
/** The root field that tells the budget; asking only for it (and `__typename`) costs nothing. */
export const RATE_LIMIT_FIELD = 'rateLimit';

export interface PointsBudgetOptions {
  /** Points per hour of a key without its own (API_KEY_POINTS_PER_HOUR). */
  keyPointsPerHour: number;
  /** Points per hour and address for requests without a key or session (ANONYMOUS_POINTS_PER_HOUR); 0: none. */
  anonymousPointsPerHour: number;
}

/** Where a request's budget stands once its operation was charged (or refused). */
export interface BudgetState {
  limit: number;
  /** What this operation costs. */
  cost: number;
  /** Spent in the window, this operation included when it was admitted. */
  used: number;
  remaining: number;
  resetAt: Date;
  admitted: boolean;
}

/** The fragments of a document by name (for `rootFields`). */
export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}

/** The start of the budget's hourly window that `at` falls in (by the platform's clock). */
export function windowStartOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / WINDOW_MS) * WINDOW_MS);
}

/** The root fields an operation selects, through fragments (`null`: cannot tell, charge normally). */
export function rootFields(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): string[] {
  const names: string[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      names.push(...rootFields(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) names.push(...rootFields(fragment.selectionSet, fragments, seen));
    }
  }
  return names;
}

/**
 * An operation's points: 1 + floor(estimated objects / 100), the estimate being the one
 * operation-limits.ts made before execution. Only `rateLimit` (and `__typename`): 0. Only
 * introspection (`__schema`, `__type`, `__typename`): 1, whatever the schema's size.
 */
export function operationCost(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  estimatedObjects: number,
): number {
  const fields = rootFields(operation.selectionSet, fragments);
  if (operation.operation === 'query' && fields.every((f) => f === RATE_LIMIT_FIELD || f === '__typename'))
    return fields.includes(RATE_LIMIT_FIELD) ? 0 : 1;
  if (fields.every((f) => f.startsWith('__'))) return 1;
  return 1 + Math.floor(estimatedObjects / OBJECTS_PER_POINT);
}

/**
 * The points budget per hour (server/README.md, "Points budget"): per API key, and per client
 * address for the anonymous; signed-in people (a session cookie) are not budgeted — they are
 * accountable, and the per-minute floor (request-rate.ts) still applies. Fixed hourly windows
 * kept in PostgreSQL, shared by every instance, charged through PointsLedger (a busy subject's
 * points reserved in blocks, so most requests charge in memory). Over budget: HTTP 429 RATE_LIMITED with
 * Retry-After, nothing executed. Every budgeted answer carries `extensions.cost` and the
 * `x-ratelimit-*` headers (GitHub's names), and the IETF `RateLimit` / `RateLimit-Policy` with a
 * "points" policy beside the per-minute floor's.
 * Must come after operationLimitsPlugin: it reads the estimate that plugin leaves on the context.
 */
export function pointsBudgetPlugin(
  dataSource: DataSource,
  options: PointsBudgetOptions,
): ApolloServerPlugin<Context> {
  // Created when the server starts, closed (unused points given back) when it stops.
  let ledger: PointsLedger | null = null;
  return {
    async serverWillStart() {
      ledger = new PointsLedger(dataSource);
      return {
        async serverWillStop() {
          await ledger?.close();
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue: ctx }) {
          // No operation, or refused by operation-limits.ts (no estimate): nothing runs, nothing is charged.
          if (!operation || ctx.estimatedObjects === undefined) return;
          let subject: string;
          let limit: number;
          if (ctx.apiKey) {
            subject = `key:${ctx.apiKey.id}`;
            limit = ctx.apiKey.pointsPerHour ?? options.keyPointsPerHour;
          } else if (!ctx.viewer && options.anonymousPointsPerHour > 0) {
            subject = refusalSource(null, ctx.http.ip);
            limit = options.anonymousPointsPerHour;
          } else return;
          const cost = operationCost(operation, fragmentsOf(document), ctx.estimatedObjects);
          const at = now().getTime();
          const windowStart = windowStartOf(new Date(at));
          const resetAt = new Date(windowStart.getTime() + WINDOW_MS);
          const { admitted, used } = await ledger!.charge(subject, windowStart, cost, limit);
          ctx.budget = { limit, cost, used, remaining: Math.max(0, limit - used), resetAt, admitted };
          if (admitted) return;
          const retryAfterSeconds = Math.max(1, Math.ceil((resetAt.getTime() - at) / 1000));
          throw new GraphQLError(
            say(languageOf(ctx), {
              vi: `Đã dùng hết ${limit} điểm của giờ này (thao tác cần ${cost}); thử lại sau ${retryAfterSeconds} giây.`,
              en: `The budget of ${limit} points for this hour is spent (this operation costs ${cost}); try again in ${retryAfterSeconds} s.`,
            }),
            {
              extensions: {
                code: 'RATE_LIMITED',
                retryAfterSeconds,
                http: {
                  status: statusOf('RATE_LIMITED'),
                  headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]),
                },
              },
            },
          );
        },
        async willSendResponse({ response, contextValue: ctx }) {
          const budget = ctx.budget;
          if (!budget) return;
          const reset = Math.ceil(budget.resetAt.getTime() / 1000);
          response.http.headers.set('x-ratelimit-limit', String(budget.limit));
          response.http.headers.set('x-ratelimit-remaining', String(budget.remaining));
          response.http.headers.set('x-ratelimit-used', String(budget.used));
          response.http.headers.set('x-ratelimit-reset', String(reset));
          response.http.headers.set('x-ratelimit-resource', 'points');
          // The IETF headers (draft 8, as the per-minute floor writes them): the points budget as a
          // policy of its own, "points", beside the floor's when it is on.
          const policy = `"points";q=${budget.limit};w=${WINDOW_MS / 1000}`;
          const state = `"points";r=${budget.remaining};t=${Math.max(0, Math.ceil((budget.resetAt.getTime() - now().getTime()) / 1000))}`;
          const join = (existing: string | undefined, ours: string) =>
            existing ? `${existing}, ${ours}` : ours;
          response.http.headers.set(
            'ratelimit-policy',
            join(ctx.http.responseHeader('ratelimit-policy'), policy),
          );
          response.http.headers.set('ratelimit', join(ctx.http.responseHeader('ratelimit'), state));
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: {
              requestedQueryCost: budget.cost,
              throttleStatus: {
                maximumAvailable: budget.limit,
                currentlyAvailable: budget.remaining,
                resetAt: budget.resetAt.toISOString(),
              },
            },
          };
        },
      };
    },
  };
}
