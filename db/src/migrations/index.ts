import { InitialSchema1795881600000 } from './1795881600000-initial-schema';

/** Every migration, in order. Listed explicitly so a build never depends on a file glob. */
export const MIGRATIONS = [InitialSchema1795881600000];
