import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/node.type';
import { VndScalar } from '../../common/vnd.scalar';

/** GraphQL type name, also the prefix inside global IDs (see common/node-id.ts). */
export const PRODUCT_LISTING = 'ProductListing';

/** The enum values are the database's spellings, so rows pass through unchanged. */
export enum Availability {
  IN_STOCK = 'in_stock',
  SEASONAL = 'seasonal',
  PRE_ORDER = 'pre_order',
  OUT_OF_STOCK = 'out_of_stock',
  DISCONTINUED = 'discontinued',
}
registerEnumType(Availability, {
  name: 'Availability',
  description: 'Whether a listing can be ordered now, as its producer keeps it.',
  valuesConfig: {
    IN_STOCK: { description: 'Available now (còn hàng).' },
    SEASONAL: { description: 'Available in its season only (see `season`).' },
    PRE_ORDER: { description: 'Made or delivered to order (đặt trước).' },
    OUT_OF_STOCK: { description: 'Temporarily unavailable (hết hàng).' },
    DISCONTINUED: { description: 'No longer offered (ngừng kinh doanh).' },
  },
});

export enum SalesChannelKind {
  PROVINCIAL_ESHOP = 'provincial_eshop',
  POSTMART = 'postmart',
  VOSO = 'voso',
  TIKI = 'tiki',
  SHOPEE = 'shopee',
  LAZADA = 'lazada',
  TIKTOK_SHOP = 'tiktok_shop',
  FACEBOOK = 'facebook',
  ZALO = 'zalo',
  WEBSITE = 'website',
  STORE = 'store',
  OTHER = 'other',
}
registerEnumType(SalesChannelKind, {
  name: 'SalesChannelKind',
  description: 'Where a listing can be bought.',
  valuesConfig: {
    PROVINCIAL_ESHOP: { description: 'The province’s OCOP e-shop (sàn thương mại điện tử của tỉnh).' },
    POSTMART: { description: 'Postmart, the e-commerce platform of Vietnam Post.' },
    VOSO: { description: 'Voso, the e-commerce platform of Viettel Post.' },
    TIKI: { description: 'Tiki.' },
    SHOPEE: { description: 'Shopee.' },
    LAZADA: { description: 'Lazada.' },
    TIKTOK_SHOP: { description: 'TikTok Shop.' },
    FACEBOOK: { description: 'A Facebook page or shop.' },
    ZALO: { description: 'Zalo (official account, shop or phone contact).' },
    WEBSITE: { description: 'The producer’s own website.' },
    STORE: { description: 'A physical shop or showroom (điểm bán).' },
    OTHER: { description: 'Any other channel (see `label`).' },
  },
});

@ObjectType('SalesChannel', { description: 'A place where a listing can be bought.' })
export class SalesChannel {
  /** Database key of its listing; not part of the API. */
  listingUuid: string;

  @Field(() => SalesChannelKind, { description: 'The kind of channel.' })
  kind: SalesChannelKind;

  @Field(() => String, {
    nullable: true,
    description: 'What to look for on the channel (a shop name, a page name, an address), when given.',
  })
  label: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Address of the page, when given: https (entries recorded before https was required may be http).',
  })
  url: string | null;
}

@ObjectType('ListingContact', {
  description:
    'Whom to contact about a listing, when it differs from the producer’s contact. Every field may be missing.',
})
export class ListingContact {
  @Field(() => String, { nullable: true, description: 'Name of the contact person.' })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email: string | null;
}

@ObjectType(PRODUCT_LISTING, {
  implements: Node,
  description:
    'How a product is offered to buyers, one pack or unit of sale each (a 2 kg bag and a 25 kg sack are two ' +
    'listings), as its producer keeps it current: price, packaging, availability, where to buy it.',
})
export class ProductListing implements Node {
  id: string;

  /** Database keys; not part of the API. */
  uuid: string;

  @Field(() => Date, {
    description:
      'When this listing last changed (any of its fields), by the platform’s clock. For a sync that misses nothing ' +
      'while writes go on, follow `changes` instead: a change may commit after a later-stamped one.',
  })
  updatedAt: Date;
  productUuid: string;

  @Field(() => Int, {
    description:
      'Incremented by every change: an update names the version it was based on (optimistic concurrency).',
  })
  version: number;

  @Field(() => Int, { description: 'Display position among the product’s listings (0 first).' })
  position: number;

  @Field(() => String, { nullable: true, description: 'What is particular about this offer, in Vietnamese.' })
  description: string | null;

  @Field(() => VndScalar, {
    nullable: true,
    description: 'Retail price per `unit`, in whole đồng (VND); null for "contact for price".',
  })
  priceVnd: string | null;

  @Field({
    description: 'What the price is for, as written by the producer: "kg", "hộp 200 g", "chai 500 ml"…',
  })
  unit: string;

  @Field(() => String, { nullable: true, description: 'Packaging, e.g. "Túi hút chân không 2 kg, 5 kg".' })
  packaging: string | null;

  @Field(() => Availability, { description: 'Whether it can be ordered now.' })
  availability: Availability;

  @Field(() => String, {
    nullable: true,
    description: 'When a seasonal product is available, as free text (e.g. "tháng 10 – tháng 12").',
  })
  season: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Smallest order, in `unit`s; null when there is no minimum.',
  })
  minOrderQuantity: number | null;

  @Field(() => ListingContact, {
    nullable: true,
    description: 'Whom to contact about this listing; null when it is the producer’s contact.',
  })
  contact: ListingContact | null;
}
