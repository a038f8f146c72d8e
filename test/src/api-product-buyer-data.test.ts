import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, vietnamDayOf } from '@ocop/db';
import { globalId, type Client } from './client';
import { DEMO } from './demo-accounts';
import {
  createUser,
  findFixtures,
  startDemoPlatform,
  uploadPhoto,
  type DemoPlatform,
  type Fixtures,
} from './demo-platform';
import { gql } from './gql';

/**
 * What a buyer needs to know about a product (issue 13): capacity, shelf life and storage, English,
 * quality certifications with their status on the platform's day, cover photos, https-only sales
 * channels and the comparison of up to four products — over HTTP on a platform of its own.
 *
 * The platform runs on a pinned day (OCOP_TODAY) two years after the machine's: a certification that
 * is valid by the machine's calendar is expired by the platform's, so the test shows the status is
 * derived from the platform clock, not from the system time.
 */

const PRODUCT = gql(`query BuyerDataProduct($id: ID!) {
  today
  ocopProduct(id: $id) {
    id name nameEn description descriptionEn shelfLifeDays storageInstructions detailsVersion
    capacity { quantity unit period }
    qualityCertifications { id version scheme schemeName issuer number validFrom validUntil status expiredSince }
    coverPhoto { id url width height }
  }
}`);

const DETAILS_UPDATE = gql(`mutation BuyerDataDetailsUpdate($input: ProductDetailsUpdateInput!) {
  productDetailsUpdate(input: $input) {
    product { id nameEn descriptionEn shelfLifeDays storageInstructions detailsVersion capacity { quantity unit period } }
    userErrors { field code message currentVersion }
  }
}`);

const CERTIFICATION_ADD = gql(`mutation BuyerDataCertificationAdd($input: ProductCertificationAddInput!) {
  productCertificationAdd(input: $input) {
    certification { id version scheme schemeName issuer number validFrom validUntil status expiredSince }
    userErrors { field code message }
  }
}`);

const CERTIFICATION_REMOVE =
  gql(`mutation BuyerDataCertificationRemove($input: ProductCertificationRemoveInput!) {
  productCertificationRemove(input: $input) {
    removedCertificationId
    userErrors { field code currentVersion }
  }
}`);

const LISTING_CHANNELS = gql(`mutation BuyerDataListingChannels($input: ProductListingUpdateInput!) {
  productListingUpdate(input: $input) {
    listing { version salesChannels { kind url } }
    userErrors { field code message }
  }
}`);

const BY_IDS = gql(`query BuyerDataByIds($ids: [ID!]!) {
  ocopProductsByIds(ids: $ids) {
    id name nameEn stars shelfLifeDays
    capacity { quantity unit period }
    qualityCertifications { scheme status }
    coverPhoto { url width height }
    listings { priceVnd unit minOrderQuantity }
    producer { name }
    originCommune { name parent { name } }
  }
}`);

const PHOTO_ADD = gql(`mutation BuyerDataPhotoAdd($input: ProductPhotoAddInput!) {
  productPhotoAdd(input: $input) { photo { id url width height } userErrors { code } }
}`);

const productId = (uuid: string) => globalId('OcopProduct', uuid);

