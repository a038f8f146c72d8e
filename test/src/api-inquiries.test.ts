import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, sha256, type Client } from './client';
import { DEMO } from './demo-accounts';
import {
  createUser,
  findFixtures,
  startDemoPlatform,
  type DemoPlatform,
  type Fixtures,
} from './demo-platform';
import { gql } from './gql';
import type { InquirySendInput } from './gql/graphql';
import { today as platformToday } from '@ocop/db';

/**
 * Inquiries (issue 13) end to end over HTTP on a demo platform: a buyer without an account sends,
 * follows the private link and replies; the producer's editors answer, close and block; limits hold
 * under concurrent bursts; the contact reaches only the producer's editors and administrators;
 * officials get figures computed from the rows, never a contact.
 */

const SEND = gql(`mutation InquiriesSend($input: InquirySendInput!) {
  inquirySend(input: $input) {
    buyerToken
    inquiry { reference status subject quantity unit producer { id name } product { id } listing { id }
      messages { author authorName body } }
    userErrors { field code message retryAfterSeconds }
  }
}`);

const BY_TOKEN = gql(`query InquiriesByToken($token: String!) {
  inquiryByToken(token: $token) {
    reference status subject wantedBy producer { name }
    messages { id author authorName body createdAt }
  }
}`);

const BUYER_REPLY = gql(`mutation InquiriesBuyerReply($input: InquiryBuyerReplyInput!) {
  inquiryBuyerReply(input: $input) { inquiry { status messages { author body } } userErrors { field code } }
}`);

const INBOX = gql(`query InquiriesInbox($first: Int, $after: String, $filter: InquiryFilter) {
  inquiries(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id reference status outcome unread buyerName organisation phone email preferredChannel
      producer { id } deliveryProvince { code } messages { author authorName body } firstAnsweredAt }
  }
}`);

/** Every node has these, so two page sizes read the same kinds of related rows. */
const INBOX_SQL = gql(`query InquiriesInboxSql($first: Int) {
  inquiries(first: $first) { nodes { id phone producer { name usualAnswerDays } product { id } messages { authorName body } } }
}`);

const UNREAD = gql(`query InquiriesUnread { inquiryUnreadCount }`);

const NODE = gql(`query InquiriesNode($id: ID!) { node(id: $id) { id ... on Inquiry { phone email } } }`);

const REPLY = gql(`mutation InquiriesReply($input: InquiryReplyInput!) {
  inquiryReply(input: $input) { inquiry { status unread firstAnsweredAt messages { author authorName body } } userErrors { field code } }
}`);

const MARK_READ = gql(`mutation InquiriesMarkRead($input: InquiryMarkReadInput!) {
  inquiryMarkRead(input: $input) { inquiry { unread } userErrors { field code } }
}`);

const OUTCOME = gql(`mutation InquiriesOutcome($input: InquirySetOutcomeInput!) {
  inquirySetOutcome(input: $input) { inquiry { status outcome outcomeReason } userErrors { field code } }
}`);

const BLOCK = gql(`mutation InquiriesBlock($input: InquiryBlockSenderInput!) {
  inquiryBlockSender(input: $input) { inquiry { id } userErrors { field code } }
}`);

const STATS = gql(`query InquiriesStats($input: TradeInquiryStatsInput!) {
  tradeInquiryStats(input: $input) {
    total { received answered answeredShare medianHoursToFirstAnswer won lost }
    rows { key label figures { received answered answeredShare medianHoursToFirstAnswer won lost } }
  }
}`);

const USUAL = gql(`query InquiriesUsual($id: ID!) { producer(id: $id) { usualAnswerDays } }`);

let addressCounter = 0;
/** A fresh client address (X-Forwarded-For, believed from loopback): each test its own limits. */
const freshAddress = () => `10.77.${Math.floor(++addressCounter / 250)}.${(addressCounter % 250) + 1}`;
let phoneCounter = 0;
const freshPhone = () => `09${String(10_000_000 + ++phoneCounter).slice(-8)}`;

