import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from 'typeorm';

/** How many SQL statements a request has sent so far. */
export interface SqlCounter {
  statements: number;
}

/**
 * The request's EntityManager, counting each `query()` (every read in the API is raw SQL through
 * it, loaders included). The count is the evidence that a request runs a constant number of
 * statements whatever its page size.
 */
export function countingManager(manager: EntityManager, counter: SqlCounter): EntityManager {
  return new Proxy(manager, {
    get(target, property, receiver) {
      if (property === 'query') {
        return (...args: Parameters<EntityManager['query']>) => {
          counter.statements += 1;
          return target.query(...args);
        };
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

/** Request header that asks for the count in `extensions.sqlStatements` of the response. */
export const SQL_COUNT_HEADER = 'x-ocop-sql-count';

/** Adds `extensions.sqlStatements` to a response when the request carried SQL_COUNT_HEADER. */
export function sqlCountPlugin<C extends { sql: SqlCounter }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request }) {
      if (!request.http?.headers.get(SQL_COUNT_HEADER)) return;
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              sqlStatements: contextValue.sql.statements,
            };
          }
        },
      };
    },
  };
}
