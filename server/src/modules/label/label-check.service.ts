import { now, today } from '@ocop/db';
import type { Context } from '../../context';
import { badUserInput } from '../../common/errors';
import { languageOf, say, type Localized } from '../../common/language';
import { encodeNodeId } from '../../common/node-id';
import { photoUrl } from '../listing/photo-store';
import { CertificateStatus } from '../ocop-certificate/ocop-certificate.type';
import { OCOP_PRODUCT } from '../ocop-product/ocop-product.type';
import { PRODUCER } from '../producer/producer.type';
import { CODE_INPUT_MAX, codeHash, groupCode, normaliseCode, placeOf } from './label-code';
import { labelSecret } from './label-settings';
import { LabelCheck, LabelVerdict } from './label.type';

/**
 * When one code's checks stop looking like one pack's. A pack is checked by its seller, its buyer,
 * a relative: a handful of times, from a few networks (a phone on mobile data changes network
 * often, hence the room). A label copied onto many packs is checked wherever they are sold.
 */
export const FLAG_AFTER_CHECKS = 50;
export const FLAG_AFTER_PLACES = 10;

interface CheckRow {
  product_id: string;
  product_name: string;
  product_withdrawn: boolean;
  stars: number | null;
  producer_id: string;
  producer_name: string;
  certificate_number: string | null;
  certificate_status: string | null;
  certificate_expires_on: string | null;
  lot_number: string;
  produced_on: string;
  best_before: string | null;
  serial: number;
  item_count: number;
  recalled_at: Date | null;
  recall_reason: string | null;
  check_count: number;
  first_checked_at: Date;
  flagged_at: Date | null;
  photo_key: string | null;
}

/**
 * The one statement of a check: finds the code by its hash, notes the place, counts the check on
 * the code's row (flagging it the first time it crosses a threshold) and reads what the answer
 * shows. A code not found changes nothing and returns no row.
 */
const CHECK_SQL = `
  WITH code AS (
    SELECT c.batch_id, c.serial FROM label_code c WHERE c.code_hash = $1
  ), batch AS (
    SELECT b.id, b.product_id, b.lot_number, b.produced_on::text AS produced_on,
           b.best_before::text AS best_before, b.item_count, b.recalled_at, b.recall_reason,
           p.name AS product_name, p.deleted_at IS NOT NULL AS product_withdrawn, p.producer_id,
           p.current_certificate_id, p.current_stars, p.current_expires_on,
           ocop_certificate_status(p.current_decision_date, p.current_expires_on, p.current_revoked_on,
                                   p.current_superseded_on, $4::date) AS certificate_status
    FROM code JOIN label_batch b ON b.id = code.batch_id JOIN ocop_product p ON p.id = b.product_id
  ), place AS (
    INSERT INTO label_check_place (batch_id, serial, place, seen_at)
    SELECT batch_id, serial, $2, $3 FROM code
    ON CONFLICT (batch_id, serial, place) DO UPDATE SET seen_at = EXCLUDED.seen_at
    RETURNING (xmax = 0) AS is_new
  ), new_place AS (
    SELECT count(*) FILTER (WHERE is_new)::int AS n FROM place
  ), counted AS (
    UPDATE label_code c SET
      check_count = c.check_count + 1,
      place_count = c.place_count + new_place.n,
      invalid_certificate_checks = c.invalid_certificate_checks
        + CASE WHEN (SELECT certificate_status = 'valid' AND NOT product_withdrawn FROM batch) THEN 0 ELSE 1 END,
      first_checked_at = coalesce(c.first_checked_at, $3),
      last_checked_at = $3,
      flagged_at = coalesce(c.flagged_at,
        CASE WHEN c.check_count + 1 >= $5 OR c.place_count + new_place.n >= $6 THEN $3::timestamptz END)
    FROM code, new_place
    WHERE c.batch_id = code.batch_id AND c.serial = code.serial
    RETURNING c.serial, c.check_count, c.first_checked_at, c.flagged_at
  )
  SELECT b.product_id, b.product_name, b.product_withdrawn, b.current_stars AS stars, b.producer_id,
         pr.name AS producer_name, cert.certificate_number, b.certificate_status,
         b.current_expires_on::text AS certificate_expires_on, b.lot_number, b.produced_on, b.best_before,
         counted.serial, b.item_count, b.recalled_at, b.recall_reason, counted.check_count,
         counted.first_checked_at, counted.flagged_at, photo.storage_key AS photo_key
  FROM batch b
  CROSS JOIN counted
  JOIN producer pr ON pr.id = b.producer_id
  LEFT JOIN ocop_certificate cert ON cert.id = b.current_certificate_id
  LEFT JOIN LATERAL (
    SELECT storage_key FROM product_photo WHERE product_id = b.product_id ORDER BY position, id LIMIT 1
  ) photo ON true`;

