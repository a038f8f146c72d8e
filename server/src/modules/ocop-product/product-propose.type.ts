import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { OcopProduct } from './ocop-product.type';

@ObjectType('ProductProposePayload', { description: 'Result of `productPropose`.' })
export class ProductProposePayload {
  @Field(() => OcopProduct, {
    nullable: true,
    description:
      'The product proposed (the one created by the first request with the same idempotency key), without a ' +
      'certificate; null with user errors.',
  })
  product: OcopProduct | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty when the product was created.' })
  userErrors: UserError[];
}
