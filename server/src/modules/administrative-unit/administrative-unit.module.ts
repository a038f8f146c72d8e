import type { ApiModule } from '../module';
import { createAdministrativeUnitLoaders } from './administrative-unit.loaders';
import { AdministrativeUnitResolver } from './administrative-unit.resolver';

/** Provinces, districts, communes and villages, and their lineage across the 2025 reform. */
export const administrativeUnitModule = {
  resolvers: [AdministrativeUnitResolver],
  loaders: createAdministrativeUnitLoaders,
} satisfies ApiModule;
