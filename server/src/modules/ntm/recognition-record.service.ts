import { now } from '@ocop/db';
import type { Context } from '../../context';
import { assertOfficialWithin } from '../../common/authorization';
import { idempotentCreate } from '../../common/idempotency';
import { uuidOf } from '../../common/node-id';
import { InputRejected, userError, UserErrorCode } from '../../common/user-error';
import { idempotencyKey, isoDate, optionalText, parseInput, requiredText, z } from '../../common/validate';
import { Denied, write } from '../../common/write';
import { oneOrNull, toPayload } from '../../common/write-payload';
import { CRITERIA_SET, NtmTier } from '../criteria-set/criteria-set.type';
import {
  assertOfficialRole,
  conflict,
  existedOn,
  notInFuture,
  rejectIf,
  requireUnit,
  unitToRecordIn,
  revocationProblems,
} from '../official/official-write';
import type { RecognitionRecordInput } from './recognition-record.inputs';
import { RecognitionRecordPayload } from './recognition-record.type';
import type { RecognitionRevokeInput } from './recognition-revoke.inputs';
import { RecognitionRevokePayload } from './recognition-revoke.type';
import { recognitionService } from './recognition.service';
import { RECOGNITION } from './recognition.type';
import { updateAtVersion } from '../../common/versioned-update';

const RecognitionFields = z.object({
  tier: z.enum(Object.values(NtmTier) as [NtmTier, ...NtmTier[]]),
  standardYear: z.number().int().min(2010).max(2100),
  decisionNumber: requiredText(100),
  decisionDate: isoDate,
  issuer: requiredText(200),
  signer: optionalText(200).optional(),
  idempotencyKey,
});

const RevocationFields = z.object({
  revokedOn: isoDate,
  reason: requiredText(2000),
  revocationDecision: optionalText(100).optional(),
});

/**
 * Recognition decisions, recorded and revoked by officials. A recognition is never deleted or
 * rewritten: a revocation adds its date, decision and reason, and the status rule (ntm-status.ts)
 * stops counting it from that day.
 */
export class RecognitionRecordService {
  async record(ctx: Context, input: RecognitionRecordInput): Promise<RecognitionRecordPayload> {
    const result = await write(
      ctx,
      { action: 'recognitionRecord', entityType: RECOGNITION, input },
      async (scope) => {
        const { tx, audit } = scope;
        const unit = await unitToRecordIn(scope, () => requireUnit(tx, input.unitId, ['input', 'unitId']));
        const { unitId: _u, criteriaSetId: _s, ...rest } = input;
        const fields = parseInput(RecognitionFields, rest);

        let setId: string | null = null;
        const errors = [
          notInFuture(fields.decisionDate, ['input', 'decisionDate']),
          existedOn(unit, fields.decisionDate)
            ? null
            : userError(['input', 'decisionDate'], UserErrorCode.OUT_OF_RANGE, {
                vi: `${unit.full_name} không tồn tại vào ngày quyết định.`,
                en: `${unit.full_name} did not exist on that day.`,
              }),
          // "Đạt chuẩn năm 2020" may be decided in 2021, never the other way round.
          fields.standardYear > Number(fields.decisionDate.slice(0, 4))
            ? userError(['input', 'standardYear'], UserErrorCode.OUT_OF_RANGE, {
                vi: 'Năm đạt chuẩn không được sau năm ra quyết định.',
                en: 'The standard year cannot be after the year of the decision.',
              })
            : null,
        ];
        if (input.criteriaSetId) {
          const uuid = uuidOf(input.criteriaSetId, CRITERIA_SET);
          const [set] = uuid
            ? ((await tx.query(`SELECT id, code, unit_level, tier FROM criteria_set WHERE id = $1`, [
                uuid,
              ])) as {
                id: string;
                code: string;
                unit_level: string;
                tier: string;
              }[])
            : [];
          if (!set) {
            errors.push(
              userError(['input', 'criteriaSetId'], UserErrorCode.NOT_FOUND, 'Không có bộ tiêu chí này.'),
            );
          } else if (set.unit_level !== unit.level || set.tier !== fields.tier) {
            errors.push(
              userError(['input', 'criteriaSetId'], UserErrorCode.INVALID, {
                vi: `Bộ tiêu chí ${set.code} (${set.unit_level}, ${set.tier}) không khớp với đơn vị và hạng công nhận.`,
                en: `Criteria set ${set.code} (${set.unit_level}, ${set.tier}) is for another level or tier than this recognition.`,
              }),
            );
          } else {
            setId = set.id;
          }
        }
        rejectIf(errors);
        const created = await idempotentCreate(
          scope,
          'recognitionRecord',
          fields.idempotencyKey,
          { ...input },
          async () => {
            // One in force per unit, tier and standard year: a second is a typing slip. Checked after
            // the idempotency key, so that a retry finds its own recognition rather than a duplicate.
            const [twin] = (await tx.query(
              `SELECT decision_number FROM recognition
               WHERE unit_id = $1 AND tier = $2 AND standard_year = $3 AND revoked_on IS NULL`,
              [unit.id, fields.tier, fields.standardYear],
            )) as { decision_number: string }[];
            if (twin) {
              throw new InputRejected([
                userError(
                  ['input', 'standardYear'],
                  UserErrorCode.DUPLICATE,
                  `Đơn vị đã được công nhận hạng này cho năm ${fields.standardYear} (quyết định ${twin.decision_number}).`,
                ),
              ]);
            }
            const [row] = (await tx.query(
              `INSERT INTO recognition (unit_id, tier, criteria_set_id, standard_year, decision_number, decision_date,
                                        issuer, signer)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *, decision_date::text AS decision_date`,
              [
                unit.id,
                fields.tier,
                setId,
                fields.standardYear,
                fields.decisionNumber,
                fields.decisionDate,
                fields.issuer,
                fields.signer ?? null,
              ],
            )) as { id: string }[];
            await audit({ entityId: row!.id, before: null, after: row });
            return row!.id;
          },
        );
        return created.id;
      },
    );
    return toPayload(RecognitionRecordPayload, result, (id) =>
      oneOrNull(recognitionService.findByIds(ctx.db, [id])),
    );
  }

