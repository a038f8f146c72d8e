import type { ApiModule } from '../module';
import { AccountResolver, RoleAssignmentResolver } from './account.resolver';

/** Users and their roles: invitations, passwords, disabling, grants (administrators), the user list. */
export const accountModule = {
  resolvers: [AccountResolver, RoleAssignmentResolver],
} satisfies ApiModule;
