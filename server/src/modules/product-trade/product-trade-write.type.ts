import { ID, ObjectType } from 'type-graphql';
import { WritePayload } from '../../common/write-payload';
import { OcopProduct } from '../ocop-product/ocop-product.type';
import { ProductCertification } from './product-trade.type';

@ObjectType('ProductDetailsUpdatePayload', { description: 'Result of `productDetailsUpdate`.' })
export class ProductDetailsUpdatePayload extends WritePayload('product', () => OcopProduct, {
  description:
    'The product as it is now: changed when `userErrors` is empty; with a CONFLICT, as someone else left it.',
  userErrors: 'Why nothing was written; empty when the change was applied.',
}) {}

@ObjectType('ProductCertificationAddPayload', { description: 'Result of `productCertificationAdd`.' })
export class ProductCertificationAddPayload extends WritePayload(
  'certification',
  () => ProductCertification,
  {
    description: 'The certification recorded; null with user errors.',
    userErrors: 'Why nothing was written; empty when it was recorded.',
  },
) {}

@ObjectType('ProductCertificationRemovePayload', { description: 'Result of `productCertificationRemove`.' })
export class ProductCertificationRemovePayload extends WritePayload<'removedCertificationId', string>(
  'removedCertificationId',
  () => ID,
  {
    description: 'The ID of the certification removed; null with user errors.',
    userErrors: 'Why nothing was removed; empty when it was removed.',
  },
) {}
