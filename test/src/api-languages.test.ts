import { randomUUID } from 'node:crypto';
import { addDays, today } from '@ocop/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, type Client } from './client';
import { DEMO } from './demo-accounts';
import { startDemoPlatform, type DemoPlatform } from './demo-platform';
import { gql } from './gql';

/**
 * User errors (and the upload route's refusals) come in the language the request asks for: its
 * Accept-Language (the portal sends the language it shows), else the viewer's locale, else
 * Vietnamese — never one sentence in both (issue 13: "… không được công nhận OCOP (below 50
 * points: not certified)").
 */
const CERTIFICATION = gql(`mutation LanguagesCertification($input: OcopCertificationRecordInput!) {
  ocopCertificationRecord(input: $input) { certificate { id } userErrors { field code message } }
}`);

const INQUIRY_SEND = gql(`mutation LanguagesInquirySend($input: InquirySendInput!) {
  inquirySend(input: $input) { buyerToken userErrors { field code message } }
}`);

const INQUIRY_MARK_READ = gql(`mutation LanguagesInquiryMarkRead($input: InquiryMarkReadInput!) {
  inquiryMarkRead(input: $input) { userErrors { code } }
}`);

const DETAILS_UPDATE = gql(`mutation LanguagesDetailsUpdate($input: ProductDetailsUpdateInput!) {
  productDetailsUpdate(input: $input) { product { id } userErrors { field code message } }
}`);

const PRODUCT_PROPOSE = gql(`mutation LanguagesProductPropose($input: ProductProposeInput!) {
  productPropose(input: $input) { product { id } userErrors { field code message } }
}`);

const VI = { 'accept-language': 'vi-VN,vi;q=0.9,en;q=0.5' };
const EN = { 'accept-language': 'en-GB,en;q=0.9,vi;q=0.4' };

