import { ObjectType } from 'type-graphql';
import { WritePayload } from '../../common/write-payload';
import { FundingRecord } from './funding.type';

@ObjectType('FundingRecordPayload', { description: 'Result of `fundingRecord`.' })
export class FundingRecordPayload extends WritePayload('fundingRecord', () => FundingRecord, {
  description: 'The record written; null when refused.',
  userErrors: 'Why nothing was written; empty when it was recorded.',
}) {}
