import { randomUUID } from 'node:crypto';
import type { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '@ocop/db';
import { globalId, type Client } from './client';
import { DEMO } from './demo-accounts';
import { findFixtures, startDemoPlatform, type DemoPlatform, type Fixtures } from './demo-platform';
import { gql } from './gql';
import { startPlatform, START_SCRIPT, type RunningPlatform } from './platform';
import { close, listen, smtpServer, type Received } from './smtp-receiver';

/**
 * Inquiry e-mail through a real SMTP server started here (smtp-server), read back with mailparser:
 * the producer hears of a new inquiry, the buyer of a reply with a private link that opens it. Mail
 * goes through the outbox in PostgreSQL: with the SMTP server down nothing is lost and it arrives
 * once the server is back; two platform instances on one database send each mail once.
 */

const SEND = gql(`mutation InquiryMailSend($input: InquirySendInput!) {
  inquirySend(input: $input) { buyerToken inquiry { reference } userErrors { field code } }
}`);
const REPLY = gql(`mutation InquiryMailReply($input: InquiryReplyInput!) {
  inquiryReply(input: $input) { inquiry { status } userErrors { field code } }
}`);
const BY_TOKEN = gql(`query InquiryMailByToken($token: String!) {
  inquiryByToken(token: $token) { reference messages { author body } }
}`);

async function until<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  ms = 30_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('inquiry e-mail', () => {
  let p: DemoPlatform;
  let f: Fixtures;
  let editor: Client;
  let smtp: SMTPServer;
  let smtpPort: number;
  const received: Received[] = [];
  const PUBLIC_URL = 'https://ocop.example.test';
  let mailEnv: NodeJS.ProcessEnv;

  const input = (email: string) => ({
    idempotencyKey: `mail-${randomUUID()}`,
    productId: globalId('OcopProduct', f.productId),
    subject: 'Gạo cho cửa hàng',
    message: 'Xin báo giá gạo.',
    buyerName: 'Khách Thư',
    email,
    preferredChannel: 'EMAIL' as never,
    consentToShare: true,
    locale: 'en',
  });

  beforeAll(async () => {
    smtpPort = await findFreePort();
    smtp = smtpServer(received);
    await listen(smtp, smtpPort);
    mailEnv = {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: 'OCOP Test <no-reply@ocop.example.test>',
      PUBLIC_URL,
      MAIL_RETRY_BASE_MS: '200',
      MAIL_POLL_MS: '200',
    };
    p = await startDemoPlatform('ocop_inquiry_mail', mailEnv);
    f = await findFixtures(p.db);
    editor = await p.logIn(DEMO.producerEditor);
  });
  afterAll(async () => {
    await p?.stop();
    if (smtp) await close(smtp);
  });

  it('a new inquiry is mailed to the producer’s address and editors; a reply to the buyer with a private link', async () => {
    const email = `buyer-${randomUUID()}@example.com`;
    const sent = (await p.client.request(SEND, { input: input(email) })).body.data!.inquirySend;
    expect(sent.userErrors).toEqual([]);
    const reference = sent.inquiry!.reference;
    const { rows: recipients } = await p.db.query<{ address: string }>(
      `SELECT lower(email) AS address FROM producer WHERE id = $1 AND email IS NOT NULL
       UNION SELECT lower(u.email) FROM role_assignment r JOIN app_user u ON u.id = r.user_id
       WHERE r.role = 'producer_editor' AND r.producer_id = $1 AND u.status = 'active'`,
      [f.sengCuProducerId],
    );
    expect(recipients.map((r) => r.address)).toContain(DEMO.producerEditor.toLowerCase());
    const toProducer = await until('the producer’s mails', async () => {
      const mails = received.filter((m) => m.subject.includes(reference));
      return mails.length >= recipients.length ? mails : null;
    });
    expect(toProducer.flatMap((m) => m.to.map((a) => a.toLowerCase())).sort()).toEqual(
      recipients.map((r) => r.address).sort(),
    );
    for (const mail of toProducer) {
      expect(mail.subject).toContain('Yêu cầu báo giá mới');
      expect(mail.text).toContain('Xin báo giá gạo.');
      expect(mail.text).toContain(`${PUBLIC_URL}/my/inquiries`);
      // The producer's mail carries no contact of the buyer (read in the inbox, behind the login).
      expect(mail.text).not.toContain(email);
    }

    const [row] = (await p.db.query(`SELECT id FROM inquiry WHERE email = $1`, [email])).rows;
    const replied = await editor.request(REPLY, {
      input: {
        inquiryId: globalId('Inquiry', row.id),
        body: 'Price: 30,000 VND/kg.',
        idempotencyKey: `r-${randomUUID()}`,
      },
    });
    expect(replied.body.data!.inquiryReply.userErrors).toEqual([]);
    const toBuyer = await until('the buyer’s mail', async () => received.find((m) => m.to.includes(email)));
    const producerName = (await p.db.query(`SELECT name FROM producer WHERE id = $1`, [f.sengCuProducerId]))
      .rows[0].name;
    expect(toBuyer.subject).toBe(`${producerName} replied to your inquiry ${reference}`);
    expect(toBuyer.text).toContain('Price: 30,000 VND/kg.');
    const link = new RegExp(`${PUBLIC_URL.replace(/\./g, '\\.')}/inquiry/([A-Za-z0-9_-]{43})`).exec(
      toBuyer.text,
    );
    expect(link).not.toBeNull();
    // The link's token is a new one (not the submit's), and it opens the conversation.
    expect(link![1]).not.toBe(sent.buyerToken);
    const view = (await p.client.request(BY_TOKEN, { token: link![1]! })).body.data!.inquiryByToken;
    expect(view).toMatchObject({
      reference,
      messages: [{ author: 'BUYER' }, { author: 'PRODUCER', body: 'Price: 30,000 VND/kg.' }],
    });
    // Once sent, the outbox keeps no usable link.
    const { rows: outbox } = await p.db.query(
      `SELECT body, sent_at FROM mail_outbox WHERE inquiry_id = $1 AND kind = 'inquiry-reply'`,
      [row.id],
    );
    expect(outbox).toHaveLength(1);
    expect(outbox[0].sent_at).not.toBeNull();
    expect(outbox[0].body).not.toContain(link![1]);
  });

  it('with the SMTP server down nothing is lost: the mail arrives, once, when it is back', async () => {
    await close(smtp);
    const email = `later-${randomUUID()}@example.com`;
    const sent = (await p.client.request(SEND, { input: input(email) })).body.data!.inquirySend;
    expect(sent.userErrors).toEqual([]);
    const [row] = (await p.db.query(`SELECT id FROM inquiry WHERE email = $1`, [email])).rows;
    // At least two failed attempts while it is down, each recorded, none sent.
    const failed = await until('failed attempts', async () => {
      const { rows } = await p.db.query(
        `SELECT count(*)::int AS n, min(attempts) AS attempts, bool_and(last_error IS NOT NULL) AS errors,
                bool_and(sent_at IS NULL) AS unsent
         FROM mail_outbox WHERE inquiry_id = $1`,
        [row.id],
      );
      return rows[0].n > 0 && rows[0].attempts >= 2 ? rows[0] : null;
    });
    expect(failed).toMatchObject({ errors: true, unsent: true });
    const reference = sent.inquiry!.reference;
    expect(received.filter((m) => m.subject.includes(reference))).toEqual([]);

    smtp = smtpServer(received);
    await listen(smtp, smtpPort);
    const arrived = await until('the mail after the restart', async () => {
      const mails = received.filter((m) => m.subject.includes(reference));
      return mails.length >= failed.n ? mails : null;
    });
    expect(arrived).toHaveLength(failed.n);
    // The sender marks a row sent after the SMTP server has accepted it, so the mark can follow the
    // mail by a moment: wait for it rather than read it once.
    const marked = await until('every row marked sent', async () => {
      const { rows } = await p.db.query(
        `SELECT count(*)::int AS n FROM mail_outbox WHERE inquiry_id = $1 AND sent_at IS NOT NULL`,
        [row.id],
      );
      return rows[0].n >= failed.n ? rows[0].n : null;
    });
    expect(marked).toBe(failed.n);
    // Nothing more arrives later (no second send of the same rows).
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(received.filter((m) => m.subject.includes(reference))).toHaveLength(failed.n);
  });

  it('two instances on one database send each mail once', async () => {
    let second: RunningPlatform | null = null;
    try {
      second = await startPlatform({
        command: [process.execPath, START_SCRIPT],
        env: { DATABASE_URL: p.url, SEED_DEMO: 'false', ...mailEnv },
        port: await findFreePort(),
      });
      const batch = `batch-${randomUUID()}`;
      const count = 60;
      await p.db.query(
        `INSERT INTO mail_outbox (kind, to_address, subject, body, next_attempt_at)
         SELECT 'test', 'two-instances@example.com', $1 || ' #' || n, 'body', now() FROM generate_series(1, $2) AS n`,
        [batch, count],
      );
      const mails = await until('every mail of the batch', async () => {
        const got = received.filter((m) => m.subject.startsWith(batch));
        return got.length >= count ? got : null;
      });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const subjects = received.filter((m) => m.subject.startsWith(batch)).map((m) => m.subject);
      expect(subjects).toHaveLength(count);
      expect(new Set(subjects).size).toBe(count);
      expect(mails.length).toBe(count);
    } finally {
      await second?.stop();
    }
  });
});
