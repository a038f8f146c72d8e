import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, type Client, type Loose, type TypedDocument } from './client';
import { DEMO } from './demo-accounts';
import {
  createUser,
  findFixtures,
  startDemoPlatform,
  tableState,
  uploadPhoto,
  type DemoPlatform,
  type Fixtures,
} from './demo-platform';
import { gql } from './gql';

/**
 * Per-object authorisation of the producer's writes: an editor of ANOTHER producer tries every
 * mutation that takes an id on the Séng Cù producer's objects — each FORBIDDEN, nothing changed,
 * each attempt audited as denied with its actor and request id. Then the anonymous, then inputs
 * that carry fields a producer does not own.
 */
const TABLES = [
  'ocop_product',
  'product_listing',
  'sales_channel',
  'product_photo',
  'photo_upload',
  'ocop_certificate',
  'producer',
  'idempotency_key',
];

const MUTATIONS = {
  productListingUpdate: gql(
    `mutation WritesAuthorisationProductListingUpdate($input: ProductListingUpdateInput!) { productListingUpdate(input: $input) { listing { id version } userErrors { code } } }`,
  ),
  productListingCreate: gql(
    `mutation WritesAuthorisationProductListingCreate($input: ProductListingCreateInput!) { productListingCreate(input: $input) { listing { id } userErrors { code } } }`,
  ),
  productPhotoAdd: gql(
    `mutation WritesAuthorisationProductPhotoAdd($input: ProductPhotoAddInput!) { productPhotoAdd(input: $input) { photo { id } userErrors { code } } }`,
  ),
  productPhotoRemove: gql(
    `mutation WritesAuthorisationProductPhotoRemove($input: ProductPhotoRemoveInput!) { productPhotoRemove(input: $input) { removedPhotoId userErrors { code } } }`,
  ),
  productPropose: gql(
    `mutation WritesAuthorisationProductPropose($input: ProductProposeInput!) { productPropose(input: $input) { product { id } userErrors { code } } }`,
  ),
};
type MutationName = keyof typeof MUTATIONS;
/** Any of them, for the loops that send each: their variables are built as plain objects. */
const mutation = (name: MutationName): TypedDocument<Loose, Loose> => MUTATIONS[name];

