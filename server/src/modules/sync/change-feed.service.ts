import { GraphQLError } from 'graphql';
import { FINISHED_XID_BOUND } from '@ocop/db';
import type { Context } from '../../context';
import { checkPageSize, decodeCursor, encodeCursor } from '../../common/connection';
import { badUserInput } from '../../common/errors';
import { languageOf, say } from '../../common/language';
import { encodeNodeId } from '../../common/node-id';
import type { Node } from '../../common/node.type';
import { ADMINISTRATIVE_UNIT } from '../administrative-unit/administrative-unit.type';
import { PRODUCT_LISTING } from '../listing/product-listing.type';
import { OCOP_CERTIFICATE } from '../ocop-certificate/ocop-certificate.type';
import { OCOP_PRODUCT } from '../ocop-product/ocop-product.type';
import { PRODUCER } from '../producer/producer.type';
import { labelBatchService } from '../label/label-batch.service';
import { LABEL_BATCH } from '../label/label.type';
import {
  Change,
  ChangeConnection,
  ChangeKind,
  ChangePageInfo,
  ChangeReason,
  ChangeType,
} from './change.type';

/** How long the feed keeps its history (housekeeping prunes older entries). */
export const CHANGE_LOG_KEEP_DAYS = 30;

const CURSOR_TAG = 'Change:v1';
/** The cursor before every entry. */
const START: [string, string] = ['0', '0'];

const NODE_TYPE_NAMES: Record<ChangeType, string> = {
  [ChangeType.PRODUCT]: OCOP_PRODUCT,
  [ChangeType.PRODUCER]: PRODUCER,
  [ChangeType.CERTIFICATE]: OCOP_CERTIFICATE,
  [ChangeType.LISTING]: PRODUCT_LISTING,
  [ChangeType.UNIT]: ADMINISTRATIVE_UNIT,
  [ChangeType.BATCH]: LABEL_BATCH,
};

interface ChangeRow {
  xid: string;
  seq: string;
  kind: string;
  object_type: string;
  object_id: string;
  event: string | null;
  occurred_at: Date;
}

const DIGITS = /^\d{1,19}$/;

function decodeChangeCursor(after: string | null | undefined): [string, string] {
  if (after === null || after === undefined) return START;
  const [xid, seq] = decodeCursor(after, CURSOR_TAG, 2);
  if (typeof xid !== 'string' || typeof seq !== 'string' || !DIGITS.test(xid) || !DIGITS.test(seq)) {
    throw badUserInput(
      'Not a valid cursor for this list and order: use an `endCursor` returned by it.',
      'after',
    );
  }
  return [xid, seq];
}

