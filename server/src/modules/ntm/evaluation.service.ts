import { today, type Row } from '@ocop/db';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { groupByKeys, orderByKeys } from '../../common/batch';
import { encodeNodeId } from '../../common/node-id';
import {
  CRITERION_RESULT_SELECT,
  EVALUATION_SELECT,
  type CriterionResultRow as ResultRow,
} from '../../common/sql/rows';
import type { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import type { CriteriaSet, Criterion } from '../criteria-set/criteria-set.type';
import { CriterionResult, EVALUATION, Evaluation } from './evaluation.type';

/**
 * An evaluation with its progress counted in the same statement: criteria met among its results,
 * out of the criteria of its set (a criterion without a result counts as not met).
 */
export const EVALUATION_COLUMNS = `${EVALUATION_SELECT.sql('e')},
  (SELECT count(*) FROM criterion_result cr WHERE cr.evaluation_id = e.id AND cr.met)::int AS criteria_met,
  (SELECT count(*) FROM criterion c WHERE c.criteria_set_id = e.criteria_set_id)::int AS criteria_total`;

export type EvaluationRow = Row<typeof EVALUATION_SELECT> & { criteria_met: number; criteria_total: number };

const RESULT_COLUMNS = CRITERION_RESULT_SELECT.sql('cr');

export function toEvaluation(row: EvaluationRow): Evaluation {
  const evaluation = new Evaluation();
  evaluation.id = encodeNodeId(EVALUATION, row.id);
  evaluation.uuid = row.id;
  evaluation.unitUuid = row.unit_id;
  evaluation.criteriaSetUuid = row.criteria_set_id;
  evaluation.evaluatedOn = row.evaluated_on;
  evaluation.assessor = row.assessor;
  evaluation.note = row.note;
  evaluation.criteriaMet = row.criteria_met;
  evaluation.criteriaTotal = row.criteria_total;
  evaluation.progress = `${row.criteria_met}/${row.criteria_total}`;
  return evaluation;
}

export function toResult(row: ResultRow): CriterionResult {
  const result = new CriterionResult();
  result.criterionUuid = row.criterion_id;
  result.met = row.met;
  result.note = row.note;
  return result;
}

/**
 * NTM evaluations of units against criteria sets. A unit has a few evaluations a year at most, so
 * its whole history is loaded once per request (one statement for a page of units) and "the latest
 * against each set as of a day" is chosen from it.
 */
export class EvaluationService {
  // ----- batch reads (DataLoader batch functions; results in the order of `ids`)

  async findByIds(db: EntityManager, ids: readonly string[]): Promise<(Evaluation | null)[]> {
    const rows: EvaluationRow[] = await db.query(
      `SELECT ${EVALUATION_COLUMNS} FROM evaluation e WHERE e.id = ANY($1::uuid[])`,
      [ids],
    );
    return orderByKeys(ids, rows.map(toEvaluation), (evaluation) => evaluation.uuid);
  }

  /** Each unit's evaluations, oldest first. */
  async findByUnitIds(db: EntityManager, unitIds: readonly string[]): Promise<Evaluation[][]> {
    const rows: EvaluationRow[] = await db.query(
      `SELECT ${EVALUATION_COLUMNS} FROM evaluation e WHERE e.unit_id = ANY($1::uuid[])
       ORDER BY e.unit_id, e.evaluated_on, e.created_at, e.id`,
      [unitIds],
    );
    return groupByKeys(unitIds, rows, (row) => row.unit_id, toEvaluation);
  }

  /** Each evaluation's results, by criterion number. */
  async findResultsByEvaluationIds(
    db: EntityManager,
    evaluationIds: readonly string[],
  ): Promise<CriterionResult[][]> {
    const rows: ResultRow[] = await db.query(
      `SELECT ${RESULT_COLUMNS}
       FROM criterion_result cr JOIN criterion c ON c.id = cr.criterion_id
       WHERE cr.evaluation_id = ANY($1::uuid[])
       ORDER BY cr.evaluation_id, c.number`,
      [evaluationIds],
    );
    return groupByKeys(evaluationIds, rows, (row) => row.evaluation_id, toResult);
  }

  // ----- API operations

  byId(ctx: Context, uuid: string): Promise<Evaluation | null> {
    return ctx.loaders.evaluationById.load(uuid);
  }

  async history(ctx: Context, unit: AdministrativeUnit): Promise<Evaluation[]> {
    const evaluations = await ctx.loaders.evaluationsByUnitId.load(unit.uuid);
    for (const evaluation of evaluations) ctx.loaders.evaluationById.prime(evaluation.uuid, evaluation);
    return evaluations;
  }

  /**
   * The latest evaluation against each criteria set on or before `asOf` (default: today in
   * Vietnam), most recent first. Two on the same day against one set: the one recorded last.
   */
  async latest(
    ctx: Context,
    unit: AdministrativeUnit,
    asOf: string | null | undefined,
  ): Promise<Evaluation[]> {
    const day = asOf ?? today();
    const latestBySet = new Map<string, Evaluation>();
    // Oldest first, so a later evaluation replaces an earlier one of the same set.
    for (const evaluation of await this.history(ctx, unit)) {
      if (evaluation.evaluatedOn <= day) latestBySet.set(evaluation.criteriaSetUuid, evaluation);
    }
    return [...latestBySet.values()].sort(
      (a, b) => b.evaluatedOn.localeCompare(a.evaluatedOn) || a.uuid.localeCompare(b.uuid),
    );
  }

  async unit(ctx: Context, evaluation: Evaluation): Promise<AdministrativeUnit> {
    const unit = await ctx.loaders.unitById.load(evaluation.unitUuid);
    if (!unit) throw new Error(`unit ${evaluation.unitUuid} of evaluation ${evaluation.uuid}`);
    return unit;
  }

  async criteriaSet(ctx: Context, evaluation: Evaluation): Promise<CriteriaSet> {
    const set = await ctx.loaders.criteriaSetById.load(evaluation.criteriaSetUuid);
    // A foreign key guarantees the set; its absence is a fault, not a client error.
    if (!set) throw new Error(`criteria set ${evaluation.criteriaSetUuid} of evaluation ${evaluation.uuid}`);
    return set;
  }

  results(ctx: Context, evaluation: Evaluation): Promise<CriterionResult[]> {
    return ctx.loaders.criterionResultsByEvaluationId.load(evaluation.uuid);
  }

  async criterion(ctx: Context, result: CriterionResult): Promise<Criterion> {
    const criterion = await ctx.loaders.criterionById.load(result.criterionUuid);
    if (!criterion) throw new Error(`criterion ${result.criterionUuid}`);
    return criterion;
  }
}

export const evaluationService = new EvaluationService();
