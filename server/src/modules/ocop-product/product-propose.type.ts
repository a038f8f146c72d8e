import { ObjectType } from 'type-graphql';
import { WritePayload } from '../../common/write-payload';
import { OcopProduct } from './ocop-product.type';

@ObjectType('ProductProposePayload', { description: 'Result of `productPropose`.' })
export class ProductProposePayload extends WritePayload('product', () => OcopProduct, {
  description:
    'The product proposed (the one created by the first request with the same idempotency key), without a ' +
    'certificate; null with user errors.',
  userErrors: 'Why nothing was written; empty when the product was created.',
}) {}
