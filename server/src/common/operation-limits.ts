import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLFormattedError,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_VERIFIED_NUMBERS } from '../modules/ocop-certificate/certificate-number';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';
import { requestError, statusOf, type ErrorCode } from './error-codes';

/**
 * Limits checked once the operation is known and before anything executes, with the values of
 * its variables (server/README.md, pitfall 4: a page size sent as a variable must count like a
 * literal one). A rejection is an HTTP 400 with a clear message and its own code
 * (TOO_MANY_ALIASES, QUERY_TOO_COMPLEX; common/error-codes.ts), and no SQL has run.
 */
export const LIMITS = {
  /** Aliased fields in one operation: aliases multiply work without nesting. */
  maxAliases: 20,
  /**
   * Objects an operation may return: each object field counts 1, times the page size of every
   * connection around it (`first`, once: not again for its `nodes`/`edges`) and the declared
   * size of every other list (ListSizes: the largest such list in the data). A catalogue page
   * of 100 products with producer, commune chain, certificate and listings stays well below;
   * a page of 100 producers with 100 products each does not. The same cap is counted again
   * while the answer is built, and an answer growing past it is stopped.
   */
  maxCost: 25_000,
} as const;

/**
 * Largest length of each list field without `first`, keyed `Type.field` (modules/list-sizes.ts
 * measures them). A connection's `nodes`/`edges` are its `first`; SIZED_BY_ARGUMENT's lists their argument.
 */
export type ListSizes = ReadonlyMap<string, number>;

/**
 * Root lists as long as one of their arguments: one entry per item asked. Each counts at that
 * argument's length, at most `max` when the field refuses a longer one (it then returns nothing,
 * and its own BAD_USER_INPUT says why, rather than "too expensive").
 */
const SIZED_BY_ARGUMENT: ReadonlyMap<string, { argument: string; max?: number }> = new Map([
  ['nodes', { argument: 'ids' }],
  ['verifyOcopCertificates', { argument: 'numbers', max: MAX_VERIFIED_NUMBERS }],
]);

/**
 * The list fields of the schema whose length the estimate would not know: neither a `first`,
 * a connection's page, `nodes(ids)`, nor a size in `sizes`. Lists of scalars hold no objects.
 */
export function listFieldsWithoutSize(schema: GraphQLSchema, sizes: Iterable<string>): string[] {
  const known = new Set(sizes);
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    const fields = type.getFields();
    for (const field of Object.values(fields)) {
      const key = `${type.name}.${field.name}`;
      if (!isListType(getNullableType(field.type)) || !isCompositeType(getNamedType(field.type))) continue;
      if (field.args.some((a) => a.name === 'first')) continue;
      if (type === schema.getQueryType() && SIZED_BY_ARGUMENT.has(field.name)) continue;
      if ((field.name === 'nodes' || field.name === 'edges') && 'pageInfo' in fields) continue;
      if (!known.has(key)) missing.push(key);
    }
  }
  return missing;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  /** The request's variables, with the operation's default values for those not sent. */
  variables: Record<string, unknown>;
  listSizes: ListSizes;
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

