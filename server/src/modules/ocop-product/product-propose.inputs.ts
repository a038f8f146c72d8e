import { Field, ID, InputType } from 'type-graphql';

@InputType('ProductProposeInput', {
  description:
    'A new product proposed by its producer. It is not an OCOP product until an official certifies it: it has ' +
    'no certificate and no stars, and the catalogue (certificate status VALID by default) does not list it. ' +
    'Stars, scores and certificates are not part of this input.',
})
export class ProductProposeInput {
  @Field({ description: 'Name of the product (2–200 characters), e.g. "Gạo Séng Cù Mường Thanh".' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Code of its OCOP product set (bộ sản phẩm), e.g. "1.2.1"; absent when not classified yet.',
  })
  productSetCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What it is, in Vietnamese (at most 5,000 characters).',
  })
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The commune where it is made (an AdministrativeUnit ID of level COMMUNE).',
  })
  originCommuneId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The producer: required from administrators. A producer editor’s own producer is taken from their role; ' +
      'naming another producer is FORBIDDEN.',
  })
  producerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Any 8–100 letters, digits or . _ : - chosen by the client: a retry with the same key and input creates ' +
      'nothing more and answers the same product; the same key with another input is IDEMPOTENCY_KEY_REUSED.',
  })
  idempotencyKey?: string | null;
}
