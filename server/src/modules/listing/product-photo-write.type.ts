import { ID, ObjectType } from 'type-graphql';
import { WritePayload } from '../../common/write-payload';
import { ProductPhoto } from './product-photo.type';

@ObjectType('ProductPhotoAddPayload', { description: 'Result of `productPhotoAdd`.' })
export class ProductPhotoAddPayload extends WritePayload('photo', () => ProductPhoto, {
  description:
    'The photo added (the one added by the first request with the same idempotency key); null with user errors.',
  userErrors: 'Why nothing was written; empty when the photo was added.',
}) {}

@ObjectType('ProductPhotoRemovePayload', { description: 'Result of `productPhotoRemove`.' })
export class ProductPhotoRemovePayload extends WritePayload<'removedPhotoId', string>(
  'removedPhotoId',
  () => ID,
  {
    description: 'The ID of the photo removed; null with user errors.',
    userErrors: 'Why nothing was removed; empty when the photo was removed.',
  },
) {}
