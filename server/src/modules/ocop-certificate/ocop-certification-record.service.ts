import { now } from '@ocop/db';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { assertOfficialWithin } from '../../common/authorization';
import { idempotentCreate } from '../../common/idempotency';
import { uuidOf } from '../../common/node-id';
import { InputRejected, userError, UserErrorCode } from '../../common/user-error';
import {
  bilingual,
  idempotencyKey,
  isoDate,
  optionalText,
  parseInput,
  requiredText,
  z,
} from '../../common/validate';
import { Denied, write } from '../../common/write';
import { oneOrNull, toPayload } from '../../common/write-payload';
import { isAdministrator } from '../auth/viewer';
import { OCOP_PRODUCT } from '../ocop-product/ocop-product.type';
import {
  assertOfficialRole,
  conflict,
  notInFuture,
  rejectIf,
  revocationProblems,
} from '../official/official-write';
import type {
  OcopCertificateRevokeInput,
  OcopCertificationRecordInput,
} from './ocop-certification-record.inputs';
import {
  OcopCertificateRevokePayload,
  OcopCertificationRecordPayload,
} from './ocop-certification-record.type';
import { ocopCertificateService } from './ocop-certificate.service';
import { OCOP_CERTIFICATE } from './ocop-certificate.type';
import { updateAtVersion } from '../../common/versioned-update';

/** Decision 148/QĐ-TTg of 24/02/2023: from then until the 2025 reform, districts certified 3★. */
const DECISION_148_DATE = '2023-02-24';
const REFORM_DATE = '2025-07-01';
const NATIONAL_ISSUER = 'Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp trung ương';

/**
 * Stars from a score by the bands of Decision 148 (5★ 90–100, 4★ 70–89, 3★ 50–69); null below 50,
 * where a product is rated 1★ or 2★ and not certified. The database checks the same bands
 * (`ocop_certificate_stars_match_score`).
 */
export function starsForScore(score: number): 3 | 4 | 5 | null {
  if (score >= 90) return 5;
  if (score >= 70) return 4;
  if (score >= 50) return 3;
  return null;
}

const CertificationFields = z.object({
  // Councils give half points (76,5/100); the column keeps two decimals, the rule allows one.
  score: z
    .number()
    .min(0)
    .max(100)
    .refine((n) => Math.abs(Math.round(n * 10) - n * 10) < 1e-6, {
      message: bilingual({
        vi: 'Điểm có tối đa một chữ số thập phân.',
        en: 'A score has at most one decimal place.',
      }),
    }),
  decisionNumber: requiredText(100),
  decisionDate: isoDate,
  certificateNumber: requiredText(100).transform((s) => s.normalize('NFC')),
  issuerName: optionalText(200).optional(),
  idempotencyKey,
});

const RevocationFields = z.object({ revokedOn: isoDate, reason: requiredText(2000) });

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

interface UnitOfDay {
  id: string;
  level: string;
  full_name: string;
  valid_from: string | null;
  valid_to: string | null;
}

interface Issuer {
  level: 'district' | 'province' | 'national';
  name: string;
  unitId: string | null;
}

/**
 * Who issues a certificate of `stars` decided on `day` for a product of `communeId`, as the demo
 * data records it: the national council for 5★; the district for 3★ between Decision 148 and the
 * reform; otherwise the province of the time (after the reform, the successor of a pre-reform
 * province, through the lineage).
 */
