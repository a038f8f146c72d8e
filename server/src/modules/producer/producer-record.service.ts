import { columnNames, now, Producer as ProducerEntity, today } from '@ocop/db';
import type { Context } from '../../context';
import { assertOfficialWithin } from '../../common/authorization';
import { idempotentCreate } from '../../common/idempotency';
import { uuidOf } from '../../common/node-id';
import { SqlParams } from '../../common/sql/params';
import { InputRejected, userError, UserErrorCode } from '../../common/user-error';
import { idempotencyKey, optionalText, parseInput, requiredText, z } from '../../common/validate';
import { Denied, write, type WriteScope } from '../../common/write';
import { oneOrNull, toPayload } from '../../common/write-payload';
import { isAdministrator } from '../auth/viewer';
import {
  assertOfficialRole,
  conflict,
  existedOn,
  requireUnit,
  unitToRecordIn,
  type UnitRow,
} from '../official/official-write';
import type { ProducerCreateInput, ProducerUpdateInput } from './producer-record.inputs';
import { ProducerCreatePayload, ProducerUpdatePayload } from './producer-record.type';
import { producerService } from './producer.service';
import { PRODUCER, ProducerType } from './producer.type';
import { updateAtVersion } from '../../common/versioned-update';

const PHONE = /^[0-9+ ().-]{8,20}$/;
const TAX_CODE = /^(?:[0-9]{10}(?:-[0-9]{3})?|[0-9]{12})$/;

/** Each identity field, checked; `.optional()` = absent leaves it unchanged (updates). */
const IdentityFields = z.object({
  name: requiredText(200).transform((s) => s.normalize('NFC')),
  type: z.enum(Object.values(ProducerType) as [ProducerType, ...ProducerType[]]),
  address: optionalText(500).optional(),
  representative: optionalText(100).optional(),
  phone: z
    .string()
    .trim()
    .regex(PHONE, 'Số điện thoại: 8–20 chữ số, có thể có + ( ) . - và dấu cách')
    .nullish(),
  email: z.string().trim().max(320).pipe(z.email()).nullish(),
  website: z
    .string()
    .trim()
    .max(500)
    .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain }))
    .nullish(),
  taxCode: z
    .string()
    .trim()
    .regex(TAX_CODE, 'Mã số thuế: 10 chữ số, 10 chữ số-3 chữ số, hoặc 12 chữ số')
    .nullish(),
  establishedYear: z
    .number()
    .int()
    .min(1900)
    .refine((y) => y <= Number(today().slice(0, 4)), {
      message: 'Năm thành lập không được ở tương lai',
      params: { code: UserErrorCode.OUT_OF_RANGE },
    })
    .nullish(),
  description: optionalText(2000).optional(),
});
const CreateFields = IdentityFields.extend({ idempotencyKey });
const UpdateFields = IdentityFields.partial();

/** Input field → producer column (the input's fields are the entity's properties). */
const COLUMNS = columnNames(ProducerEntity, [
  'name',
  'type',
  'address',
  'representative',
  'phone',
  'email',
  'website',
  'taxCode',
  'establishedYear',
  'description',
]);

type ProducerRow = Record<string, unknown> & { id: string; version: number; commune_id: string | null };

/** A commune that exists today, for a producer to be registered in. */
async function requireCurrentCommune(scope: WriteScope, id: string, field: string[]): Promise<UnitRow> {
  const unit = await requireUnit(scope.tx, id, field);
  if (unit.level !== 'commune' || !existedOn(unit, today())) {
    throw new InputRejected([
      userError(field, UserErrorCode.INVALID, {
        vi: `${unit.full_name} không phải là một xã hiện nay.`,
        en: `${unit.full_name} is not a current commune.`,
      }),
    ]);
  }
  return unit;
}

/**
 * Officials keep the producers of their unit: identity (name, legal form, commune, contact, tax
 * code). A producer's editors never reach these fields (FORBIDDEN, like every officials' mutation).
 */
