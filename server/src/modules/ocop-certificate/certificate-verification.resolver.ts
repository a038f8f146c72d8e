import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ocopProductService as products } from '../ocop-product/ocop-product.service';
import { OcopProduct } from '../ocop-product/ocop-product.type';
import { producerService as producers } from '../producer/producer.service';
import { Producer } from '../producer/producer.type';
import { MAX_VERIFIED_NUMBERS } from './certificate-number';
import { certificateVerificationService as verification } from './certificate-verification.service';
import { CertificateNumberCheck, CertificateVerification } from './certificate-verification.type';

@Resolver(() => CertificateVerification)
export class CertificateVerificationResolver {
  @Query(() => CertificateVerification, {
    description:
      'Checks an OCOP label: the certificate number typed from it or read from its QR code. Tells whether the ' +
      'number is genuine and whether the certificate is valid today, expired (since when), revoked or replaced ' +
      '(and by which certificate), for which product, producer and stars. Case, spaces, kinds of dashes and ' +
      'accents in the number do not matter. An unknown number is not an error: `genuine` is false.',
  })
  verifyOcopCertificate(
    @Ctx() ctx: Context,
    @Arg('number', {
      description:
        'The certificate number as printed on the label or encoded in its QR code, e.g. "OCOP-11-2025-0001".',
    })
    number: string,
  ): Promise<CertificateVerification> {
    return verification.verify(ctx, number);
  }

  @Query(() => [CertificateNumberCheck], {
    description:
      `Checks up to ${MAX_VERIFIED_NUMBERS} certificate numbers in one request (a shop's or a marketplace's ` +
      'catalogue): one entry per number, in the order asked, a number asked twice answered twice. Each entry ' +
      'is the answer `verifyOcopCertificate` gives for that number, or, for a text that cannot be a certificate ' +
      'number (empty, too long, no letter or digit), its `problem`: one bad number never fails the others. ' +
      `An empty list or more than ${MAX_VERIFIED_NUMBERS} numbers is refused (BAD_USER_INPUT, argumentName ` +
      '`numbers`) before anything is looked up. The whole batch is one lookup, and it costs by its length: ' +
      'each entry counts as the objects selected in it.',
  })
  verifyOcopCertificates(
    @Ctx() ctx: Context,
    @Arg('numbers', () => [String], {
      description: `1 to ${MAX_VERIFIED_NUMBERS} certificate numbers, each as printed on a label or read from its QR code.`,
    })
    numbers: string[],
  ): Promise<CertificateNumberCheck[]> {
    return verification.verifyMany(ctx, numbers);
  }

  @FieldResolver(() => OcopProduct, {
    nullable: true,
    description: 'The certified product; null when unknown.',
  })
  product(@Root() answer: CertificateVerification, @Ctx() ctx: Context): Promise<OcopProduct | null> {
    return answer.productUuid ? products.byId(ctx, answer.productUuid) : Promise.resolve(null);
  }

  @FieldResolver(() => Producer, {
    nullable: true,
    description: 'The product’s producer; null when unknown.',
  })
  producer(@Root() answer: CertificateVerification, @Ctx() ctx: Context): Promise<Producer | null> {
    return answer.producerUuid ? producers.byId(ctx, answer.producerUuid) : Promise.resolve(null);
  }
}
