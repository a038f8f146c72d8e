import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { ProductPhoto } from './product-photo.type';

@ObjectType('ProductPhotoAddPayload', { description: 'Result of `productPhotoAdd`.' })
export class ProductPhotoAddPayload {
  @Field(() => ProductPhoto, {
    nullable: true,
    description:
      'The photo added (the one added by the first request with the same idempotency key); null with user errors.',
  })
  photo: ProductPhoto | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty when the photo was added.' })
  userErrors: UserError[];
}

@ObjectType('ProductPhotoRemovePayload', { description: 'Result of `productPhotoRemove`.' })
export class ProductPhotoRemovePayload {
  @Field(() => ID, { nullable: true, description: 'The ID of the photo removed; null with user errors.' })
  removedPhotoId: string | null;

  @Field(() => [UserError], { description: 'Why nothing was removed; empty when the photo was removed.' })
  userErrors: UserError[];
}
