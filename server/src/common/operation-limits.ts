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
  /**
   * What each fragment contributes wherever it is spread (its cost and its aliases do not depend
   * on the place: it is walked on its own type condition), measured once per fragment name.
   * IN_PROGRESS while it is being measured, so that a fragment cycle (reported by graphql's own
   * validation) stops the walk instead of looping.
   */
  fragmentTotals: Map<string, Totals | typeof IN_PROGRESS>;
}

/** Estimated objects and aliased fields of a selection set, as if its fragments were written out. */
interface Totals {
  cost: number;
  aliases: number;
}

const IN_PROGRESS = 'in progress';

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

/**
 * Cost and aliases of a selection set on `parentType`, also checking page sizes. Each fragment
 * is walked once and its totals are added at every spread: walking it again at each spread was
 * exponential in the nesting (`fragment F0 { ...F1 ...F1 } fragment F1 { ...F2 ...F2 } …`).
 */
function totalsOf(set: SelectionSetNode, parentType: GraphQLCompositeType, walk: Walk): Totals {
  let cost = 0;
  let aliases = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) aliases += 1;
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
      const inner = totalsOf(selection.selectionSet, type, walk);
      cost += multiplier * (1 + inner.cost);
      aliases += inner.aliases;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName ? walk.schema.getType(typeName) : parentType;
      if (type && (isObjectType(type) || isInterfaceType(type) || isUnionType(type))) {
        const inner = totalsOf(selection.selectionSet, type, walk);
        cost += inner.cost;
        aliases += inner.aliases;
      }
    } else {
      const inner = fragmentTotals(selection.name.value, walk);
      cost += inner.cost;
      aliases += inner.aliases;
    }
  }
  return { cost, aliases };
}

const NOTHING: Totals = { cost: 0, aliases: 0 };

function fragmentTotals(name: string, walk: Walk): Totals {
  const known = walk.fragmentTotals.get(name);
  if (known === IN_PROGRESS) return NOTHING; // a cycle: invalid, reported by validation
  if (known) return known;
  const fragment = walk.fragments.get(name);
  if (!fragment) return NOTHING; // unknown fragments are reported by validation
  const type = walk.schema.getType(fragment.typeCondition.name.value);
  if (!type || !(isObjectType(type) || isInterfaceType(type) || isUnionType(type))) return NOTHING;
  walk.fragmentTotals.set(name, IN_PROGRESS);
  const totals = totalsOf(fragment.selectionSet, type, walk);
  walk.fragmentTotals.set(name, totals);
  return totals;
}

/** A count for a message: fragments can multiply it beyond what is worth printing exactly. */
function about(count: number): string {
  return count < 1e12 ? `about ${count}` : 'more than 10^12';
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
  const walk: Walk = { schema, fragments, variables, fragmentTotals: new Map() };
  const { cost, aliases } = totalsOf(operation.selectionSet, root, walk);
  if (aliases > LIMITS.maxAliases) {
    throw reject(
      `Too many aliases: at most ${LIMITS.maxAliases} aliased fields per operation.`,
      'BAD_REQUEST',
    );
  }
  if (cost > LIMITS.maxCost) {
    throw reject(
      `Query is too expensive: it could return ${about(cost)} objects, at most ${LIMITS.maxCost} are allowed. ` +
        'Ask for smaller pages (`first`) or fewer nested lists, and page through the rest.',
      'BAD_REQUEST',
    );
  }
  return { cost, aliases };
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
