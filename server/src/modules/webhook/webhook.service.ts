import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { now } from '@ocop/db';
import type { Context } from '../../context';
import { badUserInput } from '../../common/errors';
import { languageOf, say, type Localized } from '../../common/language';
import { isUuid } from '../../common/node-id';
import {
  choiceListErrors,
  InputRejected,
  userError,
  UserErrorCode,
  type UserError,
} from '../../common/user-error';
import { Denied, writeAsPersonOrKey, type ActorWriteScope, type WriteActor } from '../../common/write';
import { assertAdministrator, requireAdministrator } from '../account/administrator';
import { refuseWebhookUrl } from './webhook-url';
import { newWebhookSecret } from './webhook-signature';
import {
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointCreatePayload,
  WebhookEndpointDeletePayload,
  WebhookEndpointRotateSecretPayload,
  WebhookEndpointUpdatePayload,
  type WebhookEndpointCreateInput,
  type WebhookEndpointIdInput,
  type WebhookEndpointUpdateInput,
  type WebhookEventType,
} from './webhook.type';

/** Endpoints a partner may have. */
export const MAX_ENDPOINTS_PER_PARTNER = 10;
export const DELIVERIES_SHOWN = 20;

interface EndpointRow {
  id: string;
  partner_id: string;
  url: string;
  events: string[];
  consecutive_failures: number;
  disabled_at: Date | null;
  disabled_reason: string | null;
  deliveries: {
    event_id: string;
    event_type: string;
    attempt: number;
    status_code: number | null;
    duration_ms: number;
    error: string | null;
    attempted_at: string;
  }[];
}

function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return Object.assign(new WebhookEndpoint(), {
    id: row.id,
    partnerId: row.partner_id,
    url: row.url,
    events: row.events as WebhookEventType[],
    consecutiveFailures: row.consecutive_failures,
    disabledAt: row.disabled_at,
    disabledReason: row.disabled_reason,
    deliveries: row.deliveries.map((d) =>
      Object.assign(new WebhookDelivery(), {
        eventId: d.event_id,
        eventType: d.event_type,
        attempt: d.attempt,
        statusCode: d.status_code,
        durationMs: d.duration_ms,
        error: d.error,
        attemptedAt: new Date(d.attempted_at),
      }),
    ),
  });
}

/** One statement: the endpoints (of a partner, or by id) with their last deliveries. */
async function readEndpoints(db: EntityManager, where: string, key: string): Promise<WebhookEndpoint[]> {
  const rows = (await db.query(
    `SELECT e.id, e.partner_id, e.url, e.events, e.consecutive_failures, e.disabled_at, e.disabled_reason,
            coalesce((SELECT json_agg(d ORDER BY d.id DESC) FROM (
               SELECT id, event_id, event_type, attempt, status_code, duration_ms, error, attempted_at
               FROM webhook_delivery WHERE endpoint_id = e.id ORDER BY id DESC LIMIT ${DELIVERIES_SHOWN}) d), '[]') AS deliveries
     FROM webhook_endpoint e WHERE ${where} = $1 ORDER BY e.created_at, e.id`,
    [key],
  )) as EndpointRow[];
  return rows.map(toEndpoint);
}

const urlMessages = {
  format: { vi: 'Địa chỉ URL không hợp lệ.', en: 'Not a valid URL.' },
  scheme: { vi: 'Địa chỉ phải bắt đầu bằng https://.', en: 'The URL must start with https://.' },
  address: {
    vi: 'Máy chủ của địa chỉ này không truy cập được hoặc là địa chỉ nội bộ.',
    en: 'The URL’s host does not resolve, or resolves to a private or loopback address.',
  },
} as const;

/**
 * Registers an endpoint for a partner, inside a write: checks the input, stores a new secret and
 * returns it with the endpoint, after the caller's authorisation (WebhookService).
 */
