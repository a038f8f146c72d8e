import type { ApiModule } from '../module';
import { ChangeFeedResolver } from './change-feed.resolver';

/** Sync for partners: the change feed (and, beside it, the scheduled calendar step and webhooks). */
export const syncModule = {
  resolvers: [ChangeFeedResolver],
} satisfies ApiModule;
