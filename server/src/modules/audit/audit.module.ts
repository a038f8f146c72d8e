import type { ApiModule } from '../module';
import { AuditLogResolver } from './audit-log.resolver';

/** The audit log, as administrators and officials may browse it. */
export const auditModule = {
  resolvers: [AuditLogResolver],
} satisfies ApiModule;
