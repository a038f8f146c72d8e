import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource, today as platformToday } from '@ocop/db';
import { sweepExpiredAuthState } from '@ocop/server/dist/modules/auth/housekeeping';
import { globalId, type Answer, type Client, type Loose } from './client';
import { DEMO } from './demo-accounts';
import { createUser, currentCommune, startDemoPlatform, type DemoPlatform } from './demo-platform';

/**
 * Labels that cannot be copied (server/README.md, "Labels"): a producer editor records a batch of
 * a certified product and gets one code per item; anyone checks a code (one statement, counted);
 * a recalled batch, a certificate no longer valid, an unknown code and a copied label each read
 * as such; who may do what is checked per batch; refused input changes nothing.
 */
const CREATE = `mutation($input: LabelBatchCreateInput!) {
  labelBatchCreate(input: $input) {
    batch { id lotNumber itemCount producedOn bestBefore labelSheetCsvUrl labelSheetPdfUrl product { id name } listing { id } }
    userErrors { field code message }
  }
}`;
const RECALL = `mutation($input: LabelBatchRecallInput!) {
  labelBatchRecall(input: $input) { batch { id recalledAt recallReason } userErrors { field code } }
}`;
const CHECK = `mutation($code: String!) {
  labelCodeCheck(code: $code) {
    verdict message code checkedOn productId productName stars producerName certificateNumber certificateStatus
    lotNumber producedOn bestBefore serial itemCount recallReason checkCount firstCheckedAt copyWarning
  }
}`;
const BATCHES = `query($filter: LabelBatchFilter, $after: String, $first: Int) {
  labelBatches(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes {
      id lotNumber checkCount checkedCodes suspiciousCodes checksWithInvalidCertificate recalledAt
      suspiciousLabels { serial checkCount placeCount flaggedAt }
    }
  }
}`;

interface Check {
  verdict: string;
  code: string;
  checkCount: number | null;
  copyWarning: boolean;
  [field: string]: unknown;
}

