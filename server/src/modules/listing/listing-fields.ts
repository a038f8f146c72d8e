import { columnNames, ProductListing } from '@ocop/db';
import type { EntityManager } from 'typeorm';
import { bilingual, optionalText, requiredText, vnd, z } from '../../common/validate';
import { Availability, SalesChannelKind } from './product-listing.type';

/**
 * The fields of a listing a producer editor keeps, each checked the same way by
 * `productListingCreate` and `productListingUpdate`. Stars, scores, certificates and the
 * producer are not among them: nothing a producer sends can reach those.
 */
const PHONE = /^[0-9+ ().-]{8,20}$/;

export const salesChannelSchema = z.object({
  kind: z.enum(Object.values(SalesChannelKind) as [SalesChannelKind, ...SalesChannelKind[]]),
  label: optionalText(100).optional(),
  url: z
    .string()
    .trim()
    .max(500)
    // https only (issue 13): the portal shows channels as links buyers follow, and a plain-http page can be
    // altered on the way (a shop's bank account swapped). The database still accepts older http rows.
    .pipe(
      z.url({
        protocol: /^https$/,
        hostname: z.regexes.domain,
        message: bilingual({
          vi: 'Địa chỉ phải là một trang https://.',
          en: 'The address must start with https://.',
        }),
      }),
    )
    .nullable()
    .optional(),
});

export const listingFieldSchemas = {
  description: optionalText(2000).optional(),
  priceVnd: vnd.nullable().optional(),
  unit: requiredText(50).optional(),
  packaging: optionalText(200).optional(),
  availability: z.enum(Object.values(Availability) as [Availability, ...Availability[]]).optional(),
  season: optionalText(100).optional(),
  minOrderQuantity: z.number().int().min(1).max(1_000_000).nullable().optional(),
  contactName: optionalText(100).optional(),
  contactPhone: z
    .string()
    .trim()
    .regex(PHONE, 'Số điện thoại: 8–20 chữ số, có thể có + ( ) . - và dấu cách')
    .nullable()
    .optional(),
  contactEmail: z.string().trim().max(320).pipe(z.email()).nullable().optional(),
  salesChannels: z.array(salesChannelSchema).max(20).optional(),
};

/** Listing columns a write may set, keyed by the input's field names (the entity's properties). */
export const LISTING_COLUMNS = columnNames(ProductListing, [
  'description',
  'priceVnd',
  'unit',
  'packaging',
  'availability',
  'season',
  'minOrderQuantity',
  'contactName',
  'contactPhone',
  'contactEmail',
]);

export type SalesChannelValue = z.output<typeof salesChannelSchema>;

/** Replaces a listing's sales channels by `channels` (in their order), inside the caller's transaction. */
export async function replaceSalesChannels(
  tx: EntityManager,
  listingId: string,
  channels: SalesChannelValue[],
): Promise<{ kind: string; label: string | null; url: string | null }[]> {
  await tx.query(`DELETE FROM sales_channel WHERE listing_id = $1`, [listingId]);
  if (channels.length > 0) {
    await tx.query(
      `INSERT INTO sales_channel (listing_id, kind, label, url)
       SELECT $1, kind, label, url FROM unnest($2::text[], $3::text[], $4::text[]) AS c(kind, label, url)`,
      [
        listingId,
        channels.map((c) => c.kind),
        channels.map((c) => c.label ?? null),
        channels.map((c) => c.url ?? null),
      ],
    );
  }
  return channels.map((c) => ({ kind: c.kind, label: c.label ?? null, url: c.url ?? null }));
}