/** Any Vietnamese letter with a diacritic (and đ): an English message has none. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

describe('messages in the language asked for', () => {
  let p: DemoPlatform;
  let official: Client;
  let editor: Client;
  let productId: string;
  beforeAll(async () => {
    p = await startDemoPlatform('api_languages');
    official = await p.logIn(DEMO.provinceOfficial);
    editor = await p.logIn(DEMO.producerEditor);
    const { rows } = await p.db.query<{ id: string }>(
      `SELECT id FROM ocop_product WHERE deleted_at IS NULL AND origin_commune_id IS NOT NULL ORDER BY id LIMIT 1`,
    );
    productId = globalId('OcopProduct', rows[0]!.id);
  });
  afterAll(() => p?.stop());

  /** Rows of a table, to see that a refusal wrote nothing. */
  const count = async (table: string) =>
    Number((await p.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);

  describe('inquiries', () => {
    /** An anonymous buyer's inquiry refused three times: a past day, a bad phone, no consent. */
    async function inquiryRefusals(headers: Record<string, string>) {
      const day = (await p.client.request(gql(`query LanguagesToday { today }`))).body.data!.today;
      const before = await count('inquiry');
      const { body } = await p.client.request(
        INQUIRY_SEND,
        {
          input: {
            idempotencyKey: `languages-${headers['accept-language']!.slice(0, 2)}-inquiry`,
            productId,
            message: 'Xin báo giá 100 kg.',
            buyerName: 'Người mua',
            phone: '12345',
            preferredChannel: 'PHONE',
            wantedBy: addDays(day, -1),
            consentToShare: false,
          },
        },
        { headers },
      );
      expect(body.data!.inquirySend.buyerToken).toBeNull();
      expect(await count('inquiry')).toBe(before);
      // A producer's editor opening an inquiry there is none of: NOT_FOUND, in the same language.
      const inbox = await editor.request(
        INQUIRY_MARK_READ,
        { input: { inquiryId: globalId('Inquiry', randomUUID()) } },
        { headers },
      );
      expect(inbox.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
      return {
        day,
        errors: body.data!.inquirySend.userErrors.map((e) => [e.field.join('.'), e.code, e.message]),
        inbox: inbox.body.errors![0]!.message,
      };
    }

    it('an inquiry refused in Vietnamese', async () => {
      const { day, errors, inbox } = await inquiryRefusals(VI);
      expect(errors).toEqual([
        ['input.wantedBy', 'OUT_OF_RANGE', `Ngày cần hàng không được trước hôm nay, ${day}.`],
        ['input.phone', 'INVALID', 'Số điện thoại Việt Nam không hợp lệ, ví dụ 0912 345 678.'],
        ['input.consentToShare', 'REQUIRED', 'Cần đồng ý chia sẻ liên hệ với chủ thể.'],
      ]);
      expect(inbox).toBe('Không có yêu cầu báo giá này.');
    });

    it('the same inquiry refused in English, with no Vietnamese in it', async () => {
      const { day, errors, inbox } = await inquiryRefusals(EN);
      expect(errors).toEqual([
        ['input.wantedBy', 'OUT_OF_RANGE', `The date wanted cannot be before today, ${day}.`],
        ['input.phone', 'INVALID', 'Not a Vietnamese phone number; for example 0912 345 678.'],
        ['input.consentToShare', 'REQUIRED', 'Consent to share the contact with the producer is required.'],
      ]);
      expect(inbox).toBe('There is no such inquiry.');
      for (const [, , message] of errors) expect(message).not.toMatch(VIETNAMESE);
    });
  });

  describe('product details and proposals', () => {
    /**
     * The producer editor's details of their own product refused (a shelf life of 0 days, a
     * quantity finer than 3 decimals), the details of another producer's product FORBIDDEN, and
     * an official's proposal of a product FORBIDDEN.
     */
    async function detailRefusals(headers: Record<string, string>) {
      const { rows } = await p.db.query<{ own: string; other: string }>(
        `SELECT (SELECT o.id FROM ocop_product o JOIN role_assignment r ON r.producer_id = o.producer_id
                 JOIN app_user u ON u.id = r.user_id WHERE u.email = $1 AND o.deleted_at IS NULL
                 ORDER BY o.id LIMIT 1) AS own,
                (SELECT o.id FROM ocop_product o WHERE o.deleted_at IS NULL AND o.producer_id NOT IN
                   (SELECT r.producer_id FROM role_assignment r JOIN app_user u ON u.id = r.user_id
                    WHERE u.email = $1 AND r.producer_id IS NOT NULL) ORDER BY o.id LIMIT 1) AS other`,
        [DEMO.producerEditor],
      );
      const applied = async () =>
        Number(
          (
            await p.db.query<{ n: string }>(
              `SELECT count(*) AS n FROM audit_log WHERE action = 'productDetailsUpdate' AND outcome = 'applied'`,
            )
          ).rows[0]!.n,
        );
      const before = [await count('product_trade_detail'), await applied()];
      const update = (id: string) =>
        editor.request(
          DETAILS_UPDATE,
          {
            input: {
              productId: globalId('OcopProduct', id),
              version: 0,
              shelfLifeDays: 0,
              capacity: { quantity: 1.2345, unit: 'kg', period: 'MONTH' },
            },
          },
          { headers },
        );
      const own = (await update(rows[0]!.own)).body.data!.productDetailsUpdate;
      const other = (await update(rows[0]!.other)).body;
      expect(other.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect([await count('product_trade_detail'), await applied()]).toEqual(before);
      const proposal = await official.request(
        PRODUCT_PROPOSE,
        { input: { name: 'Sản phẩm đề xuất thử', idempotencyKey: 'languages-propose-1' } },
        { headers },
      );
      expect(proposal.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
      return {
        errors: own.userErrors.map((e) => [e.field.join('.'), e.code, e.message]),
        otherProducer: other.errors![0]!.message,
        proposal: proposal.body.errors![0]!.message,
      };
    }

    it('product details refused in Vietnamese', async () => {
      expect(await detailRefusals(VI)).toEqual({
        errors: [
          ['input.capacity.quantity', 'INVALID', 'Sản lượng có tối đa 3 chữ số thập phân.'],
          ['input.shelfLifeDays', 'OUT_OF_RANGE', 'Hạn sử dụng ít nhất 1 ngày.'],
        ],
        otherProducer: 'Bạn không được sửa sản phẩm của chủ thể khác.',
        proposal: 'Chỉ chủ thể mới được đề xuất sản phẩm.',
      });
    });

    it('product details refused in English, with no Vietnamese in it', async () => {
      const answers = await detailRefusals(EN);
      expect(answers).toEqual({
        errors: [
          ['input.capacity.quantity', 'INVALID', 'The quantity has at most 3 decimals.'],
          ['input.shelfLifeDays', 'OUT_OF_RANGE', 'The shelf life is at least 1 day.'],
        ],
        otherProducer: 'This product belongs to another producer.',
        proposal: 'Only producers propose products.',
      });
      for (const message of Object.values(answers).flat(2)) expect(message).not.toMatch(VIETNAMESE);
    });
  });

  it('the catalogue export refuses a bad parameter in the language asked for (Accept-Language, else the file’s lang)', async () => {
    const refusal = async (query: string, headers: Record<string, string> = {}) => {
      const response = await fetch(`${p.baseUrl}/export/products.csv?${query}`, { headers });
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as {
        errors: { message: string; extensions: { argumentName: string } }[];
      };
      return [body.errors[0]!.extensions.argumentName, body.errors[0]!.message];
    };
    expect(await refusal('stars=9', VI)).toEqual(['stars', 'Số sao "stars" từ 1 đến 5.']);
    expect(await refusal('stars=9', EN)).toEqual(['stars', '"stars" values are 1 to 5.']);
    expect(await refusal('colour=red')).toEqual(['colour', 'Không có tham số "colour".']);
    expect(await refusal('colour=red&lang=en')).toEqual(['colour', 'Unknown parameter "colour".']);
    expect(await refusal('province=1&lang=en', VI)).toEqual([
      'province',
      '"provinceCode": mã tỉnh gồm 2 chữ số theo mã thống kê, ví dụ "11"; đã nhận "1".',
    ]);
  });

  /** A certification refused twice: a score below the bands (45) and a score finer than a tenth. */
  async function refusals(headers: Record<string, string> | undefined) {
    const certify = (score: number) =>
      official.request(
        CERTIFICATION,
        {
          input: {
            productId,
            score,
            decisionNumber: `${score}/QĐ-UBND`,
            decisionDate: addDays(today(), -3),
            certificateNumber: `OCOP-LANG-${score}`,
          },
        },
        { headers },
      );
    const low = (await certify(45)).body.data!.ocopCertificationRecord;
    const fine = (await certify(69.55)).body.data!.ocopCertificationRecord;
    expect(low.certificate).toBeNull();
    expect(fine.certificate).toBeNull();
    const wrongLogin = await p.client.login('nobody@example.vn', 'not the password', { headers });
    const upload = (type: string, body: string, cookie: string | null) =>
      fetch(`${p.baseUrl}/uploads/photos`, {
        method: 'POST',
        headers: { 'content-type': type, ...(cookie ? { cookie } : {}), ...headers },
        body,
      }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { errors: { message: string }[] },
      }));
    const anonymousUpload = await upload('image/png', 'x', null);
    const textAsPng = await upload('image/png', 'not a picture', editor.cookie);
    expect([anonymousUpload.status, textAsPng.status]).toEqual([401, 415]);
    return {
      band: low.userErrors.map((e) => [e.field.join('.'), e.code, e.message]),
      decimals: fine.userErrors.map((e) => [e.field.join('.'), e.code, e.message]),
      login: wrongLogin.body.data!.login.userErrors.map((e) => [e.code, e.message]),
      anonymousUpload: anonymousUpload.body.errors[0]!.message,
      textAsPng: textAsPng.body.errors[0]!.message,
    };
  }

  it('Vietnamese when the request asks for it: no English beside it', async () => {
    const answers = await refusals(VI);
    expect(answers).toEqual({
      band: [['input.score', 'OUT_OF_RANGE', 'Dưới 50 điểm (1–2 sao) không được công nhận OCOP.']],
      decimals: [['input.score', 'INVALID', 'Điểm có tối đa một chữ số thập phân.']],
      login: [['INVALID_CREDENTIALS', 'Email hoặc mật khẩu không đúng.']],
      anonymousUpload: 'Đăng nhập để tải ảnh lên.',
      textAsPng: 'Nội dung tệp không phải là ảnh image/png.',
    });
    // No message carries an English gloss in brackets any more.
    for (const message of Object.values(answers).flat(2))
      expect(message).not.toMatch(/\([a-z][a-z ]+[a-z]\)/);
  });

  it('English when the request asks for it: no Vietnamese in it', async () => {
    const answers = await refusals(EN);
    expect(answers).toEqual({
      band: [['input.score', 'OUT_OF_RANGE', 'Below 50 points (1–2 stars) a product is not OCOP-certified.']],
      decimals: [['input.score', 'INVALID', 'A score has at most one decimal place.']],
      login: [['INVALID_CREDENTIALS', 'Wrong email or password.']],
      anonymousUpload: 'Log in to upload photos.',
      textAsPng: "The file's content is not an image/png image.",
    });
    for (const [, , message] of [...answers.band, ...answers.decimals])
      expect(message).not.toMatch(VIETNAMESE);
  });

  it('without a language asked: the viewer’s preferred one (Vietnamese for the demo official); a request’s own wins over it', async () => {
    const { rows } = await p.db.query<{ locale: string }>(`SELECT locale FROM app_user WHERE email = $1`, [
      DEMO.provinceOfficial,
    ]);
    expect(rows[0]!.locale).toBe('vi');
    const none = await refusals(undefined);
    expect(none.band[0]![2]).toBe('Dưới 50 điểm (1–2 sao) không được công nhận OCOP.');
    // The official's own locale is English now: without a header the answer follows it…
    await p.db.query(`UPDATE app_user SET locale = 'en' WHERE email = $1`, [DEMO.provinceOfficial]);
    const own = await refusals(undefined);
    expect(own.band[0]![2]).toBe('Below 50 points (1–2 stars) a product is not OCOP-certified.');
    // …and a request that asks for Vietnamese gets Vietnamese all the same.
    const asked = await refusals(VI);
    expect(asked.band[0]![2]).toBe('Dưới 50 điểm (1–2 sao) không được công nhận OCOP.');
  });
});
