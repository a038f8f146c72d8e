import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { connectionType } from '../../common/connection';

/** The enum values are the database's spellings, so rows pass through unchanged. */
export enum AuditOutcomeValue {
  APPLIED = 'applied',
  DENIED = 'denied',
  REJECTED = 'rejected',
}
registerEnumType(AuditOutcomeValue, {
  name: 'AuditOutcome',
  description: 'What became of an attempted write.',
  valuesConfig: {
    APPLIED: { description: 'The change was made.' },
    DENIED: { description: 'The actor was not allowed to make it (FORBIDDEN, NOT_FOUND, UNAUTHENTICATED).' },
    REJECTED: { description: 'The input was refused (user errors, a stale version): nothing changed.' },
  },
});

@ObjectType('AuditActor', { description: 'Who made an attempt recorded in the audit log.' })
export class AuditActor {
  @Field(() => ID, { description: 'Global ID of the user.' })
  id: string;

  @Field({ description: 'The user’s name as shown to others.' })
  displayName: string;

  @Field({ description: 'The user’s login email.' })
  email: string;
}

@ObjectType('AuditPartner', {
  description: 'The partner organisation behind an API key, as the audit names it.',
})
export class AuditPartner {
  @Field(() => String, { description: 'The partner’s name.' })
  name: string;

  @Field(() => String, { description: 'The key’s visible prefix (`ApiKey.prefix`).' })
  keyPrefix: string;
}

@ObjectType('AuditEntry', {
  description:
    'One attempted write, as recorded in the same transaction as the write itself (append-only: never changed).',
})
export class AuditEntry {
  /** Database keys; resolved by the resolver. */
  unitUuid: string | null;

  @Field(() => ID, { description: 'Identifier of the entry (increasing with time).' })
  id: string;

  @Field(() => Date, { description: 'When it happened (the start of its transaction).' })
  occurredAt: Date;

  @Field(() => AuditActor, { nullable: true, description: 'Who tried; null for an anonymous attempt.' })
  actor: AuditActor | null;

  @Field(() => AuditPartner, {
    nullable: true,
    description: 'The partner whose API key made the request; null for requests without a key.',
  })
  partner: AuditPartner | null;

  @Field({ description: 'The mutation or command, e.g. "ocopCertificationRecord".' })
  action: string;

  @Field({ description: 'The kind of object, e.g. "OcopCertificate".' })
  entityType: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The object: its global ID when it has one, as `node(id:)` takes it; null when not known.',
  })
  entityId: string | null;

  @Field(() => AuditOutcomeValue, { description: 'What became of the attempt.' })
  outcome: AuditOutcomeValue;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'The object before the change, as stored (secrets never recorded); null for a creation or a refusal.',
  })
  before: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'The object after the change; for a refusal, the reason, the user errors and the input that was sent.',
  })
  after: unknown;

  @Field(() => String, {
    nullable: true,
    description: 'The request id (the `x-request-id` of the HTTP exchange), to match server logs.',
  })
  requestId: string | null;
}

export const AuditEntryConnection = connectionType(AuditEntry, 'AuditEntry', 'audit log entries');
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;
