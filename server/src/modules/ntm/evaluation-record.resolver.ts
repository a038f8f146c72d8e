import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { EvaluationRecordInput } from './evaluation-record.inputs';
import { evaluationRecordService } from './evaluation-record.service';
import { EvaluationRecordPayload } from './evaluation-record.type';

@Resolver()
export class EvaluationRecordResolver {
  @Mutation(() => EvaluationRecordPayload, {
    description:
      'Records an NTM evaluation of a unit against a criteria set. Allowed to officials inside their unit and ' +
      'to administrators; FORBIDDEN otherwise.',
  })
  evaluationRecord(
    @Arg('input') input: EvaluationRecordInput,
    @Ctx() ctx: Context,
  ): Promise<EvaluationRecordPayload> {
    return evaluationRecordService.record(ctx, input);
  }
}
