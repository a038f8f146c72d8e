import { today } from '@ocop/db';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { groupByKeys, orderByKeys } from '../../common/batch';
import { encodeNodeId } from '../../common/node-id';
import { RECOGNITION_SELECT, type RecognitionRow } from '../../common/sql/rows';
import type { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import type { CriteriaSet, NtmTier } from '../criteria-set/criteria-set.type';
import { inForceOn, statusOn, type NtmStatus } from './ntm-status';
import { RECOGNITION, Recognition } from './recognition.type';

const COLUMNS = RECOGNITION_SELECT.sql('r');

function toRecognition(row: RecognitionRow): Recognition {
  const recognition = new Recognition();
  recognition.id = encodeNodeId(RECOGNITION, row.id);
  recognition.uuid = row.id;
  recognition.version = row.version;
  recognition.unitUuid = row.unit_id;
  recognition.criteriaSetUuid = row.criteria_set_id;
  recognition.tier = row.tier as NtmTier;
  recognition.standardYear = row.standard_year;
  recognition.decisionNumber = row.decision_number;
  recognition.decisionDate = row.decision_date;
  recognition.issuer = row.issuer;
  recognition.signer = row.signer;
  recognition.revokedOn = row.revoked_on;
  recognition.revocationDecision = row.revocation_decision;
  recognition.revocationReason = row.revocation_reason;
  return recognition;
}

/**
 * NTM recognitions: a unit's history and its status on a day (the rule is in ntm-status.ts).
 * A unit has a handful of recognitions, so the whole history is loaded once per unit and request
 * and the status for any day is computed from it: `recognitions` and `ntmStatus(asOf)` of a page
 * of units cost one statement together, whatever the dates asked.
 */
export class RecognitionService {
  // ----- batch reads (DataLoader batch functions; results in the order of `ids`)

  async findByIds(db: EntityManager, ids: readonly string[]): Promise<(Recognition | null)[]> {
    const rows: RecognitionRow[] = await db.query(
      `SELECT ${COLUMNS} FROM recognition r WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
    return orderByKeys(ids, rows.map(toRecognition), (recognition) => recognition.uuid);
  }

  /** Each unit's recognitions, oldest decision first. */
  async findByUnitIds(db: EntityManager, unitIds: readonly string[]): Promise<Recognition[][]> {
    const rows: RecognitionRow[] = await db.query(
      `SELECT ${COLUMNS} FROM recognition r WHERE r.unit_id = ANY($1::uuid[])
       ORDER BY r.unit_id, r.decision_date, r.created_at, r.id`,
      [unitIds],
    );
    return groupByKeys(unitIds, rows, (row) => row.unit_id, toRecognition);
  }

  // ----- API operations

  byId(ctx: Context, uuid: string): Promise<Recognition | null> {
    return ctx.loaders.recognitionById.load(uuid);
  }

  async history(ctx: Context, unit: AdministrativeUnit): Promise<Recognition[]> {
    const recognitions = await ctx.loaders.recognitionsByUnitId.load(unit.uuid);
    for (const recognition of recognitions) ctx.loaders.recognitionById.prime(recognition.uuid, recognition);
    return recognitions;
  }

  async status(ctx: Context, unit: AdministrativeUnit, asOf: string | null | undefined): Promise<NtmStatus> {
    return statusOn(await ctx.loaders.recognitionsByUnitId.load(unit.uuid), asOf ?? today());
  }

  inForce(recognition: Recognition, asOf: string | null | undefined): boolean {
    return inForceOn(recognition, asOf ?? today());
  }

  async unit(ctx: Context, recognition: Recognition): Promise<AdministrativeUnit> {
    const unit = await ctx.loaders.unitById.load(recognition.unitUuid);
    // A foreign key guarantees the unit; its absence is a fault, not a client error.
    if (!unit) throw new Error(`unit ${recognition.unitUuid} of recognition ${recognition.uuid}`);
    return unit;
  }

  async criteriaSet(ctx: Context, recognition: Recognition): Promise<CriteriaSet | null> {
    return recognition.criteriaSetUuid ? ctx.loaders.criteriaSetById.load(recognition.criteriaSetUuid) : null;
  }
}

export const recognitionService = new RecognitionService();