export async function issuerOf(
  tx: EntityManager,
  communeId: string,
  stars: number,
  day: string,
): Promise<Issuer> {
  if (stars === 5) return { level: 'national', name: NATIONAL_ISSUER, unitId: null };
  const ancestors = (await tx.query(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, level, full_name, valid_from, valid_to FROM admin_unit WHERE id = $1
       UNION ALL
       SELECT a.id, a.parent_id, a.level, a.full_name, a.valid_from, a.valid_to
       FROM admin_unit a JOIN up ON a.id = up.parent_id
     )
     SELECT id, level, full_name, valid_from::text AS valid_from, valid_to::text AS valid_to
     FROM up WHERE level IN ('district', 'province')`,
    [communeId],
  )) as UnitOfDay[];
  const district = ancestors.find((a) => a.level === 'district');
  let province = ancestors.find((a) => a.level === 'province');
  if (stars === 3 && day >= DECISION_148_DATE && day < REFORM_DATE && district) {
    return { level: 'district', name: `UBND ${lowerFirst(district.full_name)}`, unitId: district.id };
  }
  // The province of the day: a pre-reform province's successor after the reform, or, for a
  // commune under a province renamed or re-typed since (its parent is the newest row: Thành phố
  // Đồng Nai from 2026-04-30), the row it renamed, valid on the day (Tỉnh Đồng Nai).
  if (province && province.valid_to !== null && province.valid_to <= day) {
    const [successor] = (await tx.query(
      `SELECT a.id, a.level, a.full_name, a.valid_from::text AS valid_from, a.valid_to::text AS valid_to
       FROM unit_lineage l JOIN admin_unit a ON a.id = l.to_unit_id
       WHERE l.from_unit_id = $1 AND a.level = 'province'
         AND (a.valid_from IS NULL OR a.valid_from <= $2) AND (a.valid_to IS NULL OR a.valid_to > $2)
       ORDER BY l.share, a.id LIMIT 1`,
      [province.id, day],
    )) as UnitOfDay[];
    province = successor ?? province;
  } else if (province && province.valid_from !== null && province.valid_from > day) {
    const [renamed] = (await tx.query(
      `WITH RECURSIVE earlier AS (
         SELECT $1::uuid AS id
         UNION
         SELECT l.from_unit_id FROM unit_lineage l JOIN earlier e ON l.to_unit_id = e.id
         WHERE l.kind = 'rename' AND l.share = 'full'
       )
       SELECT a.id, a.level, a.full_name, a.valid_from::text AS valid_from, a.valid_to::text AS valid_to
       FROM earlier e JOIN admin_unit a ON a.id = e.id
       WHERE (a.valid_from IS NULL OR a.valid_from <= $2) AND (a.valid_to IS NULL OR a.valid_to > $2)
       LIMIT 1`,
      [province.id, day],
    )) as UnitOfDay[];
    province = renamed ?? province;
  }
  if (!province) throw new Error(`commune ${communeId} has no province`);
  return { level: 'province', name: `UBND ${lowerFirst(province.full_name)}`, unitId: province.id };
}

interface ProductRow {
  id: string;
  origin_commune_id: string | null;
}

/**
 * OCOP certifications recorded by officials. A product holds at most one valid certificate: a new
 * one supersedes the one valid on its decision date (superseded_on / superseded_by_id), so the
 * history stays whole and the status rule (`ocop_certificate_status`) keeps telling the truth.
 */
export class OcopCertificationRecordService {
  /** Officials act on products whose origin commune is inside their unit; a product without one is the administrators'. */
  private async authorise(
    scope: {
      tx: EntityManager;
      viewer: Parameters<typeof assertOfficialWithin>[1];
      unit(id: string | null): void;
    },
    communeId: string | null,
    entityId: string | null,
  ): Promise<void> {
    scope.unit(communeId);
    if (communeId) return assertOfficialWithin(scope.tx, scope.viewer, communeId, entityId);
    if (!isAdministrator(scope.viewer)) {
      throw new Denied(
        'FORBIDDEN',
        {
          vi: 'Sản phẩm chưa có xã xuất xứ: chỉ quản trị viên được ghi nhận.',
          en: 'The product has no origin commune: administrators only.',
        },
        entityId,
      );
    }
  }

  async record(ctx: Context, input: OcopCertificationRecordInput): Promise<OcopCertificationRecordPayload> {
    const result = await write(
      ctx,
      { action: 'ocopCertificationRecord', entityType: OCOP_CERTIFICATE, input },
      async (scope) => {
        const { tx, viewer, audit } = scope;
        assertOfficialRole(viewer);
        const productUuid = uuidOf(input.productId, OCOP_PRODUCT);
        // Locked: two certifications of one product are serialised (each sees the other's certificate).
        const [product] = productUuid
          ? ((await tx.query(
              `SELECT id, origin_commune_id FROM ocop_product WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`,
              [productUuid],
            )) as ProductRow[])
          : [];
        if (!product) {
          throw new InputRejected([
            userError(['input', 'productId'], UserErrorCode.NOT_FOUND, {
              vi: 'Không có sản phẩm này.',
              en: 'No such product.',
            }),
          ]);
        }
        await this.authorise(scope, product.origin_commune_id, null);
        const { productId: _p, ...rest } = input;
        const fields = parseInput(CertificationFields, rest);
        const stars = starsForScore(fields.score);
        rejectIf([
          stars === null
            ? userError(['input', 'score'], UserErrorCode.OUT_OF_RANGE, {
                vi: 'Dưới 50 điểm (1–2 sao) không được công nhận OCOP.',
                en: 'Below 50 points (1–2 stars) a product is not OCOP-certified.',
              })
            : null,
          notInFuture(fields.decisionDate, ['input', 'decisionDate']),
        ]);

        const created = await idempotentCreate(
          scope,
          'ocopCertificationRecord',
          fields.idempotencyKey,
          { ...input },
          async () => {
            // Checked here, not before the idempotency key: a retry must find its own certificate, not a duplicate.
            const [latest] = (await tx.query(
              `SELECT decision_date::text AS decision_date FROM ocop_certificate WHERE product_id = $1
               ORDER BY decision_date DESC LIMIT 1`,
              [product.id],
            )) as { decision_date: string }[];
            const [taken] = (await tx.query(`SELECT 1 FROM ocop_certificate WHERE certificate_number = $1`, [
              fields.certificateNumber,
            ])) as unknown[];
            rejectIf([
              latest && fields.decisionDate <= latest.decision_date
                ? userError(
                    ['input', 'decisionDate'],
                    UserErrorCode.OUT_OF_RANGE,
                    `Ngày quyết định phải sau chứng nhận gần nhất của sản phẩm (${latest.decision_date}).`,
                  )
                : null,
              taken
                ? userError(['input', 'certificateNumber'], UserErrorCode.DUPLICATE, {
                    vi: 'Số giấy chứng nhận này đã được dùng.',
                    en: 'This certificate number is already used.',
                  })
                : null,
            ]);
            if (!product.origin_commune_id && !fields.issuerName && stars !== 5) {
              throw new InputRejected([
                userError(['input', 'issuerName'], UserErrorCode.REQUIRED, {
                  vi: 'Sản phẩm chưa có xã xuất xứ: cần ghi cơ quan cấp.',
                  en: 'No origin commune to name the issuer from.',
                }),
              ]);
            }
            const issuer = product.origin_commune_id
              ? await issuerOf(tx, product.origin_commune_id, stars!, fields.decisionDate)
              : stars === 5
                ? { level: 'national' as const, name: NATIONAL_ISSUER, unitId: null }
                : { level: 'province' as const, name: fields.issuerName!, unitId: null };
            const [certificate] = (await tx.query(
              `INSERT INTO ocop_certificate (certificate_number, product_id, score, stars, decision_number, decision_date,
                                             issuer_level, issuer_name, issuer_unit_id)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
               RETURNING *, score::float8 AS score, decision_date::text AS decision_date, expires_on::text AS expires_on`,
              [
                fields.certificateNumber,
                product.id,
                fields.score,
                stars,
                fields.decisionNumber,
                fields.decisionDate,
                issuer.level,
                fields.issuerName ?? issuer.name,
                issuer.unitId,
              ],
            )) as { id: string }[];
            // The certificate valid on the new decision date is replaced by it from that day.
            const superseded = (await tx.query(
              `WITH old AS (
                 SELECT id, to_jsonb(c) AS before FROM ocop_certificate c
                 WHERE product_id = $1 AND id <> $2
                   AND ocop_certificate_status(decision_date, expires_on, revoked_on, superseded_on, $3::date) = 'valid'
                 FOR UPDATE
               )
               UPDATE ocop_certificate c SET superseded_on = $3, superseded_by_id = $2, version = version + 1,
                      updated_at = $4::timestamptz
               FROM old WHERE c.id = old.id
               RETURNING c.id, old.before, to_jsonb(c) AS after`,
              [product.id, certificate!.id, fields.decisionDate, now()],
            )) as [{ id: string; before: unknown; after: unknown }[], number];
            for (const old of superseded[0]) {
              await audit({ entityId: old.id, before: old.before, after: old.after });
            }
            await audit({ entityId: certificate!.id, before: null, after: certificate });
            return certificate!.id;
          },
        );
        return created.id;
      },
    );
    return toPayload(OcopCertificationRecordPayload, result, (id) =>
      oneOrNull(ocopCertificateService.findByIds(ctx.db, [id])),
    );
  }

  async revoke(ctx: Context, input: OcopCertificateRevokeInput): Promise<OcopCertificateRevokePayload> {
    const uuid = uuidOf(input.id, OCOP_CERTIFICATE);
    const result = await write(
      ctx,
      { action: 'ocopCertificateRevoke', entityType: OCOP_CERTIFICATE, entityId: uuid, input },
      async (scope) => {
        const { tx, viewer, audit } = scope;
        assertOfficialRole(viewer);
        const notFound = () =>
          new Denied(
            'NOT_FOUND',
            { vi: 'Không có giấy chứng nhận này.', en: 'There is no such certificate.' },
            uuid,
          );
        if (!uuid) throw notFound();
        const [before] = (await tx.query(
          `SELECT c.*, c.score::float8 AS score, c.decision_date::text AS decision_date,
                  c.revoked_on::text AS revoked_on, p.origin_commune_id
           FROM ocop_certificate c JOIN ocop_product p ON p.id = c.product_id WHERE c.id = $1`,
          [uuid],
        )) as {
          version: number;
          decision_date: string;
          revoked_on: string | null;
          origin_commune_id: string | null;
        }[];
        if (!before) throw notFound();
        await this.authorise(scope, before.origin_commune_id, uuid);
        const { id: _id, version, ...rest } = input;
        const fields = parseInput(RevocationFields, rest);
        if (before.version !== version) throw conflict('Giấy chứng nhận', before.version);
        rejectIf(revocationProblems(before, fields.revokedOn));
        const after = await updateAtVersion(
          tx,
          'Giấy chứng nhận',
          'ocop_certificate',
          `UPDATE ocop_certificate SET revoked_on = $3, revocation_reason = $4, version = version + 1,
                  updated_at = $5::timestamptz
           WHERE id = $1 AND version = $2
           RETURNING *, score::float8 AS score, decision_date::text AS decision_date, revoked_on::text AS revoked_on`,
          [uuid, version, fields.revokedOn, fields.reason, now()],
        );
        await audit({ entityId: uuid, before, after });
        return uuid;
      },
    );
    return toPayload(
      OcopCertificateRevokePayload,
      result,
      (id) => oneOrNull(ocopCertificateService.findByIds(ctx.db, [id])),
      uuid,
    );
  }
}

export const ocopCertificationRecordService = new OcopCertificationRecordService();
