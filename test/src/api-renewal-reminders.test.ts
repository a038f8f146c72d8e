import type { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, createDataSource, findFreePort, today } from '@ocop/db';
import { createRequire } from 'node:module';
import { createUser, startDemoPlatform, type DemoPlatform } from './demo-platform';
import { close, listen, smtpServer, type Received } from './smtp-receiver';

/**
 * Renewal reminders by e-mail (server/README.md, "Monitoring"): through a real SMTP server started
 * here, each producer whose product's current certificate ends within 90 days (and again within
 * 30) is mailed once per threshold, whichever instance runs the daily step and however often.
 */
// Both through Node's own loader, so that they share one instance of the mail settings (an import
// through the test runner would load a second copy of common/mail.js, never configured).
const load = createRequire(import.meta.url);
const { configureMail } = load(
  '@ocop/server/dist/common/mail',
) as typeof import('@ocop/server/dist/common/mail');
const { sendRenewalReminders } = load(
  '@ocop/server/dist/modules/monitoring/renewal-reminders',
) as typeof import('@ocop/server/dist/modules/monitoring/renewal-reminders');

const waitFor = async <T>(probe: () => Promise<T | null>, ms = 15_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

describe('renewal reminders', () => {
  let p: DemoPlatform;
  let smtp: SMTPServer;
  const received: Received[] = [];

  beforeAll(async () => {
    const port = await findFreePort();
    smtp = smtpServer(received);
    await listen(smtp, port);
    p = await startDemoPlatform('ocop_renewal', {
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_POLL_MS: '200',
    });
    // This process writes to the outbox too (the step called below); the platform sends it.
    configureMail({ smtpUrl: `smtp://127.0.0.1:${port}` });
  }, 240_000);
  afterAll(async () => {
    await p?.stop();
    if (smtp) await close(smtp);
  });

  /** Certificates valid today that end within `days`, with their producer's addresses, by SQL. */
  const dueBySql = async (days: number) =>
    (
      await p.db.query<{ certificate_number: string; addresses: string[] }>(
        `SELECT c.certificate_number,
                ARRAY(SELECT pr.email FROM producer pr WHERE pr.id = p.producer_id AND pr.email IS NOT NULL
                      UNION SELECT u.email FROM role_assignment r JOIN app_user u ON u.id = r.user_id
                      WHERE r.role = 'producer_editor' AND r.producer_id = p.producer_id AND u.status = 'active')
                  AS addresses
         FROM ocop_product p JOIN ocop_certificate c ON c.id = p.current_certificate_id
         WHERE p.deleted_at IS NULL AND c.decision_date <= $1 AND c.expires_on > $1 AND c.expires_on <= $1::date + $2::int
           AND c.revoked_on IS NULL AND c.superseded_on IS NULL`,
        [today(), days],
      )
    ).rows;

  const run = async () => {
    const dataSource = createDataSource({ url: p.url, poolSize: 1 });
    await dataSource.initialize();
    try {
      return await sendRenewalReminders(dataSource, today());
    } finally {
      await dataSource.destroy();
    }
  };

  it('mails the producer of a certificate ending within 90 days once, and again once within 30', async () => {
    // A product whose certificate ends in 60 days, with an editor of its own producer.
    const decided = addMonths(addDays(today(), 60), -36);
    const { rows } = await p.db.query<{ id: string; producer_id: string; email: string | null }>(
      `SELECT p.id, p.producer_id, pr.email FROM ocop_product p JOIN producer pr ON pr.id = p.producer_id
       WHERE p.deleted_at IS NULL AND (p.current_decision_date IS NULL OR p.current_decision_date < $1)
       ORDER BY p.id LIMIT 1`,
      // Certified before both decision days used below, so that ours stays the current certificate.
      [addMonths(addDays(today(), 25), -36)],
    );
    const editor = 'nhac.gia.han@example.vn';
    await createUser(p.db, editor, 'producer_editor', rows[0]!.producer_id);
    const inserted = await p.db.query<{ id: string; expires_on: string }>(
      `INSERT INTO ocop_certificate (certificate_number, product_id, score, stars, decision_number, decision_date,
                                     issuer_level, issuer_name)
       VALUES ('OCOP-NHAC-0060', $1, 72, 4, 'QĐ-NHẮC', $2, 'province', 'UBND tỉnh') RETURNING id, expires_on::text`,
      [rows[0]!.id, decided],
    );

    // Every due certificate's producer is mailed (the platform's own step may have run first: then
    // this run writes only what it left, and both together wrote each mail once).
    await run();
    const due = await dueBySql(90);
    expect(due.map((d) => d.certificate_number)).toContain('OCOP-NHAC-0060');
    const expected = due.flatMap((d) =>
      d.addresses.map((to) => `${to.toLowerCase()} ${d.certificate_number}`),
    );
    const got = () =>
      received
        .filter((m) => m.subject.startsWith('Chứng nhận OCOP '))
        .flatMap((m) => m.to.map((to) => `${to.toLowerCase()} ${/OCOP (\S+) sắp/.exec(m.subject)![1]}`));
    await waitFor(async () => (got().length >= expected.length ? true : null));
    expect(got().sort()).toEqual(expected.sort());
    const ours = received.find((m) => m.to.includes(editor) && m.subject.includes('OCOP-NHAC-0060'))!;
    expect(ours.text).toContain('OCOP-NHAC-0060');
    expect(ours.text).toContain(inserted.rows[0]!.expires_on);
    expect(ours.text).toContain('/my/products');

    // Again, now and by a second runner: nothing more.
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    // 30 days before its end: one more mail for that certificate, and only it.
    await p.db.query(`UPDATE ocop_certificate SET decision_date = $2 WHERE id = $1`, [
      inserted.rows[0]!.id,
      addMonths(addDays(today(), 25), -36),
    ]);
    const before = received.length;
    expect(await run()).toBe(due.find((d) => d.certificate_number === 'OCOP-NHAC-0060')!.addresses.length);
    await waitFor(async () => (received.length > before ? true : null));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(received.slice(before).map((m) => m.subject)).toEqual(
      due
        .find((d) => d.certificate_number === 'OCOP-NHAC-0060')!
        .addresses.map(() => 'Chứng nhận OCOP OCOP-NHAC-0060 sắp hết hiệu lực (renewal due)'),
    );
    const noted = await p.db.query(
      `SELECT days_before FROM certificate_renewal_reminder WHERE certificate_id = $1 ORDER BY days_before`,
      [inserted.rows[0]!.id],
    );
    expect(noted.rows.map((r) => r.days_before)).toEqual([30, 90]);
  });
});
