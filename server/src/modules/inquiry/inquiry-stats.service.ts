import { startOfVietnamDay } from '@ocop/db';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context';
import { unitWithin } from '../../common/authorization';
import { badUserInput } from '../../common/errors';
import { languageOf, say } from '../../common/language';
import { encodeNodeId, uuidOf } from '../../common/node-id';
import { SqlParams } from '../../common/sql/params';
import { communesArraySql, communesCoveredSql } from '../../common/sql/unit-scope';
import { ADMINISTRATIVE_UNIT } from '../administrative-unit/administrative-unit.type';
import { isAdministrator, isOfficial, officialUnitIds } from '../auth/viewer';
import { OCOP_PRODUCT } from '../ocop-product/ocop-product.type';
import { PRODUCER } from '../producer/producer.type';
import type { TradeInquiryStatsInput } from './inquiry.inputs';
import { TradeInquiryFigures, TradeInquiryGroup, TradeInquiryRow, TradeInquiryStats } from './inquiry.type';

/** Most groups answered: the largest first (a country's producers would be thousands). */
export const MAX_STATS_ROWS = 500;
/** Longest period asked at once, in days (ten years). */
const MAX_PERIOD_DAYS = 3_660;
const DAY_MS = 86_400_000;

/** Per group: its key, label and sort order, as SQL over `i` (inquiry), `p` (producer), `o`, `prov`. */
const GROUPS: Record<TradeInquiryGroup, { key: string; label: string }> = {
  [TradeInquiryGroup.PRODUCER]: { key: 'p.id::text', label: 'p.name' },
  [TradeInquiryGroup.PRODUCT]: {
    key: `COALESCE(o.id::text, 'none')`,
    label: `COALESCE(o.name, 'Không gắn sản phẩm (no product)')`,
  },
  // Calendar months in Vietnam (UTC+7, no daylight saving).
  [TradeInquiryGroup.MONTH]: {
    key: `to_char((i.created_at AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM')`,
    label: `to_char((i.created_at AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM')`,
  },
  [TradeInquiryGroup.PROVINCE]: {
    key: `COALESCE(prov.code, 'none')`,
    label: `COALESCE(prov.name, 'Không rõ tỉnh (unknown)')`,
  },
};

interface FigureRow {
  is_total: number;
  key: string | null;
  label: string | null;
  received: number;
  answered: number;
  median_hours: number | null;
  won: number;
  lost: number;
}

function figures(row: FigureRow | undefined): TradeInquiryFigures {
  const received = row?.received ?? 0;
  const answered = row?.answered ?? 0;
  return Object.assign(new TradeInquiryFigures(), {
    received,
    answered,
    answeredShare: received === 0 ? null : answered / received,
    medianHoursToFirstAnswer: row?.median_hours ?? null,
    won: row?.won ?? 0,
    lost: row?.lost ?? 0,
  });
}

/**
 * Trade-promotion figures (issue 13): counts of inquiries per place and period, never a contact.
 * For officials inside their unit (by default all of their units) and administrators (by default
 * the country). A place covers the communes of its producers across the 2025 reform
 * (common/sql/unit-scope.ts). One statement: the total and the groups through GROUPING SETS.
 */