const MESSAGES: Record<LabelVerdict, Localized> = {
  [LabelVerdict.GENUINE]: {
    vi: 'Tem thật: mã do nền tảng cấp cho sản phẩm OCOP này. Hãy so sản phẩm trong tay với ảnh và lô bên dưới.',
    en: 'Genuine label: a code the platform issued for this OCOP product. Compare the pack in hand with the photo and lot below.',
  },
  [LabelVerdict.SUSPECTED_COPY]: {
    vi: 'Cảnh báo: mã này đã được kiểm tra ở quá nhiều nơi hoặc quá nhiều lần so với một sản phẩm — tem có thể đã bị sao chép.',
    en: 'Warning: this code was checked from far more places or far more often than one pack is — the label may have been copied.',
  },
  [LabelVerdict.RECALLED]: {
    vi: 'Lô hàng này đã bị thu hồi: không sử dụng sản phẩm.',
    en: 'This batch has been recalled: do not use the product.',
  },
  [LabelVerdict.CERTIFICATE_NOT_VALID]: {
    vi: 'Mã do nền tảng cấp, nhưng chứng nhận OCOP của sản phẩm không còn hiệu lực.',
    en: 'A code the platform issued, but the product’s OCOP certificate is no longer valid.',
  },
  [LabelVerdict.UNKNOWN]: {
    vi: 'Mã không xác định: nền tảng không cấp mã này. Kiểm tra lại các ký tự đã nhập.',
    en: 'Unknown code: the platform did not issue it. Check the characters typed.',
  },
};

function verdictOf(row: CheckRow | undefined): LabelVerdict {
  if (!row) return LabelVerdict.UNKNOWN;
  if (row.recalled_at !== null) return LabelVerdict.RECALLED;
  if (row.product_withdrawn || row.certificate_status !== CertificateStatus.VALID)
    return LabelVerdict.CERTIFICATE_NOT_VALID;
  if (row.flagged_at !== null) return LabelVerdict.SUSPECTED_COPY;
  return LabelVerdict.GENUINE;
}

export class LabelCheckService {
  async check(ctx: Context, text: string): Promise<LabelCheck> {
    if (text.length > CODE_INPUT_MAX)
      throw badUserInput(
        {
          vi: `Mã trên tem có 13 ký tự; đã nhận ${text.length} ký tự (tối đa ${CODE_INPUT_MAX}).`,
          en: `A label code has 13 characters; got ${text.length} (at most ${CODE_INPUT_MAX}).`,
        },
        'code',
      );
    const code = normaliseCode(text);
    const day = today();
    const rows = code
      ? ((await ctx.db.query(CHECK_SQL, [
          codeHash(code),
          placeOf(labelSecret(), ctx.http.ip),
          now(),
          day,
          FLAG_AFTER_CHECKS,
          FLAG_AFTER_PLACES,
        ])) as CheckRow[])
      : [];
    const row = rows[0];
    const verdict = verdictOf(row);
    return Object.assign(new LabelCheck(), {
      verdict,
      message: say(languageOf(ctx), MESSAGES[verdict]),
      code: code ? groupCode(code) : text,
      checkedOn: day,
      productId: row ? encodeNodeId(OCOP_PRODUCT, row.product_id) : null,
      productName: row?.product_name ?? null,
      stars: row?.stars ?? null,
      photoUrl: row?.photo_key ? photoUrl(row.photo_key) : null,
      producerId: row ? encodeNodeId(PRODUCER, row.producer_id) : null,
      producerName: row?.producer_name ?? null,
      certificateNumber: row?.certificate_number ?? null,
      certificateStatus: (row?.certificate_status as CertificateStatus | null) ?? null,
      certificateExpiresOn: row?.certificate_expires_on ?? null,
      lotNumber: row?.lot_number ?? null,
      producedOn: row?.produced_on ?? null,
      bestBefore: row?.best_before ?? null,
      serial: row?.serial ?? null,
      itemCount: row?.item_count ?? null,
      recalledAt: row?.recalled_at ?? null,
      recallReason: row?.recall_reason ?? null,
      checkCount: row?.check_count ?? null,
      firstCheckedAt: row?.first_checked_at ?? null,
      copyWarning: row ? row.flagged_at !== null : false,
    } satisfies Partial<LabelCheck>);
  }
}

export const labelCheckService = new LabelCheckService();
