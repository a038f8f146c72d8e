import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/node.type';

export enum ChangeType {
  PRODUCT = 'product',
  PRODUCER = 'producer',
  CERTIFICATE = 'certificate',
  LISTING = 'listing',
  UNIT = 'unit',
  BATCH = 'batch',
}
registerEnumType(ChangeType, {
  name: 'ChangeType',
  description: 'The kinds of object the change feed follows.',
  valuesConfig: {
    PRODUCT: { description: 'An OCOP product (`OcopProduct`).' },
    PRODUCER: { description: 'A producer (`Producer`).' },
    CERTIFICATE: { description: 'An OCOP certificate (`OcopCertificate`).' },
    LISTING: { description: 'A product listing (`ProductListing`).' },
    UNIT: { description: 'An administrative unit (`AdministrativeUnit`).' },
    BATCH: { description: 'A labelled production batch (`LabelBatch`): recorded, or recalled.' },
  },
});

export enum ChangeKind {
  CREATED = 'created',
  UPDATED = 'updated',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: 'What happened to the object.',
  valuesConfig: {
    CREATED: { description: 'It was recorded.' },
    UPDATED: {
      description:
        'One of its fields changed, or its status did by the calendar alone (a certificate expiring: `reason` EXPIRED).',
    },
    WITHDRAWN: { description: 'It was withdrawn or removed: it no longer appears in lists.' },
  },
});

export enum ChangeReason {
  REVOKED = 'revoked',
  EXPIRED = 'expired',
  SUPERSEDED = 'superseded',
}
registerEnumType(ChangeReason, {
  name: 'ChangeReason',
  description: 'Why a certificate’s status changed.',
  valuesConfig: {
    REVOKED: { description: 'The certificate was revoked.' },
    EXPIRED: {
      description:
        'The platform’s day reached the certificate’s expiry (recorded once, shortly after midnight in Vietnam).',
    },
    SUPERSEDED: { description: 'A re-certification replaced it.' },
  },
});

@ObjectType('Change', { description: 'One change of an object, as the change feed lists it.' })
export class Change {
  @Field(() => String, { description: 'Pass it as `after` to continue after this change.' })
  cursor: string;

  @Field(() => ChangeKind, { description: 'Created, updated or withdrawn.' })
  kind: ChangeKind;

  @Field(() => ChangeType, { description: 'The kind of object that changed.' })
  type: ChangeType;

  @Field(() => ID, { description: 'The global ID of the object (`node(id:)` reads it).' })
  nodeId: string;

  @Field(() => Date, { description: 'When it changed, by the platform’s clock.' })
  occurredAt: Date;

  @Field(() => ChangeReason, {
    nullable: true,
    description: 'For certificates: why the status changed (revoked, expired, superseded); null otherwise.',
  })
  reason: ChangeReason | null;

  /** Not a field: read by the `node` resolver through the loaders. */
  nodeUuid: string;
}

@ObjectType('ChangePageInfo', { description: 'Where a page of the change feed ends.' })
export class ChangePageInfo {
  @Field(() => String, {
    description:
      'The cursor to pass as `after` next time: the last change of the page, or the `after` given when the page ' +
      'is empty. Keep it and poll again with it: no change is ever missed or repeated.',
  })
  endCursor: string;

  @Field(() => Boolean, { description: 'True when more changes are already waiting after this page.' })
  hasNextPage: boolean;
}

@ObjectType('ChangeConnection', { description: 'A page of the change feed, oldest first.' })
export class ChangeConnection {
  @Field(() => [Change], { description: 'The changes of this page, oldest first.' })
  nodes: Change[];

  @Field(() => ChangePageInfo, { description: 'Where to continue.' })
  pageInfo: ChangePageInfo;
}

export type { Node };
