import { Field, ObjectType } from 'type-graphql';
import { connectionType } from '../../common/connection';
import { Node } from '../../common/node.type';
import type { OcopCertificate } from '../ocop-certificate/ocop-certificate.type';

/** GraphQL type name, also the prefix inside global IDs (see common/node-id.ts). */
export const OCOP_PRODUCT = 'OcopProduct';

@ObjectType(OCOP_PRODUCT, {
  implements: Node,
  description:
    'A product of a producer, in the OCOP programme (Mỗi xã một sản phẩm) once certified: what it is, who makes ' +
    'it and where, its certificates (current and past), and how buyers can order it. A product is an OCOP ' +
    'product while its current certificate is VALID.',
})
export class OcopProduct implements Node {
  id: string;

  /** Database keys; not part of the API. */
  uuid: string;

  @Field(() => Date, {
    description:
      'When this product last changed (any of its fields), by the platform’s clock. For a sync that misses nothing ' +
      'while writes go on, follow `changes` instead: a change may commit after a later-stamped one.',
  })
  updatedAt: Date;
  producerUuid: string;
  productSetUuid: string | null;
  originCommuneUuid: string | null;
  /** Withdrawn by its producer (soft-deleted): still what its certificates point to, but no longer listed. */
  withdrawn: boolean;
  /**
   * The current certificate today, when the statement that read the product selected it too
   * (undefined: not read yet; null: never certified). Saves a statement per page.
   */
  preloadedCurrentCertificate?: OcopCertificate | null;

  @Field({ description: 'Name of the product, Unicode NFC (e.g. "Gạo Séng Cù Điện Biên").' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Description by the producer, in Vietnamese.' })
  description: string | null;

  @Field({
    description:
      'True for a product invented for the demonstration data set (its producer, listings and certificates ' +
      'too); false for every product recorded or imported for real. Pages mark demo products as such.',
  })
  demo: boolean;
}

export const OcopProductConnection = connectionType(OcopProduct, OCOP_PRODUCT, 'OCOP products');
export type OcopProductConnection = InstanceType<typeof OcopProductConnection>;
