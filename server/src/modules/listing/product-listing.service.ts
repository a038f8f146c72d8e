import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { groupByKeys, orderByKeys } from '../../common/batch';
import { encodeNodeId } from '../../common/node-id';
import {
  LISTING_SELECT,
  SALES_CHANNEL_SELECT,
  type ListingRow,
  type SalesChannelRow as ChannelRow,
} from '../../common/sql/rows';
import {
  ListingContact,
  PRODUCT_LISTING,
  ProductListing,
  SalesChannel,
  type Availability,
  SalesChannelKind,
} from './product-listing.type';

const LISTING_COLUMNS = LISTING_SELECT.sql('l');
const CHANNEL_COLUMNS = SALES_CHANNEL_SELECT.sql('s');

export function toListing(row: ListingRow): ProductListing {
  const listing = new ProductListing();
  listing.id = encodeNodeId(PRODUCT_LISTING, row.id);
  listing.uuid = row.id;
  listing.updatedAt = new Date(row.updated_at);
  listing.version = row.version;
  listing.productUuid = row.product_id;
  listing.position = row.position;
  listing.description = row.description;
  listing.priceVnd = row.price_vnd;
  listing.unit = row.unit;
  listing.packaging = row.packaging;
  listing.availability = row.availability as Availability;
  listing.season = row.season;
  listing.minOrderQuantity = row.min_order_quantity;
  listing.contact =
    row.contact_name === null && row.contact_phone === null && row.contact_email === null
      ? null
      : Object.assign(new ListingContact(), {
          name: row.contact_name,
          phone: row.contact_phone,
          email: row.contact_email,
        });
  return listing;
}

function toChannel(row: ChannelRow): SalesChannel {
  return Object.assign(new SalesChannel(), {
    listingUuid: row.listing_id,
    kind: row.kind as SalesChannelKind,
    label: row.label,
    url: row.url,
  });
}

/** Product listings and their sales channels: batch reads behind the per-request DataLoaders. */
export class ProductListingService {
  // ----- batch reads (DataLoader batch functions; results in the order of the keys)

  async findByIds(db: EntityManager, ids: readonly string[]): Promise<(ProductListing | null)[]> {
    const rows: ListingRow[] = await db.query(
      `SELECT ${LISTING_COLUMNS} FROM product_listing l WHERE l.id = ANY($1::uuid[])`,
      [ids],
    );
    return orderByKeys(ids, rows.map(toListing), (listing) => listing.uuid);
  }

  async findByProductIds(db: EntityManager, productIds: readonly string[]): Promise<ProductListing[][]> {
    const rows: ListingRow[] = await db.query(
      `SELECT ${LISTING_COLUMNS} FROM product_listing l WHERE l.product_id = ANY($1::uuid[])
       ORDER BY l.position, l.created_at, l.id`,
      [productIds],
    );
    return groupByKeys(productIds, rows, (row) => row.product_id, toListing);
  }

  async findChannelsByListingIds(
    db: EntityManager,
    listingIds: readonly string[],
  ): Promise<SalesChannel[][]> {
    const rows: ChannelRow[] = await db.query(
      `SELECT ${CHANNEL_COLUMNS} FROM sales_channel s WHERE s.listing_id = ANY($1::uuid[])
       ORDER BY s.created_at, array_position($2::text[], s.kind), s.id`,
      [listingIds, Object.values(SalesChannelKind)],
    );
    return groupByKeys(listingIds, rows, (row) => row.listing_id, toChannel);
  }

  // ----- API operations

  byId(ctx: Context, uuid: string): Promise<ProductListing | null> {
    return ctx.loaders.productListingById.load(uuid);
  }

  ofProduct(ctx: Context, productUuid: string): Promise<ProductListing[]> {
    return ctx.loaders.productListingsByProductId.load(productUuid);
  }

  salesChannels(ctx: Context, listing: ProductListing): Promise<SalesChannel[]> {
    return ctx.loaders.salesChannelsByListingId.load(listing.uuid);
  }
}

export const productListingService = new ProductListingService();