export class ProducerRecordService {
  async create(ctx: Context, input: ProducerCreateInput): Promise<ProducerCreatePayload> {
    const result = await write(
      ctx,
      { action: 'producerCreate', entityType: PRODUCER, input },
      async (scope) => {
        const { tx, audit } = scope;
        const commune = await unitToRecordIn(scope, () =>
          requireCurrentCommune(scope, input.communeId, ['input', 'communeId']),
        );
        const { communeId: _c, ...rest } = input;
        const fields = parseInput(CreateFields, rest);
        const created = await idempotentCreate(
          scope,
          'producerCreate',
          fields.idempotencyKey,
          { ...input },
          async () => {
            const columns = Object.entries(COLUMNS);
            const params = new SqlParams();
            const values = [
              params.add(commune.id),
              ...columns.map(([field]) => params.add(fields[field as keyof typeof COLUMNS] ?? null)),
            ];
            const [row] = (await tx.query(
              `INSERT INTO producer (commune_id, ${columns.map(([, c]) => c).join(', ')})
           VALUES (${values.join(', ')})
           RETURNING id, version, name, type, commune_id, address, representative, phone, email, website, tax_code,
                     established_year, description`,
              params.values,
            )) as ProducerRow[];
            await audit({ entityId: row!.id, before: null, after: row });
            return row!.id;
          },
        );
        return created.id;
      },
    );
    return toPayload(ProducerCreatePayload, result, (id) =>
      oneOrNull(producerService.findByIds(ctx.db, [id])),
    );
  }

  async update(ctx: Context, input: ProducerUpdateInput): Promise<ProducerUpdatePayload> {
    const uuid = uuidOf(input.id, PRODUCER);
    const result = await write(
      ctx,
      { action: 'producerUpdate', entityType: PRODUCER, entityId: uuid, input },
      async (scope) => {
        const { tx, viewer, audit } = scope;
        assertOfficialRole(viewer);
        const notFound = () =>
          new Denied('NOT_FOUND', { vi: 'Không có chủ thể này.', en: 'There is no such producer.' }, uuid);
        if (!uuid) throw notFound();
        const [before] = (await tx.query(
          `SELECT id, version, name, type, commune_id, address, representative, phone, email, website, tax_code,
                  established_year, description
           FROM producer WHERE id = $1 AND deleted_at IS NULL`,
          [uuid],
        )) as ProducerRow[];
        if (!before) throw notFound();
        scope.unit(before.commune_id);
        if (before.commune_id) await assertOfficialWithin(tx, viewer, before.commune_id, uuid);
        else if (!isAdministrator(viewer)) {
          throw new Denied(
            'FORBIDDEN',
            {
              vi: 'Chủ thể chưa có xã: chỉ quản trị viên được sửa.',
              en: 'The producer has no commune recorded: administrators only.',
            },
            uuid,
          );
        }

        const { id: _id, version, communeId, ...rest } = input;
        let communeUuid: string | undefined;
        if (communeId === null) {
          throw new InputRejected([
            userError(['input', 'communeId'], UserErrorCode.REQUIRED, 'Cần chọn xã.'),
          ]);
        }
        if (communeId !== undefined) {
          const commune = await requireCurrentCommune(scope, communeId, ['input', 'communeId']);
          // Moving a producer out of one's unit would hand it to someone else: both ends must be inside.
          await assertOfficialWithin(tx, viewer, commune.id, uuid);
          communeUuid = commune.id;
        }
        const change = parseInput(UpdateFields, rest);
        for (const required of ['name', 'type'] as const) {
          if (rest[required] === null) {
            throw new InputRejected([
              userError(['input', required], UserErrorCode.REQUIRED, 'Không được để trống.'),
            ]);
          }
        }
        const sets: string[] = [];
        const params = new SqlParams<[string, number, ...unknown[]]>([uuid, version]);
        for (const [field, column] of Object.entries(COLUMNS)) {
          const value = change[field as keyof typeof COLUMNS];
          if (value !== undefined) sets.push(`${column} = ${params.add(value)}`);
        }
        if (communeUuid !== undefined) sets.push(`commune_id = ${params.add(communeUuid)}`);
        if (sets.length === 0) {
          throw new InputRejected([
            userError(['input'], UserErrorCode.REQUIRED, {
              vi: 'Không có gì để thay đổi.',
              en: 'Nothing to change.',
            }),
          ]);
        }
        if (before.version !== version) throw conflict('Chủ thể', before.version);
        const updatedAt = `updated_at = ${params.add(now(), '::timestamptz')}`;
        const after = await updateAtVersion<ProducerRow>(
          tx,
          'Chủ thể',
          'producer',
          `UPDATE producer SET ${[...sets, 'version = version + 1', updatedAt].join(', ')}
           WHERE id = $1 AND version = $2
           RETURNING id, version, name, type, commune_id, address, representative, phone, email, website, tax_code,
                     established_year, description`,
          params.values,
        );
        await audit({ entityId: uuid, before, after });
        return uuid;
      },
    );
    return toPayload(
      ProducerUpdatePayload,
      result,
      (id) => oneOrNull(producerService.findByIds(ctx.db, [id])),
      uuid,
    );
  }
}

export const producerRecordService = new ProducerRecordService();