describe('inquiries', () => {
  let p: DemoPlatform;
  let f: Fixtures;
  let editor: Client;
  let otherEditor: Client;
  let official: Client;
  let admin: Client;
  let productGid: string;
  let producerGid: string;
  let producerName: string;

  const input = (overrides: Partial<InquirySendInput> = {}): InquirySendInput => ({
    idempotencyKey: `key-${randomUUID()}`,
    productId: productGid,
    subject: 'Gạo cho siêu thị',
    quantity: 500,
    unit: 'kg',
    message: 'Xin báo giá 500 kg mỗi tháng.',
    buyerName: 'Người Mua Thử',
    organisation: 'Siêu thị Thử',
    phone: freshPhone(),
    email: `buyer-${randomUUID()}@example.com`,
    preferredChannel: 'EMAIL' as InquirySendInput['preferredChannel'],
    consentToShare: true,
    ...overrides,
  });
  const send = (value: InquirySendInput, from = freshAddress()) =>
    p.client.request(SEND, { input: value }, { headers: { 'x-forwarded-for': from } });
  const rows = async (where = 'true', params: unknown[] = []) =>
    (await p.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM inquiry WHERE ${where}`, params))
      .rows[0]!.n;

  beforeAll(async () => {
    p = await startDemoPlatform('ocop_inquiries', { TRUST_PROXY: 'loopback' });
    f = await findFixtures(p.db);
    productGid = globalId('OcopProduct', f.productId);
    producerGid = globalId('Producer', f.sengCuProducerId);
    producerName = (
      await p.db.query<{ name: string }>(`SELECT name FROM producer WHERE id = $1`, [f.sengCuProducerId])
    ).rows[0]!.name;
    await createUser(p.db, 'editor.other@inquiries.test', 'producer_editor', f.otherProducerId);
    editor = await p.logIn(DEMO.producerEditor);
    otherEditor = await p.logIn('editor.other@inquiries.test');
    official = await p.logIn(DEMO.provinceOfficial);
    admin = await p.logIn(DEMO.administrator);
  });
  afterAll(async () => {
    await p?.stop();
  });

  it('usualAnswerDays: from 5 inquiries in 12 months, the median days to a first answer', async () => {
    const { rows: data } = await p.db.query<{ seconds: number | null }>(
      `SELECT extract(epoch FROM first_answered_at - created_at)::float8 AS seconds FROM inquiry
       WHERE producer_id = $1 AND created_at > now() - interval '365 days'`,
      [f.sengCuProducerId],
    );
    const sorted = data.map((r) => (r.seconds === null ? Infinity : r.seconds)).sort((a, b) => a - b);
    const disc = sorted[Math.ceil(sorted.length * 0.5) - 1]!;
    const expected =
      sorted.length >= 5 && Number.isFinite(disc) ? Math.max(1, Math.ceil(disc / 86_400)) : null;
    const got = (await p.client.request(USUAL, { id: producerGid })).body.data!.producer!.usualAnswerDays;
    // Run first, on the demo's inquiries alone (most of them answered): a number of days.
    expect(expected).not.toBeNull();
    expect(got).toBe(expected);
    // A producer with no inquiries: null.
    const { rows: quiet } = await p.db.query<{ id: string }>(
      `SELECT id FROM producer p WHERE NOT EXISTS (SELECT 1 FROM inquiry i WHERE i.producer_id = p.id) LIMIT 1`,
    );
    expect(
      (await p.client.request(USUAL, { id: globalId('Producer', quiet[0]!.id) })).body.data!.producer!
        .usualAnswerDays,
    ).toBeNull();
  });

  it('send → private token → the buyer’s view; only the token’s hash is stored', async () => {
    const value = input({ phone: '0912 345 678', wantedBy: '2099-01-31', deliveryProvinceCode: '11' });
    const { body } = await send(value);
    const sent = body.data!.inquirySend;
    expect(sent.userErrors).toEqual([]);
    expect(sent.buyerToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sent.inquiry).toMatchObject({
      status: 'NEW',
      subject: value.subject,
      quantity: 500,
      unit: 'kg',
      producer: { id: producerGid, name: producerName },
      product: { id: productGid },
      listing: null,
      messages: [{ author: 'BUYER', authorName: value.buyerName, body: value.message }],
    });
    const stored = (
      await p.db.query(
        `SELECT i.id, i.number, i.phone, i.email, i.created_at, t.token_hash
         FROM inquiry i JOIN inquiry_buyer_token t ON t.inquiry_id = i.id WHERE i.email = $1`,
        [value.email],
      )
    ).rows;
    expect(stored).toHaveLength(1);
    expect(stored[0].phone).toBe('+84912345678');
    expect(stored[0].token_hash).toBe(sha256(sent.buyerToken!));
    const year = new Date(stored[0].created_at.getTime() + 7 * 3600_000).toISOString().slice(0, 4);
    expect(sent.inquiry!.reference).toBe(`YC-${year}-${String(stored[0].number).padStart(6, '0')}`);
    // Nowhere in the database is the token itself.
    const { rows: leaks } = await p.db.query(
      `SELECT 1 FROM inquiry i, inquiry_buyer_token t, audit_log a
       WHERE i.id = $1 AND (i::text LIKE $2 OR t::text LIKE $2 OR a::text LIKE $2) LIMIT 1`,
      [stored[0].id, `%${sent.buyerToken}%`],
    );
    expect(leaks).toEqual([]);

    const view = (await p.client.request(BY_TOKEN, { token: sent.buyerToken! })).body.data!.inquiryByToken!;
    expect(view).toMatchObject({ reference: sent.inquiry!.reference, status: 'NEW', wantedBy: '2099-01-31' });
    expect(view.messages.map((m) => m.body)).toEqual([value.message]);
    // Never kept by a shared cache: the token is in the request.
    const answer = await p.client.request(BY_TOKEN, { token: sent.buyerToken! });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    // An unknown or malformed token opens nothing.
    expect(
      (await p.client.request(BY_TOKEN, { token: `${sent.buyerToken!.slice(0, -2)}xx` })).body.data!
        .inquiryByToken,
    ).toBeNull();
    expect((await p.client.request(BY_TOKEN, { token: 'short' })).body.data!.inquiryByToken).toBeNull();
  });

  it('a listing or a producer can be the target too', async () => {
    const viaListing = (
      await send(input({ productId: null, listingId: globalId('ProductListing', f.listingId) }))
    ).body.data!.inquirySend;
    expect(viaListing.userErrors).toEqual([]);
    expect(viaListing.inquiry).toMatchObject({
      producer: { id: producerGid },
      product: { id: productGid },
      listing: { id: globalId('ProductListing', f.listingId) },
    });
    const viaProducer = (await send(input({ productId: null, producerId: producerGid }))).body.data!
      .inquirySend;
    expect(viaProducer.userErrors).toEqual([]);
    expect(viaProducer.inquiry).toMatchObject({
      producer: { id: producerGid },
      product: null,
      listing: null,
    });
  });

  it('a retry with the same key and content is one inquiry with the same token; other content is refused', async () => {
    const value = input();
    const from = freshAddress();
    const first = (await send(value, from)).body.data!.inquirySend;
    const again = (await send(value, freshAddress())).body.data!.inquirySend;
    expect(again.userErrors).toEqual([]);
    expect(again.buyerToken).toBe(first.buyerToken);
    expect(again.inquiry!.reference).toBe(first.inquiry!.reference);
    // Concurrent retries too.
    const burst = await Promise.all(Array.from({ length: 10 }, () => send(value, from)));
    expect(new Set(burst.map((a) => a.body.data!.inquirySend.buyerToken))).toEqual(
      new Set([first.buyerToken]),
    );
    expect(await rows('email = $1', [value.email])).toBe(1);
    expect(
      (
        await p.db.query(
          `SELECT count(*)::int AS n FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id WHERE i.email = $1`,
          [value.email],
        )
      ).rows[0].n,
    ).toBe(1);
    const changed = (await send({ ...value, message: 'Another text' })).body.data!.inquirySend;
    expect(changed.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED' }),
    ]);
    expect(changed.buyerToken).toBeNull();
  });

  it('the honeypot answers like success and stores nothing', async () => {
    const before = await rows();
    const outbox = (await p.db.query(`SELECT count(*)::int AS n FROM mail_outbox`)).rows[0].n;
    const value = input({ website: 'http://spam.example' });
    const sent = (await send(value)).body.data!.inquirySend;
    expect(sent.userErrors).toEqual([]);
    expect(sent.buyerToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sent.inquiry).toMatchObject({
      status: 'NEW',
      producer: { id: producerGid },
      messages: [{ body: value.message }],
    });
    expect(await rows()).toBe(before);
    expect((await p.db.query(`SELECT count(*)::int AS n FROM mail_outbox`)).rows[0].n).toBe(outbox);
    expect(
      (await p.client.request(BY_TOKEN, { token: sent.buyerToken! })).body.data!.inquiryByToken,
    ).toBeNull();
  });

  it('every invalid input is a user error on its field, and nothing is written', async () => {
    const long = (n: number) => 'x'.repeat(n);
    const cases: [Partial<InquirySendInput>, string, string][] = [
      [{ idempotencyKey: 'short' }, 'idempotencyKey', 'TOO_SHORT'],
      [{ idempotencyKey: long(101) }, 'idempotencyKey', 'TOO_LONG'],
      [{ idempotencyKey: 'bad key with spaces' }, 'idempotencyKey', 'INVALID'],
      [{ productId: null }, 'productId', 'REQUIRED'],
      [{ producerId: producerGid }, 'producerId', 'INVALID'],
      [{ productId: globalId('OcopProduct', randomUUID()) }, 'productId', 'NOT_FOUND'],
      [{ productId: 'not-an-id' }, 'productId', 'NOT_FOUND'],
      [{ subject: long(201) }, 'subject', 'TOO_LONG'],
      [{ quantity: 0 }, 'quantity', 'OUT_OF_RANGE'],
      [{ quantity: 2e9 }, 'quantity', 'OUT_OF_RANGE'],
      [{ unit: long(41) }, 'unit', 'TOO_LONG'],
      [{ deliveryProvinceCode: 'x1' }, 'deliveryProvinceCode', 'INVALID'],
      [{ deliveryProvinceCode: '99' }, 'deliveryProvinceCode', 'NOT_FOUND'],
      [{ wantedBy: '2000-01-01' }, 'wantedBy', 'OUT_OF_RANGE'],
      [{ message: '   ' }, 'message', 'REQUIRED'],
      [{ message: long(4001) }, 'message', 'TOO_LONG'],
      [{ buyerName: '' }, 'buyerName', 'REQUIRED'],
      [{ buyerName: long(121) }, 'buyerName', 'TOO_LONG'],
      [{ organisation: long(201) }, 'organisation', 'TOO_LONG'],
      [{ phone: '12345' }, 'phone', 'INVALID'],
      [{ email: 'not-an-email' }, 'email', 'INVALID'],
      [{ email: `${long(250)}@example.com` }, 'email', 'TOO_LONG'],
      [{ phone: null, email: null }, 'phone', 'REQUIRED'],
      [
        { phone: null, preferredChannel: 'ZALO' as InquirySendInput['preferredChannel'] },
        'phone',
        'REQUIRED',
      ],
      [
        { email: null, preferredChannel: 'EMAIL' as InquirySendInput['preferredChannel'] },
        'email',
        'REQUIRED',
      ],
      [{ consentToShare: false }, 'consentToShare', 'REQUIRED'],
      [{ locale: 'fr' }, 'locale', 'INVALID'],
    ];
    const before = await rows();
    for (const [overrides, field, code] of cases) {
      const sent = (await send(input(overrides))).body.data!.inquirySend;
      expect(sent.userErrors, JSON.stringify(overrides).slice(0, 80)).toContainEqual(
        expect.objectContaining({ field: ['input', field], code }),
      );
      expect(sent.inquiry).toBeNull();
      expect(sent.buyerToken).toBeNull();
    }
    expect(await rows()).toBe(before);
    // The refusals are audited, without the contact.
    const { rows: audits } = await p.db.query(
      `SELECT after::text AS after FROM audit_log WHERE action = 'inquirySend' AND outcome = 'rejected'`,
    );
    expect(audits.length).toBeGreaterThanOrEqual(cases.length);
    expect(audits.some((a) => a.after.includes('@example.com'))).toBe(false);
  });

  it('per address: 10 an hour, also under a concurrent burst of 40', async () => {
    const from = freshAddress();
    const answers = await Promise.all(Array.from({ length: 40 }, () => send(input(), from)));
    const accepted = answers.filter((a) => a.body.data!.inquirySend.userErrors.length === 0);
    const limited = answers.filter((a) => a.body.data!.inquirySend.userErrors[0]?.code === 'THROTTLED');
    expect(accepted).toHaveLength(10);
    expect(limited).toHaveLength(30);
    const retry = limited[0]!.body.data!.inquirySend.userErrors[0]!.retryAfterSeconds!;
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(3600);
    // Only the accepted ones took a slot: the refused ones rolled theirs back.
    expect(
      (await p.db.query(`SELECT sends FROM inquiry_send_tally WHERE bucket = $1`, [`send:ip:${from}`]))
        .rows[0].sends,
    ).toBe(10);
  });

  it('per contact: 5 a day per phone and per e-mail, from any addresses, also under a burst', async () => {
    const phone = freshPhone();
    const byPhone = await Promise.all(
      Array.from({ length: 20 }, () =>
        send(
          input({ phone, email: null, preferredChannel: 'PHONE' as InquirySendInput['preferredChannel'] }),
        ),
      ),
    );
    expect(byPhone.filter((a) => a.body.data!.inquirySend.userErrors.length === 0)).toHaveLength(5);
    expect(byPhone.filter((a) => a.body.data!.inquirySend.userErrors[0]?.code === 'THROTTLED')).toHaveLength(
      15,
    );
    expect(await rows('phone = $1', [`+84${phone.slice(1)}`])).toBe(5);
    const email = `Same-${randomUUID()}@Example.com`;
    const byEmail = await Promise.all(
      Array.from({ length: 12 }, (_, i) => send(input({ email: i % 2 ? email : email.toLowerCase() }))),
    );
    expect(byEmail.filter((a) => a.body.data!.inquirySend.userErrors.length === 0)).toHaveLength(5);
    expect(await rows('lower(email) = lower($1)', [email])).toBe(5);
  });

  it('the contact reaches only the producer’s editors and administrators', async () => {
    const value = input({ organisation: 'Org Riêng Tư' });
    const sent = (await send(value)).body.data!.inquirySend;
    const [row] = (await p.db.query(`SELECT id FROM inquiry WHERE email = $1`, [value.email])).rows;
    const id = globalId('Inquiry', row.id);

    const mine = (await editor.request(INBOX, { first: 100 })).body.data!.inquiries;
    const found = mine.nodes.find((n) => n.id === id)!;
    expect(found).toMatchObject({
      reference: sent.inquiry!.reference,
      buyerName: value.buyerName,
      organisation: 'Org Riêng Tư',
      email: value.email,
      phone: `+84${value.phone!.slice(1)}`,
      unread: true,
      preferredChannel: 'EMAIL',
    });
    expect(mine.nodes.every((n) => n.producer.id === producerGid)).toBe(true);
    const asAdmin = (await admin.request(NODE, { id })).body.data!.node as { phone: string | null };
    expect(asAdmin.phone).toBe(found.phone);

    for (const [who, as] of [
      ['anonymous', p.client],
      ['another producer’s editor', otherEditor],
      ['an official', official],
    ] as const) {
      const list = (await as.request(INBOX, { first: 100 })).body;
      expect(list.data?.inquiries.nodes ?? [], who).toEqual([]);
      expect(JSON.stringify(list)).not.toContain(value.email!);
      expect((await as.request(NODE, { id })).body.data?.node ?? null, who).toBeNull();
      const reply = await as.request(REPLY, {
        input: { inquiryId: id, body: 'Hi', idempotencyKey: `k-${randomUUID()}` },
      });
      expect(reply.body.errors?.[0]?.extensions?.code, who).toBe(
        as === p.client ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      );
    }
    // The buyer's own view has no contact fields at all, and the audit of the send keeps none.
    const { rows: audits } = await p.db.query(`SELECT after::text FROM audit_log WHERE entity_id = $1`, [
      row.id,
    ]);
    expect(audits.length).toBeGreaterThan(0);
    expect(audits.some((a) => a.after.includes(value.email!) || a.after.includes('Org Riêng'))).toBe(false);
  });

  it('reply, buyer reply, unread, outcome, block — each audited', async () => {
    const value = input();
    const sent = (await send(value)).body.data!.inquirySend;
    const [row] = (await p.db.query(`SELECT id FROM inquiry WHERE email = $1`, [value.email])).rows;
    const id = globalId('Inquiry', row.id);
    const unreadBefore = (await editor.request(UNREAD)).body.data!.inquiryUnreadCount;
    const dbUnread = (
      await p.db.query(`SELECT count(*)::int AS n FROM inquiry WHERE unread AND producer_id = $1`, [
        f.sengCuProducerId,
      ])
    ).rows[0].n;
    expect(unreadBefore).toBe(dbUnread);
    expect((await otherEditor.request(UNREAD)).body.data!.inquiryUnreadCount).toBe(0);

    const key = `reply-${randomUUID()}`;
    const replied = (
      await editor.request(REPLY, { input: { inquiryId: id, body: 'Giá 30.000 đ/kg.', idempotencyKey: key } })
    ).body.data!.inquiryReply;
    expect(replied.userErrors).toEqual([]);
    expect(replied.inquiry).toMatchObject({ status: 'ANSWERED', unread: false });
    expect(replied.inquiry!.messages.at(-1)).toEqual({
      author: 'PRODUCER',
      authorName: producerName,
      body: 'Giá 30.000 đ/kg.',
    });
    const firstAnsweredAt = replied.inquiry!.firstAnsweredAt;
    // The same key again: nothing added.
    const again = (
      await editor.request(REPLY, { input: { inquiryId: id, body: 'Giá 30.000 đ/kg.', idempotencyKey: key } })
    ).body.data!.inquiryReply;
    expect(again.inquiry!.messages).toHaveLength(2);
    expect(again.inquiry!.firstAnsweredAt).toBe(firstAnsweredAt);
    const empty = (
      await editor.request(REPLY, {
        input: { inquiryId: id, body: ' ', idempotencyKey: `r-${randomUUID()}` },
      })
    ).body.data!.inquiryReply;
    expect(empty.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'body'], code: 'REQUIRED' }),
    ]);

    // The buyer reads the answer and replies through the link.
    const view = (await p.client.request(BY_TOKEN, { token: sent.buyerToken! })).body.data!.inquiryByToken!;
    expect(view.status).toBe('ANSWERED');
    expect(view.messages.map((m) => [m.author, m.authorName])).toEqual([
      ['BUYER', value.buyerName],
      ['PRODUCER', producerName],
    ]);
    const buyerKey = `buyer-${randomUUID()}`;
    const buyerReply = (
      await p.client.request(BUYER_REPLY, {
        input: { token: sent.buyerToken!, body: 'Đồng ý, gửi hợp đồng.', idempotencyKey: buyerKey },
      })
    ).body.data!.inquiryBuyerReply;
    expect(buyerReply.userErrors).toEqual([]);
    expect(buyerReply.inquiry!.messages.map((m) => m.author)).toEqual(['BUYER', 'PRODUCER', 'BUYER']);
    await p.client.request(BUYER_REPLY, {
      input: { token: sent.buyerToken!, body: 'Đồng ý, gửi hợp đồng.', idempotencyKey: buyerKey },
    });
    expect(
      (await p.db.query(`SELECT count(*)::int AS n FROM inquiry_message WHERE inquiry_id = $1`, [row.id]))
        .rows[0].n,
    ).toBe(3);
    const unknown = (
      await p.client.request(BUYER_REPLY, {
        input: { token: 'x'.repeat(43), body: 'Hi', idempotencyKey: buyerKey },
      })
    ).body.data!.inquiryBuyerReply;
    expect(unknown.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'token'], code: 'NOT_FOUND' }),
    ]);

    expect((await editor.request(UNREAD)).body.data!.inquiryUnreadCount).toBe(unreadBefore);
    expect(
      (await editor.request(MARK_READ, { input: { inquiryId: id } })).body.data!.inquiryMarkRead.inquiry!
        .unread,
    ).toBe(false);
    expect((await editor.request(UNREAD)).body.data!.inquiryUnreadCount).toBe(unreadBefore - 1);

    const lostWithout = (
      await editor.request(OUTCOME, { input: { inquiryId: id, outcome: 'LOST' as never } })
    ).body.data!.inquirySetOutcome;
    expect(lostWithout.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'reason'], code: 'REQUIRED' }),
    ]);
    const tooLong = (
      await editor.request(OUTCOME, {
        input: { inquiryId: id, outcome: 'LOST' as never, reason: 'x'.repeat(501) },
      })
    ).body.data!.inquirySetOutcome;
    expect(tooLong.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'reason'], code: 'TOO_LONG' }),
    ]);
    const lost = (
      await editor.request(OUTCOME, { input: { inquiryId: id, outcome: 'LOST' as never, reason: 'Giá cao' } })
    ).body.data!.inquirySetOutcome;
    expect(lost.inquiry).toEqual({ status: 'CLOSED', outcome: 'LOST', outcomeReason: 'Giá cao' });
    const reopened = (await editor.request(OUTCOME, { input: { inquiryId: id, outcome: 'OPEN' as never } }))
      .body.data!.inquirySetOutcome;
    expect(reopened.inquiry).toEqual({ status: 'ANSWERED', outcome: 'OPEN', outcomeReason: null });
    const won = (await editor.request(OUTCOME, { input: { inquiryId: id, outcome: 'WON' as never } })).body
      .data!.inquirySetOutcome;
    expect(won.inquiry).toEqual({ status: 'CLOSED', outcome: 'WON', outcomeReason: null });

    // Blocked: neither a new inquiry from that phone or e-mail nor a reply through the link.
    expect(
      (await editor.request(BLOCK, { input: { inquiryId: id } })).body.data!.inquiryBlockSender.userErrors,
    ).toEqual([]);
    const byPhone = (
      await send(input({ phone: value.phone, email: null, preferredChannel: 'PHONE' as never }))
    ).body.data!.inquirySend;
    expect(byPhone.userErrors).toEqual([expect.objectContaining({ code: 'SENDER_BLOCKED' })]);
    const byEmail = (await send(input({ email: value.email!.toUpperCase() }))).body.data!.inquirySend;
    expect(byEmail.userErrors).toEqual([expect.objectContaining({ code: 'SENDER_BLOCKED' })]);
    const toOther = (
      await send(input({ productId: globalId('OcopProduct', f.otherProductId), phone: value.phone }))
    ).body.data!.inquirySend;
    expect(toOther.userErrors).toEqual([]);
    const blockedReply = (
      await p.client.request(BUYER_REPLY, {
        input: { token: sent.buyerToken!, body: 'Again', idempotencyKey: `b-${randomUUID()}` },
      })
    ).body.data!.inquiryBuyerReply;
    expect(blockedReply.userErrors).toEqual([expect.objectContaining({ code: 'SENDER_BLOCKED' })]);

    const { rows: audits } = await p.db.query<{ action: string; after: string }>(
      `SELECT action, after::text AS after FROM audit_log WHERE entity_id = $1 AND outcome = 'applied' ORDER BY occurred_at, id`,
      [row.id],
    );
    expect(audits.map((a) => a.action)).toEqual([
      'inquirySend',
      'inquiryReply',
      'inquiryBuyerReply',
      'inquirySetOutcome',
      'inquirySetOutcome',
      'inquirySetOutcome',
      'inquiryBlockSender',
    ]);
    expect(
      audits.some((a) => a.after.includes(value.email!) || a.after.includes(value.phone!.slice(1))),
    ).toBe(false);
  });

  it('buyer replies: 30 an hour per address, also concurrently; a retry takes no slot', async () => {
    const sent = (await send(input())).body.data!.inquirySend;
    const from = freshAddress();
    const reply = (i: number) =>
      p.client.request(
        BUYER_REPLY,
        {
          input: {
            token: sent.buyerToken!,
            body: `Tin ${i}`,
            idempotencyKey: `burst-${i}-${sent.buyerToken!.slice(0, 8)}`,
          },
        },
        { headers: { 'x-forwarded-for': from } },
      );
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => reply(i)));
    const codes = answers.map((a) => a.body.data!.inquiryBuyerReply.userErrors[0]?.code ?? 'ok');
    expect(codes.filter((c) => c === 'ok')).toHaveLength(30);
    expect(codes.filter((c) => c === 'THROTTLED')).toHaveLength(10);
    // A retry of an accepted reply is answered (nothing added), even with the window full.
    const firstOk = codes.indexOf('ok');
    const retried = (await reply(firstOk)).body.data!.inquiryBuyerReply;
    expect(retried.userErrors).toEqual([]);
    const [row] = (
      await p.db.query(
        `SELECT id FROM inquiry i JOIN inquiry_buyer_token t ON t.inquiry_id = i.id WHERE t.token_hash = $1`,
        [sha256(sent.buyerToken!)],
      )
    ).rows;
    expect(
      (await p.db.query(`SELECT count(*)::int AS n FROM inquiry_message WHERE inquiry_id = $1`, [row.id]))
        .rows[0].n,
    ).toBe(31);
  });

  it('the inbox pages by keyset, newest first, with a constant number of statements', async () => {
    const all = (await editor.request(INBOX, { first: 100 })).body.data!.inquiries;
    const { rows: expected } = await p.db.query<{ id: string }>(
      `SELECT id FROM inquiry WHERE producer_id = $1 ORDER BY created_at DESC, id DESC`,
      [f.sengCuProducerId],
    );
    expect(all.totalCount).toBe(expected.length);
    expect(all.nodes.map((n) => n.id)).toEqual(expected.slice(0, 100).map((r) => globalId('Inquiry', r.id)));
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: typeof all = (await editor.request(INBOX, { first: 7, after })).body.data!.inquiries;
      ids.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toEqual(expected.map((r) => globalId('Inquiry', r.id)));
    const closed = (await editor.request(INBOX, { first: 100, filter: { status: 'CLOSED' as never } })).body
      .data!.inquiries;
    expect(closed.totalCount).toBe(
      await rows(`producer_id = $1 AND status = 'closed'`, [f.sengCuProducerId]),
    );
    const counts: number[] = [];
    for (const first of [2, 6]) {
      const answer = await editor.request(INBOX_SQL, { first }, { headers: { 'x-ocop-sql-count': '1' } });
      expect(answer.body.data!.inquiries.nodes).toHaveLength(first);
      counts.push((answer.body as { extensions?: { sqlStatements?: number } }).extensions!.sqlStatements!);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it('figures for officials and administrators are computed from the rows, never with a contact', async () => {
    // The platform's day (OCOP_TODAY when the clock is pinned), as the demo inquiries are dated.
    const today = platformToday();
    // Five calendar years back: every demo inquiry is dated from the seeding day, and a period is at
    // most ten years long.
    const from = `${Number(today.slice(0, 4)) - 5}-01-01`;
    const { rows: data } = await p.db.query<{
      producer_id: string;
      month: string;
      hours: number | null;
      outcome: string;
    }>(
      `SELECT producer_id, to_char(created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month,
              extract(epoch FROM first_answered_at - created_at)::float8 / 3600 AS hours, outcome
       FROM inquiry WHERE created_at >= $2::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AND created_at < ($1::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`,
      [today, from],
    );
    const median = (values: number[]) => {
      if (values.length === 0) return null;
      const s = [...values].sort((a, b) => a - b);
      const mid = (s.length - 1) / 2;
      return (s[Math.floor(mid)]! + s[Math.ceil(mid)]!) / 2;
    };
    const figuresOf = (list: typeof data) => {
      const answered = list.filter((r) => r.hours !== null);
      return {
        received: list.length,
        answered: answered.length,
        answeredShare: list.length ? answered.length / list.length : null,
        medianHoursToFirstAnswer: median(answered.map((r) => r.hours!)),
        won: list.filter((r) => r.outcome === 'won').length,
        lost: list.filter((r) => r.outcome === 'lost').length,
      };
    };
    const close = (actual: Record<string, number | null>, expected: Record<string, number | null>) => {
      for (const [k, v] of Object.entries(expected)) {
        if (v === null) expect(actual[k], k).toBeNull();
        else expect(actual[k], k).toBeCloseTo(v, 6);
      }
    };
    expect(data.length).toBeGreaterThanOrEqual(6);
    for (const as of [official, admin]) {
      const stats = (await as.request(STATS, { input: { from, to: today, groupBy: 'PRODUCER' as never } }))
        .body;
      expect(stats.errors).toBeUndefined();
      const result = stats.data!.tradeInquiryStats;
      // Every demo producer is in Điện Biên: the official's default unit covers them all.
      close(result.total, figuresOf(data));
      const producers = [...new Set(data.map((r) => r.producer_id))];
      expect(result.rows.map((r) => r.key).sort()).toEqual(
        producers.map((id) => globalId('Producer', id)).sort(),
      );
      for (const id of producers) {
        const got = result.rows.find((r) => r.key === globalId('Producer', id))!;
        close(got.figures, figuresOf(data.filter((r) => r.producer_id === id)));
      }
      const text = JSON.stringify(stats);
      expect(text).not.toMatch(/@example\.com|\+84/);
    }
    const months = (await admin.request(STATS, { input: { from, to: today, groupBy: 'MONTH' as never } }))
      .body.data!.tradeInquiryStats;
    const monthKeys = [...new Set(data.map((r) => r.month))].sort();
    expect(months.rows.map((r) => r.key)).toEqual(monthKeys);
    for (const month of monthKeys)
      close(
        months.rows.find((r) => r.key === month)!.figures,
        figuresOf(data.filter((r) => r.month === month)),
      );
    const provinces = (
      await admin.request(STATS, { input: { from, to: today, groupBy: 'PROVINCE' as never } })
    ).body.data!.tradeInquiryStats;
    expect(provinces.rows.reduce((n, r) => n + r.figures.received, 0)).toBe(data.length);
    // An empty period: zeros and nulls.
    const none = (
      await admin.request(STATS, {
        input: { from: '2020-01-01', to: '2020-01-31', groupBy: 'PRODUCT' as never },
      })
    ).body.data!.tradeInquiryStats;
    expect(none).toEqual({
      total: {
        received: 0,
        answered: 0,
        answeredShare: null,
        medianHoursToFirstAnswer: null,
        won: 0,
        lost: 0,
      },
      rows: [],
    });
    // A unit: the official's own province gives the same; another province is outside their unit.
    const { rows: units } = await p.db.query<{ id: string; code: string }>(
      `SELECT id, code FROM admin_unit WHERE level = 'province' AND valid_to IS NULL AND code IN ('11', '01')`,
    );
    const dienBien = globalId('AdministrativeUnit', units.find((u) => u.code === '11')!.id);
    const haNoi = globalId('AdministrativeUnit', units.find((u) => u.code === '01')!.id);
    const inUnit = (
      await official.request(STATS, {
        input: { unitId: dienBien, from, to: today, groupBy: 'MONTH' as never },
      })
    ).body.data!.tradeInquiryStats;
    close(inUnit.total, figuresOf(data));
    const outside = await official.request(STATS, {
      input: { unitId: haNoi, from, to: today, groupBy: 'MONTH' as never },
    });
    expect(outside.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = (
      await admin.request(STATS, { input: { unitId: haNoi, from, to: today, groupBy: 'MONTH' as never } })
    ).body.data!.tradeInquiryStats;
    expect(elsewhere.total.received).toBe(0);
    // Nobody else gets figures.
    expect(
      (await p.client.request(STATS, { input: { from, to: today, groupBy: 'MONTH' as never } })).body
        .errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect(
      (await editor.request(STATS, { input: { from, to: today, groupBy: 'MONTH' as never } })).body
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
