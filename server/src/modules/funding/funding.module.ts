import type { ApiModule } from '../module';
import { FundingRecordResolver } from './funding-record.resolver';
import { FundingResolver } from './funding.resolver';

/** Resources mobilised for NTM and OCOP: the published records and the officials' writes of them. */
export const fundingModule = {
  resolvers: [FundingRecordResolver, FundingResolver],
} satisfies ApiModule;
