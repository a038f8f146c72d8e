import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { now } from '@ocop/db';
import type { Context } from '../../context';
import { isUuid } from '../../common/node-id';
import {
  choiceListErrors,
  InputRejected,
  userError,
  UserErrorCode,
  type UserError,
} from '../../common/user-error';
import { updateAtVersion } from '../../common/versioned-update';
import { Denied, write } from '../../common/write';
import { WINDOW_MS, windowStartOf } from '../../common/points-budget';
import { assertAdministrator, requireAdministrator } from '../account/administrator';
import { hashApiKey } from './api-key-auth';
import {
  ApiKeyIssuePayload,
  ApiKeyRevokePayload,
  ApiKeyRotatePayload,
  ApiKeyView,
  PartnerCreatePayload,
  PartnerUpdatePayload,
  PartnerView,
  type PartnerUpdateInput,
  type ApiKeyIssueInput,
  type ApiKeyScope,
  type PartnerCreateInput,
} from './partner.type';

/** Partners listed at most (they are a few dozen organisations), keys shown per partner. */
export const PARTNERS_LISTED = 200;
export const KEYS_SHOWN = 50;
/** Valid keys a partner may hold at once (rotation keeps the count). */
export const MAX_ACTIVE_KEYS = 10;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `ocop_<8 hex>_<40 base62>`: 238 bits of randomness after the prefix. */
export function newApiKey(): { key: string; prefix: string } {
  const prefix = randomBytes(4).toString('hex');
  // 62 * 4 = 248 ≤ 256: bytes at or above 248 are dropped so every character is equally likely.
  let secret = '';
  while (secret.length < 40)
    for (const byte of randomBytes(48)) if (byte < 248 && secret.length < 40) secret += BASE62[byte % 62];
  return { key: `ocop_${prefix}_${secret}`, prefix };
}

interface KeyRow {
  id: string;
  name: string;
  key_prefix: string;
  scopes: string[];
  points_per_hour: number | null;
  created_at: string | Date;
  last_used_at: string | Date | null;
  revoked_at: string | Date | null;
  /** Only as read by readPartners. */
  points_this_hour?: number;
  points_last_hour?: number;
}

function toKey(row: KeyRow): ApiKeyView {
  const date = (d: string | Date | null) => (d === null ? null : new Date(d));
  return Object.assign(new ApiKeyView(), {
    id: row.id,
    name: row.name,
    prefix: row.key_prefix,
    scopes: row.scopes as ApiKeyScope[],
    pointsPerHour: row.points_per_hour,
    createdAt: new Date(row.created_at),
    lastUsedAt: date(row.last_used_at),
    revokedAt: date(row.revoked_at),
    pointsThisHour: row.points_this_hour ?? 0,
    pointsLastHour: row.points_last_hour ?? 0,
  });
}

const KEY_COLUMNS = 'id, name, key_prefix, scopes, points_per_hour, created_at, last_used_at, revoked_at';

interface PartnerRow {
  name: string;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  disabled_at: Date | null;
}

/**
 * One statement: partners (all, or one) with their last keys, each with the points it spent this
 * hour and the last (the budget's own rows, common/points-budget.ts: no counting on the hot path).
 */
