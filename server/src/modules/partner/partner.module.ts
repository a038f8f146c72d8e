import type { ApiModule } from '../module';
import { PartnerResolver } from './partner.resolver';

/** Partners and their API keys (administrators), and the `rateLimit` field (common/points-budget.ts). */
export const partnerModule = {
  resolvers: [PartnerResolver],
} satisfies ApiModule;
