import { Field, ID, InputType, Int } from 'type-graphql';
import { VndScalar } from '../../common/vnd.scalar';
import { Availability, SalesChannelKind } from './product-listing.type';

@InputType('SalesChannelInput', { description: 'A place where a listing can be bought.' })
export class SalesChannelInput {
  @Field(() => SalesChannelKind, { description: 'The kind of channel.' })
  kind: SalesChannelKind;

  @Field(() => String, {
    nullable: true,
    description: 'Shop or page name, or an address (at most 100 characters).',
  })
  label?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Address of the page: https only, refused otherwise (at most 500 characters).',
  })
  url?: string | null;
}

@InputType('ProductListingUpdateInput', {
  description:
    'A change to a listing by its producer. Only the fields given change (null clears an optional one). ' +
    'Stars, scores, certificates and the producer are not part of a listing and cannot be changed here.',
})
export class ProductListingUpdateInput {
  @Field(() => ID, { description: 'The listing.' })
  id: string;

  @Field(() => Int, {
    description:
      'The listing’s `version` the change is based on; if it has changed since, nothing is written and the ' +
      'answer is a CONFLICT user error with the current version.',
  })
  version: number;

  @Field(() => String, {
    nullable: true,
    description: 'What is particular about this offer (at most 2,000 characters).',
  })
  description?: string | null;

  @Field(() => VndScalar, {
    nullable: true,
    description: 'Price per unit in whole đồng (≥ 0); null: contact for price.',
  })
  priceVnd?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the price is for: "kg", "hộp 200 g" (1–50 characters; not null).',
  })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: 'Packaging (at most 200 characters).' })
  packaging?: string | null;

  @Field(() => Availability, { nullable: true, description: 'Whether it can be ordered now (not null).' })
  availability?: Availability | null;

  @Field(() => String, {
    nullable: true,
    description: 'When a seasonal product is available (at most 100 characters).',
  })
  season?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Smallest order in units, 1 to 1,000,000; null: no minimum.',
  })
  minOrderQuantity?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Contact person for this listing (at most 100 characters).',
  })
  contactName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Contact phone: digits, spaces, + ( ) . - (8–20 characters).',
  })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail.' })
  contactEmail?: string | null;

  @Field(() => [SalesChannelInput], {
    nullable: true,
    description: 'Where to buy it: replaces the whole list when given (at most 20).',
  })
  salesChannels?: SalesChannelInput[] | null;
}
