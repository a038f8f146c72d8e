import { Field, ID, InputType, Int } from 'type-graphql';
import { VndScalar } from '../../common/vnd.scalar';
import { SalesChannelInput } from './listing-update.inputs';
import { Availability } from './product-listing.type';

@InputType('ProductListingCreateInput', {
  description:
    'A new way its producer offers a product (a pack or unit of sale). The producer is the product’s; stars, ' +
    'scores and certificates are not part of a listing.',
})
export class ProductListingCreateInput {
  @Field(() => ID, { description: 'The product offered (one of the viewer’s producer’s products).' })
  productId: string;

  @Field({ description: 'What the price is for: "kg", "hộp 200 g" (1–50 characters).' })
  unit: string;

  @Field(() => VndScalar, {
    nullable: true,
    description: 'Price per unit in whole đồng (≥ 0); null or absent: contact for price.',
  })
  priceVnd?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What is particular about this offer (at most 2,000 characters).',
  })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Packaging (at most 200 characters).' })
  packaging?: string | null;

  @Field(() => Availability, {
    nullable: true,
    description: 'Whether it can be ordered now; IN_STOCK when absent.',
  })
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

  @Field(() => [SalesChannelInput], { nullable: true, description: 'Where to buy it (at most 20).' })
  salesChannels?: SalesChannelInput[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Any 8–100 letters, digits or . _ : - chosen by the client: a retry with the same key and input creates ' +
      'nothing more and answers the same listing; the same key with another input is IDEMPOTENCY_KEY_REUSED.',
  })
  idempotencyKey?: string | null;
}
