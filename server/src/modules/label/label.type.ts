import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../common/connection';
import { DateScalar } from '../../common/date.scalar';
import { Node } from '../../common/node.type';
import { WritePayload } from '../../common/write-payload';
import { CertificateStatus } from '../ocop-certificate/ocop-certificate.type';

export const LABEL_BATCH = 'LabelBatch';

export enum LabelVerdict {
  GENUINE = 'GENUINE',
  SUSPECTED_COPY = 'SUSPECTED_COPY',
  RECALLED = 'RECALLED',
  CERTIFICATE_NOT_VALID = 'CERTIFICATE_NOT_VALID',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(LabelVerdict, {
  name: 'LabelVerdict',
  description: 'What a label code says about the pack it is on.',
  valuesConfig: {
    GENUINE: {
      description: 'A code the platform issued, of a batch not recalled, its product certified that day.',
    },
    SUSPECTED_COPY: {
      description:
        'A code the platform issued, but checked from far more places or far more often than one pack is: the ' +
        'label may have been copied onto other packs.',
    },
    RECALLED: { description: 'Its batch was recalled (`recallReason` says why): do not use the product.' },
    CERTIFICATE_NOT_VALID: {
      description:
        'Its product’s OCOP certificate is not valid on the day of the check (expired, revoked, withdrawn).',
    },
    UNKNOWN: { description: 'Not a code the platform issued (or mistyped).' },
  },
});

@ObjectType('LabelCheck', {
  description:
    'The answer to one check of a label code (`labelCodeCheck`): the verdict first, then what the pack in hand ' +
    'should match. Everything here is read in the one statement that counts the check.',
})
export class LabelCheck {
  @Field(() => LabelVerdict, { description: 'The verdict: what the code says about the pack.' })
  verdict: LabelVerdict;

  @Field({ description: 'The verdict in one sentence, in the request’s language.' })
  message: string;

  @Field({ description: 'The code as printed (ABCD-EFGH-JKMNP) when well-formed, else what was sent.' })
  code: string;

  @Field(() => DateScalar, {
    description: 'The platform’s day of the check: the certificate’s status is of that day.',
  })
  checkedOn: string;

  @Field(() => ID, { nullable: true, description: 'The product the code was issued for.' })
  productId: string | null;
  @Field(() => String, { nullable: true, description: 'Its name.' })
  productName: string | null;
  @Field(() => Int, { nullable: true, description: 'Stars of the product’s current certificate.' })
  stars: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'The product’s first photo ("/media/photos/…"), to compare with the pack in hand.',
  })
  photoUrl: string | null;
  @Field(() => ID, { nullable: true, description: 'Its producer.' })
  producerId: string | null;
  @Field(() => String, { nullable: true, description: 'Its producer’s name.' })
  producerName: string | null;
  @Field(() => String, { nullable: true, description: 'The product’s current certificate.' })
  certificateNumber: string | null;
  @Field(() => CertificateStatus, { nullable: true, description: 'On `checkedOn`.' })
  certificateStatus: CertificateStatus | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The first day that certificate is no longer valid.',
  })
  certificateExpiresOn: string | null;
  @Field(() => String, { nullable: true, description: 'The batch’s lot, as printed.' })
  lotNumber: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the batch was produced.' })
  producedOn: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Best before, when given.' })
  bestBefore: string | null;
  @Field(() => Int, { nullable: true, description: 'Which label of the batch: "label 12 of 500".' })
  serial: number | null;
  @Field(() => Int, { nullable: true, description: 'Labels in the batch.' })
  itemCount: number | null;
  @Field(() => Date, { nullable: true, description: 'When its batch was recalled; null if not.' })
  recalledAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was recalled.' })
  recallReason: string | null;
  @Field(() => Int, { nullable: true, description: 'Checks of this code so far, this one included.' })
  checkCount: number | null;
  @Field(() => Date, { nullable: true, description: 'When the code was first checked.' })
  firstCheckedAt: Date | null;
  @Field({
    description:
      'Whether the code’s checks look like a copied label (checked from too many places or too often for one pack).',
  })
  copyWarning: boolean;
}

@ObjectType('LabelCodeStats', { description: 'The checks of one label, by its serial (never its code).' })
export class LabelCodeStats {
  @Field(() => Int, { description: 'Which label of the batch.' })
  serial: number;
  @Field(() => Int, { description: 'Checks of its code.' })
  checkCount: number;
  @Field(() => Int, { description: 'Distinct coarse places (networks) it was checked from.' })
  placeCount: number;
  @Field(() => Date, { nullable: true, description: 'When first checked.' })
  firstCheckedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When last checked.' })
  lastCheckedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When its checks first looked like a copied label.' })
  flaggedAt: Date | null;
}

@ObjectType(LABEL_BATCH, {
  implements: Node,
  description:
    'A production batch of a certified product, each of its items labelled with a code of its own ' +
    '(server/README.md, "Labels"). Seen by the editors of its producer, the officials of its product’s units, ' +
    'administrators and API keys.',
})
export class LabelBatch implements Node {
  id: string;
  uuid: string;
  productUuid: string;
  listingUuid: string | null;
  producerUuid: string;

  @Field({ description: 'The producer’s lot number, printed on the labels (unique per product).' })
  lotNumber: string;
  @Field(() => DateScalar, { description: 'When it was produced.' })
  producedOn: string;
  @Field(() => DateScalar, { nullable: true, description: 'Best before, when given.' })
  bestBefore: string | null;
  @Field(() => Int, { description: 'Items, hence codes: 1 to 10,000.' })
  itemCount: number;
  @Field(() => Date, { description: 'When it was recorded (its codes issued).' })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was recalled; null if not.' })
  recalledAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was recalled.' })
  recallReason: string | null;

  @Field({
    description: 'The label sheet to print, relative to the origin: an A4 PDF (editors of its producer).',
  })
  labelSheetPdfUrl: string;
  @Field({ description: 'The codes as CSV for a label printer: serial, code, link, lot, product.' })
  labelSheetCsvUrl: string;
}

export const LabelBatchConnection = connectionType(LabelBatch, LABEL_BATCH, 'label batches');

@ObjectType('LabelBatchCreatePayload', { description: 'Result of `labelBatchCreate`.' })
export class LabelBatchCreatePayload extends WritePayload('batch', () => LabelBatch, {
  description: 'The batch with its codes issued; null with user errors.',
  userErrors: 'Why nothing was written; empty when the batch was recorded.',
}) {}

@ObjectType('LabelBatchRecallPayload', { description: 'Result of `labelBatchRecall`.' })
export class LabelBatchRecallPayload extends WritePayload('batch', () => LabelBatch, {
  description: 'The batch, recalled; null with user errors.',
  userErrors: 'Why nothing was written.',
}) {}
