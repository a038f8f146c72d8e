import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema } from 'type-graphql';
import { AdministrativeUnitResolver } from './modules/administrative-unit/administrative-unit.resolver';
import { CriteriaSetResolver, CriterionResolver } from './modules/criteria-set/criteria-set.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { CriterionResultResolver, EvaluationResolver } from './modules/ntm/evaluation.resolver';
import { NtmProgressResolver } from './modules/ntm/ntm-progress.resolver';
import { RecognitionResolver } from './modules/ntm/recognition.resolver';
import { AdministrativeUnitNtmResolver } from './modules/ntm/unit-ntm.resolver';
import { OCOP_RESOLVERS } from './modules/ocop.resolvers';
import { AuthResolver, RoleGrantResolver } from './modules/auth/auth.resolver';
import { ListingUpdateResolver } from './modules/listing/listing-update.resolver';
import { ListingCreateResolver } from './modules/listing/listing-create.resolver';
import { ProductPhotoWriteResolver } from './modules/listing/product-photo-write.resolver';
import { ProductProposeResolver } from './modules/ocop-product/product-propose.resolver';
import { ACCOUNT_RESOLVERS } from './modules/account/account.resolver';
import { OFFICIAL_RESOLVERS } from './modules/official/official.resolvers';
import { PlatformResolver } from './modules/platform/platform.resolver';

export const RESOLVERS = [
  PlatformResolver,
  NodeResolver,
  AdministrativeUnitResolver,
  CriteriaSetResolver,
  CriterionResolver,
  AdministrativeUnitNtmResolver,
  RecognitionResolver,
  EvaluationResolver,
  CriterionResultResolver,
  NtmProgressResolver,
  ...OCOP_RESOLVERS,
  AuthResolver,
  RoleGrantResolver,
  ListingUpdateResolver,
  ListingCreateResolver,
  ProductPhotoWriteResolver,
  ProductProposeResolver,
  ...ACCOUNT_RESOLVERS,
  ...OFFICIAL_RESOLVERS,
] as const;

/**
 * The API's schema, built from the decorated classes. `validate: false`: arguments are checked
 * by the services (code formats) and by the scalars (Date); class-validator is not installed.
 */
export function buildSchema(): Promise<GraphQLSchema> {
  return buildTypeGraphQLSchema({
    resolvers: RESOLVERS,
    validate: false,
    emitSchemaFile: false,
  });
}
