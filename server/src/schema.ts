import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema } from 'type-graphql';
import { RESOLVERS } from './modules';

/**
 * The API's schema, built from the decorated classes of every module (modules/index.ts).
 * `validate: false`: arguments are checked by the services (code formats) and by the scalars
 * (Date); class-validator is not installed.
 */
export function buildSchema(): Promise<GraphQLSchema> {
  return buildTypeGraphQLSchema({
    resolvers: RESOLVERS,
    validate: false,
    emitSchemaFile: false,
  });
}
