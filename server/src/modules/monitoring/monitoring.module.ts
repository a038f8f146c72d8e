import type { ApiModule } from '../module';
import { ExpiringCertificateResolver, ProductAtRiskResolver } from './monitoring.resolver';

/** Monitoring after certification: certificates about to expire, products at risk of display only. */
export const monitoringModule = {
  resolvers: [ExpiringCertificateResolver, ProductAtRiskResolver],
} satisfies ApiModule;
