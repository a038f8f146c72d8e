import type { ApiModule } from '../module';
import { WebhookResolver } from './webhook.resolver';

/** Webhooks: administrators register partners' endpoints; deliveries run in webhook-worker.ts. */
export const webhookModule = {
  resolvers: [WebhookResolver],
} satisfies ApiModule;
