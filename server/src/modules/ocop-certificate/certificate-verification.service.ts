import { today } from '@ocop/db';
import type { Context } from '../../context';
import { currentCertificateJoin } from '../../common/sql/current-certificate';
import { CERTIFICATE_SELECT } from '../../common/sql/rows';
import { badUserInput } from '../../common/errors';
import {
  certificateNumberKeySql,
  MAX_VERIFIED_NUMBERS,
  parseCertificateNumber,
  readCertificateNumber,
  type CertificateNumberQuery,
} from './certificate-number';
import { CertificateNumberCheck, CertificateVerification } from './certificate-verification.type';
import { certificateFromRow, ocopCertificateService as certificates } from './ocop-certificate.service';
import { CertificateStatus } from './ocop-certificate.type';
import {
  AMBIGUOUS_NUMBER,
  knownCertificateMessages,
  UNKNOWN_NUMBER,
  type Messages,
} from './verification-message';

interface VerificationRow {
  /** Which of the distinct numbers asked this row answers (its index). */
  asked: number;
  product_name: string;
  producer_id: string;
  [column: string]: unknown;
}

/**
 * The lookup of `verifyOcopCertificate(s)`, for any count of numbers in ONE SQL statement: per
 * number, its exact spellings through the unique index first, and only for the numbers none of
 * whose spellings matched, the letters-and-digits comparison (a scan of the certificates, made
 * once for the whole batch, and not at all when every number matched exactly); then each
 * certificate found, its product and producer names and the product's current certificate.
 * At most 2 rows per number: 2 mean the number is ambiguous (matches several certificates).
 */
const LOOKUP_SQL = `
  WITH asked AS (
    SELECT * FROM unnest($1::int[], $2::text[]) AS a(i, typed)
  ), spelling AS (
    SELECT * FROM unnest($3::int[], $4::text[]) AS s(i, spelling)
  ), exact AS (
    SELECT s.i, c.id FROM spelling s JOIN ocop_certificate c ON c.certificate_number = s.spelling
  ), missed AS MATERIALIZED (
    SELECT a.i, ${certificateNumberKeySql('a.typed')} AS key FROM asked a
    WHERE NOT EXISTS (SELECT 1 FROM exact e WHERE e.i = a.i)
  ), found AS (
    SELECT i, id FROM exact
    UNION ALL
    SELECT m.i, c.id FROM missed m
    JOIN ocop_certificate c ON ${certificateNumberKeySql('c.certificate_number')} = m.key
    WHERE EXISTS (SELECT 1 FROM missed)
  ), ranked AS (
    SELECT i, id, row_number() OVER (PARTITION BY i ORDER BY id) AS n FROM found
  )
  SELECT r.i AS asked, ${CERTIFICATE_SELECT.sql('c', 'c_')}, p.name AS product_name, p.producer_id,
         ${CERTIFICATE_SELECT.sql('cur', 'cur_')}
  FROM ranked r
  JOIN ocop_certificate c ON c.id = r.id
  JOIN ocop_product p ON p.id = c.product_id
  ${currentCertificateJoin('c.product_id', '$5::date', 'cur')}
  WHERE r.n <= 2`;

/**
 * `verifyOcopCertificate` and `verifyOcopCertificates`: the same lookup (LOOKUP_SQL) and the same
 * answer for a number, whether it is checked alone or among 100. The status is computed by the
 * same rule as everywhere (`certificateStatusOn`), for today in Vietnam: an expired certificate
 * can never read as valid, whatever was or was not updated in the database.
 */
export class CertificateVerificationService {
  /** One number; a text that cannot be a number is BAD_USER_INPUT (there is nothing else to answer). */
  async verify(ctx: Context, input: string): Promise<CertificateVerification> {
    const [answer] = await this.lookUp(ctx, [parseCertificateNumber(input)], today());
    return answer!;
  }