export async function createWebhookEndpoint(
  tx: EntityManager,
  input: { partnerId: string; url: string; events: WebhookEventType[] },
  createdById: string | null,
): Promise<{ id: string; secret: string }> {
  const errors = choiceListErrors(['input', 'events'], input.events, { vi: 'sự kiện', en: 'event' });
  const events = [...new Set(input.events)];
  const refused = await refuseWebhookUrl(input.url);
  if (refused) errors.push(userError(['input', 'url'], UserErrorCode.INVALID, urlMessages[refused]));
  const partner = isUuid(input.partnerId)
    ? ((await tx.query(`SELECT id FROM partner WHERE id = $1 FOR UPDATE`, [input.partnerId])) as {
        id: string;
      }[])
    : [];
  if (partner.length === 0)
    errors.push(
      userError(['input', 'partnerId'], UserErrorCode.NOT_FOUND, {
        vi: 'Không có đối tác này.',
        en: 'No such partner.',
      }),
    );
  if (errors.length) throw new InputRejected(errors);
  // Counted under the partner's row lock: concurrent creates cannot pass the limit.
  const [{ n }] = (await tx.query(`SELECT count(*)::int AS n FROM webhook_endpoint WHERE partner_id = $1`, [
    input.partnerId,
  ])) as [{ n: number }];
  if (n >= MAX_ENDPOINTS_PER_PARTNER)
    throw new InputRejected([
      userError(['input', 'partnerId'], UserErrorCode.OUT_OF_RANGE, {
        vi: `Mỗi đối tác có tối đa ${MAX_ENDPOINTS_PER_PARTNER} địa chỉ webhook.`,
        en: `A partner has at most ${MAX_ENDPOINTS_PER_PARTNER} webhook endpoints.`,
      }),
    ]);
  const secret = newWebhookSecret();
  const [row] = (await tx.query(
    `INSERT INTO webhook_endpoint (partner_id, url, events, secret, created_by_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [input.partnerId, input.url, events, secret, createdById],
  )) as { id: string }[];
  return { id: row!.id, secret };
}

const NO_SUCH_ENDPOINT: Localized = { vi: 'Không có địa chỉ webhook này.', en: 'No such webhook endpoint.' };
const OTHER_PARTNER: Localized = {
  vi: 'Khoá này chỉ quản lý webhook của đối tác mình.',
  en: 'A key manages its own partner’s webhook endpoints only.',
};
const PAUSED_REASON = 'paused';

/**
 * Who may manage a partner's endpoints: administrators any, a partner's key (with the `webhooks`
 * scope, checked before: api-key-scopes.ts) its own partner's; a key aiming at another partner's
 * endpoint is told it does not exist, so that keys cannot probe for others' ids.
 */
function assertManages(actor: WriteActor, partnerId: string, entityId: string | null): void {
  if (actor.apiKey) {
    if (actor.apiKey.partnerId === partnerId) return;
    throw entityId ? new Denied('NOT_FOUND', NO_SUCH_ENDPOINT) : new Denied('FORBIDDEN', OTHER_PARTNER);
  }
  assertAdministrator(actor.viewer, entityId);
}

/** The endpoint a write aims at, locked for the write, after the actor's authorisation. */
async function loadManaged(
  scope: ActorWriteScope,
  id: string,
): Promise<{ id: string; partner_id: string; url: string; events: string[]; disabled_at: Date | null }> {
  const rows = isUuid(id)
    ? ((await scope.tx.query(
        `SELECT id, partner_id, url, events, disabled_at FROM webhook_endpoint WHERE id = $1 FOR UPDATE`,
        [id],
      )) as { id: string; partner_id: string; url: string; events: string[]; disabled_at: Date | null }[])
    : [];
  const row = rows[0];
  if (!row) throw new Denied('NOT_FOUND', NO_SUCH_ENDPOINT, isUuid(id) ? id : null);
  assertManages(scope.actor, row.partner_id, row.id);
  return row;
}

/**
 * Webhook endpoints: registered, changed, paused or re-enabled, given a new secret and removed by
 * administrators or by the partner's own key (`webhooks` scope); every write and refusal audited
 * (the secret never reaches the audit).
 */
export class WebhookService {
  async create(ctx: Context, input: WebhookEndpointCreateInput): Promise<WebhookEndpointCreatePayload> {
    const result = await writeAsPersonOrKey(
      ctx,
      { action: 'webhookEndpointCreate', entityType: 'WebhookEndpoint', input: { ...input } },
      async (scope) => {
        const partnerId = input.partnerId ?? scope.actor.apiKey?.partnerId ?? null;
        if (partnerId === null) {
          assertAdministrator(scope.actor.viewer!);
          throw new InputRejected([
            userError(['input', 'partnerId'], UserErrorCode.REQUIRED, {
              vi: 'Chọn đối tác.',
              en: 'Name the partner.',
            }),
          ]);
        }
        assertManages(scope.actor, partnerId, null);
        const created = await createWebhookEndpoint(
          scope.tx,
          { partnerId, url: input.url, events: input.events },
          scope.actor.viewer?.userId ?? null,
        );
        await scope.audit({
          entityId: created.id,
          after: { partnerId, url: input.url, events: input.events },
        });
        return created;
      },
    );
    const payload = new WebhookEndpointCreatePayload();
    payload.userErrors = result.userErrors;
    payload.endpoint = result.ok ? ((await readEndpoints(ctx.db, 'e.id', result.value.id))[0] ?? null) : null;
    payload.secret = result.ok ? result.value.secret : null;
    return payload;
  }

  async update(ctx: Context, input: WebhookEndpointUpdateInput): Promise<WebhookEndpointUpdatePayload> {
    const result = await writeAsPersonOrKey(
      ctx,
      { action: 'webhookEndpointUpdate', entityType: 'WebhookEndpoint', entityId: null, input: { ...input } },
      async (scope) => {
        const before = await loadManaged(scope, input.id);
        const errors: UserError[] = [];
        if (input.events)
          errors.push(...choiceListErrors(['input', 'events'], input.events, { vi: 'sự kiện', en: 'event' }));
        if (input.url !== null && input.url !== undefined) {
          const refused = await refuseWebhookUrl(input.url);
          if (refused) errors.push(userError(['input', 'url'], UserErrorCode.INVALID, urlMessages[refused]));
        }
        if (errors.length) throw new InputRejected(errors);
        const url = input.url ?? before.url;
        const events = input.events ? [...new Set(input.events)] : before.events;
        // Re-enabled: the failure count starts again; paused: disabled now, with the reason "paused".
        await scope.tx.query(
          `UPDATE webhook_endpoint SET url = $2, events = $3, version = version + 1, updated_at = $5,
                  consecutive_failures = CASE WHEN $4::boolean IS TRUE THEN 0 ELSE consecutive_failures END,
                  disabled_at = CASE WHEN $4::boolean IS TRUE THEN NULL
                                     WHEN $4::boolean IS FALSE THEN coalesce(disabled_at, $5) ELSE disabled_at END,
                  disabled_reason = CASE WHEN $4::boolean IS TRUE THEN NULL
                                         WHEN $4::boolean IS FALSE THEN coalesce(disabled_reason, $6)
                                         ELSE disabled_reason END
           WHERE id = $1`,
          [before.id, url, events, input.enabled ?? null, now(), PAUSED_REASON],
        );
        await scope.audit({
          entityId: before.id,
          before: { url: before.url, events: before.events, enabled: before.disabled_at === null },
          after: { url, events, ...(typeof input.enabled === 'boolean' ? { enabled: input.enabled } : {}) },
        });
        return before.id;
      },
    );
    const payload = new WebhookEndpointUpdatePayload();
    payload.userErrors = result.userErrors;
    payload.endpoint = result.ok ? ((await readEndpoints(ctx.db, 'e.id', result.value))[0] ?? null) : null;
    return payload;
  }

  async rotateSecret(
    ctx: Context,
    input: WebhookEndpointIdInput,
  ): Promise<WebhookEndpointRotateSecretPayload> {
    const result = await writeAsPersonOrKey(
      ctx,
      { action: 'webhookEndpointRotateSecret', entityType: 'WebhookEndpoint', input: { ...input } },
      async (scope) => {
        const endpoint = await loadManaged(scope, input.id);
        const secret = newWebhookSecret();
        await scope.tx.query(
          `UPDATE webhook_endpoint SET secret = $2, version = version + 1, updated_at = $3 WHERE id = $1`,
          [endpoint.id, secret, now()],
        );
        await scope.audit({ entityId: endpoint.id, after: { secretRotated: true } });
        return { id: endpoint.id, secret };
      },
    );
    const payload = new WebhookEndpointRotateSecretPayload();
    payload.userErrors = result.userErrors;
    payload.endpoint = result.ok ? ((await readEndpoints(ctx.db, 'e.id', result.value.id))[0] ?? null) : null;
    payload.secret = result.ok ? result.value.secret : null;
    return payload;
  }

  async remove(ctx: Context, input: WebhookEndpointIdInput): Promise<WebhookEndpointDeletePayload> {
    const result = await writeAsPersonOrKey(
      ctx,
      { action: 'webhookEndpointDelete', entityType: 'WebhookEndpoint', input: { ...input } },
      async (scope) => {
        const endpoint = await loadManaged(scope, input.id);
        // Its delivery log goes with it (ON DELETE CASCADE); queued jobs find no endpoint and end.
        await scope.tx.query(`DELETE FROM webhook_endpoint WHERE id = $1`, [endpoint.id]);
        await scope.audit({
          entityId: endpoint.id,
          before: { partnerId: endpoint.partner_id, url: endpoint.url, events: endpoint.events },
        });
        return endpoint.id;
      },
    );
    return Object.assign(new WebhookEndpointDeletePayload(), {
      deletedId: result.ok ? result.value : null,
      userErrors: result.userErrors,
    });
  }

  /** A partner's endpoints with their delivery logs: administrators any partner's, a key its own. */
  async ofPartner(ctx: Context, partnerId: string | null): Promise<WebhookEndpoint[]> {
    if (ctx.apiKey) {
      if (partnerId !== null && partnerId !== ctx.apiKey.partnerId)
        throw new GraphQLError(say(languageOf(ctx), OTHER_PARTNER), { extensions: { code: 'FORBIDDEN' } });
      return readEndpoints(ctx.db, 'e.partner_id', ctx.apiKey.partnerId);
    }
    await requireAdministrator(ctx, 'webhookEndpoints', { partnerId });
    if (partnerId === null) throw badUserInput('Name the partner (`partnerId`).', 'partnerId');
    if (!isUuid(partnerId)) return [];
    return readEndpoints(ctx.db, 'e.partner_id', partnerId);
  }
}

export const webhookService = new WebhookService();