async function readPartners(db: EntityManager, id: string | null): Promise<PartnerView[]> {
  const thisHour = windowStartOf(now());
  const lastHour = new Date(thisHour.getTime() - WINDOW_MS);
  const rows = (await db.query(
    `SELECT p.id, p.name, p.contact_name, p.contact_email, p.contact_phone, p.created_at, p.disabled_at, p.version,
            coalesce((SELECT json_agg(k ORDER BY k.created_at DESC, k.id) FROM (
               SELECT ${KEY_COLUMNS},
                      coalesce((SELECT spent FROM points_budget b
                                WHERE b.subject = 'key:' || api_key.id AND b.window_start = $2), 0) AS points_this_hour,
                      coalesce((SELECT spent FROM points_budget b
                                WHERE b.subject = 'key:' || api_key.id AND b.window_start = $3), 0) AS points_last_hour
               FROM api_key WHERE partner_id = p.id
               ORDER BY created_at DESC, id LIMIT ${KEYS_SHOWN}) k), '[]') AS keys
     FROM partner p WHERE ($1::uuid IS NULL OR p.id = $1::uuid) ORDER BY lower(p.name) LIMIT ${PARTNERS_LISTED}`,
    [id, thisHour, lastHour],
  )) as (PartnerRow & { id: string; created_at: Date; version: number; keys: KeyRow[] })[];
  return rows.map((r) =>
    Object.assign(new PartnerView(), {
      id: r.id,
      name: r.name,
      contactName: r.contact_name,
      contactEmail: r.contact_email,
      contactPhone: r.contact_phone,
      createdAt: r.created_at,
      disabledAt: r.disabled_at,
      version: r.version,
      apiKeys: r.keys.map(toKey),
    }),
  );
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function tooLong(field: string, max: number): UserError {
  return userError(['input', field], UserErrorCode.TOO_LONG, {
    vi: `Tối đa ${max} ký tự.`,
    en: `At most ${max} characters.`,
  });
}

/** A partner's name and contacts as given, trimmed, or the user errors of what is wrong with them. */
function checkPartnerFields(input: {
  name?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
}): { name: string; contactName: string | null; contactEmail: string | null; contactPhone: string | null } {
  const name = text(input.name);
  const contactName = text(input.contactName);
  const contactEmail = text(input.contactEmail);
  const contactPhone = text(input.contactPhone);
  const errors: UserError[] = [];
  if (!name)
    errors.push(
      userError(['input', 'name'], UserErrorCode.REQUIRED, {
        vi: 'Nhập tên đối tác.',
        en: 'Enter a name.',
      }),
    );
  else if (name.length > 200) errors.push(tooLong('name', 200));
  if (contactName && contactName.length > 200) errors.push(tooLong('contactName', 200));
  if (contactEmail && (contactEmail.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contactEmail)))
    errors.push(
      userError(['input', 'contactEmail'], UserErrorCode.INVALID, {
        vi: 'Địa chỉ e-mail không hợp lệ.',
        en: 'Not a valid e-mail address.',
      }),
    );
  if (contactPhone && contactPhone.length > 40) errors.push(tooLong('contactPhone', 40));
  if (errors.length) throw new InputRejected(errors);
  return { name: name!, contactName, contactEmail, contactPhone };
}

const DUPLICATE_NAME = {
  vi: 'Đã có đối tác mang tên này.',
  en: 'A partner with this name is already registered.',
};

const NO_SUCH_KEY = { vi: 'Không có khoá API này.', en: 'No such API key.' };

/**
 * Partner organisations and their API keys, for administrators only (FORBIDDEN otherwise; every
 * write and refusal audited). A key is answered once, at issue or rotation; only its SHA-256 is
 * stored, with its prefix for lists. A revoked key is refused by every instance within
 * KEY_CACHE_MS (api-key-auth.ts).
 */
export class PartnerService {
  async create(ctx: Context, input: PartnerCreateInput): Promise<PartnerCreatePayload> {
    const result = await write(
      ctx,
      { action: 'partnerCreate', entityType: 'Partner', input: { ...input } },
      async (scope) => {
        assertAdministrator(scope.viewer);
        const { name, contactName, contactEmail, contactPhone } = checkPartnerFields(input);
        // ON CONFLICT on the case-insensitive unique index: two concurrent registrations cannot both pass.
        const rows = (await scope.tx.query(
          `INSERT INTO partner (name, contact_name, contact_email, contact_phone, created_by_id)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (lower(name)) DO NOTHING RETURNING id`,
          [name, contactName, contactEmail, contactPhone, scope.viewer.userId],
        )) as { id: string }[];
        if (rows.length === 0)
          throw new InputRejected([userError(['input', 'name'], UserErrorCode.DUPLICATE, DUPLICATE_NAME)]);
        const id = rows[0]!.id;
        await scope.audit({ entityId: id, after: { name, contactName, contactEmail, contactPhone } });
        return id;
      },
    );
    const payload = new PartnerCreatePayload();
    payload.userErrors = result.userErrors;
    payload.partner = result.ok ? ((await readPartners(ctx.db, result.value))[0] ?? null) : null;
    return payload;
  }

