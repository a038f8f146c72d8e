import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../common/node.type';

/** GraphQL type name, also the prefix inside global IDs (see common/node-id.ts). */
export const PRODUCT_PHOTO = 'ProductPhoto';

@ObjectType(PRODUCT_PHOTO, {
  implements: Node,
  description:
    'A photo of a product. The bytes are kept by the platform’s file store and served at `url`; this object ' +
    'describes them. Producer editors add photos with `productPhotoAdd` and remove them with `productPhotoRemove`.',
})
export class ProductPhoto implements Node {
  id: string;

  /** Database keys; not part of the API. */
  uuid: string;
  productUuid: string;
  storageKey: string;

  @Field(() => Int, {
    description:
      'Incremented by every change: a removal names the version it was based on (optimistic concurrency).',
  })
  version: number;

  @Field(() => Int, { description: 'Display position among the product’s photos (0 first).' })
  position: number;

  @Field({ description: 'Media type: "image/jpeg", "image/png" or "image/webp".' })
  contentType: string;

  @Field(() => Int, { description: 'Size of the file in bytes.' })
  byteSize: number;

  @Field(() => Int, { nullable: true, description: 'Width in pixels, when known.' })
  width: number | null;

  @Field(() => Int, { nullable: true, description: 'Height in pixels, when known.' })
  height: number | null;

  @Field({ description: 'SHA-256 of the bytes, in hex: identifies the exact file (and validates caches).' })
  sha256: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the platform serves the file, relative to its origin ("/media/photos/<sha256>.webp"); the file never ' +
      'changes, so it may be cached for good. Null when the file is not kept by this platform.',
  })
  url: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Text alternative in Vietnamese, for screen readers (the caption given when the photo was added).',
  })
  altVi: string | null;

  @Field(() => String, { nullable: true, description: 'Text alternative in English.' })
  altEn: string | null;
}
