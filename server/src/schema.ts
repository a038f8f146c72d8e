import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema } from 'type-graphql';
import { AdministrativeUnitResolver } from './modules/administrative-unit/administrative-unit.resolver';
import { CriteriaSetResolver, CriterionResolver } from './modules/criteria-set/criteria-set.resolver';
import { NodeResolver } from './modules/node/node.resolver';

export const RESOLVERS = [
  NodeResolver,
  AdministrativeUnitResolver,
  CriteriaSetResolver,
  CriterionResolver,
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
