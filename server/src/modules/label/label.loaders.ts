import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { LabelCodeStats } from './label.type';

/** What the checks of a batch's codes add up to (only codes checked at least once are read). */
export interface BatchChecks {
  checkCount: number;
  checkedCodes: number;
  suspiciousCodes: number;
  checksWithInvalidCertificate: number;
  lastCheckedAt: Date | null;
}

/** Suspicious labels shown per batch, the earliest flagged first. */
export const SUSPICIOUS_LABELS_SHOWN = 20;

const NO_CHECKS: BatchChecks = {
  checkCount: 0,
  checkedCodes: 0,
  suspiciousCodes: 0,
  checksWithInvalidCertificate: 0,
  lastCheckedAt: null,
};

/** Per-request loaders (listed in label.module.ts): one statement for every batch of the page. */
export function createLabelLoaders(db: EntityManager) {
  return {
    labelBatchChecks: new DataLoader<string, BatchChecks>(async (batchIds) => {
      const rows = (await db.query(
        `SELECT batch_id, sum(check_count)::int AS check_count, count(*)::int AS checked_codes,
                count(*) FILTER (WHERE flagged_at IS NOT NULL)::int AS suspicious_codes,
                sum(invalid_certificate_checks)::int AS invalid, max(last_checked_at) AS last_checked_at
         FROM label_code WHERE batch_id = ANY($1::uuid[]) AND check_count > 0 GROUP BY batch_id`,
        [[...batchIds]],
      )) as {
        batch_id: string;
        check_count: number;
        checked_codes: number;
        suspicious_codes: number;
        invalid: number;
        last_checked_at: Date | null;
      }[];
      const byBatch = new Map(rows.map((row) => [row.batch_id, row]));
      return batchIds.map((id) => {
        const row = byBatch.get(id);
        return row
          ? {
              checkCount: row.check_count,
              checkedCodes: row.checked_codes,
              suspiciousCodes: row.suspicious_codes,
              checksWithInvalidCertificate: row.invalid,
              lastCheckedAt: row.last_checked_at,
            }
          : NO_CHECKS;
      });
    }),
    suspiciousLabels: new DataLoader<string, LabelCodeStats[]>(async (batchIds) => {
      const rows = (await db.query(
        `SELECT batch_id, serial, check_count, place_count, first_checked_at, last_checked_at, flagged_at
         FROM (SELECT c.*, row_number() OVER (PARTITION BY batch_id ORDER BY flagged_at, serial) AS rank
               FROM label_code c
               WHERE batch_id = ANY($1::uuid[]) AND check_count > 0 AND flagged_at IS NOT NULL) ranked
         WHERE rank <= $2 ORDER BY batch_id, rank`,
        [[...batchIds], SUSPICIOUS_LABELS_SHOWN],
      )) as {
        batch_id: string;
        serial: number;
        check_count: number;
        place_count: number;
        first_checked_at: Date | null;
        last_checked_at: Date | null;
        flagged_at: Date | null;
      }[];
      const byBatch = new Map<string, LabelCodeStats[]>();
      for (const row of rows) {
        const list = byBatch.get(row.batch_id) ?? [];
        list.push({
          serial: row.serial,
          checkCount: row.check_count,
          placeCount: row.place_count,
          firstCheckedAt: row.first_checked_at,
          lastCheckedAt: row.last_checked_at,
          flaggedAt: row.flagged_at,
        });
        byBatch.set(row.batch_id, list);
      }
      return batchIds.map((id) => byBatch.get(id) ?? []);
    }),
  };
}