  /**
   * Changes a partner's name and contacts, or disables it (every key refused within KEY_CACHE_MS,
   * no webhook delivered) and enables it again. Optimistic: `version` is the one the editor read.
   */
  async update(ctx: Context, input: PartnerUpdateInput): Promise<PartnerUpdatePayload> {
    const result = await write(
      ctx,
      {
        action: 'partnerUpdate',
        entityType: 'Partner',
        entityId: isUuid(input.id) ? input.id : null,
        input: { ...input },
      },
      async (scope) => {
        assertAdministrator(scope.viewer, input.id);
        const [before] = isUuid(input.id)
          ? ((await scope.tx.query(
              `SELECT name, contact_name, contact_email, contact_phone, disabled_at FROM partner WHERE id = $1`,
              [input.id],
            )) as PartnerRow[])
          : [];
        if (!before) throw new Denied('NOT_FOUND', { vi: 'Không có đối tác này.', en: 'No such partner.' });
        // Left out: as it is; null or empty: cleared (the contacts; the name is required).
        const keep = <T>(given: T | undefined, current: T) => (given === undefined ? current : given);
        const fields = checkPartnerFields({
          name: keep(input.name, before.name),
          contactName: keep(input.contactName, before.contact_name),
          contactEmail: keep(input.contactEmail, before.contact_email),
          contactPhone: keep(input.contactPhone, before.contact_phone),
        });
        const disabledAt =
          (input.enabled ?? null) === null
            ? before.disabled_at
            : input.enabled
              ? null
              : (before.disabled_at ?? now());
        const clash = (await scope.tx.query(
          `SELECT 1 FROM partner WHERE lower(name) = lower($1) AND id <> $2`,
          [fields.name, input.id],
        )) as unknown[];
        if (clash.length > 0)
          throw new InputRejected([userError(['input', 'name'], UserErrorCode.DUPLICATE, DUPLICATE_NAME)]);
        await updateAtVersion(
          scope.tx,
          'Đối tác',
          'partner',
          `UPDATE partner SET name = $3, contact_name = $4, contact_email = $5, contact_phone = $6, disabled_at = $7,
                  version = version + 1, updated_at = $8
           WHERE id = $1 AND version = $2 RETURNING id`,
          [
            input.id,
            input.version,
            fields.name,
            fields.contactName,
            fields.contactEmail,
            fields.contactPhone,
            disabledAt,
            now(),
          ],
        );
        await scope.audit({
          entityId: input.id,
          before: {
            name: before.name,
            contactName: before.contact_name,
            contactEmail: before.contact_email,
            contactPhone: before.contact_phone,
            disabled: before.disabled_at !== null,
          },
          after: { ...fields, disabled: disabledAt !== null },
        });
        return input.id;
      },
    );
    const payload = new PartnerUpdatePayload();
    payload.userErrors = result.userErrors;
    payload.partner = result.ok ? ((await readPartners(ctx.db, result.value))[0] ?? null) : null;
    return payload;
  }

  async list(ctx: Context): Promise<PartnerView[]> {
    await requireAdministrator(ctx, 'partners', {});
    return readPartners(ctx.db, null);
  }

  async issue(ctx: Context, input: ApiKeyIssueInput): Promise<ApiKeyIssuePayload> {
    const result = await write(
      ctx,
      { action: 'apiKeyIssue', entityType: 'ApiKey', input: { ...input } },
      async (scope) => {
        assertAdministrator(scope.viewer);
        const name = text(input.name);
        const scopes = [...new Set(input.scopes)];
        const errors: UserError[] = [];
        if (!name)
          errors.push(
            userError(['input', 'name'], UserErrorCode.REQUIRED, {
              vi: 'Đặt tên cho khoá.',
              en: 'Name the key.',
            }),
          );
        else if (name.length > 100) errors.push(tooLong('name', 100));
        errors.push(...choiceListErrors(['input', 'scopes'], input.scopes, { vi: 'phạm vi', en: 'scope' }));
        const points = input.pointsPerHour ?? null;
        if (points !== null && !(points >= 1 && points <= 1_000_000))
          errors.push(
            userError(['input', 'pointsPerHour'], UserErrorCode.OUT_OF_RANGE, {
              vi: 'Số điểm mỗi giờ từ 1 đến 1.000.000.',
              en: 'Points per hour are from 1 to 1,000,000.',
            }),
          );
        // The partner's row locked: concurrent issues cannot pass MAX_ACTIVE_KEYS.
        const partner = isUuid(input.partnerId)
          ? ((await scope.tx.query(
              `SELECT p.id, (SELECT count(*)::int FROM api_key k WHERE k.partner_id = p.id AND k.revoked_at IS NULL) AS active
               FROM partner p WHERE p.id = $1 FOR UPDATE`,
              [input.partnerId],
            )) as { id: string; active: number }[])
          : [];
        if (partner.length === 0)
          errors.push(
            userError(['input', 'partnerId'], UserErrorCode.NOT_FOUND, {
              vi: 'Không có đối tác này.',
              en: 'No such partner.',
            }),
          );
        else if (partner[0]!.active >= MAX_ACTIVE_KEYS)
          errors.push(
            userError(['input', 'partnerId'], UserErrorCode.OUT_OF_RANGE, {
              vi: `Mỗi đối tác có tối đa ${MAX_ACTIVE_KEYS} khoá còn hiệu lực; hãy thu hồi một khoá trước.`,
              en: `A partner holds at most ${MAX_ACTIVE_KEYS} valid keys; revoke one first.`,
            }),
          );
        if (errors.length) throw new InputRejected(errors);
        return insertKey(scope.tx, input.partnerId, name!, scopes, points, scope.viewer.userId, scope.audit);
      },
    );
    const payload = new ApiKeyIssuePayload();
    payload.userErrors = result.userErrors;
    payload.apiKey = result.ok ? result.value.view : null;
    payload.key = result.ok ? result.value.key : null;
    return payload;
  }