  async revoke(ctx: Context, input: RecognitionRevokeInput): Promise<RecognitionRevokePayload> {
    const uuid = uuidOf(input.id, RECOGNITION);
    const result = await write(
      ctx,
      { action: 'recognitionRevoke', entityType: RECOGNITION, entityId: uuid, input },
      async (scope) => {
        const { tx, viewer, audit } = scope;
        assertOfficialRole(viewer);
        const notFound = () =>
          new Denied(
            'NOT_FOUND',
            { vi: 'Không có quyết định công nhận này.', en: 'There is no such recognition.' },
            uuid,
          );
        if (!uuid) throw notFound();
        const [before] = (await tx.query(
          `SELECT *, decision_date::text AS decision_date, revoked_on::text AS revoked_on
           FROM recognition WHERE id = $1`,
          [uuid],
        )) as {
          id: string;
          unit_id: string;
          version: number;
          decision_date: string;
          revoked_on: string | null;
        }[];
        if (!before) throw notFound();
        scope.unit(before.unit_id);
        await assertOfficialWithin(tx, viewer, before.unit_id, uuid);
        const { id: _id, version, ...rest } = input;
        const fields = parseInput(RevocationFields, rest);
        if (before.version !== version) throw conflict('Quyết định công nhận', before.version);
        rejectIf(revocationProblems(before, fields.revokedOn));
        const after = await updateAtVersion(
          tx,
          'Quyết định công nhận',
          'recognition',
          `UPDATE recognition SET revoked_on = $3, revocation_reason = $4, revocation_decision = $5,
                  version = version + 1, updated_at = $6::timestamptz
           WHERE id = $1 AND version = $2
           RETURNING *, decision_date::text AS decision_date, revoked_on::text AS revoked_on`,
          [uuid, version, fields.revokedOn, fields.reason, fields.revocationDecision ?? null, now()],
        );
        await audit({ entityId: uuid, before, after });
        return uuid;
      },
    );
    return toPayload(
      RecognitionRevokePayload,
      result,
      (id) => oneOrNull(recognitionService.findByIds(ctx.db, [id])),
      uuid,
    );
  }
}

export const recognitionRecordService = new RecognitionRecordService();
