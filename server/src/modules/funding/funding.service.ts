import type { EntityManager } from 'typeorm';
import { orderByKeys } from '../../common/batch';
import { encodeNodeId } from '../../common/node-id';
import { FUNDING_SELECT, type FundingRow } from '../../common/sql/rows';
import { FUNDING_RECORD, FundingRecord, type FundingProgramme, type FundingSource } from './funding.type';

const COLUMNS = FUNDING_SELECT.sql('f');

function toFundingRecord(row: FundingRow): FundingRecord {
  return Object.assign(new FundingRecord(), {
    id: encodeNodeId(FUNDING_RECORD, row.id),
    uuid: row.id,
    unitUuid: row.unit_id,
    version: row.version,
    year: row.year,
    programme: row.programme as FundingProgramme,
    source: row.source as FundingSource,
    amountVnd: row.amount_vnd,
    purpose: row.purpose,
  });
}

/**
 * Funding records, public like the rest of the programmes' record. A unit holds a handful a year
 * (one per programme and source), so a unit's records are one small list, not a connection.
 */
export class FundingService {
  async findByIds(db: EntityManager, ids: readonly string[]): Promise<(FundingRecord | null)[]> {
    const rows: FundingRow[] = await db.query(
      `SELECT ${COLUMNS} FROM funding_record f WHERE f.id = ANY($1::uuid[])`,
      [ids],
    );
    return orderByKeys(ids, rows.map(toFundingRecord), (record) => record.uuid);
  }

  /** A unit's records, newest year first, optionally of one year. */
  async forUnit(
    db: EntityManager,
    unitUuid: string,
    year: number | null | undefined,
  ): Promise<FundingRecord[]> {
    const rows: FundingRow[] = await db.query(
      `SELECT ${COLUMNS} FROM funding_record f WHERE f.unit_id = $1 AND ($2::int IS NULL OR f.year = $2)
       ORDER BY f.year DESC, f.programme, f.source, f.created_at, f.id`,
      [unitUuid, year ?? null],
    );
    return rows.map(toFundingRecord);
  }
}

export const fundingService = new FundingService();
