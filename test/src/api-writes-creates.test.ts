import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { createDataSource, now } from '@ocop/db';
import { removeStaleUploads } from '@ocop/server/dist/modules/listing/photo-upload-cleanup';
import { PhotoStore } from '@ocop/server/dist/modules/listing/photo-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import type { ProductListingCreateInput } from './gql/graphql';

/**
 * The producer editor's creates on a platform of its own: photos (upload → attach → serve →
 * remove), a proposed product (not OCOP until certified), a new listing, and idempotency keys.
 */
const PROPOSE = gql(`mutation WritesCreatesProductPropose($input: ProductProposeInput!) {
  productPropose(input: $input) {
    product { id name stars certificateStatus currentCertificate { id } certificates { id } producer { id } }
    userErrors { field code message }
  }
}`);
const PHOTO_ADD = gql(`mutation WritesCreatesProductPhotoAdd($input: ProductPhotoAddInput!) {
  productPhotoAdd(input: $input) {
    photo { id version url contentType byteSize width height sha256 altVi position }
    userErrors { field code message }
  }
}`);
const PHOTO_REMOVE = gql(`mutation WritesCreatesProductPhotoRemove($input: ProductPhotoRemoveInput!) {
  productPhotoRemove(input: $input) { removedPhotoId userErrors { field code currentVersion } }
}`);
const LISTING_CREATE = gql(`mutation WritesCreatesProductListingCreate($input: ProductListingCreateInput!) {
  productListingCreate(input: $input) {
    listing { id version position unit priceVnd availability salesChannels { kind url } product { id } }
    userErrors { field code message }
  }
}`);

/** A photo as a camera would send it: JPEG with EXIF (a GPS position and a camera make). */
async function cameraJpeg(width = 2400, height = 1800): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: 'SecretCam', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 23/1 0/1' },
    })
    .toBuffer();
}

async function png(width = 300, height = 200, seed = 0): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 4, background: { r: seed % 256, g: 80, b: 160, alpha: 1 } },
  })
    .png()
    .toBuffer();
}

const rowCount = async (p: DemoPlatform, sql: string, params: unknown[] = []) =>
  Number((await p.db.query<{ n: string }>(sql, params)).rows[0]!.n);

