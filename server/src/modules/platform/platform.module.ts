import type { ApiModule } from '../module';
import { PlatformResolver } from './platform.resolver';

/** The platform itself: its day in Vietnam (`today`). */
export const platformModule = {
  resolvers: [PlatformResolver],
} satisfies ApiModule;
