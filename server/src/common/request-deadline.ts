/**
 * Time limits of an API request, so that no request holds a pooled connection as long as it
 * likes (issue 11, defect 12):
 *
 * - every statement of the API's pool is cut by PostgreSQL after STATEMENT_TIMEOUT_MS (the pool's
 *   `statement_timeout`, db/src/data-source.ts); the client gets QUERY_TIMEOUT;
 * - a request not answered after REQUEST_TIMEOUT_MS is answered 503 REQUEST_TIMEOUT at once; the
 *   statement it is running is cancelled, a connection it is still waiting for is given back
 *   unused as soon as it comes, and it may start no further statement.
 *
 * The same limit applies to officials as to the public. A longer one for signed-in users would
 * need a second pool (splitting the connections the public can use) or a `SET LOCAL` before
 * each statement (a round trip more per statement); and officials' reads are the public's
 * queries with the same page limits, their writes touch a few rows. A stolen session should not
 * unlock heavier queries either. A job that needs longer can `SET LOCAL statement_timeout`
 * inside its own transaction.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { errorBody, statusOf } from './error-codes';
import { log } from './log';

/** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout or pg_cancel_backend. */
const QUERY_CANCELED = '57014';
/** How often, and how far apart, the statements of an expired request are cancelled (at most 2 s). */
const CANCEL_ATTEMPTS = 40;
const CANCEL_RETRY_MS = 50;

export function requestTimeoutError(): GraphQLError {
  return new GraphQLError('The request took too long and was stopped; try again, or ask for less.', {
    extensions: { code: 'REQUEST_TIMEOUT' },
  });
}

export function queryTimeoutError(): GraphQLError {
  return new GraphQLError(
    'A database query took longer than the server allows and was stopped; ask for less (a smaller page, a narrower filter).',
    { extensions: { code: 'QUERY_TIMEOUT' } },
  );
}

/** The pg client under a TypeORM query runner (PostgresQueryRunner keeps it there once connected). */
type PgClient = pg.ClientBase & { processID: number | null };

