import { GraphQLError } from 'graphql';
import type { Context } from '../../context';
import { checkPageSize, decodeCursor, encodeCursor, toPage, type Page } from '../../common/connection';
import { badUserInput } from '../../common/errors';
import { languageOf, say } from '../../common/language';
import { decodeNodeId, encodeNodeId, isUuid, uuidArgument } from '../../common/node-id';
import { SqlParams } from '../../common/sql/params';
import { AUDIT_LOG_SELECT, type AuditLogRow } from '../../common/sql/rows';
import { scopeRootsCte } from '../../common/sql/unit-scope';
import { isAdministrator, isOfficial, officialUnitIds } from '../auth/viewer';
import { appendAudit } from './audit.service';
import type { AuditLogFilter } from './audit-log.inputs';
import { AuditActor, AuditEntry, AuditPartner, type AuditOutcomeValue } from './audit-log.type';

const USER = 'User';
const ORDER_TAG = 'audit:id';
const AUDIT_COLUMNS = AUDIT_LOG_SELECT.sql('a');

/** An entry with its actor's name and email (a LEFT JOIN: null without an actor). */
type AuditRow = AuditLogRow & {
  actor_name: string | null;
  actor_email: string | null;
  /** The partner and key prefix of a request made with an API key (LEFT JOINs too). */
  partner_name: string | null;
  key_prefix: string | null;
};

function toEntry(row: AuditRow): AuditEntry {
  const entry = new AuditEntry();
  entry.id = row.id;
  entry.occurredAt = row.occurred_at;
  entry.actor = row.actor_user_id
    ? Object.assign(new AuditActor(), {
        id: encodeNodeId(USER, row.actor_user_id),
        displayName: row.actor_name ?? '',
        email: row.actor_email ?? '',
      })
    : null;
  entry.partner = row.key_prefix
    ? Object.assign(new AuditPartner(), { name: row.partner_name ?? '', keyPrefix: row.key_prefix })
    : null;
  entry.action = row.action;
  entry.entityType = row.entity_type;
  // Entity types are the API's type names, so a UUID becomes the global ID `node(id:)` takes.
  entry.entityId =
    row.entity_id && isUuid(row.entity_id) && /^[A-Za-z]+$/.test(row.entity_type)
      ? encodeNodeId(row.entity_type, row.entity_id)
      : row.entity_id;
  entry.outcome = row.outcome as AuditOutcomeValue;
  entry.before = row.before;
  entry.after = row.after;
  entry.requestId = row.request_id;
  entry.unitUuid = row.unit_id;
  return entry;
}

/**
 * The audit log as officials and administrators browse it, newest first. Administrators see every
 * entry; officials the entries about objects inside their units (the units themselves, everything
 * below them, and the units they succeeded or were renamed from, as `unitWithin` decides for writes) and their
 * own attempts wherever they were. Everybody else is refused, and the refusal is itself audited.
 */
export class AuditLogService {
  async list(
    ctx: Context,
    first: number,
    after: string | null | undefined,
    filter: AuditLogFilter | null | undefined,
  ): Promise<Page<AuditEntry>> {
    const viewer = ctx.viewer;
    if (!isAdministrator(viewer) && !isOfficial(viewer)) {
      await ctx.db.transaction((tx) =>
        appendAudit(tx, {
          actorUserId: viewer?.userId ?? null,
          action: 'auditLog',
          entityType: 'AuditLog',
          entityId: null,
          outcome: 'denied',
          after: { reason: 'FORBIDDEN', input: { first, after: after ?? null, filter: filter ?? null } },
          requestId: ctx.requestId,
          ipAddress: ctx.http.ip,
        }),
      );
      throw new GraphQLError(
        say(languageOf(ctx), {
          vi: 'Chỉ cán bộ phụ trách và quản trị viên xem được nhật ký.',
          en: 'Only officials and administrators see the audit log.',
        }),
        { extensions: { code: 'FORBIDDEN' } },
      );
    }
    checkPageSize(first);

    const params = new SqlParams();
    const conditions: string[] = [];
    if (!isAdministrator(viewer)) {
      // The units inside the official's scope, computed once (a few hundred for a province): as an
      // array parameter the condition below can use the unit and actor indexes (a BitmapOr), where a
      // subquery in the OR made PostgreSQL test every row of the log against it (21 s for a count
      // over a million rows, 35 ms now).
      const [scope] = (await ctx.db.query(
        `WITH RECURSIVE ${scopeRootsCte('$1')}, inside AS (
           SELECT id FROM scope_roots
           UNION
           SELECT a.id FROM admin_unit a JOIN inside ON a.parent_id = inside.id
         )
         SELECT COALESCE(array_agg(id), '{}') AS ids FROM inside`,
        [officialUnitIds(viewer)],
      )) as { ids: string[] }[];
      conditions.push(
        `(a.actor_user_id = ${params.add(viewer!.userId)} OR a.unit_id = ANY(${params.add(scope?.ids ?? [], '::uuid[]')}))`,
      );
    }
    if (filter?.action) conditions.push(`a.action = ${params.add(filter.action)}`);
    if (filter?.entityType) conditions.push(`a.entity_type = ${params.add(filter.entityType)}`);
    if (filter?.entityId) {
      const decoded = decodeNodeId(filter.entityId);
      if (decoded) {
        conditions.push(`a.entity_type = ${params.add(decoded.typeName)}`);
        conditions.push(`a.entity_id = ${params.add(decoded.uuid)}`);
      } else conditions.push(`a.entity_id = ${params.add(filter.entityId)}`);
    }
    if (filter?.actorId) {
      const actor = uuidArgument(filter.actorId, USER, 'filter', 'Not a valid user ID.');
      conditions.push(`a.actor_user_id = ${params.add(actor, '::uuid')}`);
    }
    if (filter?.outcome) conditions.push(`a.outcome = ${params.add(filter.outcome)}`);
    if (filter?.since) conditions.push(`a.occurred_at >= ${params.add(filter.since)}`);
    if (filter?.until) conditions.push(`a.occurred_at < ${params.add(filter.until)}`);

    const filterParams = [...params.values];
    const filterConditions = [...conditions];
    if (after) {
      const [id] = decodeCursor(after, ORDER_TAG, 1);
      if (typeof id !== 'string' || !/^[0-9]{1,19}$/.test(id)) {
        throw badUserInput('Not a valid cursor for this list and order.', 'after');
      }
      conditions.push(`a.id < ${params.add(id, '::bigint')}`);
    }
    const where = (list: string[]) => (list.length > 0 ? `WHERE ${list.join(' AND ')}` : '');
    const rows: AuditRow[] = await ctx.db.query(
      `SELECT ${AUDIT_COLUMNS}, u.display_name AS actor_name, u.email AS actor_email,
              p.name AS partner_name, k.key_prefix
       FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_user_id
         LEFT JOIN api_key k ON k.id = a.actor_api_key_id LEFT JOIN partner p ON p.id = k.partner_id
       ${where(conditions)}
       ORDER BY a.id DESC LIMIT ${params.add(first + 1)}`,
      params.values,
    );
    return toPage(
      rows,
      first,
      Boolean(after),
      toEntry,
      (row) => encodeCursor(ORDER_TAG, [row.id]),
      async () => {
        const [row] = (await ctx.db.query(
          `SELECT count(*)::int AS count FROM audit_log a ${where(filterConditions)}`,
          filterParams,
        )) as { count: number }[];
        return row?.count ?? 0;
      },
    );
  }
}

export const auditLogService = new AuditLogService();