  /**
   * Up to MAX_VERIFIED_NUMBERS numbers, one entry per number in the order asked. A number that
   * cannot be one is that entry's `problem`, not an error for the batch (issue 14: one bad number
   * nulled all 20 aliases). A number asked twice is answered at both positions (from one lookup):
   * refusing a batch for a repeat would make a partner's script dedupe first for no gain. Only
   * the list itself can be refused — empty, or too long — before any SQL.
   */
  async verifyMany(ctx: Context, inputs: readonly string[]): Promise<CertificateNumberCheck[]> {
    if (inputs.length === 0 || inputs.length > MAX_VERIFIED_NUMBERS) {
      throw badUserInput(
        {
          vi: `"numbers" phải có từ 1 đến ${MAX_VERIFIED_NUMBERS} số chứng nhận; đã gửi ${inputs.length}.`,
          en: `"numbers" must hold 1 to ${MAX_VERIFIED_NUMBERS} certificate numbers; got ${inputs.length}.`,
        },
        'numbers',
      );
    }
    // Distinct numbers by their trimmed NFC text: "OCOP-1" and " OCOP-1 " are one lookup.
    const distinct = new Map<string, number>();
    const queries: CertificateNumberQuery[] = [];
    const read = inputs.map((input) => {
      const { query, problem } = readCertificateNumber(input);
      if (!query) return { problem, slot: -1 };
      let slot = distinct.get(query.typed);
      if (slot === undefined) {
        slot = queries.push(query) - 1;
        distinct.set(query.typed, slot);
      }
      return { problem: null, slot };
    });
    const answers = queries.length > 0 ? await this.lookUp(ctx, queries, today()) : [];
    return inputs.map((number, position) => {
      const { problem, slot } = read[position]!;
      const entry = new CertificateNumberCheck();
      entry.number = number;
      entry.problem = problem;
      entry.verification = problem ? null : answers[slot]!;
      return entry;
    });
  }

  /** The answers to well-formed numbers, in their order, from one statement. */
  private async lookUp(
    ctx: Context,
    queries: readonly CertificateNumberQuery[],
    day: string,
  ): Promise<CertificateVerification[]> {
    const spellingOf: number[] = [];
    const spellings: string[] = [];
    queries.forEach((query, i) => {
      for (const spelling of query.spellings) {
        spellingOf.push(i);
        spellings.push(spelling);
      }
    });
    const rows: VerificationRow[] = await ctx.db.query(LOOKUP_SQL, [
      queries.map((_, i) => i),
      queries.map((query) => query.typed),
      spellingOf,
      spellings,
      day,
    ]);
    const rowsOf = queries.map((): VerificationRow[] => []);
    for (const row of rows) rowsOf[Number(row.asked)]!.push(row);
    return queries.map((query, i) => answerFor(ctx, query.typed, day, rowsOf[i]!));
  }
}

/** The answer for one number from its rows (none: unknown; two: ambiguous). */
function answerFor(
  ctx: Context,
  typed: string,
  day: string,
  rows: VerificationRow[],
): CertificateVerification {
  const answer = new CertificateVerification();
  answer.number = typed;
  answer.checkedOn = day;
  answer.genuine = false;
  answer.status = null;
  answer.stars = null;
  answer.validUntil = null;
  answer.expiresOn = null;
  answer.expiredOn = null;
  answer.revokedOn = null;
  answer.supersededOn = null;
  answer.certificate = null;
  answer.currentCertificate = null;
  answer.productUuid = null;
  answer.producerUuid = null;
  if (rows.length !== 1) return withMessages(answer, rows.length === 0 ? UNKNOWN_NUMBER : AMBIGUOUS_NUMBER);

  const row = rows[0]!;
  const certificate = certificateFromRow(row, 'c_')!;
  const status = certificates.status(certificate, day);
  const current = certificateFromRow(row, 'cur_');
  const other = current && current.uuid !== certificate.uuid ? current : null;
  ctx.loaders.ocopCertificateById.prime(certificate.uuid, certificate);
  if (current) ctx.loaders.currentOcopCertificateByProductId.prime(certificate.productUuid, current);

  answer.genuine = true;
  answer.status = status;
  answer.stars = certificate.stars;
  answer.expiresOn = certificate.expiresOn;
  answer.certificate = certificate;
  answer.currentCertificate = other;
  answer.productUuid = certificate.productUuid;
  answer.producerUuid = row.producer_id;
  if (status === CertificateStatus.VALID) answer.validUntil = certificate.expiresOn;
  if (status === CertificateStatus.EXPIRED) answer.expiredOn = certificate.expiresOn;
  if (status === CertificateStatus.REVOKED) answer.revokedOn = certificate.revokedOn;
  if (status === CertificateStatus.SUPERSEDED) answer.supersededOn = certificate.supersededOn;
  return withMessages(
    answer,
    knownCertificateMessages({
      certificate,
      status,
      productName: row.product_name,
      current: other ? { certificate: other, status: certificates.status(other, day) } : null,
    }),
  );
}

function withMessages(answer: CertificateVerification, messages: Messages): CertificateVerification {
  answer.message = messages.vi;
  answer.messageEn = messages.en;
  return answer;
}

export const certificateVerificationService = new CertificateVerificationService();