/** One request's deadline: what it is running, and whether its time is up. */
export class RequestDeadline {
  private readonly controller = new AbortController();
  /** The connections running the request's statements right now. */
  private readonly running = new Set<PgClient>();
  /** The cancellation under way: connections go back to the pool only after it, lest it hit another request's statement. */
  private cancelling: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    readonly requestId: string,
  ) {}

  get expired(): boolean {
    return this.controller.signal.aborted;
  }

  /** Time is up: no statement starts any more, and those running are cancelled. */
  expire(): void {
    if (this.expired) return;
    this.controller.abort();
    if (this.running.size > 0) this.cancelling = this.cancelRunning();
  }

  /**
   * Cancels the statements of the connections still in use, on a connection of its own: the
   * pool may be full, which is when deadlines pass. A cancel that reaches PostgreSQL before
   * the statement it is meant for is ignored, so it is repeated until every connection has
   * come back. Failures are logged, never thrown. Only a request holding pooled connections
   * opens one, so there are never more of these than the pool has connections.
   */
  private async cancelRunning(): Promise<void> {
    const poolOptions = (this.dataSource.driver as unknown as { master: { options: pg.ClientConfig } }).master
      .options;
    const client = new pg.Client({ ...poolOptions, application_name: 'ocop-cancel' });
    client.on('error', () => undefined);
    try {
      await client.connect();
      for (let attempt = 0; this.running.size > 0; attempt += 1) {
        if (attempt === CANCEL_ATTEMPTS) throw new Error(`still running after ${attempt} cancels`);
        const pids = [...this.running].map((running) => running.processID);
        await client.query('SELECT pg_cancel_backend(pid) FROM unnest($1::int[]) AS pid', [pids]);
        await new Promise((resolve) => setTimeout(resolve, CANCEL_RETRY_MS));
      }
    } catch (error) {
      log.warn(`request ${this.requestId}: could not cancel its statements: ${(error as Error).message}`);
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  /**
   * The request's EntityManager: `query` and `transaction` borrow a connection from the pool as
   * EntityManager does, but give up waiting for it when time is up, and register it while they
   * use it so that `expire` can cancel its statement.
   */
  manager(manager: EntityManager): EntityManager {
    return new Proxy(manager, {
      get: (target, property, receiver) => {
        if (property === 'query') {
          return (sql: string, parameters?: unknown[]) =>
            this.withConnection(target, (runner) => runner.query(sql, parameters));
        }
        if (property === 'transaction') return this.transaction.bind(this, target);
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
  }

  private async transaction(
    target: EntityManager,
    isolationOrWork: unknown,
    maybeWork?: (tx: EntityManager) => Promise<unknown>,
  ): Promise<unknown> {
    const isolation = typeof isolationOrWork === 'string' ? isolationOrWork : undefined;
    const work = (typeof isolationOrWork === 'function' ? isolationOrWork : maybeWork) as (
      tx: EntityManager,
    ) => Promise<unknown>;
    return this.withConnection(target, async (runner) => {
      await runner.startTransaction(isolation as Parameters<QueryRunner['startTransaction']>[0]);
      try {
        const result = await work(this.checked(runner.manager));
        await runner.commitTransaction();
        return result;
      } catch (error) {
        await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
    });
  }

  /** A transaction's manager: no statement after the deadline. */
  private checked(manager: EntityManager): EntityManager {
    return new Proxy(manager, {
      get: (target, property, receiver) => {
        if (property === 'query') {
          return async (sql: string, parameters?: unknown[]) => {
            if (this.expired) throw requestTimeoutError();
            return target.query(sql, parameters).catch((error: unknown) => this.translate(error));
          };
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
  }

  private async withConnection<T>(
    target: EntityManager,
    use: (runner: QueryRunner) => Promise<T>,
  ): Promise<T> {
    if (this.expired) throw requestTimeoutError();
    const runner = target.connection.createQueryRunner();
    const connecting = runner.connect() as Promise<PgClient>;
    let client: PgClient;
    try {
      client = await this.untilExpired(connecting);
    } catch (error) {
      // Given back once it comes: TypeORM's release before that would keep it forever.
      void connecting.then(
        () => runner.release(),
        () => undefined,
      );
      throw error;
    }
    this.running.add(client);
    try {
      if (this.expired) throw requestTimeoutError();
      return await use(runner);
    } catch (error) {
      return this.translate(error);
    } finally {
      this.running.delete(client);
      await this.cancelling;
      await runner.release();
    }
  }

  /** Resolves as `promise` does, or rejects with REQUEST_TIMEOUT when time is up first. */
  private untilExpired<T>(promise: Promise<T>): Promise<T> {
    const signal = this.controller.signal;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(requestTimeoutError());
      signal.addEventListener('abort', onAbort, { once: true });
      promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  /** A cancelled statement becomes a typed error the client sees; anything else goes on as it is. */
  private translate(error: unknown): never {
    if (error instanceof GraphQLError || (error as { code?: unknown }).code !== QUERY_CANCELED) throw error;
    if (this.expired) throw requestTimeoutError();
    log.warn(`request ${this.requestId}: a statement ran past STATEMENT_TIMEOUT_MS and was cancelled`);
    throw queryTimeoutError();
  }
}

/**
 * Express middleware for the API: gives the request a RequestDeadline (`res.locals.deadline`)
 * and answers 503 REQUEST_TIMEOUT when no answer has left after `timeoutMs`. Whatever the
 * request then still tries to send is dropped (see `answeredByDeadline`).
 */
export function requestDeadline(dataSource: DataSource, timeoutMs: number): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction) => {
    const requestId = res.locals.requestId as string;
    const deadline = new RequestDeadline(dataSource, requestId);
    res.locals.deadline = deadline;
    const timer = setTimeout(() => {
      deadline.expire();
      if (res.headersSent) return;
      log.warn(
        `request ${requestId}: not answered within REQUEST_TIMEOUT_MS (${timeoutMs} ms); answered 503`,
      );
      res
        .status(statusOf('REQUEST_TIMEOUT'))
        .json(errorBody('REQUEST_TIMEOUT', requestTimeoutError().message, requestId));
    }, timeoutMs);
    res.once('close', () => clearTimeout(timer));
    next();
  };
}

/** Whether the deadline already answered this request (a late error is then not worth a log line). */
export function answeredByDeadline(res: Response): boolean {
  return (res.locals.deadline as RequestDeadline | undefined)?.expired === true && res.headersSent;
}