function pageSize(field: FieldNode, walk: Walk, definition: GraphQLField<unknown, unknown>): number | null {
  const first = definition.args.find((a) => a.name === 'first');
  if (!first) return null;
  const value = argumentValue(field, 'first', walk.variables);
  if (value === undefined || value === null) {
    return typeof first.defaultValue === 'number' ? first.defaultValue : DEFAULT_PAGE_SIZE;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw requestError(
      'BAD_USER_INPUT',
      `"first" on field "${field.name.value}" must be an integer from 1 to ${MAX_PAGE_SIZE}; got ${JSON.stringify(value)}.`,
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
      const size = pageSize(selection, walk, definition);
      const type = getNamedType(definition.type);
      if (!selection.selectionSet || !(isObjectType(type) || isInterfaceType(type) || isUnionType(type)))
        continue;
      // A connection's `nodes` / `edges` are the page its `first` has already counted.
      const pageOfConnection =
        (selection.name.value === 'nodes' || selection.name.value === 'edges') &&
        'pageInfo' in parentType.getFields();
      const multiplier =
        size ??
        (isListType(getNullableType(definition.type)) && !pageOfConnection
          ? listSize(selection, parentType, walk)
          : 1);
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

/** Declared length of a list field without `first` (of an interface: its longest implementation's). */
function listSize(field: FieldNode, parentType: GraphQLCompositeType, walk: Walk): number {
  const name = field.name.value;
  const sized = parentType === walk.schema.getQueryType() ? SIZED_BY_ARGUMENT.get(name) : undefined;
  if (sized) {
    const items = argumentValue(field, sized.argument, walk.variables);
    const length = Array.isArray(items) ? items.length : 1; // a single value is a list of one
    return Math.min(length, sized.max ?? length);
  }
  const types = isInterfaceType(parentType) ? walk.schema.getPossibleTypes(parentType) : [parentType];
  let size = 0;
  for (const type of types) {
    // Every list has a size (checked at start): a missing one counts as a full page.
    size = Math.max(size, walk.listSizes.get(`${type.name}.${name}`) ?? MAX_PAGE_SIZE);
  }
  return size;
}

/**
 * The value of each variable: the one sent, else the operation's default (a default page size
 * counts like a literal), else absent (and then the field's own default applies).
 */
function variableValues(
  operation: OperationDefinitionNode,
  sent: Record<string, unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (Object.prototype.hasOwnProperty.call(sent, name)) values[name] = sent[name];
    else if (definition.defaultValue) values[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return values;
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
  listSizes: ListSizes,
): { cost: number; aliases: number } {
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return { cost: 0, aliases: 0 };
  const walk: Walk = {
    schema,
    fragments,
    variables: variableValues(operation, variables),
    listSizes,
    fragmentTotals: new Map(),
  };
  const { cost, aliases } = totalsOf(operation.selectionSet, root, walk);
  if (aliases > LIMITS.maxAliases) {
    throw requestError(
      'TOO_MANY_ALIASES',
      `Too many aliases: the operation has ${aliases < 1e12 ? aliases : 'more than 10^12'} aliased fields (fragments counted at each spread), ` +
        `at most ${LIMITS.maxAliases} are allowed. Ask for fewer fields under other names, or send several requests.`,
    );
  }
  if (cost > LIMITS.maxCost) {
    throw requestError(
      'QUERY_TOO_COMPLEX',
      `Query is too expensive: it could return ${about(cost)} objects, at most ${LIMITS.maxCost} are allowed. ` +
        'Ask for smaller pages (`first`) or fewer nested lists, and page through the rest.',
    );
  }
  return { cost, aliases };
}

/** Objects in a resolved value: 1 for an object, its non-null items for a list (of lists). */
function objectsIn(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (!Array.isArray(value)) return 1;
  let count = 0;
  for (const item of value)
    count += Array.isArray(item) ? objectsIn(item) : item === null || item === undefined ? 0 : 1;
  return count;
}

/** Whether a field's type holds objects, remembered per type: this runs for every field resolved. */
const holdsObjects = new WeakMap<GraphQLOutputType, boolean>();
function returnsObjects(type: GraphQLOutputType): boolean {
  let known = holdsObjects.get(type);
  if (known === undefined) {
    known = isCompositeType(getNamedType(type));
    holdsObjects.set(type, known);
  }
  return known;
}

/** The same limit as the estimate's, met later: the same code. */
const ANSWER_TOO_LARGE_CODE = 'QUERY_TOO_COMPLEX' satisfies ErrorCode;
const ANSWER_TOO_LARGE =
  `The answer grew past ${LIMITS.maxCost} objects while it was built, and was stopped: at most ` +
  `${LIMITS.maxCost} are allowed. Ask for smaller pages (\`first\`) or fewer nested lists, and page through the rest.`;

export interface OperationLimitsOptions {
  /** Measures the lists' sizes (modules/list-sizes.ts), at start and every `refreshMs`. */
  measureListSizes: () => Promise<ListSizes>;
  /** Fields that get a size, whatever the data: every list field of the schema must be one. */
  listFieldsWithSize: readonly string[];
  refreshMs: number;
}

/**
 * The limits before execution (checkOperation), and the object cap again while the answer is
 * built: objects are counted as composite fields resolve (1 for an object, the length of a
 * list), so an answer the estimate did not foresee (a list grown since its size was measured)
 * stops at the cap whatever its shape. After that, every field that is still to resolve fails
 * at once, without calling its resolver, and the answer is only the error: HTTP 400.
 */
export function operationLimitsPlugin<C extends object>(
  options: OperationLimitsOptions,
): ApolloServerPlugin<C> {
  let listSizes: ListSizes = new Map();
  return {
    async serverWillStart({ schema, logger }) {
      const missing = listFieldsWithoutSize(schema, options.listFieldsWithSize);
      if (missing.length > 0) {
        throw new Error(
          `list fields without a size for the cost estimate (modules/list-sizes.ts): ${missing.join(', ')}`,
        );
      }
      listSizes = await options.measureListSizes();
      const timer = setInterval(() => {
        options.measureListSizes().then(
          (sizes) => (listSizes = sizes),
          (error: unknown) =>
            logger.warn(`list sizes not measured again, the previous ones stay: ${String(error)}`),
        );
      }, options.refreshMs);
      timer.unref();
      return {
        async serverWillStop() {
          clearInterval(timer);
        },
      };
    },
    async requestDidStart() {
      /** Set once the answer has grown past the cap: what every field still to resolve throws. */
      let stopped: GraphQLError | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION)
              fragments.set(definition.name.value, definition);
          }
          const { cost } = checkOperation(schema, operation, fragments, request.variables ?? {}, listSizes);
          // Kept for the points budget (common/points-budget.ts), which charges from it.
          (contextValue as { estimatedObjects?: number }).estimatedObjects = cost;
        },
        async executionDidStart() {
          let objects = 0;
          return {
            willResolveField({ info }) {
              if (stopped) throw stopped;
              if (!returnsObjects(info.returnType)) return;
              return (error, result) => {
                if (error || stopped) return;
                objects += objectsIn(result);
                if (objects > LIMITS.maxCost) {
                  // Located (it has a path), so graphql-js reports this one error object at every
                  // field that throws it instead of a new one each time.
                  stopped = new GraphQLError(ANSWER_TOO_LARGE, {
                    path: [...pathOf(info.path)],
                    extensions: { code: ANSWER_TOO_LARGE_CODE },
                  });
                }
              };
            },
          };
        },
        async willSendResponse({ response }) {
          if (!stopped || response.body.kind !== 'single') return;
          const error: GraphQLFormattedError = {
            message: ANSWER_TOO_LARGE,
            extensions: { code: ANSWER_TOO_LARGE_CODE },
          };
          const { extensions } = response.body.singleResult;
          response.body.singleResult = { errors: [error], ...(extensions ? { extensions } : {}) };
          response.http.status = statusOf(ANSWER_TOO_LARGE_CODE);
        },
      };
    },
  };
}

function pathOf(path: { prev: unknown; key: string | number } | undefined): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let p = path; p; p = p.prev as typeof path) keys.push(p.key);
  return keys.reverse();
}
