import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { Context } from '../context';
import { appendAudit } from '../modules/audit/audit.service';
import type { Viewer } from '../modules/auth/viewer';
import type { ApiKeyIdentity } from '../modules/partner/api-key-auth';
import { languageOf, say, type Localized } from './language';
import { countingManager } from './sql-counter';
import { InputRejected, type UserError } from './user-error';

export type DenialCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

/**
 * Thrown inside a write when the viewer may not do it (or, with NOT_FOUND, may not even know the
 * object exists): everything is rolled back, the attempt audited as denied, and the client gets
 * a top-level error with this code.
 */
export class Denied extends Error {
  override name = 'Denied';
  constructor(
    readonly code: DenialCode,
    message: string | Localized,
    readonly entityId: string | null = null,
  ) {
    super(typeof message === 'string' ? message : message.vi);
    this.localized = typeof message === 'string' ? null : message;
  }
  /** The message in each language when written in both: the answer is in the request's (write()). */
  readonly localized: Localized | null;
}

export interface WriteScope {
  /** The transaction: every statement of the write goes through it. */
  tx: EntityManager;
  viewer: Viewer;
  /** Records the applied change in the same transaction (commits or rolls back with it). */
  audit(entry: {
    entityId: string | null;
    before?: unknown;
    after?: unknown;
    entityType?: string;
    /** The unit the object belongs to (officials see their units' rows); default: set by `unit()`. */
    unitId?: string | null;
  }): Promise<void>;
  /**
   * Names the unit the write is about as soon as the service knows it (usually after loading the
   * object), so that a refusal that follows is audited under that unit too.
   */
  unit(unitId: string | null): void;
}

export interface WriteSpec {
  /** The mutation's name, as the audit log shows it. */
  action: string;
  /** The kind of object written ("ProductListing"), as the audit log shows it. */
  entityType: string;
  /** The object aimed at, when known before the write (for the audit of a refusal). */
  entityId?: string | null;
  /** The input, kept in the audit of a refusal so that an official can see what was tried. */
  input?: unknown;
  /** The unit the write is about, when known before it runs (see `WriteScope.unit`). */
  unitId?: string | null;
}

/** The refusal of an anonymous write, in each language. */
export const LOG_IN_FIRST: Localized = {
  vi: 'Đăng nhập để thực hiện thao tác này.',
  en: 'Log in to do this.',
};

export type WriteResult<T> = { ok: true; value: T; userErrors: [] } | { ok: false; userErrors: UserError[] };

/**
 * Runs one mutation's work in one transaction, with the rules every write follows:
 * - an anonymous caller is refused (UNAUTHENTICATED) before anything runs;
 * - `Denied` thrown by the service → rollback, an audit row `denied`, a top-level error;
 * - `InputRejected` (invalid input, stale version…) → rollback, an audit row `rejected`,
 *   the user errors returned for the payload;
 * - otherwise commit, with the service's own `audit` rows (`applied`) in the same transaction.
 * Refusals are audited after the rollback, in a transaction of their own, so that a refused
 * write can never leave a partial change behind its audit row.
 */
export async function write<T>(
  ctx: Context,
  spec: WriteSpec,
  work: (scope: WriteScope) => Promise<T>,
): Promise<WriteResult<T>> {
  return runWrite(ctx, spec, ctx.viewer ? { viewer: ctx.viewer } : null, work);
}

/** Who makes a write that a partner's own key may make too: a signed-in person, or the key. */
export type WriteActor = { viewer: Viewer; apiKey: null } | { viewer: null; apiKey: ApiKeyIdentity };

/** A write's scope when a key may make it: the actor instead of a viewer. */
export type ActorWriteScope = Omit<WriteScope, 'viewer'> & { actor: WriteActor };

/**
 * `write()` for the few writes a partner's API key may make (its webhook endpoints): the key, when
 * the request carries one, is the actor (audited with the key, hence the partner); else the
 * signed-in person; anonymous callers are refused like by `write()`. The service decides per
 * object who may do what (`scope.actor`).
 */
export async function writeAsPersonOrKey<T>(
  ctx: Context,
  spec: WriteSpec,
  work: (scope: ActorWriteScope) => Promise<T>,
): Promise<WriteResult<T>> {
  const actor: WriteActor | null = ctx.apiKey
    ? { viewer: null, apiKey: ctx.apiKey }
    : ctx.viewer
      ? { viewer: ctx.viewer, apiKey: null }
      : null;
  return runWrite(ctx, spec, actor ? { actor } : null, work);
}

async function runWrite<A extends object, T>(
  ctx: Context,
  spec: WriteSpec,
  actor: A | null,
  work: (scope: Omit<WriteScope, 'viewer'> & A) => Promise<T>,
): Promise<WriteResult<T>> {
  const base = {
    actorUserId: ctx.viewer?.userId ?? null,
    actorApiKeyId: ctx.apiKey?.id ?? null,
    action: spec.action,
    entityType: spec.entityType,
    requestId: ctx.requestId,
    ipAddress: ctx.http.ip,
  };
  let unitId = spec.unitId ?? null;
  const refuse = async (outcome: 'denied' | 'rejected', entityId: string | null, after: unknown) => {
    await ctx.db.transaction((tx) =>
      appendAudit(countingManager(tx, ctx.sql), { ...base, entityId, outcome, after, unitId }),
    );
  };

  if (!actor) {
    await refuse('denied', spec.entityId ?? null, { reason: 'UNAUTHENTICATED' });
    throw new GraphQLError(say(languageOf(ctx), LOG_IN_FIRST), {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }

  try {
    const value = await ctx.db.transaction(async (rawTx) => {
      const tx = countingManager(rawTx, ctx.sql);
      return work({
        ...actor,
        tx,
        audit: (entry) =>
          appendAudit(tx, {
            ...base,
            entityType: entry.entityType ?? spec.entityType,
            entityId: entry.entityId,
            outcome: 'applied',
            before: entry.before,
            after: entry.after,
            unitId: entry.unitId !== undefined ? entry.unitId : unitId,
          }),
        unit: (id) => {
          unitId = id;
        },
      });
    });
    return { ok: true, value, userErrors: [] };
  } catch (error) {
    if (error instanceof Denied) {
      await refuse('denied', error.entityId ?? spec.entityId ?? null, {
        reason: error.code,
        input: spec.input ?? null,
      });
      throw new GraphQLError(error.localized ? say(languageOf(ctx), error.localized) : error.message, {
        extensions: { code: error.code },
      });
    }
    if (error instanceof InputRejected) {
      await refuse('rejected', spec.entityId ?? null, {
        userErrors: error.userErrors,
        input: spec.input ?? null,
      });
      return { ok: false, userErrors: error.userErrors };
    }
    throw error;
  }
}
