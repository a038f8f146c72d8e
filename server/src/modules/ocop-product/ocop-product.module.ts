import type { ApiModule } from '../module';
import { createOcopProductLoaders } from './ocop-product.loaders';
import { OcopProductResolver } from './ocop-product.resolver';
import { AdministrativeUnitOcopResolver } from './unit-ocop-products.resolver';
import { ProductProposeResolver } from './product-propose.resolver';

/** The OCOP catalogue: products, the products of a place, and a producer editor's proposals. */
export const ocopProductModule = {
  resolvers: [OcopProductResolver, AdministrativeUnitOcopResolver, ProductProposeResolver],
  loaders: createOcopProductLoaders,
} satisfies ApiModule;