describe('buyer data of OCOP products', () => {
  let p: DemoPlatform;
  let f: Fixtures;
  let editor: Client;
  let official: Client;
  let admin: Client;
  /** The platform's day (pinned), as its API says. */
  let today: string;
  /** The machine's day in Vietnam: what a rule reading the system clock would take for today. */
  const systemDay = vietnamDayOf(Date.now());
  const pinnedDay = addDays(systemDay, 730);
  /** A product of the editor's producer the demo gives no buyer data (its details start at version 0). */
  let bareProduct: string;
  /** Séng Cù rice, whose buyer data the demo seeds. */
  let sengCu: string;

  beforeAll(async () => {
    p = await startDemoPlatform('ocop_buyer_data', { OCOP_TODAY: pinnedDay });
    f = await findFixtures(p.db);
    editor = await p.logIn(DEMO.producerEditor);
    official = await p.logIn(DEMO.provinceOfficial);
    admin = await p.logIn(DEMO.administrator);
    today = (await p.client.request(gql(`query BuyerDataToday { today }`))).body.data!.today;
    const { rows } = await p.db.query<{ id: string; name: string; has: boolean }>(
      `SELECT p.id, p.name, EXISTS (SELECT 1 FROM product_trade_detail d WHERE d.product_id = p.id) AS has
       FROM ocop_product p WHERE p.producer_id = $1 AND p.deleted_at IS NULL ORDER BY p.name`,
      [f.sengCuProducerId],
    );
    bareProduct = rows.find((row) => !row.has)!.id;
    sengCu = rows.find((row) => row.has)!.id;
  });
  afterAll(async () => {
    await p?.stop();
  });

  const audits = async (action: string, outcome: string) =>
    (
      await p.db.query<{ entity_id: string; before: unknown; after: Record<string, unknown> }>(
        `SELECT entity_id, before, after FROM audit_log WHERE action = $1 AND outcome = $2 ORDER BY id`,
        [action, outcome],
      )
    ).rows;
  const detailRow = async (uuid: string) =>
    (
      await p.db.query(
        `SELECT version, capacity_quantity::float8 AS q, capacity_unit, capacity_period, shelf_life_days,
                storage_instructions, name_en, description_en
         FROM product_trade_detail WHERE product_id = $1`,
        [uuid],
      )
    ).rows[0] ?? null;

  it('the platform answers for its pinned day, not the machine’s', () => {
    expect(today).toBe(pinnedDay);
    expect(today).not.toBe(systemDay);
  });

  it('the demo product shows every field as stored, each certification with its status on the platform’s day', async () => {
    const { body } = await p.client.request(PRODUCT, { id: productId(sengCu) });
    expect(body.errors).toBeUndefined();
    const product = body.data!.ocopProduct!;
    const stored = await detailRow(sengCu);
    expect(stored).not.toBeNull();
    expect(product).toMatchObject({
      nameEn: stored.name_en,
      descriptionEn: stored.description_en,
      shelfLifeDays: stored.shelf_life_days,
      storageInstructions: stored.storage_instructions,
      detailsVersion: stored.version,
      capacity: {
        quantity: stored.q,
        unit: stored.capacity_unit,
        period: stored.capacity_period.toUpperCase(),
      },
    });
    const { rows: certifications } = await p.db.query<{
      scheme: string;
      issuer: string;
      number: string;
      valid_from: string;
      valid_until: string | null;
    }>(
      `SELECT scheme, issuer, number, valid_from::text, valid_until::text FROM product_certification
       WHERE product_id = $1 ORDER BY valid_from DESC`,
      [sengCu],
    );
    expect(certifications.length).toBeGreaterThan(1);
    expect(product.qualityCertifications).toEqual(
      certifications.map((row) => {
        const expired = row.valid_until !== null && row.valid_until < today;
        return expect.objectContaining({
          scheme: row.scheme.toUpperCase(),
          issuer: row.issuer,
          number: row.number,
          validFrom: row.valid_from,
          validUntil: row.valid_until,
          status: row.valid_from > today ? 'NOT_YET_VALID' : expired ? 'EXPIRED' : 'VALID',
          expiredSince: expired ? addDays(row.valid_until!, 1) : null,
        });
      }),
    );
    // The demo shows both kinds, whatever day it is seeded on (its dates are relative to that day).
    expect(new Set(product.qualityCertifications.map((c) => c.status))).toEqual(
      new Set(['VALID', 'EXPIRED']),
    );
  });

  it('a product without buyer data answers nulls, version 0 and no certifications', async () => {
    const { body } = await p.client.request(PRODUCT, { id: productId(bareProduct) });
    expect(body.data!.ocopProduct).toMatchObject({
      nameEn: null,
      descriptionEn: null,
      capacity: null,
      shelfLifeDays: null,
      storageInstructions: null,
      detailsVersion: 0,
      qualityCertifications: [],
      coverPhoto: null,
    });
  });

  describe('productDetailsUpdate', () => {
    it('writes every field from version 0, audited with the producer; null clears; absent keeps', async () => {
      const input = {
        productId: productId(bareProduct),
        version: 0,
        capacity: { quantity: 12.5, unit: 'tấn', period: 'MONTH' as const },
        shelfLifeDays: 180,
        storageInstructions: '  Nơi khô ráo  ',
        nameEn: 'Séng Cù brown rice',
        descriptionEn: 'Whole-grain rice.',
      };
      const { body } = await editor.request(DETAILS_UPDATE, { input });
      expect(body.data!.productDetailsUpdate.userErrors).toEqual([]);
      expect(body.data!.productDetailsUpdate.product).toMatchObject({
        detailsVersion: 1,
        capacity: { quantity: 12.5, unit: 'tấn', period: 'MONTH' },
        shelfLifeDays: 180,
        storageInstructions: 'Nơi khô ráo',
        nameEn: 'Séng Cù brown rice',
        descriptionEn: 'Whole-grain rice.',
      });
      expect(await detailRow(bareProduct)).toEqual({
        version: 1,
        q: 12.5,
        capacity_unit: 'tấn',
        capacity_period: 'month',
        shelf_life_days: 180,
        storage_instructions: 'Nơi khô ráo',
        name_en: 'Séng Cù brown rice',
        description_en: 'Whole-grain rice.',
      });
      const applied = await audits('productDetailsUpdate', 'applied');
      expect(applied.at(-1)).toMatchObject({
        entity_id: bareProduct,
        before: null,
        after: expect.objectContaining({ name_en: 'Séng Cù brown rice', producer_id: f.sengCuProducerId }),
      });

      const second = await editor.request(DETAILS_UPDATE, {
        input: {
          productId: productId(bareProduct),
          version: 1,
          capacity: null,
          nameEn: 'Séng Cù Brown Rice',
        },
      });
      expect(second.body.data!.productDetailsUpdate.userErrors).toEqual([]);
      expect(await detailRow(bareProduct)).toMatchObject({
        version: 2,
        q: null,
        capacity_unit: null,
        capacity_period: null,
        shelf_life_days: 180,
        name_en: 'Séng Cù Brown Rice',
        description_en: 'Whole-grain rice.',
      });
      expect((await audits('productDetailsUpdate', 'applied')).at(-1)!.before).toMatchObject({ version: 1 });
    });

    it('a stale version is a CONFLICT with the current version; nothing written', async () => {
      const before = await detailRow(bareProduct);
      const { body } = await editor.request(DETAILS_UPDATE, {
        input: { productId: productId(bareProduct), version: before.version - 1, shelfLifeDays: 30 },
      });
      expect(body.data!.productDetailsUpdate.userErrors).toEqual([
        expect.objectContaining({
          field: ['input', 'version'],
          code: 'CONFLICT',
          currentVersion: before.version,
        }),
      ]);
      // The payload shows the product as someone else left it.
      expect(body.data!.productDetailsUpdate.product).toMatchObject({
        detailsVersion: before.version,
        shelfLifeDays: before.shelf_life_days,
      });
      expect(await detailRow(bareProduct)).toEqual(before);
    });

    it('two editors sending at once from the same version: one applied, one CONFLICT, no update lost', async () => {
      await createUser(p.db, 'editor.hai@buyer-data.test', 'producer_editor', f.sengCuProducerId);
      const second = await p.logIn('editor.hai@buyer-data.test');
      const before = await detailRow(bareProduct);
      const answers = await Promise.all(
        [editor, second, editor, second].map((as, i) =>
          as.request(DETAILS_UPDATE, {
            input: {
              productId: productId(bareProduct),
              version: before.version,
              storageInstructions: `Cách ${i}`,
            },
          }),
        ),
      );
      const errors = answers.map((a) => a.body.data!.productDetailsUpdate.userErrors);
      const applied = errors.filter((e) => e.length === 0);
      expect(applied).toHaveLength(1);
      expect(errors.filter((e) => e[0]?.code === 'CONFLICT')).toHaveLength(3);
      const after = await detailRow(bareProduct);
      expect(after.version).toBe(before.version + 1);
      const winner = answers.find((a) => a.body.data!.productDetailsUpdate.userErrors.length === 0)!;
      expect(after.storage_instructions).toBe(
        winner.body.data!.productDetailsUpdate.product!.storageInstructions,
      );
    });

    it('the first write of a product’s details, sent four times at once from version 0, is made once', async () => {
      const { rows } = await p.db.query<{ id: string }>(
        `SELECT p.id FROM ocop_product p WHERE p.producer_id = $1 AND p.deleted_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM product_trade_detail d WHERE d.product_id = p.id) ORDER BY p.id LIMIT 1`,
        [f.sengCuProducerId],
      );
      const target = rows[0]!.id;
      const answers = await Promise.all(
        [0, 1, 2, 3].map((i) =>
          editor.request(DETAILS_UPDATE, {
            input: { productId: productId(target), version: 0, shelfLifeDays: 10 + i },
          }),
        ),
      );
      const applied = answers.filter((a) => a.body.data!.productDetailsUpdate.userErrors.length === 0);
      expect(applied).toHaveLength(1);
      expect(await detailRow(target)).toMatchObject({ version: 1 });
    });

    it('bad values are typed user errors under their fields; nothing written', async () => {
      const before = await detailRow(bareProduct);
      const { body } = await editor.request(DETAILS_UPDATE, {
        input: {
          productId: productId(bareProduct),
          version: before.version,
          capacity: { quantity: -3, unit: ' ', period: 'YEAR' },
          shelfLifeDays: 0,
          nameEn: 'x'.repeat(201),
        },
      });
      const errors = body.data!.productDetailsUpdate.userErrors;
      expect(errors.map((e) => [e.field.join('.'), e.code]).sort()).toEqual(
        [
          ['input.capacity.quantity', 'OUT_OF_RANGE'],
          ['input.capacity.unit', 'TOO_SHORT'],
          ['input.nameEn', 'TOO_LONG'],
          ['input.shelfLifeDays', 'OUT_OF_RANGE'],
        ].sort(),
      );
      expect(await detailRow(bareProduct)).toEqual(before);
      const nothing = await editor.request(DETAILS_UPDATE, {
        input: { productId: productId(bareProduct), version: before.version },
      });
      expect(nothing.body.data!.productDetailsUpdate.userErrors[0]).toMatchObject({ code: 'REQUIRED' });
    });

    it('refused to the public, officials and other producers’ editors (audited); allowed to administrators', async () => {
      const input = {
        productId: productId(bareProduct),
        version: (await detailRow(bareProduct)).version,
        nameEn: 'X',
      };
      const anonymous = await p.client.request(DETAILS_UPDATE, { input });
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const byOfficial = await official.request(DETAILS_UPDATE, { input });
      expect(byOfficial.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const other = await editor.request(DETAILS_UPDATE, {
        input: { productId: productId(f.otherProductId), version: 0, nameEn: 'Not mine' },
      });
      expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await detailRow(f.otherProductId)).toBeNull();
      const denied = await audits('productDetailsUpdate', 'denied');
      expect(denied.map((row) => row.entity_id)).toEqual(
        expect.arrayContaining([bareProduct, f.otherProductId]),
      );
      expect(denied.length).toBeGreaterThanOrEqual(3);

      const byAdmin = await admin.request(DETAILS_UPDATE, { input });
      expect(byAdmin.body.data!.productDetailsUpdate.userErrors).toEqual([]);
      expect(byAdmin.body.data!.productDetailsUpdate.product!.nameEn).toBe('X');
    });
  });

  describe('productCertificationAdd / productCertificationRemove', () => {
    it('records a certification; valid by the machine’s calendar but expired by the platform’s', async () => {
      const validFrom = systemDay;
      const validUntil = addDays(systemDay, 100);
      const { body } = await editor.request(CERTIFICATION_ADD, {
        input: {
          productId: productId(bareProduct),
          scheme: 'VIETGAP',
          issuer: 'Tổ chức chứng nhận A',
          number: 'VG-001',
          validFrom,
          validUntil,
        },
      });
      expect(body.data!.productCertificationAdd.userErrors).toEqual([]);
      expect(body.data!.productCertificationAdd.certification).toMatchObject({
        scheme: 'VIETGAP',
        schemeName: null,
        issuer: 'Tổ chức chứng nhận A',
        number: 'VG-001',
        validFrom,
        validUntil,
        // The platform's day is two years on: its last day is behind it.
        status: 'EXPIRED',
        expiredSince: addDays(validUntil, 1),
      });
      expect(validUntil >= systemDay).toBe(true);
      const applied = await audits('productCertificationAdd', 'applied');
      expect(applied.at(-1)!.after).toMatchObject({ scheme: 'vietgap', producer_id: f.sengCuProducerId });
    });

    it('valid and not yet valid around the platform’s day; OTHER carries its name', async () => {
      const valid = await editor.request(CERTIFICATION_ADD, {
        input: {
          productId: productId(bareProduct),
          scheme: 'OTHER',
          schemeName: 'Halal',
          issuer: 'Tổ chức B',
          validFrom: addDays(today, -10),
          validUntil: today,
        },
      });
      expect(valid.body.data!.productCertificationAdd.certification).toMatchObject({
        scheme: 'OTHER',
        schemeName: 'Halal',
        status: 'VALID',
        expiredSince: null,
      });
      const future = await editor.request(CERTIFICATION_ADD, {
        input: {
          productId: productId(bareProduct),
          scheme: 'ORGANIC',
          issuer: 'Tổ chức C',
          validFrom: addDays(today, 1),
        },
      });
      expect(future.body.data!.productCertificationAdd.certification).toMatchObject({
        status: 'NOT_YET_VALID',
        validUntil: null,
      });
      const { body } = await p.client.request(PRODUCT, { id: productId(bareProduct) });
      expect(body.data!.ocopProduct!.qualityCertifications.map((c) => c.status)).toEqual([
        'NOT_YET_VALID',
        'VALID',
        'EXPIRED',
      ]);
    });

    it('bad input is refused under its field; nothing written', async () => {
      const count = async () =>
        (await p.db.query(`SELECT count(*)::int AS n FROM product_certification`)).rows[0].n as number;
      const before = await count();
      const cases = [
        [{ scheme: 'OTHER', issuer: 'X', validFrom: today }, 'input.schemeName', 'REQUIRED'],
        [{ scheme: 'HACCP', schemeName: 'Y', issuer: 'X', validFrom: today }, 'input.schemeName', 'INVALID'],
        [{ scheme: 'HACCP', issuer: ' ', validFrom: today }, 'input.issuer', 'TOO_SHORT'],
        [
          { scheme: 'HACCP', issuer: 'X', validFrom: today, validUntil: addDays(today, -1) },
          'input.validUntil',
          'OUT_OF_RANGE',
        ],
        [{ scheme: 'HACCP', issuer: 'X', validFrom: '2201-01-01' }, 'input.validFrom', 'OUT_OF_RANGE'],
      ] as const;
      for (const [fields, field, code] of cases) {
        const { body } = await editor.request(CERTIFICATION_ADD, {
          input: { productId: productId(bareProduct), ...fields },
        } as never);
        expect(body.data!.productCertificationAdd.userErrors, JSON.stringify(fields)).toEqual([
          expect.objectContaining({ field: field.split('.'), code }),
        ]);
      }
      expect(await count()).toBe(before);
      expect((await audits('productCertificationAdd', 'rejected')).length).toBeGreaterThanOrEqual(
        cases.length,
      );
    });

    it('a retried add with the same idempotency key records one certification', async () => {
      const input = {
        productId: productId(bareProduct),
        scheme: 'GLOBALGAP' as const,
        issuer: 'Tổ chức D',
        validFrom: today,
        idempotencyKey: 'buyer-data-retry-1',
      };
      const [a, b] = await Promise.all([
        editor.request(CERTIFICATION_ADD, { input }),
        editor.request(CERTIFICATION_ADD, { input }),
      ]);
      expect(a.body.data!.productCertificationAdd.certification!.id).toBe(
        b.body.data!.productCertificationAdd.certification!.id,
      );
      const { rows } = await p.db.query(
        `SELECT count(*)::int AS n FROM product_certification WHERE issuer = 'Tổ chức D'`,
      );
      expect(rows[0].n).toBe(1);
    });

    it('another producer’s editor and officials may not add or remove; removal is versioned and audited', async () => {
      const other = await editor.request(CERTIFICATION_ADD, {
        input: { productId: productId(f.otherProductId), scheme: 'HACCP', issuer: 'X', validFrom: today },
      });
      expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const { body } = await p.client.request(PRODUCT, { id: productId(bareProduct) });
      const target = body.data!.ocopProduct!.qualityCertifications[0]!;
      const byOfficial = await official.request(CERTIFICATION_REMOVE, {
        input: { id: target.id, version: target.version },
      });
      expect(byOfficial.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const stale = await editor.request(CERTIFICATION_REMOVE, {
        input: { id: target.id, version: target.version + 1 },
      });
      expect(stale.body.data!.productCertificationRemove.userErrors).toEqual([
        expect.objectContaining({ code: 'CONFLICT', currentVersion: target.version }),
      ]);
      const removed = await editor.request(CERTIFICATION_REMOVE, {
        input: { id: target.id, version: target.version },
      });
      expect(removed.body.data!.productCertificationRemove).toEqual({
        removedCertificationId: target.id,
        userErrors: [],
      });
      const again = await p.client.request(PRODUCT, { id: productId(bareProduct) });
      expect(again.body.data!.ocopProduct!.qualityCertifications.map((c) => c.id)).not.toContain(target.id);
      const audit = (await audits('productCertificationRemove', 'applied')).at(-1)!;
      expect(audit.after).toBeNull();
      expect(audit.before).toMatchObject({ producer_id: f.sengCuProducerId, issuer: target.issuer });
      const gone = await editor.request(CERTIFICATION_REMOVE, {
        input: { id: target.id, version: target.version },
      });
      expect(gone.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('sales channels', () => {
    it('an http address is refused with a typed error under its field; https is stored', async () => {
      const { rows } = await p.db.query<{ version: number }>(
        `SELECT version FROM product_listing WHERE id = $1`,
        [f.listingId],
      );
      const version = rows[0]!.version;
      const refused = await editor.request(LISTING_CHANNELS, {
        input: {
          id: globalId('ProductListing', f.listingId),
          version,
          salesChannels: [{ kind: 'WEBSITE', url: 'http://shop.example.vn/gao' }],
        },
      });
      expect(refused.body.data!.productListingUpdate.userErrors).toEqual([
        expect.objectContaining({ field: ['input', 'salesChannels', '0', 'url'], code: 'INVALID' }),
      ]);
      expect(refused.body.data!.productListingUpdate.userErrors[0]!.message).toMatch(/https/);
      for (const url of ['javascript:alert(1)', 'ftp://shop.example.vn']) {
        const answer = await editor.request(LISTING_CHANNELS, {
          input: {
            id: globalId('ProductListing', f.listingId),
            version,
            salesChannels: [{ kind: 'WEBSITE', url }],
          },
        });
        expect(answer.body.data!.productListingUpdate.userErrors[0]?.code, url).toBe('INVALID');
      }
      const accepted = await editor.request(LISTING_CHANNELS, {
        input: {
          id: globalId('ProductListing', f.listingId),
          version,
          salesChannels: [{ kind: 'WEBSITE', url: 'https://shop.example.vn/gao' }],
        },
      });
      expect(accepted.body.data!.productListingUpdate).toMatchObject({
        listing: {
          version: version + 1,
          salesChannels: [{ kind: 'WEBSITE', url: 'https://shop.example.vn/gao' }],
        },
        userErrors: [],
      });
    });
  });

  describe('cover photos and ocopProductsByIds', () => {
    it('the first photo is the cover, with its size', async () => {
      const png = await sharp({
        create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 120, b: 40 } },
      })
        .png()
        .toBuffer();
      const upload = await uploadPhoto(editor, png, 'image/png');
      expect(upload.status).toBe(201);
      const added = await editor.request(PHOTO_ADD, {
        input: { productId: productId(sengCu), uploadId: upload.body.uploadId },
      });
      const photo = added.body.data!.productPhotoAdd.photo!;
      const { body } = await p.client.request(PRODUCT, { id: productId(sengCu) });
      expect(body.data!.ocopProduct!.coverPhoto).toEqual({
        id: photo.id,
        url: photo.url,
        width: 64,
        height: 48,
      });
    });

    it('answers up to 4 products in the order asked, null for an unknown one; 5 is BAD_USER_INPUT', async () => {
      const { rows } = await p.db.query<{ id: string; name: string }>(
        `SELECT id, name FROM ocop_product WHERE deleted_at IS NULL AND current_stars IS NOT NULL ORDER BY name LIMIT 3`,
      );
      const ids = [sengCu, ...rows.map((r) => r.id)].slice(0, 3);
      const unknown = '00000000-0000-4000-8000-000000000000';
      const { body } = await p.client.request(BY_IDS, { ids: [...ids, unknown].map(productId) });
      expect(body.errors).toBeUndefined();
      const answered = body.data!.ocopProductsByIds;
      expect(answered.map((product) => product?.id ?? null)).toEqual([...ids.map(productId), null]);
      expect(answered[0]).toMatchObject({
        nameEn: 'Séng Cù Rice of Điện Biên',
        capacity: { period: 'SEASON' },
        coverPhoto: { width: 64, height: 48 },
      });
      const five = await p.client.request(BY_IDS, { ids: [...ids, ...ids].slice(0, 5).map(productId) });
      expect(five.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const bad = await p.client.request(BY_IDS, { ids: ['not-an-id'] });
      expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('runs the same number of SQL statements for 1 product and for 4', async () => {
      const { rows } = await p.db.query<{ id: string }>(
        `SELECT id FROM ocop_product WHERE deleted_at IS NULL ORDER BY id LIMIT 4`,
      );
      const count = async (ids: string[]) => {
        const { body } = await p.client.request(
          BY_IDS,
          { ids: ids.map(productId) },
          { headers: { 'x-ocop-sql-count': '1' } },
        );
        expect(body.errors).toBeUndefined();
        return (body as { extensions?: { sqlStatements?: number } }).extensions!.sqlStatements!;
      };
      const one = await count(rows.slice(0, 1).map((r) => r.id));
      const four = await count(rows.map((r) => r.id));
      console.log(
        `ocopProductsByIds with every compared field: ${one} statements for 1 product, ${four} for 4`,
      );
      expect(four).toBe(one);
      expect(four).toBeLessThanOrEqual(12);
    });
  });
});