describe('producer writes: authorisation per object', () => {
  let p: DemoPlatform;
  let f: Fixtures;
  let owner: Client;
  let stranger: Client;
  let strangerId: string;
  let photoId: string;
  let strangerUploadId: string;
  let listingVersion: number;
  /** Every attempt on Séng Cù's objects, with what is needed to send it. */
  let attempts: {
    name: MutationName;
    input: Record<string, unknown>;
    entityType: string;
    entityId: string;
  }[];

  beforeAll(async () => {
    p = await startDemoPlatform('ocop_writes_authz');
    f = await findFixtures(p.db);
    strangerId = await createUser(p.db, 'editor.khac@authz.test', 'producer_editor', f.otherProducerId);
    owner = await p.logIn(DEMO.producerEditor);
    stranger = await p.logIn('editor.khac@authz.test');

    // Séng Cù's own photo, added by its editor, for the removal attempt.
    const image = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
      .png()
      .toBuffer();
    const ownUpload = await uploadPhoto(owner, image, 'image/png');
    const added = await owner.request(MUTATIONS.productPhotoAdd, {
      input: { productId: globalId('OcopProduct', f.productId), uploadId: ownUpload.body.uploadId },
    });
    photoId = added.body.data!.productPhotoAdd.photo!.id;
    // The stranger's own upload, which they try to attach to Séng Cù's product.
    const other = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#a37' } })
      .png()
      .toBuffer();
    strangerUploadId = (await uploadPhoto(stranger, other, 'image/png')).body.uploadId as string;
    listingVersion = (
      await p.db.query<{ version: number }>(`SELECT version FROM product_listing WHERE id = $1`, [
        f.listingId,
      ])
    ).rows[0]!.version;

    attempts = [
      {
        name: 'productListingUpdate',
        entityType: 'ProductListing',
        entityId: f.listingId,
        input: {
          id: globalId('ProductListing', f.listingId),
          version: listingVersion,
          priceVnd: '1',
          description: 'chiếm quyền',
        },
      },
      {
        name: 'productListingUpdate',
        entityType: 'ProductListing',
        entityId: f.listingId,
        input: {
          id: globalId('ProductListing', f.listingId),
          version: listingVersion,
          salesChannels: [{ kind: 'WEBSITE', url: 'https://evil.example' }],
        },
      },
      {
        name: 'productListingCreate',
        entityType: 'OcopProduct',
        entityId: f.productId,
        input: {
          productId: globalId('OcopProduct', f.productId),
          unit: 'kg',
          priceVnd: '1',
          idempotencyKey: 'authz-create-1',
        },
      },
      {
        name: 'productPhotoAdd',
        entityType: 'OcopProduct',
        entityId: f.productId,
        input: {
          productId: globalId('OcopProduct', f.productId),
          uploadId: strangerUploadId,
          idempotencyKey: 'authz-photo-1',
        },
      },
      {
        name: 'productPhotoRemove',
        entityType: 'ProductPhoto',
        entityId: Buffer.from(photoId, 'base64').toString().split(':')[1]!,
        input: { id: photoId, version: 1 },
      },
      {
        name: 'productPropose',
        entityType: 'Producer',
        entityId: f.sengCuProducerId,
        input: {
          name: 'Sản phẩm mạo danh',
          producerId: globalId('Producer', f.sengCuProducerId),
          idempotencyKey: 'authz-propose-1',
        },
      },
    ];
  });
  afterAll(async () => {
    await p?.stop();
  });

  it('another producer’s editor: every mutation FORBIDDEN, 0 rows changed, each audited as denied with actor and request id', async () => {
    const { rows: unitRows } = await p.db.query<{ product: string | null; producer: string | null }>(
      `SELECT p.origin_commune_id AS product, pr.commune_id AS producer
       FROM ocop_product p JOIN producer pr ON pr.id = p.producer_id WHERE p.id = $1`,
      [f.productId],
    );
    const units = unitRows[0]!;
    expect(units.product).not.toBeNull();
    const before = await tableState(p.db, TABLES);
    for (const [index, attempt] of attempts.entries()) {
      const requestId = `authz-${index}-${attempt.name}`;
      const answer = await stranger.request(mutation(attempt.name), { input: attempt.input }, { requestId });
      expect(answer.status, attempt.name).toBe(200);
      expect(
        answer.body.errors?.map((e) => e.extensions?.code),
        attempt.name,
      ).toEqual(['FORBIDDEN']);
      const { rows } = await p.db.query(
        `SELECT actor_user_id, action, outcome, entity_type, entity_id, unit_id, after->>'reason' AS reason
         FROM audit_log WHERE request_id = $1`,
        [requestId],
      );
      expect(rows, attempt.name).toEqual([
        {
          actor_user_id: strangerId,
          action: attempt.name,
          outcome: 'denied',
          entity_type: attempt.entityType,
          // Under the product's commune (the producer's for a proposal): its officials see the attempt.
          unit_id: attempt.name === 'productPropose' ? units.producer : units.product,
          entity_id: attempt.entityId,
          reason: 'FORBIDDEN',
        },
      ]);
    }
    expect(await tableState(p.db, TABLES)).toEqual(before);
    // The stranger's upload is still unattached; Séng Cù's photo and listing are as they were.
    const { rows } = await p.db.query(`SELECT attached_at FROM photo_upload WHERE id = $1`, [
      strangerUploadId,
    ]);
    expect(rows).toEqual([{ attached_at: null }]);
  });

  it('the owner’s own editor may do the same (the refusals above were about the object, not the mutation)', async () => {
    const answer = await owner.request(MUTATIONS.productListingUpdate, {
      input: {
        id: globalId('ProductListing', f.listingId),
        version: listingVersion,
        description: 'Gạo mới vụ mùa',
      },
    });
    expect(answer.body.data!.productListingUpdate).toEqual({
      listing: { id: globalId('ProductListing', f.listingId), version: listingVersion + 1 },
      userErrors: [],
    });
    listingVersion += 1;
    for (const a of attempts) if (a.name === 'productListingUpdate') a.input.version = listingVersion;
  });

  it('the anonymous: every mutation UNAUTHENTICATED, nothing changed, each audited', async () => {
    const before = await tableState(p.db, TABLES);
    for (const [index, attempt] of attempts.entries()) {
      const requestId = `anon-${index}-${attempt.name}`;
      const answer = await p.client.request(mutation(attempt.name), { input: attempt.input }, { requestId });
      expect(
        answer.body.errors?.map((e) => e.extensions?.code),
        attempt.name,
      ).toEqual(['UNAUTHENTICATED']);
      const { rows } = await p.db.query(
        `SELECT actor_user_id, action, outcome FROM audit_log WHERE request_id = $1`,
        [requestId],
      );
      expect(rows, attempt.name).toEqual([{ actor_user_id: null, action: attempt.name, outcome: 'denied' }]);
    }
    expect(await tableState(p.db, TABLES)).toEqual(before);
  });

  it('a province official may not do a producer’s writes either', async () => {
    const official = await p.logIn(DEMO.provinceOfficial);
    const before = await tableState(p.db, TABLES);
    for (const attempt of attempts) {
      if (attempt.name === 'productPhotoAdd') continue; // their upload was refused already (403)
      const answer = await official.request(mutation(attempt.name), { input: attempt.input });
      expect(
        answer.body.errors?.map((e) => e.extensions?.code),
        attempt.name,
      ).toEqual(['FORBIDDEN']);
    }
    expect(await tableState(p.db, TABLES)).toEqual(before);
  });

  describe('inputs carrying fields that are not the producer’s', () => {
    const notTheirs: [MutationName, (f: Fixtures) => Record<string, unknown>][] = [
      [
        'productListingUpdate',
        (f) => ({ id: globalId('ProductListing', f.listingId), version: 1, stars: 5 }),
      ],
      [
        'productListingUpdate',
        (f) => ({
          id: globalId('ProductListing', f.listingId),
          version: 1,
          producerId: globalId('Producer', f.otherProducerId),
        }),
      ],
      [
        'productListingUpdate',
        (f) => ({
          id: globalId('ProductListing', f.listingId),
          version: 1,
          productId: globalId('OcopProduct', f.otherProductId),
        }),
      ],
      [
        'productListingUpdate',
        (f) => ({ id: globalId('ProductListing', f.listingId), version: 1, certificate: { stars: 5 } }),
      ],
      [
        'productListingUpdate',
        (f) => ({ id: globalId('ProductListing', f.listingId), version: 1, score: 99 }),
      ],
      [
        'productListingCreate',
        (f) => ({ productId: globalId('OcopProduct', f.productId), unit: 'kg', stars: 5 }),
      ],
      [
        'productListingCreate',
        (f) => ({
          productId: globalId('OcopProduct', f.productId),
          unit: 'kg',
          producerId: globalId('Producer', f.otherProducerId),
        }),
      ],
      [
        'productListingCreate',
        (f) => ({ productId: globalId('OcopProduct', f.productId), unit: 'kg', version: 7 }),
      ],
      ['productPropose', () => ({ name: 'Sản phẩm 5 sao tự phong', stars: 5 })],
      ['productPropose', () => ({ name: 'Sản phẩm có chứng nhận', certificateNumber: 'OCOP-11-2025-0001' })],
      ['productPropose', () => ({ name: 'Sản phẩm có điểm', score: 95 })],
      ['productPropose', () => ({ name: 'Sản phẩm có chứng nhận', certificate: { stars: 5, score: 95 } })],
      [
        'productPhotoAdd',
        (f) => ({
          productId: globalId('OcopProduct', f.productId),
          uploadId: '00000000-0000-4000-8000-000000000000',
          stars: 5,
        }),
      ],
      [
        'productPhotoAdd',
        (f) => ({
          productId: globalId('OcopProduct', f.productId),
          uploadId: '00000000-0000-4000-8000-000000000000',
          storageKey: '../../etc/passwd',
        }),
      ],
      ['productPhotoRemove', () => ({ id: 'x', version: 1, productId: 'y' })],
    ];

    it('are refused by GraphQL validation and change nothing', async () => {
      const before = await tableState(p.db, TABLES);
      for (const [name, input] of notTheirs) {
        const answer = await owner.request(mutation(name), { input: input(f) });
        expect(answer.status, `${name} ${JSON.stringify(input(f))}`).toBe(400);
        expect(answer.body.data ?? null).toBeNull();
        expect(answer.body.errors?.[0]?.message).toMatch(/is not defined by type/);
      }
      expect(await tableState(p.db, TABLES)).toEqual(before);
    });

    it('ids of the wrong type, another object’s version, another producer named: refused, nothing changed', async () => {
      const before = await tableState(p.db, TABLES);
      const otherListingVersion = 1000;
      const cases: [MutationName, Record<string, unknown>, string][] = [
        [
          'productListingUpdate',
          { id: globalId('OcopProduct', f.productId), version: 1, description: 'x' },
          'NOT_FOUND',
        ],
        [
          'productListingUpdate',
          { id: globalId('ProductListing', f.listingId), version: otherListingVersion, description: 'x' },
          'CONFLICT',
        ],
        [
          'productListingCreate',
          { productId: globalId('ProductListing', f.listingId), unit: 'kg' },
          'NOT_FOUND',
        ],
        ['productPhotoRemove', { id: globalId('ProductListing', f.listingId), version: 1 }, 'NOT_FOUND'],
        [
          'productPhotoAdd',
          { productId: globalId('Producer', f.sengCuProducerId), uploadId: strangerUploadId },
          'NOT_FOUND',
        ],
        [
          'productPropose',
          { name: 'Lấn sân', producerId: globalId('Producer', f.otherProducerId) },
          'FORBIDDEN',
        ],
        [
          'productPropose',
          { name: 'Sai loại mã', producerId: globalId('OcopProduct', f.productId) },
          'INVALID',
        ],
      ];
      for (const [name, input, code] of cases) {
        const answer = await owner.request(mutation(name), { input });
        const codes = [
          ...(answer.body.errors ?? []).map((e) => e.extensions?.code),
          ...(answer.body.data?.[name]?.userErrors ?? []).map((e: Loose) => e.code),
        ];
        expect(codes, `${name} ${JSON.stringify(input)}`).toEqual([code]);
      }
      expect(await tableState(p.db, TABLES)).toEqual(before);
    });
  });
});
