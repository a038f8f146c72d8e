import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('ProductPhoto', {
  description:
    'A photo of a product. The bytes are kept by the platform’s file store; this object describes them ' +
    '(the address to download them from comes with the file store).',
})
export class ProductPhoto {
  /** Database key of its product; not part of the API. */
  productUuid: string;

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

  @Field(() => String, { nullable: true, description: 'Text alternative in Vietnamese, for screen readers.' })
  altVi: string | null;

  @Field(() => String, { nullable: true, description: 'Text alternative in English.' })
  altEn: string | null;
}
