import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ProducerCreateInput, ProducerUpdateInput } from './producer-record.inputs';
import { producerRecordService } from './producer-record.service';
import { ProducerCreatePayload, ProducerUpdatePayload } from './producer-record.type';

@Resolver()
export class ProducerRecordResolver {
  @Mutation(() => ProducerCreatePayload, {
    description:
      'Records a new producer. Officials inside the producer’s commune and administrators; FORBIDDEN otherwise.',
  })
  producerCreate(
    @Arg('input') input: ProducerCreateInput,
    @Ctx() ctx: Context,
  ): Promise<ProducerCreatePayload> {
    return producerRecordService.create(ctx, input);
  }

  @Mutation(() => ProducerUpdatePayload, {
    description:
      'Changes a producer’s identity (name, legal form, commune, address, contact, tax code…). Officials inside ' +
      'the producer’s commune (and the new one, when it moves) and administrators; producer editors cannot.',
  })
  producerUpdate(
    @Arg('input') input: ProducerUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<ProducerUpdatePayload> {
    return producerRecordService.update(ctx, input);
  }
}
