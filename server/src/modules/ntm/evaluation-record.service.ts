import type { Context } from '../../context';
import { idempotentCreate } from '../../common/idempotency';
import { uuidOf } from '../../common/node-id';
import { userError, UserErrorCode, type UserError } from '../../common/user-error';
import { idempotencyKey, isoDate, optionalText, parseInput, z } from '../../common/validate';
import { write } from '../../common/write';
import { oneOrNull, toPayload } from '../../common/write-payload';
import { CRITERIA_SET, CRITERION } from '../criteria-set/criteria-set.type';
import { existedOn, notInFuture, rejectIf, requireUnit, unitToRecordIn } from '../official/official-write';
import type { EvaluationRecordInput } from './evaluation-record.inputs';
import { EvaluationRecordPayload } from './evaluation-record.type';
import { evaluationService } from './evaluation.service';
import { EVALUATION } from './evaluation.type';

const EvaluationFields = z.object({
  evaluatedOn: isoDate,
  assessor: optionalText(200).optional(),
  note: optionalText(2000).optional(),
  results: z
    .array(z.object({ criterionId: z.string(), met: z.boolean(), note: optionalText(1000).optional() }))
    .min(1)
    .max(200),
  idempotencyKey,
});

interface SetRow {
  id: string;
  code: string;
  unit_level: string;
  tier: string;
}

/** Officials record evaluations: one evaluation row and one result per criterion, in one transaction. */
export class EvaluationRecordService {
  async record(ctx: Context, input: EvaluationRecordInput): Promise<EvaluationRecordPayload> {
    const result = await write(
      ctx,
      { action: 'evaluationRecord', entityType: EVALUATION, input },
      async (scope) => {
        const { tx, audit } = scope;
        const unit = await unitToRecordIn(scope, () => requireUnit(tx, input.unitId, ['input', 'unitId']));
        const fields = parseInput(EvaluationFields, {
          evaluatedOn: input.evaluatedOn,
          assessor: input.assessor,
          note: input.note,
          results: input.results,
          idempotencyKey: input.idempotencyKey,
        });

        const setUuid = uuidOf(input.criteriaSetId, CRITERIA_SET);
        const [set] = setUuid
          ? ((await tx.query(`SELECT id, code, unit_level, tier FROM criteria_set WHERE id = $1`, [
              setUuid,
            ])) as SetRow[])
          : [];
        rejectIf([
          set
            ? null
            : userError(['input', 'criteriaSetId'], UserErrorCode.NOT_FOUND, 'Không có bộ tiêu chí này.'),
          set && set.unit_level !== unit.level
            ? userError(['input', 'criteriaSetId'], UserErrorCode.INVALID, {
                vi: `Bộ tiêu chí ${set.code} dành cho cấp ${set.unit_level}, không dùng cho ${unit.full_name}.`,
                en: `Criteria set ${set.code} is for a ${set.unit_level}: it cannot assess ${unit.full_name} (a ${unit.level}).`,
              })
            : null,
          notInFuture(fields.evaluatedOn, ['input', 'evaluatedOn']),
          existedOn(unit, fields.evaluatedOn)
            ? null
            : userError(['input', 'evaluatedOn'], UserErrorCode.OUT_OF_RANGE, {
                vi: `${unit.full_name} không tồn tại vào ngày này.`,
                en: `${unit.full_name} did not exist on that day.`,
              }),
        ]);

        // Every criterion of the set exactly once: say which are unknown, repeated and missing.
        const criteria = (await tx.query(
          `SELECT id, number FROM criterion WHERE criteria_set_id = $1 ORDER BY number`,
          [set!.id],
        )) as { id: string; number: number }[];
        const numberOf = new Map(criteria.map((c) => [c.id, c.number]));
        const seen = new Set<string>();
        const errors: UserError[] = [];
        const rows: { criterionId: string; met: boolean; note: string | null }[] = [];
        fields.results.forEach((r, i) => {
          const path = ['input', 'results', i, 'criterionId'];
          const uuid = uuidOf(r.criterionId, CRITERION);
          if (!uuid || !numberOf.has(uuid)) {
            errors.push(
              userError(path, UserErrorCode.NOT_FOUND, {
                vi: `Tiêu chí này không thuộc bộ ${set!.code}.`,
                en: `This criterion is not in set ${set!.code}.`,
              }),
            );
          } else if (seen.has(uuid)) {
            errors.push(
              userError(
                path,
                UserErrorCode.DUPLICATE,
                `Tiêu chí số ${numberOf.get(uuid)} đã có kết quả ở trên.`,
              ),
            );
          } else {
            seen.add(uuid);
            rows.push({ criterionId: uuid, met: r.met, note: r.note ?? null });
          }
        });
        const missing = criteria.filter((c) => !seen.has(c.id)).map((c) => c.number);
        if (missing.length > 0) {
          errors.push(
            userError(['input', 'results'], UserErrorCode.REQUIRED, {
              vi: `Thiếu kết quả của tiêu chí số ${missing.join(', ')}.`,
              en: `Results are missing for criteria ${missing.join(', ')}.`,
            }),
          );
        }
        rejectIf(errors);

        const created = await idempotentCreate(
          scope,
          'evaluationRecord',
          fields.idempotencyKey,
          { ...input },
          async () => {
            const [evaluation] = (await tx.query(
              `INSERT INTO evaluation (unit_id, criteria_set_id, evaluated_on, assessor, note)
               VALUES ($1, $2, $3, $4, $5)
               RETURNING id, unit_id, criteria_set_id, evaluated_on::text AS evaluated_on, assessor, note, version`,
              [unit.id, set!.id, fields.evaluatedOn, fields.assessor ?? null, fields.note ?? null],
            )) as { id: string }[];
            await tx.query(
              `INSERT INTO criterion_result (evaluation_id, criterion_id, met, note)
               SELECT $1, c, m, n FROM unnest($2::uuid[], $3::boolean[], $4::text[]) AS r(c, m, n)`,
              [
                evaluation!.id,
                rows.map((r) => r.criterionId),
                rows.map((r) => r.met),
                rows.map((r) => r.note),
              ],
            );
            await audit({
              entityId: evaluation!.id,
              before: null,
              after: {
                ...evaluation,
                results: rows.map((r) => ({ ...r, number: numberOf.get(r.criterionId) })),
              },
            });
            return evaluation!.id;
          },
        );
        return created.id;
      },
    );
    return toPayload(EvaluationRecordPayload, result, (id) =>
      oneOrNull(evaluationService.findByIds(ctx.db, [id])),
    );
  }
}

export const evaluationRecordService = new EvaluationRecordService();
