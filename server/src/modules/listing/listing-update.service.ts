import { now } from '@ocop/db';
import type { Context } from '../../context';
import { loadForProducerEditor } from '../../common/authorization';
import { uuidOf } from '../../common/node-id';
import { SqlParams } from '../../common/sql/params';
import { InputRejected, userError, UserErrorCode } from '../../common/user-error';
import { parseInput, z } from '../../common/validate';
import { write } from '../../common/write';
import { oneOrNull, toPayload } from '../../common/write-payload';
import type { ProductListingUpdateInput } from './listing-update.inputs';
import { ProductListingUpdatePayload } from './listing-update.type';
import { productListingService as listings } from './product-listing.service';
import { PRODUCT_LISTING } from './product-listing.type';
import { LISTING_COLUMNS as COLUMNS, listingFieldSchemas, replaceSalesChannels } from './listing-fields';
import { staleVersion, updateAtVersion } from '../../common/versioned-update';

/** What a producer editor may change on a listing, each field checked; absent = unchanged. */
const ListingChange = z.object(listingFieldSchemas);

type ListingRow = Record<string, unknown> & { id: string; version: number; producer_id: string };

/** Producers keep their listings current: one conditional UPDATE per change, audited. */
export class ListingUpdateService {
  async update(ctx: Context, input: ProductListingUpdateInput): Promise<ProductListingUpdatePayload> {
    const uuid = uuidOf(input.id, PRODUCT_LISTING);
    const result = await write(
      ctx,
      { action: 'productListingUpdate', entityType: PRODUCT_LISTING, entityId: uuid, input },
      async (scope) => {
        const { tx, audit } = scope;
        const before = await loadForProducerEditor(
          scope,
          uuid,
          { vi: 'Không có tin bán này.', en: 'There is no such listing.' },
          async (id) => {
            const [row] = (await tx.query(
              `SELECT l.*, l.price_vnd::text AS price_vnd, p.producer_id, p.origin_commune_id,
                  (SELECT COALESCE(json_agg(json_build_object('kind', c.kind, 'label', c.label, 'url', c.url) ORDER BY c.created_at, c.kind), '[]')
                   FROM sales_channel c WHERE c.listing_id = l.id) AS sales_channels
           FROM product_listing l JOIN ocop_product p ON p.id = l.product_id WHERE l.id = $1`,
              [id],
            )) as (ListingRow & { origin_commune_id: string | null })[];
            return row;
          },
        );

        const { id: _id, version, ...fields } = input;
        const change = parseInput(ListingChange, fields);
        const given = Object.keys(change).filter((key) => change[key as keyof typeof change] !== undefined);
        if (given.length === 0) {
          throw new InputRejected([
            userError(['input'], UserErrorCode.REQUIRED, {
              vi: 'Không có gì để thay đổi.',
              en: 'Nothing to change.',
            }),
          ]);
        }
        if (change.unit === undefined && fields.unit === null) {
          throw new InputRejected([
            userError(['input', 'unit'], UserErrorCode.REQUIRED, 'Đơn vị tính không được để trống.'),
          ]);
        }
        if (change.availability === undefined && fields.availability === null) {
          throw new InputRejected([
            userError(['input', 'availability'], UserErrorCode.REQUIRED, 'Cần chọn tình trạng hàng.'),
          ]);
        }
        if (before.version !== version) throw staleVersion('Tin bán', before.version);

        const sets: string[] = [];
        const params = new SqlParams<[string, number, ...unknown[]]>([before.id, version]);
        for (const [field, column] of Object.entries(COLUMNS)) {
          const value = change[field as keyof typeof COLUMNS];
          if (value !== undefined) sets.push(`${column} = ${params.add(value)}`);
        }
        const updatedAt = `updated_at = ${params.add(now(), '::timestamptz')}`;
        const after = await updateAtVersion<ListingRow>(
          tx,
          'Tin bán',
          'product_listing',
          `UPDATE product_listing SET ${[...sets, 'version = version + 1', updatedAt].join(', ')}
           WHERE id = $1 AND version = $2 RETURNING *, price_vnd::text AS price_vnd`,
          params.values,
        );
        const channels =
          change.salesChannels === undefined
            ? before.sales_channels
            : await replaceSalesChannels(tx, before.id, change.salesChannels);
        await audit({
          entityId: uuid,
          before,
          after: {
            ...after,
            producer_id: before.producer_id,
            origin_commune_id: before.origin_commune_id,
            sales_channels: channels,
          },
        });
        return before.id;
      },
    );
    return toPayload(
      ProductListingUpdatePayload,
      result,
      (id) => oneOrNull(listings.findByIds(ctx.db, [id])),
      uuid,
    );
  }
}

export const listingUpdateService = new ListingUpdateService();
