import { today } from '@ocop/db';
import type { Context } from '../../context';
import { idempotentCreate } from '../../common/idempotency';
import { UserErrorCode } from '../../common/user-error';
import { bilingual, idempotencyKey, optionalText, parseInput, vnd, z } from '../../common/validate';
import { write } from '../../common/write';
import { oneOrNull, toPayload } from '../../common/write-payload';
import { requireUnit, unitToRecordIn } from '../official/official-write';
import type { FundingRecordInput } from './funding-record.inputs';
import { FundingRecordPayload } from './funding-record.type';
import { fundingService } from './funding.service';
import { FUNDING_RECORD, FundingProgramme, FundingSource } from './funding.type';

const FundingFields = z.object({
  year: z
    .number()
    .int()
    .min(2010)
    .refine((y) => y <= Number(today().slice(0, 4)) + 1, {
      message: bilingual({
        vi: 'Năm không được quá năm sau.',
        en: 'At most next year: plans, not guesses.',
      }),
      params: { code: UserErrorCode.OUT_OF_RANGE },
    }),
  programme: z.enum(Object.values(FundingProgramme) as [FundingProgramme, ...FundingProgramme[]]),
  source: z.enum(Object.values(FundingSource) as [FundingSource, ...FundingSource[]]),
  amountVnd: vnd,
  purpose: optionalText(1000).optional(),
  idempotencyKey,
});

/** Officials record the money mobilised in their unit, one record per year, programme and source entry. */
export class FundingRecordService {
  async record(ctx: Context, input: FundingRecordInput): Promise<FundingRecordPayload> {
    const result = await write(
      ctx,
      { action: 'fundingRecord', entityType: FUNDING_RECORD, input },
      async (scope) => {
        const { tx, audit } = scope;
        const unit = await unitToRecordIn(scope, () => requireUnit(tx, input.unitId, ['input', 'unitId']));
        const { unitId: _u, ...rest } = input;
        const fields = parseInput(FundingFields, rest);
        const created = await idempotentCreate(
          scope,
          'fundingRecord',
          fields.idempotencyKey,
          { ...input },
          async () => {
            const [row] = (await tx.query(
              `INSERT INTO funding_record (unit_id, year, programme, source, amount_vnd, purpose)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING *, amount_vnd::text AS amount_vnd`,
              [
                unit.id,
                fields.year,
                fields.programme,
                fields.source,
                fields.amountVnd,
                fields.purpose ?? null,
              ],
            )) as { id: string }[];
            await audit({ entityId: row!.id, before: null, after: row });
            return row!.id;
          },
        );
        return created.id;
      },
    );
    return toPayload(FundingRecordPayload, result, (id) => oneOrNull(fundingService.findByIds(ctx.db, [id])));
  }
}

export const fundingRecordService = new FundingRecordService();
