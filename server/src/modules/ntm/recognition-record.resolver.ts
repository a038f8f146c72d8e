import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { RecognitionRecordInput } from './recognition-record.inputs';
import { recognitionRecordService } from './recognition-record.service';
import { RecognitionRecordPayload } from './recognition-record.type';
import { RecognitionRevokeInput } from './recognition-revoke.inputs';
import { RecognitionRevokePayload } from './recognition-revoke.type';

@Resolver()
export class RecognitionRecordResolver {
  @Mutation(() => RecognitionRecordPayload, {
    description:
      'Records a decision recognising a unit at an NTM tier. Officials inside their unit and administrators; ' +
      'FORBIDDEN otherwise.',
  })
  recognitionRecord(
    @Arg('input') input: RecognitionRecordInput,
    @Ctx() ctx: Context,
  ): Promise<RecognitionRecordPayload> {
    return recognitionRecordService.record(ctx, input);
  }

  @Mutation(() => RecognitionRevokePayload, {
    description:
      'Records the revocation of a recognition. Officials inside the recognition’s unit and administrators; ' +
      'FORBIDDEN otherwise.',
  })
  recognitionRevoke(
    @Arg('input') input: RecognitionRevokeInput,
    @Ctx() ctx: Context,
  ): Promise<RecognitionRevokePayload> {
    return recognitionRecordService.revoke(ctx, input);
  }
}
