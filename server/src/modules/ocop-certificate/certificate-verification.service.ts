import { today } from '@ocop/db';
import type { Context } from '../../context';
import { currentCertificateJoin } from '../../common/sql/current-certificate';
import { CERTIFICATE_SELECT } from '../../common/sql/rows';
import { certificateNumberKeySql, parseCertificateNumber } from './certificate-number';
import { CertificateVerification } from './certificate-verification.type';
import { certificateFromRow, ocopCertificateService as certificates } from './ocop-certificate.service';
import { CertificateStatus } from './ocop-certificate.type';
import {
  AMBIGUOUS_NUMBER,
  knownCertificateMessages,
  UNKNOWN_NUMBER,
  type Messages,
} from './verification-message';

interface VerificationRow {
  product_name: string;
  producer_id: string;
  [column: string]: unknown;
}

/**
 * `verifyOcopCertificate`: one SQL statement finds the certificate (exact spellings through the
 * unique index first, the letters-and-digits comparison only when none matches), its product and
 * producer names and the product's current certificate. The status is computed by the same rule
 * as everywhere (`certificateStatusOn`), for today in Vietnam: an expired certificate can never
 * read as valid, whatever was or was not updated in the database.
 */
export class CertificateVerificationService {
  async verify(ctx: Context, input: string): Promise<CertificateVerification> {
    const { typed, spellings } = parseCertificateNumber(input);
    const day = today();
    const rows: VerificationRow[] = await ctx.db.query(
      `WITH exact AS (
         SELECT c.id FROM ocop_certificate c WHERE c.certificate_number = ANY($1::text[])
       ), found AS (
         SELECT id FROM exact
         UNION ALL
         SELECT c.id FROM ocop_certificate c
         WHERE NOT EXISTS (SELECT 1 FROM exact)
           AND ${certificateNumberKeySql('c.certificate_number')} = ${certificateNumberKeySql('$2::text')}
       )
       SELECT ${CERTIFICATE_SELECT.sql('c', 'c_')}, p.name AS product_name, p.producer_id,
              ${CERTIFICATE_SELECT.sql('cur', 'cur_')}
       FROM found f
       JOIN ocop_certificate c ON c.id = f.id
       JOIN ocop_product p ON p.id = c.product_id
       ${currentCertificateJoin('c.product_id', '$3::date', 'cur')}
       LIMIT 2`,
      [spellings, typed, day],
    );

    const answer = new CertificateVerification();
    answer.number = typed;
    answer.checkedOn = day;
    answer.genuine = false;
    answer.status = null;
    answer.stars = null;
    answer.validUntil = null;
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
}

function withMessages(answer: CertificateVerification, messages: Messages): CertificateVerification {
  answer.message = messages.vi;
  answer.messageEn = messages.en;
  return answer;
}

export const certificateVerificationService = new CertificateVerificationService();
