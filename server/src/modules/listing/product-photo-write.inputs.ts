import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('ProductPhotoAddInput', {
  description:
    'Attaches a photo uploaded with `POST /uploads/photos` (which answered its `uploadId`) to a product, after ' +
    'its other photos. An upload is attached once, by its uploader, within a day of the upload.',
})
export class ProductPhotoAddInput {
  @Field(() => ID, { description: 'The product (one of the viewer’s producer’s products).' })
  productId: string;

  @Field({ description: 'The `uploadId` the upload answered.' })
  uploadId: string;

  @Field(() => String, {
    nullable: true,
    description:
      'What the photo shows, in Vietnamese (at most 300 characters): its text alternative, read back as ' +
      '`ProductPhoto.altVi`.',
  })
  altVi?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The old name of `altVi` (the same text; giving both, they must be equal).',
    deprecationReason: 'Use `altVi`, the name `ProductPhoto` reads it by. Kept at least until 2027-06-03.',
  })
  caption?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Any 8–100 letters, digits or . _ : - chosen by the client: a retry with the same key and input adds ' +
      'nothing more and answers the same photo; the same key with another input is IDEMPOTENCY_KEY_REUSED.',
  })
  idempotencyKey?: string | null;
}

@InputType('ProductPhotoRemoveInput', { description: 'Removes a photo from its product.' })
export class ProductPhotoRemoveInput {
  @Field(() => ID, { description: 'The photo.' })
  id: string;

  @Field(() => Int, {
    description:
      'The photo’s `version` the removal is based on; if it has changed since, nothing is removed and the ' +
      'answer is a CONFLICT user error with the current version.',
  })
  version: number;
}
