import { Field, ID, InputType } from 'type-graphql';
import { AuditOutcomeValue } from './audit-log.type';

@InputType('AuditLogFilter', { description: 'Which audit entries to list; every field narrows the list.' })
export class AuditLogFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only this mutation or command, e.g. "producerUpdate".',
  })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this kind of object, e.g. "OcopCertificate".' })
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this object (its global ID).' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only attempts by this user (their global ID).' })
  actorId?: string | null;

  @Field(() => AuditOutcomeValue, { nullable: true, description: 'Only this outcome.' })
  outcome?: AuditOutcomeValue | null;

  @Field(() => Date, { nullable: true, description: 'Only entries at or after this instant.' })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only entries before this instant.' })
  until?: Date | null;
}
