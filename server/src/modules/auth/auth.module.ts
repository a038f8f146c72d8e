import type { ApiModule } from '../module';
import { AuthResolver, RoleGrantResolver } from './auth.resolver';

/** Login, logout and the viewer with their roles. */
export const authModule = {
  resolvers: [AuthResolver, RoleGrantResolver],
} satisfies ApiModule;