export class ChangeFeedService {
  /**
   * A page of the change feed after `after`, oldest first, of the types asked (default: all).
   * One statement: per type, an index range on (object_type, xid, seq) after the cursor, limited,
   * then merged; only finished transactions' entries (FINISHED_XID_BOUND, db/src/change-feed.ts).
   */
  async page(
    ctx: Context,
    args: { after?: string | null; first: number; types?: ChangeType[] | null },
  ): Promise<ChangeConnection> {
    const first = checkPageSize(args.first);
    const cursor = decodeChangeCursor(args.after);
    // No cursor, or the cursor before everything (an empty first page's): from the oldest kept.
    const fromStart = cursor[0] === START[0] && cursor[1] === START[1];
    if (args.types && args.types.length === 0) {
      throw badUserInput('"types" must list at least one type; leave it out for every type.', 'types');
    }
    const types = [...new Set(args.types ?? Object.values(ChangeType))];
    // The horizon read in the same statement: a cursor before it (changes after it were pruned) is
    // CURSOR_EXPIRED, never a page that silently skips them. No cursor: from the oldest kept.
    const rows = (await ctx.db.query(
      `WITH horizon AS (
         SELECT $5::boolean AND coalesce(($2::bigint, $3::bigint) < (h.xid, h.seq), false) AS expired,
                h.xid::text AS horizon_xid, h.seq::text AS horizon_seq
         FROM (SELECT 1) one LEFT JOIN change_log_horizon h ON h.id = 1)
       SELECT horizon.expired, horizon.horizon_xid, horizon.horizon_seq, c.xid::text AS xid, c.seq::text AS seq, c.kind, c.object_type, c.object_id, c.event,
              c.occurred_at
       FROM horizon LEFT JOIN LATERAL (
         SELECT c.* FROM unnest($1::text[]) AS t(type)
         CROSS JOIN LATERAL (
           SELECT * FROM change_log c
           WHERE c.object_type = t.type AND (c.xid, c.seq) > ($2::bigint, $3::bigint)
             AND c.xid < ${FINISHED_XID_BOUND}
           ORDER BY c.xid, c.seq LIMIT $4) c
         WHERE NOT horizon.expired
         ORDER BY c.xid, c.seq
         LIMIT $4) c ON true
       ORDER BY c.xid, c.seq`,
      [types, cursor[0], cursor[1], first + 1, !fromStart],
    )) as (ChangeRow & { expired: boolean; horizon_xid: string | null; horizon_seq: string | null })[];
    if (rows[0]?.expired)
      throw new GraphQLError(
        say(languageOf(ctx), {
          vi: `Con trỏ này cũ hơn lịch sử được giữ (${CHANGE_LOG_KEEP_DAYS} ngày): tải lại dữ liệu mở rồi theo dõi từ đầu.`,
          en:
            `This cursor is older than the history kept (${CHANGE_LOG_KEEP_DAYS} days): changes after it were ` +
            'pruned. Download the open data again, then follow the feed from its start (no `after`).',
        }),
        { extensions: { code: 'CURSOR_EXPIRED', keepDays: CHANGE_LOG_KEEP_DAYS } },
      );
    // Without a change after the cursor the join leaves one row of nulls.
    const horizon: [string, string] | null =
      (rows[0]?.horizon_xid ?? null) !== null ? [rows[0]!.horizon_xid!, rows[0]!.horizon_seq!] : null;
    if (rows.length === 1 && rows[0]!.xid === null) rows.length = 0;
    const page = rows.slice(0, first);
    const nodes = page.map((row) => {
      const change = new Change();
      change.cursor = encodeCursor(CURSOR_TAG, [row.xid, row.seq]);
      change.kind = row.kind as ChangeKind;
      change.type = row.object_type as ChangeType;
      change.nodeUuid = row.object_id;
      change.nodeId = encodeNodeId(NODE_TYPE_NAMES[change.type], row.object_id);
      change.occurredAt = row.occurred_at;
      change.reason = row.event as ChangeReason | null;
      return change;
    });
    const pageInfo = new ChangePageInfo();
    // An empty page from the start goes on after what was pruned, so that its cursor never expires.
    pageInfo.endCursor =
      nodes.at(-1)?.cursor ?? encodeCursor(CURSOR_TAG, fromStart && horizon ? horizon : cursor);
    pageInfo.hasNextPage = rows.length > first;
    return Object.assign(new ChangeConnection(), { nodes, pageInfo });
  }

  /** The object as it is now, through the per-request loaders (a page reads each type once). */
  async node(ctx: Context, change: Change): Promise<Node | null> {
    const loaders = ctx.loaders;
    switch (change.type) {
      case ChangeType.PRODUCT:
        return loaders.ocopProductById.load(change.nodeUuid);
      case ChangeType.PRODUCER:
        return loaders.producerById.load(change.nodeUuid);
      case ChangeType.CERTIFICATE:
        return loaders.ocopCertificateById.load(change.nodeUuid);
      case ChangeType.LISTING:
        return loaders.productListingById.load(change.nodeUuid);
      case ChangeType.UNIT:
        return loaders.unitById.load(change.nodeUuid);
      case ChangeType.BATCH:
        return labelBatchService.byUuidForViewer(ctx, change.nodeUuid);
    }
  }
}

export const changeFeedService = new ChangeFeedService();
