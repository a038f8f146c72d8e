import DataLoader from 'dataloader';
import { now } from '@ocop/db';
import type { EntityManager } from 'typeorm';
import { inquiryService as inquiries } from './inquiry.service';
import type { InquiryMessage } from './inquiry.type';

/** Inquiries in 12 months before a producer shows "usually answers within N days". */
export const USUAL_ANSWER_MIN_INQUIRIES = 5;
const YEAR_MS = 365 * 86_400_000;

/**
 * "Usually answers within N days": over the producer's inquiries of the last 12 months (at least
 * USUAL_ANSWER_MIN_INQUIRIES), the median delay to the first answer, an unanswered inquiry counting
 * as never (so a producer that answers fewer than half has no such line), in whole days, at least 1.
 * One statement for every producer of the request.
 */
async function usualAnswerDays(
  db: EntityManager,
  producerIds: readonly string[],
): Promise<(number | null)[]> {
  const at = now();
  const rows = (await db.query(
    `SELECT producer_id, count(*)::int AS n,
            percentile_disc(0.5) WITHIN GROUP (ORDER BY CASE WHEN first_answered_at IS NULL THEN 'infinity'::float8
              ELSE extract(epoch FROM first_answered_at - created_at)::float8 END) AS median_seconds
     FROM inquiry WHERE producer_id = ANY($1::uuid[]) AND created_at > $2::timestamptz AND created_at <= $3::timestamptz
     GROUP BY producer_id`,
    [[...producerIds], new Date(at.getTime() - YEAR_MS), at],
  )) as { producer_id: string; n: number; median_seconds: number | string }[];
  const byProducer = new Map(rows.map((row) => [row.producer_id, row]));
  return producerIds.map((id) => {
    const row = byProducer.get(id);
    const median = row ? Number(row.median_seconds) : NaN;
    if (!row || row.n < USUAL_ANSWER_MIN_INQUIRIES || !Number.isFinite(median)) return null;
    return Math.max(1, Math.ceil(median / 86_400));
  });
}

/** Per-request loaders (listed in inquiry.module.ts): one SQL statement per kind of read and per tick. */
export function createInquiryLoaders(db: EntityManager) {
  return {
    inquiryMessagesByInquiryId: new DataLoader<string, InquiryMessage[]>((ids) =>
      inquiries.findMessages(db, ids),
    ),
    usualAnswerDaysByProducerId: new DataLoader<string, number | null>((ids) => usualAnswerDays(db, ids)),
  };
}