describe('labels: batches, codes, checks', () => {
  let p: DemoPlatform;
  let editor: Client;
  let official: Client;
  let admin: Client;
  let otherEditor: Client;
  let day: string;
  /** The editor's certified product (valid today) and one of its listings. */
  let product: { id: string; uuid: string; name: string; listingId: string };

  beforeAll(async () => {
    // The checks' places come from X-Forwarded-For, believed from the loopback only.
    p = await startDemoPlatform('ocop_labels', { TRUST_PROXY: 'loopback' });
    day = platformToday();
    const { rows } = await p.db.query<{ id: string; name: string; listing_id: string; producer_id: string }>(
      `SELECT p.id, p.name, l.id AS listing_id, p.producer_id
       FROM app_user u JOIN role_assignment r ON r.user_id = u.id AND r.role = 'producer_editor'
       JOIN ocop_product p ON p.producer_id = r.producer_id AND p.deleted_at IS NULL
       JOIN product_listing l ON l.product_id = p.id
       WHERE u.email_normalized = $1
         AND ocop_certificate_status(p.current_decision_date, p.current_expires_on, p.current_revoked_on,
                                     p.current_superseded_on, $2) = 'valid'
       ORDER BY p.id, l.id LIMIT 1`,
      [DEMO.producerEditor, day],
    );
    expect(rows).toHaveLength(1);
    product = {
      id: globalId('OcopProduct', rows[0]!.id),
      uuid: rows[0]!.id,
      name: rows[0]!.name,
      listingId: globalId('ProductListing', rows[0]!.listing_id),
    };
    const { rows: others } = await p.db.query<{ id: string }>(
      `SELECT id FROM producer WHERE id <> $1 ORDER BY id LIMIT 1`,
      [rows[0]!.producer_id],
    );
    await createUser(p.db, 'nhan.khac@example.vn', 'producer_editor', others[0]!.id);
    editor = await p.logIn(DEMO.producerEditor);
    official = await p.logIn(DEMO.provinceOfficial);
    admin = await p.logIn(DEMO.administrator);
    otherEditor = await p.logIn('nhan.khac@example.vn');
  }, 240_000);
  afterAll(async () => {
    await p?.stop();
  });

  const count = async (table: string) =>
    Number((await p.db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);
  const create = (as: Client, input: Record<string, unknown>) =>
    as.request(CREATE, { input: { productId: product.id, producedOn: day, ...input } });
  const check = async (code: string, from?: string): Promise<Check> => {
    const answer = await p.client.request(
      CHECK,
      { code },
      from ? { headers: { 'x-forwarded-for': from } } : {},
    );
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data!.labelCodeCheck as Check;
  };
  /** The batch's codes, as its label sheet's CSV lists them (serial, code, link, lot, product). */
  const codesOf = async (csvUrl: string, as: Client = editor) => {
    const response = await fetch(`${p.baseUrl}${csvUrl}`, { headers: { cookie: as.cookie! } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('serial,code,url,lot,product');
    return lines.slice(1).map((line) => {
      const [serial, code, url] = line.split(',');
      return { serial: Number(serial), code: code!, url: url! };
    });
  };
  let sequence = 0;
  const newBatch = async (itemCount: number, extra: Record<string, unknown> = {}) => {
    sequence += 1;
    const answer = await create(editor, { lotNumber: `L-${day}-${sequence}`, itemCount, ...extra });
    expect(answer.body.data!.labelBatchCreate.userErrors).toEqual([]);
    return answer.body.data!.labelBatchCreate.batch as {
      id: string;
      lotNumber: string;
      labelSheetCsvUrl: string;
      labelSheetPdfUrl: string;
    };
  };

  it('records a batch of 500 with one distinct code per item, only their hashes kept, audited', async () => {
    const answer = await create(editor, {
      lotNumber: 'SC-2026-11',
      listingId: product.listingId,
      itemCount: 500,
      bestBefore: `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`.replace('-02-29', '-02-28'),
    });
    expect(answer.body.data!.labelBatchCreate.userErrors).toEqual([]);
    const batch = answer.body.data!.labelBatchCreate.batch;
    expect(batch).toMatchObject({ lotNumber: 'SC-2026-11', itemCount: 500, producedOn: day });
    expect(batch.product).toEqual({ id: product.id, name: product.name });
    expect(batch.listing).toEqual({ id: product.listingId });
    const uuid = /\/labels\/([0-9a-f-]{36})\.csv$/.exec(batch.labelSheetCsvUrl)![1]!;
    const stored = await p.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT code_hash)::int AS distinct_hashes, min(serial) AS lo, max(serial) AS hi,
              min(octet_length(code_hash)) AS bytes
       FROM label_code WHERE batch_id = $1`,
      [uuid],
    );
    expect(stored.rows[0]).toEqual({ n: 500, distinct_hashes: 500, lo: 1, hi: 500, bytes: 32 });
    const codes = await codesOf(batch.labelSheetCsvUrl);
    expect(codes.map((c) => c.serial)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    expect(new Set(codes.map((c) => c.code)).size).toBe(500);
    for (const { code, url } of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}$/);
      expect(url.endsWith(`/c/${code.replace(/-/g, '')}`)).toBe(true);
    }
    // No code is in the database in clear, anywhere.
    const dump = await p.db.query(`SELECT count(*)::int AS n FROM label_batch b WHERE b::text LIKE $1`, [
      `%${codes[0]!.code.replace(/-/g, '')}%`,
    ]);
    expect(dump.rows[0].n).toBe(0);
    const audit = await p.db.query(
      `SELECT outcome FROM audit_log WHERE action = 'labelBatchCreate' AND entity_id = $1`,
      [uuid],
    );
    expect(audit.rows).toEqual([{ outcome: 'applied' }]);

    // A code checks as genuine, with what the pack should match; its counts grow with each check.
    const first = await check(codes[41]!.code);
    expect(first).toMatchObject({
      verdict: 'GENUINE',
      code: codes[41]!.code,
      checkedOn: day,
      productId: product.id,
      productName: product.name,
      certificateStatus: 'VALID',
      lotNumber: 'SC-2026-11',
      producedOn: day,
      serial: 42,
      itemCount: 500,
      checkCount: 1,
      copyWarning: false,
    });
    // Typed by hand: lower case, spaces instead of dashes, O for 0 and I or L for 1.
    const typed = codes[41]!.code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    const again = await check(typed);
    expect(again).toMatchObject({ verdict: 'GENUINE', serial: 42, checkCount: 2 });
    expect(again.firstCheckedAt).toBe(first.firstCheckedAt);
  });

  it('answers a check in one statement', async () => {
    const batch = await newBatch(3);
    const [code] = await codesOf(batch.labelSheetCsvUrl);
    const answer = await p.client.request(
      CHECK,
      { code: code!.code },
      { headers: { 'x-ocop-sql-count': '1' } },
    );
    expect(answer.body.data!.labelCodeCheck.verdict).toBe('GENUINE');
    expect((answer.body as { extensions?: { sqlStatements?: number } }).extensions!.sqlStatements).toBe(1);
    const unknown = await p.client.request(
      CHECK,
      { code: 'ABCD-EFGH-JKMNP' },
      { headers: { 'x-ocop-sql-count': '1' } },
    );
    expect(unknown.body.data!.labelCodeCheck.verdict).toBe('UNKNOWN');
    expect((unknown.body as { extensions?: { sqlStatements?: number } }).extensions!.sqlStatements).toBe(1);
  });

  it('reads an unknown or malformed code as unknown, and refuses a huge one', async () => {
    for (const text of ['ABCD-EFGH-JKMNP', 'ABC', '', '💥💥💥💥💥💥💥💥💥💥💥💥💥', 'U'.repeat(13)]) {
      const answer = await check(text);
      expect(answer).toMatchObject({
        verdict: 'UNKNOWN',
        checkCount: null,
        productName: null,
        copyWarning: false,
      });
    }
    const huge = await p.client.request(CHECK, { code: 'A'.repeat(101) });
    expect(huge.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'code' });
  });

  it('refuses bad batches with a user error each, writing nothing', async () => {
    const before = [await count('label_batch'), await count('label_code')];
    const cases: [Record<string, unknown>, string, string][] = [
      [{ lotNumber: 'x', itemCount: 0 }, 'input.itemCount', 'OUT_OF_RANGE'],
      [{ lotNumber: 'x', itemCount: 10_001 }, 'input.itemCount', 'OUT_OF_RANGE'],
      [{ lotNumber: '   ', itemCount: 5 }, 'input.lotNumber', 'TOO_SHORT'],
      [{ lotNumber: 'x'.repeat(51), itemCount: 5 }, 'input.lotNumber', 'TOO_LONG'],
      [{ lotNumber: 'SC-2026-11', itemCount: 5 }, 'input.lotNumber', 'DUPLICATE'],
      [{ lotNumber: 'y', itemCount: 5, producedOn: '2999-01-01' }, 'input.producedOn', 'OUT_OF_RANGE'],
      [{ lotNumber: 'y', itemCount: 5, bestBefore: '2000-01-01' }, 'input.bestBefore', 'OUT_OF_RANGE'],
      [
        {
          lotNumber: 'y',
          itemCount: 5,
          listingId: globalId('ProductListing', '00000000-0000-4000-8000-000000000000'),
        },
        'input.listingId',
        'NOT_FOUND',
      ],
    ];
    for (const [input, field, code] of cases) {
      const answer = await create(editor, input);
      expect(answer.body.errors).toBeUndefined();
      const errors = answer.body.data!.labelBatchCreate.userErrors as { field: string[]; code: string }[];
      expect(errors.map((e) => `${e.field.join('.')} ${e.code}`)).toContain(`${field} ${code}`);
      expect(answer.body.data!.labelBatchCreate.batch).toBeNull();
    }
    expect([await count('label_batch'), await count('label_code')]).toEqual(before);
  });

  it('labels only certified products, and only for their producer’s editors', async () => {
    const before = [await count('label_batch'), await count('label_code')];
    const { rows } = await p.db.query<{ id: string }>(
      `SELECT id FROM ocop_product
       WHERE deleted_at IS NULL AND ocop_certificate_status(current_decision_date, current_expires_on,
             current_revoked_on, current_superseded_on, $1) IS DISTINCT FROM 'valid'
       ORDER BY id LIMIT 1`,
      [day],
    );
    const uncertified = await admin.request(CREATE, {
      input: {
        productId: globalId('OcopProduct', rows[0]!.id),
        lotNumber: 'z',
        producedOn: day,
        itemCount: 5,
      },
    });
    expect(uncertified.body.data!.labelBatchCreate.userErrors.map((e: { code: string }) => e.code)).toEqual([
      'NOT_CERTIFIED',
    ]);
    const stranger = await create(otherEditor, { lotNumber: 'z', itemCount: 5 });
    expect(stranger.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const anonymous = await create(p.client, { lotNumber: 'z', itemCount: 5 });
    expect(anonymous.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect([await count('label_batch'), await count('label_code')]).toEqual(before);
    const denied = await p.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'labelBatchCreate' AND outcome <> 'applied'`,
    );
    expect(denied.rows[0].n).toBeGreaterThanOrEqual(2);
  });

  it('makes one batch of a retried submit (same idempotency key)', async () => {
    const input = { lotNumber: `retry-${day}`, itemCount: 7, idempotencyKey: `label-retry-${day}` };
    const answers = await Promise.all([create(editor, input), create(editor, input), create(editor, input)]);
    const ids = answers.map((a) => a.body.data!.labelBatchCreate.batch?.id);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBeTruthy();
    const { rows } = await p.db.query(`SELECT count(*)::int AS n FROM label_batch WHERE lot_number = $1`, [
      input.lotNumber,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('serves the label sheet to the producer’s editors only: a PDF of 24 labels a page', async () => {
    const batch = await newBatch(50);
    const pdf = await fetch(`${p.baseUrl}${batch.labelSheetPdfUrl}`, { headers: { cookie: editor.cookie! } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="nhan-L-/);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(Number(pdf.headers.get('content-length'))).toBe(bytes.length);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = bytes.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? [];
    expect(pages).toHaveLength(Math.ceil(50 / 24));
    for (const [as, status] of [
      [otherEditor, 403],
      [official, 403],
      [p.client, 401],
    ] as const) {
      const refused = await fetch(`${p.baseUrl}${batch.labelSheetPdfUrl}`, {
        headers: as.cookie ? { cookie: as.cookie } : {},
      });
      expect(refused.status).toBe(status);
      expect(
        ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
      ).toBe(status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
    const missing = await fetch(`${p.baseUrl}/labels/00000000-0000-4000-8000-000000000000.pdf`, {
      headers: { cookie: editor.cookie! },
    });
    expect(missing.status).toBe(404);
  });

  it('reads a recalled batch’s codes as recalled, with the reason; the official may recall, once', async () => {
    const batch = await newBatch(10);
    const codes = await codesOf(batch.labelSheetCsvUrl);
    const elsewhere = await currentCommune(p.db, '01');
    await createUser(p.db, 'can.bo.xa.khac@example.vn', 'commune_official', elsewhere.id);
    const outsider = await p.logIn('can.bo.xa.khac@example.vn');
    const refused = await outsider.request(RECALL, { input: { id: batch.id, reason: 'thử' } });
    expect(refused.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const empty = await official.request(RECALL, { input: { id: batch.id, reason: '  ' } });
    expect(empty.body.data!.labelBatchRecall.userErrors[0]).toMatchObject({ field: ['input', 'reason'] });
    expect((await check(codes[0]!.code)).verdict).toBe('GENUINE');

    const reason = 'Kiểm tra phát hiện độ ẩm vượt mức cho phép';
    const recalled = await official.request(RECALL, { input: { id: batch.id, reason } });
    expect(recalled.body.data!.labelBatchRecall.userErrors).toEqual([]);
    expect(recalled.body.data!.labelBatchRecall.batch).toMatchObject({ id: batch.id, recallReason: reason });
    expect(await check(codes[3]!.code)).toMatchObject({
      verdict: 'RECALLED',
      recallReason: reason,
      serial: 4,
    });
    const twice = await editor.request(RECALL, { input: { id: batch.id, reason: 'lần nữa' } });
    expect(twice.body.data!.labelBatchRecall.userErrors.map((e: { code: string }) => e.code)).toEqual([
      'ALREADY_RECALLED',
    ]);
    const audit = await p.db.query(
      `SELECT outcome FROM audit_log WHERE action = 'labelBatchRecall' AND entity_id = $1 ORDER BY id`,
      [/\/labels\/([0-9a-f-]{36})\.csv$/.exec(batch.labelSheetCsvUrl)![1]],
    );
    expect(audit.rows.map((r) => r.outcome)).toContain('applied');
    const listed = await official.request(BATCHES, { filter: { recalled: true }, first: 100 });
    expect(listed.body.data!.labelBatches.nodes.map((n: { id: string }) => n.id)).toContain(batch.id);
  });

  it('reads the codes of a product whose certificate ended as such, and counts those checks', async () => {
    const batch = await newBatch(4);
    const codes = await codesOf(batch.labelSheetCsvUrl);
    const certificate = await p.db.query<{ id: string; revoked_on: string | null }>(
      `SELECT current_certificate_id AS id, current_revoked_on::text AS revoked_on FROM ocop_product WHERE id = $1`,
      [product.uuid],
    );
    await p.db.query(`UPDATE ocop_certificate SET revoked_on = $2, revocation_reason = 'thử' WHERE id = $1`, [
      certificate.rows[0]!.id,
      day,
    ]);
    try {
      expect(await check(codes[1]!.code)).toMatchObject({
        verdict: 'CERTIFICATE_NOT_VALID',
        certificateStatus: 'REVOKED',
      });
      const listed = await editor.request(BATCHES, { first: 100 });
      const node = listed.body.data!.labelBatches.nodes.find((n: { id: string }) => n.id === batch.id);
      expect(node).toMatchObject({ checkCount: 1, checkedCodes: 1, checksWithInvalidCertificate: 1 });
    } finally {
      await p.db.query(
        `UPDATE ocop_certificate SET revoked_on = $2::date, revocation_reason = NULL WHERE id = $1`,
        [certificate.rows[0]!.id, certificate.rows[0]!.revoked_on],
      );
    }
    expect((await check(codes[1]!.code)).verdict).toBe('GENUINE');
  });

  it('flags a single-item code checked 200 times from 40 places, and not a pack checked 4 times', async () => {
    const batch = await newBatch(20);
    const codes = await codesOf(batch.labelSheetCsvUrl);
    const places = Array.from({ length: 40 }, (_, i) => `198.51.${i}.${(i * 7) % 250}`);
    let last: Check | null = null;
    for (let i = 0; i < 200; i++) last = await check(codes[5]!.code, places[i % 40]);
    expect(last).toMatchObject({ verdict: 'SUSPECTED_COPY', copyWarning: true, checkCount: 200, serial: 6 });
    for (let i = 0; i < 4; i++) last = await check(codes[6]!.code, '203.0.113.9');
    expect(last).toMatchObject({ verdict: 'GENUINE', copyWarning: false, checkCount: 4 });

    const listed = await editor.request(BATCHES, { filter: { suspiciousOnly: true }, first: 100 });
    const node = listed.body.data!.labelBatches.nodes.find((n: { id: string }) => n.id === batch.id);
    expect(node).toMatchObject({ checkCount: 204, checkedCodes: 2, suspiciousCodes: 1 });
    expect(node.suspiciousLabels).toEqual([
      expect.objectContaining({ serial: 6, checkCount: 200, placeCount: 40 }),
    ]);
    // The officials of the province see it too; the other producer's editor does not.
    const byOfficial = await official.request(BATCHES, {
      filter: { suspiciousOnly: true, unitCode: '11' },
      first: 100,
    });
    expect(byOfficial.body.data!.labelBatches.nodes.map((n: { id: string }) => n.id)).toContain(batch.id);
    const byStranger = await otherEditor.request(BATCHES, { first: 100 });
    expect(byStranger.body.data!.labelBatches.nodes.map((n: { id: string }) => n.id)).not.toContain(batch.id);
    const anonymous = await p.client.request(BATCHES, { first: 5 });
    expect(anonymous.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    // No address is kept: the places are 8-byte keyed hashes.
    const kept = await p.db.query(`SELECT DISTINCT octet_length(place) AS bytes FROM label_check_place`);
    expect(kept.rows).toEqual([{ bytes: 8 }]);
  });

  it('loses no check when one code is checked by many at once', async () => {
    const batch = await newBatch(2);
    const [code] = await codesOf(batch.labelSheetCsvUrl);
    await Promise.all(Array.from({ length: 30 }, (_, i) => check(code!.code, `192.0.2.${i}`)));
    const last = await check(code!.code, '192.0.2.200');
    expect(last.checkCount).toBe(31);
  });

  it('pages the batches newest first by cursor, each once', async () => {
    const all = await editor.request(BATCHES, { first: 100 });
    const total = all.body.data!.labelBatches.totalCount as number;
    expect(total).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = (await editor.request(BATCHES, { first: 2, after })) as Answer<Loose>;
      seen.push(...page.body.data!.labelBatches.nodes.map((n: { id: string }) => n.id));
      after = page.body.data!.labelBatches.pageInfo.hasNextPage
        ? page.body.data!.labelBatches.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen).toEqual(all.body.data!.labelBatches.nodes.map((n: { id: string }) => n.id));
    expect(seen).toHaveLength(total);
  });

  it('keeps the places of checks a month: the housekeeping deletes older ones, the counts stay', async () => {
    const batch = await newBatch(1);
    const [code] = await codesOf(batch.labelSheetCsvUrl);
    for (const from of ['192.0.2.1', '198.51.100.1', '203.0.113.1']) await check(code!.code, from);
    const uuid = /\/labels\/([0-9a-f-]{36})\.csv$/.exec(batch.labelSheetCsvUrl)![1]!;
    // Two of the three seen 31 days before the platform's now.
    await p.db.query(
      `UPDATE label_check_place SET seen_at = seen_at - interval '31 days'
       WHERE batch_id = $1 AND place IN (SELECT place FROM label_check_place WHERE batch_id = $1 ORDER BY place LIMIT 2)`,
      [uuid],
    );
    const dataSource = createDataSource({ url: p.url, poolSize: 1 });
    await dataSource.initialize();
    try {
      await sweepExpiredAuthState(dataSource);
    } finally {
      await dataSource.destroy();
    }
    const places = await p.db.query(`SELECT count(*)::int AS n FROM label_check_place WHERE batch_id = $1`, [
      uuid,
    ]);
    expect(places.rows[0].n).toBe(1);
    const stats = await p.db.query(`SELECT check_count, place_count FROM label_code WHERE batch_id = $1`, [
      uuid,
    ]);
    expect(stats.rows[0]).toEqual({ check_count: 3, place_count: 3 });
  });

  it('shows batches in the change feed (recorded, recalled) and through node(id) to those who may see them', async () => {
    const batch = await newBatch(2);
    await official.request(RECALL, { input: { id: batch.id, reason: 'thu hồi để thử nguồn thay đổi' } });
    const FEED = `query($after: String) {
      changes(first: 100, after: $after, types: [BATCH]) {
        nodes { kind type nodeId node { ... on LabelBatch { lotNumber recallReason } } } pageInfo { endCursor hasNextPage }
      }
    }`;
    const kinds: string[] = [];
    const deadline = Date.now() + 10_000;
    while (kinds.length < 2 && Date.now() < deadline) {
      kinds.length = 0;
      let after: string | null = null;
      for (;;) {
        const page = (await admin.request(FEED, { after })) as Answer<Loose>;
        expect(page.body.errors).toBeUndefined();
        for (const change of page.body.data!.changes.nodes)
          if (change.nodeId === batch.id) {
            expect(change.type).toBe('BATCH');
            expect(change.node).toEqual({
              lotNumber: batch.lotNumber,
              recallReason: 'thu hồi để thử nguồn thay đổi',
            });
            kinds.push(change.kind);
          }
        if (!page.body.data!.changes.pageInfo.hasNextPage) break;
        after = page.body.data!.changes.pageInfo.endCursor;
      }
      if (kinds.length < 2) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(kinds).toEqual(['CREATED', 'UPDATED']);
    const NODE = `query($id: ID!) { node(id: $id) { id ... on LabelBatch { lotNumber } } }`;
    expect((await editor.request(NODE, { id: batch.id })).body.data!.node).toEqual({
      id: batch.id,
      lotNumber: batch.lotNumber,
    });
    expect((await otherEditor.request(NODE, { id: batch.id })).body.data!.node).toBeNull();
    expect((await p.client.request(NODE, { id: batch.id })).body.data!.node).toBeNull();
  });
});
