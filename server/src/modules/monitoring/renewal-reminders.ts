import { now } from '@ocop/db';
import type { DataSource } from 'typeorm';
import { enqueueMail, mailEnabled, portalLink } from '../../common/mail';
import { producerRecipients } from '../producer/producer-recipients';

/** Days before a certificate's end when its producer is reminded to prepare the renewal. */
export const REMINDER_DAYS_BEFORE = [90, 30] as const;

interface DueRow {
  certificate_id: string;
  days_before: number;
  certificate_number: string;
  expires_on: string;
  product_name: string;
  producer_id: string;
}

/**
 * The daily step that mails each producer whose product's current certificate, valid on `day`,
 * ends within 90 days and again within 30: one mail per certificate and threshold, noted in
 * `certificate_renewal_reminder` in the transaction that writes the mail to the outbox (so a mail
 * is never written twice, whichever instances run the step at once). A certificate found past both
 * thresholds at once (recorded late) gets one mail. Without SMTP nothing is noted: once mail is
 * configured, the certificates then due are reminded. Answers the mails written.
 */
export async function sendRenewalReminders(dataSource: DataSource, day: string): Promise<number> {
  if (!mailEnabled()) return 0;
  return dataSource.transaction(async (tx) => {
    const rows = (await tx.query(
      `WITH due AS (
         SELECT p.current_certificate_id AS certificate_id, t.days AS days_before, p.name AS product_name,
                p.producer_id, p.current_expires_on::text AS expires_on
         FROM ocop_product p CROSS JOIN unnest($2::int[]) AS t(days)
         WHERE p.deleted_at IS NULL
           AND ocop_certificate_status_in(p.current_decision_date, p.current_expires_on, p.current_revoked_on,
                                          p.current_superseded_on, $1::date, ARRAY['valid'])
           AND p.current_expires_on <= $1::date + t.days
           -- Only where someone can be mailed: a producer given an address later is reminded then.
           AND (EXISTS (SELECT 1 FROM producer pr WHERE pr.id = p.producer_id AND pr.email IS NOT NULL)
                OR EXISTS (SELECT 1 FROM role_assignment r JOIN app_user u ON u.id = r.user_id
                           WHERE r.role = 'producer_editor' AND r.producer_id = p.producer_id AND u.status = 'active'))
       ), noted AS (
         INSERT INTO certificate_renewal_reminder (certificate_id, days_before, noted_at)
         SELECT certificate_id, days_before, $3::timestamptz FROM due
         ON CONFLICT DO NOTHING RETURNING certificate_id, days_before
       )
       SELECT d.*, c.certificate_number FROM noted n
       JOIN due d ON d.certificate_id = n.certificate_id AND d.days_before = n.days_before
       JOIN ocop_certificate c ON c.id = d.certificate_id
       ORDER BY d.certificate_id, d.days_before`,
      [day, REMINDER_DAYS_BEFORE, now()],
    )) as DueRow[];
    // One mail per certificate: its nearest threshold newly reached.
    const byCertificate = new Map<string, DueRow>();
    for (const row of rows)
      if (!byCertificate.has(row.certificate_id)) byCertificate.set(row.certificate_id, row);
    let written = 0;
    for (const row of byCertificate.values()) {
      const subject = `Chứng nhận OCOP ${row.certificate_number} sắp hết hiệu lực (renewal due)`;
      const body = [
        `Chứng nhận OCOP ${row.certificate_number} của sản phẩm "${row.product_name}" hết hiệu lực từ ngày ${row.expires_on}.`,
        'Hãy chuẩn bị hồ sơ đánh giá lại để sản phẩm giữ được chứng nhận.',
        '',
        `Sản phẩm của bạn: ${portalLink('/my/products')}`,
        '',
        `The OCOP certificate ${row.certificate_number} of "${row.product_name}" is no longer valid from ${row.expires_on}: prepare the re-assessment dossier (link above).`,
      ].join('\n');
      written += await enqueueMail(
        tx,
        { kind: 'certificate-renewal', inquiryId: null, subject, body },
        await producerRecipients(tx, row.producer_id),
      );
    }
    return written;
  });
}
