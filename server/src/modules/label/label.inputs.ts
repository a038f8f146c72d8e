import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../common/connection';
import { DateScalar } from '../../common/date.scalar';

@InputType('LabelBatchCreateInput', { description: 'A production batch to label, one code per item.' })
export class LabelBatchCreateInput {
  @Field(() => ID, {
    description: 'The product: one of the viewer’s producer’s, holding a valid certificate today.',
  })
  productId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The pack the labels go on (one of the product’s listings).',
  })
  listingId?: string | null;

  @Field({ description: 'The lot number (1–50 characters), unique among the product’s batches.' })
  lotNumber: string;

  @Field(() => DateScalar, { description: 'When it was produced: not after today.' })
  producedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Best before: not before `producedOn`.' })
  bestBefore?: string | null;

  @Field(() => Int, { description: 'Items in the batch: 1 to 10,000 (one code each).' })
  itemCount: number;

  @Field(() => String, {
    nullable: true,
    description: 'Makes a retried submit record one batch (8–100 characters, chosen by the client).',
  })
  idempotencyKey?: string | null;
}

@InputType('LabelBatchRecallInput', {
  description: 'A batch to recall, and why: its codes then check as recalled.',
})
export class LabelBatchRecallInput {
  @Field(() => ID, { description: 'The batch to recall.' })
  id: string;

  @Field({ description: 'Why (1–500 characters), shown to whoever checks one of its codes.' })
  reason: string;
}

@InputType('LabelBatchFilter', { description: 'Narrows `labelBatches`; the conditions combine with AND.' })
export class LabelBatchFilter {
  @Field(() => ID, { nullable: true, description: 'Only this product’s batches.' })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this producer’s batches.' })
  producerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Products made in this province (2 digits), district (3) or commune (5), of either era.',
  })
  unitCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only batches with at least one suspicious code.' })
  suspiciousOnly?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only recalled batches; false: only the others.',
  })
  recalled?: boolean | null;
}

@ArgsType()
export class LabelBatchesArgs extends PageArgs {
  @Field(() => LabelBatchFilter, { nullable: true })
  filter?: LabelBatchFilter | null;
}
