import type { ApiModule } from '../module';
import { OcopSummaryResolver } from './ocop-summary.resolver';

/** OCOP figures of a place (`ocopSummary`). */
export const ocopStatisticsModule = {
  resolvers: [OcopSummaryResolver],
} satisfies ApiModule;
