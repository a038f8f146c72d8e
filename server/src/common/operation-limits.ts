import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

/**
 * Limits checked once the operation is known and before anything executes, with the values of
 * its variables (STACK.md pitfall 9: a page size sent as a variable must count like a literal
 * one). A rejection is an HTTP 400 with a clear message, and no SQL has run.
 */
export const LIMITS = {
  /** Aliased fields in one operation: aliases multiply work without nesting. */
  maxAliases: 20,
  /**
   * Estimated objects an operation may return: each object field counts 1, times the page size
   * of every connection around it (`first`, once: not again for its `nodes`/`edges`) and
   * LIST_ESTIMATE for other lists. A catalogue page
   * of 100 products with producer, commune chain, certificate and listings stays well below;
   * a page of 100 producers with 100 products each does not.
   */
  maxCost: 25_000,
  /** Assumed length of a list field without `first` (a product's listings, a set's criteria…). */
  listEstimate: 10,
} as const;

function reject(message: string, code: 'BAD_USER_INPUT' | 'BAD_REQUEST'): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  aliases: number;
}

/** The value of argument `name` of a field, literal or from the variables; undefined when absent. */
function argumentValue(field: FieldNode, name: string, variables: Record<string, unknown>): unknown {
  const argument = field.arguments?.find((a) => a.name.value === name);
  if (!argument) return undefined;
  return valueFromASTUntyped(argument.value, variables);
}

function pageSize(field: FieldNode, walk: Walk, hasFirstArgument: boolean): number | null {
  if (!hasFirstArgument) return null;
  const value = argumentValue(field, 'first', walk.variables);
  if (value === undefined || value === null) return DEFAULT_PAGE_SIZE;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw reject(
      `"first" on field "${field.name.value}" must be an integer from 1 to ${MAX_PAGE_SIZE}; got ${JSON.stringify(value)}.`,
      'BAD_USER_INPUT',
    );
  }
  return value;
}

/** Cost of a selection set on `parentType`, also counting aliases and checking page sizes. */
function costOf(
  set: SelectionSetNode,
  parentType: GraphQLCompositeType,
  walk: Walk,
  seen: Set<string>,
): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) walk.aliases += 1;
      if (
        selection.name.value.startsWith('__') ||
        !(isObjectType(parentType) || isInterfaceType(parentType))
      ) {
        continue;
      }
      const definition = parentType.getFields()[selection.name.value];
      if (!definition) continue; // unknown fields are reported by validation
      const size = pageSize(
        selection,
        walk,
        definition.args.some((a) => a.name === 'first'),
      );
      const type = getNamedType(definition.type);
      if (!selection.selectionSet || !(isObjectType(type) || isInterfaceType(type) || isUnionType(type)))
        continue;
      // A connection's `nodes` / `edges` are the page its `first` has already counted.
      const pageOfConnection =
        (selection.name.value === 'nodes' || selection.name.value === 'edges') &&
        'pageInfo' in parentType.getFields();
      const multiplier =
        size ?? (isListType(getNullableType(definition.type)) && !pageOfConnection ? LIMITS.listEstimate : 1);
      cost += multiplier * (1 + costOf(selection.selectionSet, type, walk, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName ? walk.schema.getType(typeName) : parentType;
      if (type && (isObjectType(type) || isInterfaceType(type) || isUnionType(type))) {
        cost += costOf(selection.selectionSet, type, walk, seen);
      }
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      const type = walk.schema.getType(fragment.typeCondition.name.value);
      if (!type || !(isObjectType(type) || isInterfaceType(type) || isUnionType(type))) continue;
      seen.add(name);
      cost += costOf(fragment.selectionSet, type, walk, seen);
      seen.delete(name);
    }
  }
  return cost;
}

/** Checks one operation; throws the 400 error to answer with. Exported for tests and the benchmark. */
export function checkOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): { cost: number; aliases: number } {
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return { cost: 0, aliases: 0 };
  const walk: Walk = { schema, fragments, variables, aliases: 0 };
  const cost = costOf(operation.selectionSet, root, walk, new Set());
  if (walk.aliases > LIMITS.maxAliases) {
    throw reject(
      `Too many aliases: at most ${LIMITS.maxAliases} aliased fields per operation.`,
      'BAD_REQUEST',
    );
  }
  if (cost > LIMITS.maxCost) {
    throw reject(
      `Query is too expensive: it could return about ${cost} objects, at most ${LIMITS.maxCost} are allowed. ` +
        'Ask for smaller pages (`first`) or fewer nested lists, and page through the rest.',
      'BAD_REQUEST',
    );
  }
  return { cost, aliases: walk.aliases };
}

export function operationLimitsPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION)
              fragments.set(definition.name.value, definition);
          }
          checkOperation(schema, operation, fragments, request.variables ?? {});
        },
      };
    },
  };
}