export class InquiryStatsService {
  async stats(ctx: Context, input: TradeInquiryStatsInput): Promise<TradeInquiryStats> {
    const viewer = ctx.viewer;
    const language = languageOf(ctx);
    if (!viewer) {
      throw new GraphQLError(
        say(language, { vi: 'Đăng nhập để xem số liệu.', en: 'Log in to see the figures.' }),
        {
          extensions: { code: 'UNAUTHENTICATED' },
        },
      );
    }
    const admin = isAdministrator(viewer);
    if (!admin && !isOfficial(viewer)) {
      throw new GraphQLError(
        say(language, {
          vi: 'Chỉ cán bộ và quản trị viên xem được số liệu này.',
          en: 'Only officials and administrators see these figures.',
        }),
        { extensions: { code: 'FORBIDDEN' } },
      );
    }
    if (input.from > input.to)
      throw badUserInput(
        say(language, { vi: 'Ngày "from" không được sau ngày "to".', en: '"from" must not be after "to".' }),
        'input',
      );
    const fromAt = startOfVietnamDay(input.from);
    const toAt = new Date(startOfVietnamDay(input.to).getTime() + DAY_MS);
    if (toAt.getTime() - fromAt.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
      throw badUserInput(
        say(language, {
          vi: `Khoảng thời gian dài tối đa ${MAX_PERIOD_DAYS} ngày.`,
          en: `The period may span at most ${MAX_PERIOD_DAYS} days.`,
        }),
        'input',
      );
    }
    let roots: string[] | null = null;
    if (input.unitId) {
      const unit = uuidOf(input.unitId, ADMINISTRATIVE_UNIT);
      if (!unit)
        throw badUserInput(
          say(language, {
            vi: 'Không phải mã đơn vị hành chính hợp lệ.',
            en: 'Not a valid AdministrativeUnit ID.',
          }),
          'input',
        );
      if (!admin && !(await unitWithin(ctx.db, unit, officialUnitIds(viewer)))) {
        throw new GraphQLError(
          say(language, { vi: 'Đơn vị này nằm ngoài phạm vi của bạn.', en: 'This unit is outside yours.' }),
          {
            extensions: { code: 'FORBIDDEN' },
          },
        );
      }
      roots = [unit];
    } else if (!admin) {
      roots = officialUnitIds(viewer);
    }

    const group = GROUPS[input.groupBy];
    const params = new SqlParams();
    const where = [
      `i.created_at >= ${params.add(fromAt, '::timestamptz')}`,
      `i.created_at < ${params.add(toAt, '::timestamptz')}`,
    ];
    if (roots !== null) {
      where.push(
        `p.commune_id = ANY(${communesArraySql(communesCoveredSql(`SELECT unnest(${params.add(roots, '::uuid[]')})`))})`,
      );
    }
    const rows = (await ctx.db.query(
      `WITH scoped AS (
         SELECT i.created_at, i.first_answered_at, i.outcome, ${group.key} AS key, ${group.label} AS label
         FROM inquiry i
         JOIN producer p ON p.id = i.producer_id
         LEFT JOIN ocop_product o ON o.id = i.product_id
         LEFT JOIN admin_unit c ON c.id = p.commune_id
         LEFT JOIN admin_unit c1 ON c1.id = c.parent_id
         LEFT JOIN admin_unit c2 ON c2.id = c1.parent_id
         LEFT JOIN LATERAL (SELECT CASE WHEN c1.level = 'province' THEN c1.code ELSE c2.code END AS code,
                                   CASE WHEN c1.level = 'province' THEN c1.name ELSE c2.name END AS name) prov ON true
         WHERE ${where.join(' AND ')}
       )
       SELECT GROUPING(key, label) AS is_total, key, label, count(*)::int AS received,
              count(first_answered_at)::int AS answered,
              (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_answered_at - created_at) / 3600.0)
                 FILTER (WHERE first_answered_at IS NOT NULL))::float8 AS median_hours,
              count(*) FILTER (WHERE outcome = 'won')::int AS won,
              count(*) FILTER (WHERE outcome = 'lost')::int AS lost
       FROM scoped GROUP BY GROUPING SETS ((), (key, label))
       ORDER BY is_total DESC, ${input.groupBy === TradeInquiryGroup.MONTH ? 'key' : 'received DESC, label, key'}
       LIMIT ${params.add(MAX_STATS_ROWS + 1, '::int')}`,
      params.values,
    )) as FigureRow[];
    const total = rows.find((row) => row.is_total !== 0);
    const stats = new TradeInquiryStats();
    stats.total = figures(total);
    stats.rows = rows
      .filter((row) => row.is_total === 0)
      .map((row) =>
        Object.assign(new TradeInquiryRow(), {
          key: this.publicKey(input.groupBy, row.key!),
          label: row.label!,
          figures: figures(row),
        }),
      );
    return stats;
  }

  /** Database keys become the API's global IDs. */
  private publicKey(groupBy: TradeInquiryGroup, key: string): string {
    if (groupBy === TradeInquiryGroup.PRODUCER) return encodeNodeId(PRODUCER, key);
    if (groupBy === TradeInquiryGroup.PRODUCT && key !== 'none') return encodeNodeId(OCOP_PRODUCT, key);
    return key;
  }
}

export const inquiryStatsService = new InquiryStatsService();
