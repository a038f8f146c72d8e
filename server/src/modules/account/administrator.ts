import { GraphQLError } from 'graphql';
import type { Context } from '../../context';
import { languageOf, say, type Localized } from '../../common/language';
import { Denied, LOG_IN_FIRST } from '../../common/write';
import { appendAudit } from '../audit/audit.service';
import { isAdministrator, type Viewer } from '../auth/viewer';

const ADMINISTRATORS_ONLY: Localized = {
  vi: 'Chỉ quản trị viên được làm việc này.',
  en: 'Only administrators may do this.',
};

/** Inside a write: anyone but an administrator is refused (audited as denied by `write()`). */
export function assertAdministrator(viewer: Viewer, entityId: string | null = null): void {
  if (!isAdministrator(viewer)) throw new Denied('FORBIDDEN', ADMINISTRATORS_ONLY, entityId);
}

/**
 * For reads of accounts (`users`): the public is asked to log in, everyone else but
 * administrators refused — and the refusal audited, like a refused write: someone looking for
 * the list of accounts is worth knowing about.
 */
export async function requireAdministrator(ctx: Context, action: string, input: unknown): Promise<Viewer> {
  const viewer = ctx.viewer;
  if (viewer && isAdministrator(viewer)) return viewer;
  const code = viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED';
  await ctx.db.transaction((tx) =>
    appendAudit(tx, {
      actorUserId: viewer?.userId ?? null,
      actorApiKeyId: ctx.apiKey?.id ?? null,
      action,
      entityType: 'User',
      entityId: null,
      outcome: 'denied',
      after: { reason: code, input },
      requestId: ctx.requestId,
      ipAddress: ctx.http.ip,
    }),
  );
  throw new GraphQLError(say(languageOf(ctx), viewer ? ADMINISTRATORS_ONLY : LOG_IN_FIRST), {
    extensions: { code },
  });
}