describe('producer editor creates', () => {
  let p: DemoPlatform;
  let f: Fixtures;
  let editor: Client;
  let admin: Client;
  let stranger: Client;

  beforeAll(async () => {
    p = await startDemoPlatform('ocop_writes_creates');
    f = await findFixtures(p.db);
    await createUser(p.db, 'editor.other@creates.test', 'producer_editor', f.otherProducerId);
    editor = await p.logIn(DEMO.producerEditor);
    admin = await p.logIn(DEMO.administrator);
    stranger = await p.logIn('editor.other@creates.test');
  });
  afterAll(async () => {
    await p?.stop();
  });

  describe('photo upload', () => {
    it('re-encodes a camera JPEG as WebP without metadata, at most 1600 px, and serves it immutably', async () => {
      const original = await cameraJpeg();
      expect((await sharp(original).metadata()).exif).toBeDefined();
      const upload = await uploadPhoto(editor, original, 'image/jpeg');
      expect(upload.status).toBe(201);
      expect(upload.body).toMatchObject({ width: 1600, height: 1200 });
      expect(typeof upload.body.uploadId).toBe('string');

      const added = await editor.request(PHOTO_ADD, {
        input: {
          productId: globalId('OcopProduct', f.productId),
          uploadId: upload.body.uploadId,
          caption: 'Ruộng lúa Séng Cù 🌾',
        },
      });
      expect(added.body.errors).toBeUndefined();
      const photo = added.body.data!.productPhotoAdd.photo;
      expect(added.body.data!.productPhotoAdd.userErrors).toEqual([]);
      expect(photo).toMatchObject({
        contentType: 'image/webp',
        width: 1600,
        height: 1200,
        altVi: 'Ruộng lúa Séng Cù 🌾',
        version: 1,
      });
      expect(photo!.url).toBe(`/media/photos/${photo!.sha256 as string}.webp`);

      const served = await fetch(`${p.baseUrl}${photo!.url as string}`);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/webp');
      expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const bytes = Buffer.from(await served.arrayBuffer());
      expect(bytes.length).toBe(photo!.byteSize);
      const meta = await sharp(bytes).metadata();
      expect(meta.format).toBe('webp');
      expect([meta.width, meta.height]).toEqual([1600, 1200]);
      expect(meta.exif).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(bytes.includes(Buffer.from('SecretCam'))).toBe(false);

      // Stored under its hash, nowhere else; the product page lists it.
      expect(readdirSync(path.join(p.mediaDir, 'photos'))).toContain(`${photo!.sha256 as string}.webp`);
      expect(
        readFileSync(path.join(p.mediaDir, 'photos', `${photo!.sha256 as string}.webp`)).equals(bytes),
      ).toBe(true);
      const page = await p.client.request(
        gql(`query WritesCreatesOcopProduct($id: ID!) { ocopProduct(id: $id) { photos { id } } }`),
        { id: globalId('OcopProduct', f.productId) },
      );
      expect(page.body.data!.ocopProduct!.photos.map((ph) => ph.id)).toContain(photo!.id);
    });

    it('refuses a text file sent as image/png (415), a body over 5 MB (413), the anonymous (401), a foreign origin (403)', async () => {
      const before = await rowCount(p, `SELECT count(*) AS n FROM photo_upload`);
      const text = await uploadPhoto(
        editor,
        Buffer.from('just some text, not a picture at all'),
        'image/png',
      );
      expect(text.status).toBe(415);
      expect(text.body).toMatchObject({ errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });

      const mislabelled = await uploadPhoto(editor, await png(), 'image/jpeg');
      expect(mislabelled.status).toBe(415);
      const truncated = await uploadPhoto(editor, (await png(800, 800)).subarray(0, 100), 'image/png');
      expect(truncated.status).toBe(415);
      const textPlain = await uploadPhoto(editor, await png(), 'text/plain');
      expect(textPlain.status).toBe(415);

      const big = Buffer.concat([await png(), Buffer.alloc(5 * 1024 * 1024)]);
      const tooLarge = await uploadPhoto(editor, big, 'image/png');
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.body).toMatchObject({ errors: [{ extensions: { code: 'BODY_TOO_LARGE' } }] });

      const anonymous = await uploadPhoto(p.client, await png(), 'image/png');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });

      const crossSite = await uploadPhoto(editor, await png(), 'image/png', {
        origin: 'https://evil.example',
      });
      expect(crossSite.status).toBe(403);
      expect(crossSite.body).toMatchObject({ errors: [{ extensions: { code: 'CROSS_ORIGIN_WRITE' } }] });

      const official = await p.logIn(DEMO.provinceOfficial);
      const notEditor = await uploadPhoto(official, await png(), 'image/png');
      expect(notEditor.status).toBe(403);

      expect(await rowCount(p, `SELECT count(*) AS n FROM photo_upload`)).toBe(before);
      // Refused uploads wrote no file either (only the photo of the first test is there).
      expect(readdirSync(path.join(p.mediaDir, 'photos')).filter((n) => n.endsWith('.webp')).length).toBe(1);
    });

    it('accepts an upload from the platform’s own origin (what the portal sends)', async () => {
      const sameOrigin = await uploadPhoto(editor, await png(310, 200, 3), 'image/png', {
        origin: p.baseUrl,
      });
      expect(sameOrigin.status).toBe(201);
      expect(sameOrigin.body).toMatchObject({ width: 310, height: 200 });
    });

    it('serves 404 JSON for unknown and malformed names', async () => {
      for (const name of [
        '0'.repeat(64) + '.webp',
        '..%2F..%2Fetc%2Fpasswd',
        'x.webp',
        '%2e%2e',
        '..%2f' + '0'.repeat(64) + '.webp',
        'sub/dir',
      ]) {
        const response = await fetch(`${p.baseUrl}/media/photos/${name}`);
        expect(response.status).toBe(404);
        expect(
          ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions
            .code,
        ).toBe('NOT_FOUND');
      }
    });

    it('another producer’s editor cannot attach to Séng Cù’s product (FORBIDDEN, nothing written)', async () => {
      const upload = await uploadPhoto(stranger, await png(320, 200, 7), 'image/png');
      expect(upload.status).toBe(201);
      const before = await rowCount(p, `SELECT count(*) AS n FROM product_photo`);
      const answer = await stranger.request(PHOTO_ADD, {
        input: { productId: globalId('OcopProduct', f.productId), uploadId: upload.body.uploadId },
      });
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await rowCount(p, `SELECT count(*) AS n FROM product_photo`)).toBe(before);
      expect(
        await rowCount(p, `SELECT count(*) AS n FROM photo_upload WHERE id = $1 AND attached_at IS NULL`, [
          upload.body.uploadId,
        ]),
      ).toBe(1);
    });

    it('an upload is attached only by its uploader, once', async () => {
      const upload = await uploadPhoto(editor, await png(330, 200, 9), 'image/png');
      const byAdmin = await admin.request(PHOTO_ADD, {
        input: { productId: globalId('OcopProduct', f.productId), uploadId: upload.body.uploadId },
      });
      expect(byAdmin.body.data!.productPhotoAdd.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
      const first = await editor.request(PHOTO_ADD, {
        input: { productId: globalId('OcopProduct', f.productId), uploadId: upload.body.uploadId },
      });
      expect(first.body.data!.productPhotoAdd.userErrors).toEqual([]);
      const again = await editor.request(PHOTO_ADD, {
        input: { productId: globalId('OcopProduct', f.productId), uploadId: upload.body.uploadId },
      });
      expect(again.body.data!.productPhotoAdd.userErrors.map((e) => e.code)).toEqual(['DUPLICATE']);
    });

    it('productPhotoAdd with one idempotency key, twice and concurrently, adds one photo; another input → IDEMPOTENCY_KEY_REUSED', async () => {
      const upload = await uploadPhoto(editor, await png(340, 200, 11), 'image/png');
      const input = {
        productId: globalId('OcopProduct', f.productId),
        uploadId: upload.body.uploadId,
        caption: 'Bao gạo',
        idempotencyKey: 'photo-key-0001',
      };
      const before = await rowCount(p, `SELECT count(*) AS n FROM product_photo`);
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => editor.request(PHOTO_ADD, { input })),
      );
      const ids = new Set(answers.map((a) => a.body.data!.productPhotoAdd.photo?.id));
      expect(answers.every((a) => a.body.data!.productPhotoAdd.userErrors.length === 0)).toBe(true);
      expect(ids.size).toBe(1);
      expect(await rowCount(p, `SELECT count(*) AS n FROM product_photo`)).toBe(before + 1);
      const reused = await editor.request(PHOTO_ADD, { input: { ...input, caption: 'Khác' } });
      expect(reused.body.data!.productPhotoAdd.userErrors.map((e) => e.code)).toEqual([
        'IDEMPOTENCY_KEY_REUSED',
      ]);
      expect(await rowCount(p, `SELECT count(*) AS n FROM product_photo`)).toBe(before + 1);
      const applied = await rowCount(
        p,
        `SELECT count(*) AS n FROM audit_log WHERE action = 'productPhotoAdd' AND outcome = 'applied' AND entity_id = $1`,
        [
          Buffer.from([...ids][0]!, 'base64')
            .toString()
            .split(':')[1],
        ],
      );
      expect(applied).toBe(1);
    });

    it('productPhotoAdd takes the text as altVi, or by its deprecated name caption; both differing is refused', async () => {
      const add = async (text: Record<string, string>, seed: number) => {
        const upload = await uploadPhoto(editor, await png(300 + seed, 200, seed), 'image/png');
        const input = {
          productId: globalId('OcopProduct', f.productId),
          uploadId: upload.body.uploadId,
          ...text,
        };
        return (await editor.request(PHOTO_ADD, { input })).body.data!.productPhotoAdd;
      };
      const before = await rowCount(p, `SELECT count(*) AS n FROM product_photo`);
      expect((await add({ altVi: 'Gạo mới' }, 21)).photo?.altVi).toBe('Gạo mới');
      expect((await add({ caption: 'Gạo cũ' }, 22)).photo?.altVi).toBe('Gạo cũ');
      expect((await add({ altVi: 'Cùng', caption: 'Cùng' }, 23)).photo?.altVi).toBe('Cùng');
      const refused = await add({ altVi: 'Một', caption: 'Hai' }, 24);
      expect(refused.photo).toBeNull();
      expect(refused.userErrors.map((e) => [e.field, e.code])).toEqual([[['input', 'caption'], 'INVALID']]);
      expect(await rowCount(p, `SELECT count(*) AS n FROM product_photo`)).toBe(before + 3);
      // The schema says so: the old name is deprecated, not gone.
      const introspection = await editor.request(
        `{ __type(name: "ProductPhotoAddInput") { inputFields(includeDeprecated: true) { name isDeprecated } } }`,
      );
      expect(introspection.body.data!.__type.inputFields).toEqual(
        expect.arrayContaining([
          { name: 'altVi', isDeprecated: false },
          { name: 'caption', isDeprecated: true },
        ]),
      );
    });

    it('an upload older than a day can no longer be attached (it may have been cleaned up)', async () => {
      const upload = await uploadPhoto(editor, await png(360, 200, 17), 'image/png');
      await p.db.query(
        `UPDATE photo_upload SET created_at = $2::timestamptz - interval '25 hours' WHERE id = $1`,
        [upload.body.uploadId, now()],
      );
      const answer = await editor.request(PHOTO_ADD, {
        input: { productId: globalId('OcopProduct', f.productId), uploadId: upload.body.uploadId },
      });
      expect(answer.body.data!.productPhotoAdd).toMatchObject({
        photo: null,
        userErrors: [{ field: ['input', 'uploadId'], code: 'NOT_FOUND' }],
      });
    });

    it('the hourly cleanup removes uploads never attached within a day, and their files when nothing uses them', async () => {
      const lonely = await uploadPhoto(editor, await png(370, 200, 19), 'image/png');
      const sharedBytes = await png(380, 200, 21);
      const staleShared = await uploadPhoto(editor, sharedBytes, 'image/png');
      const freshShared = await uploadPhoto(stranger, sharedBytes, 'image/png');
      const attached = await uploadPhoto(editor, await png(390, 200, 23), 'image/png');
      await editor.request(PHOTO_ADD, {
        input: { productId: globalId('OcopProduct', f.productId), uploadId: attached.body.uploadId },
      });
      await p.db.query(
        `UPDATE photo_upload SET created_at = $2::timestamptz - interval '2 days' WHERE id = ANY($1::uuid[])`,
        [[lonely.body.uploadId, staleShared.body.uploadId, attached.body.uploadId], now()],
      );
      const keyOf = async (id: unknown) =>
        (
          await p.db.query<{ storage_key: string }>(`SELECT storage_key FROM photo_upload WHERE id = $1`, [
            id,
          ])
        ).rows[0]!.storage_key;
      const files = {
        lonely: path.join(p.mediaDir, await keyOf(lonely.body.uploadId)),
        shared: path.join(p.mediaDir, await keyOf(staleShared.body.uploadId)),
        attached: path.join(p.mediaDir, await keyOf(attached.body.uploadId)),
      };
      const staleBefore = await rowCount(
        p,
        `SELECT count(*) AS n FROM photo_upload WHERE attached_at IS NULL AND created_at < $1::timestamptz - interval '1 day'`,
        [now()],
      );

      const dataSource = createDataSource({ url: p.url, poolSize: 2 });
      await dataSource.initialize();
      try {
        const report = await removeStaleUploads(dataSource, new PhotoStore(path.join(p.mediaDir, 'photos')));
        expect(report.uploads).toBe(staleBefore);
        expect(report.uploads).toBeGreaterThanOrEqual(2);
      } finally {
        await dataSource.destroy();
      }
      const remaining = await p.db.query<{ id: string }>(
        `SELECT id FROM photo_upload WHERE id = ANY($1::uuid[])`,
        [
          [
            lonely.body.uploadId,
            staleShared.body.uploadId,
            freshShared.body.uploadId,
            attached.body.uploadId,
          ],
        ],
      );
      expect(remaining.rows.map((r) => r.id).sort()).toEqual(
        [freshShared.body.uploadId as string, attached.body.uploadId as string].sort(),
      );
      const exists = (file: string) => readdirSync(path.dirname(file)).includes(path.basename(file));
      expect(exists(files.lonely)).toBe(false);
      expect(exists(files.shared)).toBe(true);
      expect(exists(files.attached)).toBe(true);
    });

    it('productPhotoRemove: a stale version is a CONFLICT, the current one removes the row', async () => {
      const upload = await uploadPhoto(editor, await png(350, 200, 13), 'image/png');
      const added = await editor.request(PHOTO_ADD, {
        input: { productId: globalId('OcopProduct', f.productId), uploadId: upload.body.uploadId },
      });
      const photo = added.body.data!.productPhotoAdd.photo;
      const stale = await editor.request(PHOTO_REMOVE, {
        input: { id: photo!.id, version: photo!.version + 1 },
      });
      expect(stale.body.data!.productPhotoRemove).toEqual({
        removedPhotoId: null,
        userErrors: [{ field: ['input', 'version'], code: 'CONFLICT', currentVersion: 1 }],
      });
      const removed = await editor.request(PHOTO_REMOVE, {
        input: { id: photo!.id, version: photo!.version },
      });
      expect(removed.body.data!.productPhotoRemove).toEqual({ removedPhotoId: photo!.id, userErrors: [] });
      const uuid = Buffer.from(photo!.id, 'base64').toString().split(':')[1];
      expect(await rowCount(p, `SELECT count(*) AS n FROM product_photo WHERE id = $1`, [uuid])).toBe(0);
      const again = await editor.request(PHOTO_REMOVE, { input: { id: photo!.id, version: photo!.version } });
      expect(again.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('productPropose', () => {
    it('creates a product of the editor’s producer, without certificate or stars, absent from the catalogue', async () => {
      const name = 'Trà shan tuyết Mường Thanh đề xuất';
      // The statistics count certified products only: a proposed one must not move them.
      const summaryQuery = gql(`query WritesCreatesOcopSummary { ocopSummary { products producers } }`);
      const summaryBefore = await p.client.request(summaryQuery);
      const answer = await editor.request(PROPOSE, {
        input: { name, productSetCode: '1.2.1', description: 'Đề xuất mới' },
      });
      expect(answer.body.errors).toBeUndefined();
      const { product, userErrors } = answer.body.data!.productPropose;
      expect(userErrors).toEqual([]);
      expect(product).toMatchObject({
        name,
        stars: null,
        certificateStatus: null,
        currentCertificate: null,
        certificates: [],
      });
      expect(product!.producer.id).toBe(globalId('Producer', f.sengCuProducerId));
      const uuid = Buffer.from(product!.id, 'base64').toString().split(':')[1];
      expect(
        await rowCount(p, `SELECT count(*) AS n FROM ocop_certificate WHERE product_id = $1`, [uuid]),
      ).toBe(0);

      // Not OCOP anywhere: the catalogue (VALID by default) does not list it, nor any status filter.
      const catalogue = await p.client.request(
        gql(
          `query WritesCreatesOcopProducts($s: String!) { ocopProducts(first: 10, filter: { search: $s }) { totalCount } }`,
        ),
        { s: name },
      );
      expect(catalogue.body.data!.ocopProducts.totalCount).toBe(0);
      const anyStatus = await p.client.request(
        gql(
          `query WritesCreatesOcopProducts2($s: String!) { ocopProducts(first: 10, filter: { search: $s, certificateStatus: [VALID, EXPIRED, REVOKED, SUPERSEDED] }) { totalCount } }`,
        ),
        { s: name },
      );
      expect(anyStatus.body.data?.ocopProducts.totalCount ?? 0).toBe(0);
      expect(summaryBefore.body.errors).toBeUndefined();
      expect((await p.client.request(summaryQuery)).body).toEqual(summaryBefore.body);
    });

    it('same idempotency key twice and concurrently → one product; another input → IDEMPOTENCY_KEY_REUSED', async () => {
      const input = { name: 'Mật ong bạc hà đề xuất', idempotencyKey: 'propose-key-0001' };
      const count = () => rowCount(p, `SELECT count(*) AS n FROM ocop_product WHERE name = $1`, [input.name]);
      const answers = await Promise.all(Array.from({ length: 8 }, () => editor.request(PROPOSE, { input })));
      expect(new Set(answers.map((a) => a.body.data!.productPropose.product?.id)).size).toBe(1);
      expect(answers.every((a) => a.body.data!.productPropose.userErrors.length === 0)).toBe(true);
      expect(await count()).toBe(1);
      const retry = await editor.request(PROPOSE, { input });
      expect(retry.body.data!.productPropose.product!.id).toBe(
        answers[0]!.body.data!.productPropose.product!.id,
      );
      const reused = await editor.request(PROPOSE, { input: { ...input, description: 'khác' } });
      expect(reused.body.data!.productPropose).toEqual({
        product: null,
        userErrors: [
          { field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String) },
        ],
      });
      expect(await count()).toBe(1);
      expect(
        await rowCount(
          p,
          `SELECT count(*) AS n FROM audit_log WHERE action = 'productPropose' AND outcome = 'applied' AND after->>'name' = $1`,
          [input.name],
        ),
      ).toBe(1);
    });

    it('an administrator must name the producer; an editor naming another producer is FORBIDDEN', async () => {
      const before = await rowCount(p, `SELECT count(*) AS n FROM ocop_product`);
      const noProducer = await admin.request(PROPOSE, { input: { name: 'Sản phẩm của quản trị' } });
      expect(noProducer.body.data!.productPropose.userErrors).toMatchObject([
        { field: ['input', 'producerId'], code: 'REQUIRED' },
      ]);
      const foreign = await editor.request(PROPOSE, {
        input: { name: 'Sản phẩm lấn sân', producerId: globalId('Producer', f.otherProducerId) },
      });
      expect(foreign.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const official = await p.logIn(DEMO.provinceOfficial);
      const byOfficial = await official.request(PROPOSE, { input: { name: 'Sản phẩm của cán bộ' } });
      expect(byOfficial.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await rowCount(p, `SELECT count(*) AS n FROM ocop_product`)).toBe(before);
      const named = await admin.request(PROPOSE, {
        input: { name: 'Sản phẩm quản trị ghi hộ', producerId: globalId('Producer', f.otherProducerId) },
      });
      expect(named.body.data!.productPropose.product!.producer.id).toBe(
        globalId('Producer', f.otherProducerId),
      );
      expect(await rowCount(p, `SELECT count(*) AS n FROM ocop_product`)).toBe(before + 1);
    });
  });

  describe('productListingCreate', () => {
    it('offers a proposed product: a listing after the others, with its channels; idempotent', async () => {
      const proposed = await editor.request(PROPOSE, { input: { name: 'Gạo nếp tú lệ đề xuất' } });
      const productId = proposed.body.data!.productPropose.product!.id;
      const input: ProductListingCreateInput = {
        productId,
        unit: 'túi 2 kg',
        priceVnd: '95000',
        availability: 'PRE_ORDER',
        salesChannels: [{ kind: 'SHOPEE', url: 'https://shopee.vn/sengcu' }],
        idempotencyKey: 'listing-key-0001',
      };
      const first = await editor.request(LISTING_CREATE, { input });
      expect(first.body.errors).toBeUndefined();
      expect(first.body.data!.productListingCreate).toMatchObject({
        listing: {
          version: 1,
          position: 0,
          unit: 'túi 2 kg',
          priceVnd: 95000,
          availability: 'PRE_ORDER',
          salesChannels: [{ kind: 'SHOPEE', url: 'https://shopee.vn/sengcu' }],
          product: { id: productId },
        },
        userErrors: [],
      });
      const second = await editor.request(LISTING_CREATE, { input });
      expect(second.body.data!.productListingCreate.listing!.id).toBe(
        first.body.data!.productListingCreate.listing!.id,
      );
      const next = await editor.request(LISTING_CREATE, { input: { productId, unit: 'bao 25 kg' } });
      expect(next.body.data!.productListingCreate.listing!.position).toBe(1);
      const uuid = Buffer.from(productId, 'base64').toString().split(':')[1];
      expect(
        await rowCount(p, `SELECT count(*) AS n FROM product_listing WHERE product_id = $1`, [uuid]),
      ).toBe(2);
    });
  });
});