  async revoke(ctx: Context, id: string): Promise<ApiKeyRevokePayload> {
    const result = await write(
      ctx,
      { action: 'apiKeyRevoke', entityType: 'ApiKey', entityId: id },
      async (scope) => {
        assertAdministrator(scope.viewer, id);
        const revoked = await revokeKey(scope.tx, id);
        await scope.audit({ entityId: id, after: { revokedAt: revoked.revokedAt, prefix: revoked.prefix } });
        return revoked;
      },
    );
    const payload = new ApiKeyRevokePayload();
    payload.userErrors = result.userErrors;
    payload.apiKey = result.ok ? result.value : null;
    return payload;
  }

  async rotate(ctx: Context, id: string): Promise<ApiKeyRotatePayload> {
    const result = await write(
      ctx,
      { action: 'apiKeyRotate', entityType: 'ApiKey', entityId: id },
      async (scope) => {
        assertAdministrator(scope.viewer, id);
        const [old] = (await scope.tx.query(`SELECT partner_id FROM api_key WHERE id = $1`, [
          isUuid(id) ? id : null,
        ])) as { partner_id: string }[];
        const revoked = await revokeKey(scope.tx, id);
        const issued = await insertKey(
          scope.tx,
          old!.partner_id,
          revoked.name,
          revoked.scopes,
          revoked.pointsPerHour,
          scope.viewer.userId,
          scope.audit,
          id,
        );
        return { revoked, ...issued };
      },
    );
    const payload = new ApiKeyRotatePayload();
    payload.userErrors = result.userErrors;
    payload.apiKey = result.ok ? result.value.view : null;
    payload.key = result.ok ? result.value.key : null;
    payload.revoked = result.ok ? result.value.revoked : null;
    return payload;
  }
}

/** Revokes a valid key, conditionally (a concurrent revoke loses with CONFLICT, nothing twice). */
async function revokeKey(tx: EntityManager, id: string): Promise<ApiKeyView> {
  const [rows] = (await tx.query(
    `UPDATE api_key SET revoked_at = $2, updated_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING ${KEY_COLUMNS}`,
    [isUuid(id) ? id : null, now()],
  )) as [KeyRow[], number];
  if (rows.length > 0) return toKey(rows[0]!);
  const exists = isUuid(id)
    ? ((await tx.query(`SELECT 1 FROM api_key WHERE id = $1`, [id])) as unknown[])
    : [];
  throw new InputRejected([
    exists.length === 0
      ? userError(['input', 'id'], UserErrorCode.NOT_FOUND, NO_SUCH_KEY)
      : userError(['input', 'id'], UserErrorCode.CONFLICT, {
          vi: 'Khoá này đã bị thu hồi.',
          en: 'This key is already revoked.',
        }),
  ]);
}

async function insertKey(
  tx: EntityManager,
  partnerId: string,
  name: string,
  scopes: string[],
  pointsPerHour: number | null,
  createdById: string,
  audit: (entry: { entityId: string; after: unknown }) => Promise<void>,
  replaces: string | null = null,
): Promise<{ view: ApiKeyView; key: string }> {
  const { key, prefix } = newApiKey();
  const [row] = (await tx.query(
    `INSERT INTO api_key (partner_id, name, key_prefix, key_hash, scopes, points_per_hour, created_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${KEY_COLUMNS}`,
    [partnerId, name, prefix, hashApiKey(key), scopes, pointsPerHour, createdById],
  )) as KeyRow[];
  await audit({ entityId: row!.id, after: { partnerId, name, prefix, scopes, pointsPerHour, replaces } });
  return { view: toKey(row!), key };
}

export const partnerService = new PartnerService();
