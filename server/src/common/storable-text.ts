import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  valueFromASTUntyped,
  type ArgumentNode,
  type DirectiveNode,
  type DocumentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * One rule for every text the API is sent: a string holding the NUL character or a lone UTF-16
 * surrogate is refused before anything runs. PostgreSQL refuses NUL in text (a search, a code or
 * an e-mail holding one failed inside SQL and reached the client as a masked internal error), and
 * a lone surrogate would reach the database silently changed to U+FFFD.
 *
 * It is checked once per request, after Apollo has resolved the operation and before it executes:
 * every argument of every field and directive, literal or from a variable (a variable's default
 * included), through input objects and lists, whatever the argument's type (String, ID, Date, Vnd,
 * JSON…). A refusal is a 400 with BAD_USER_INPUT and the argument's path; no SQL has run and
 * nothing is logged. Mutations get the same answer: their inputs need no check of their own.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

type PathKey = string | number;

/** Keys of an argument's path named in a refusal. */
const MAX_PATH_SHOWN = 32;

/**
 * A value still to look at: a node of the document (`ast`) or a variable's JSON value, with a link
 * to its parent so that a path costs nothing until it is shown. `key` is undefined for a step that
 * adds nothing to the path (from a variable to its value).
 */
interface Pending {
  value: unknown;
  ast: boolean;
  key: PathKey | undefined;
  parent: Pending | undefined;
}

function pathOf(entry: Pending): PathKey[] {
  const path: PathKey[] = [];
  for (let at: Pending | undefined = entry; at; at = at.parent) if (at.key !== undefined) path.push(at.key);
  return path.reverse();
}

/** For each variable holding an unstorable text, the path of that text inside the variable's value. */
type UnstorableVariables = Map<string, PathKey[]>;

/**
 * The path of the first unstorable text in a value: a literal of the document (`ast`), whose
 * variables were each looked at once beforehand (`unstorableVariables`: a variable referred to at
 * a thousand places is not walked a thousand times), or a variable's JSON value. Iterative, not
 * recursive: a variable may be a JSON value nested thousands deep, and a stack overflow here would
 * be a fault, not an answer.
 */
function firstUnstorable(
  value: unknown,
  ast: boolean,
  unstorableVariables: UnstorableVariables,
): PathKey[] | undefined {
  const stack: Pending[] = [{ value, ast, key: undefined, parent: undefined }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const push = (value: unknown, ast: boolean, key: PathKey | undefined) =>
      stack.push({ value, ast, key, parent: entry });
    if (entry.ast) {
      const node = entry.value as ValueNode;
      switch (node.kind) {
        case Kind.STRING:
          if (!isStorableText(node.value)) return pathOf(entry);
          break;
        case Kind.VARIABLE: {
          const inner = unstorableVariables.get(node.name.value);
          if (inner) return [...pathOf(entry), ...inner];
          break;
        }
        case Kind.LIST:
          node.values.forEach((inner, index) => push(inner, true, index));
          break;
        case Kind.OBJECT:
          for (const field of node.fields) push(field.value, true, field.name.value);
          break;
        default: // numbers, booleans, enums and null hold no text
      }
    } else {
      const { value } = entry;
      if (typeof value === 'string') {
        if (!isStorableText(value)) return pathOf(entry);
      } else if (Array.isArray(value)) {
        value.forEach((inner, index) => push(inner, false, index));
      } else if (typeof value === 'object' && value !== null) {
        for (const [key, inner] of Object.entries(value)) push(inner, false, key);
      }
    }
  }
  return undefined;
}

/**
 * The variables as the operation sees them (those sent, else the defaults the operation declares)
 * that hold an unstorable text, each walked once.
 */
function unstorableVariablesOf(
  operation: OperationDefinitionNode,
  sent: Record<string, unknown>,
): UnstorableVariables {
  const found: UnstorableVariables = new Map();
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const value = Object.hasOwn(sent, name)
      ? sent[name]
      : definition.defaultValue && valueFromASTUntyped(definition.defaultValue);
    const inner = firstUnstorable(value, false, found);
    if (inner) found.set(name, inner);
  }
  return found;
}

/** The path of the first unstorable argument among `args`, below `path` (a field's or a directive's). */
function firstInArguments(
  args: readonly ArgumentNode[] | undefined,
  path: PathKey[],
  variables: UnstorableVariables,
): PathKey[] | undefined {
  for (const argument of args ?? []) {
    const inner = firstUnstorable(argument.value, true, variables);
    if (inner) return [...path, argument.name.value, ...inner];
  }
  return undefined;
}

function firstInDirectives(
  directives: readonly DirectiveNode[] | undefined,
  path: PathKey[],
  variables: UnstorableVariables,
): PathKey[] | undefined {
  for (const directive of directives ?? []) {
    const found = firstInArguments(directive.arguments, [...path, `@${directive.name.value}`], variables);
    if (found) return found;
  }
  return undefined;
}

/**
 * The path of the first unstorable argument in a selection set: field names from the operation's
 * root (or `...Fragment`), then the argument and the keys inside its value. Each fragment
 * definition is looked at once on its own, never at every spread, so the walk is linear in the
 * document's size whatever its fragments multiply.
 */
function firstInSelections(
  selectionSet: SelectionSetNode,
  prefix: PathKey[],
  variables: UnstorableVariables,
): PathKey[] | undefined {
  const sets: [SelectionSetNode, PathKey[]][] = [[selectionSet, prefix]];
  for (let next = sets.pop(); next; next = sets.pop()) {
    const [set, path] = next;
    for (const selection of set.selections) {
      const at = selection.kind === Kind.FIELD ? [...path, selection.name.value] : path;
      const found =
        firstInDirectives(selection.directives, at, variables) ??
        (selection.kind === Kind.FIELD ? firstInArguments(selection.arguments, at, variables) : undefined);
      if (found) return found;
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet)
        sets.push([selection.selectionSet, at]);
    }
  }
  return undefined;
}

/** The path of the first unstorable text among the arguments of the operation and its fragments. */
function firstInOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: UnstorableVariables,
): PathKey[] | undefined {
  let found =
    firstInDirectives(operation.directives, [], variables) ??
    firstInSelections(operation.selectionSet, [], variables);
  for (const definition of document.definitions) {
    if (found) return found;
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      const at = [`...${definition.name.value}`];
      found =
        firstInDirectives(definition.directives, at, variables) ??
        firstInSelections(definition.selectionSet, at, variables);
    }
  }
  return found;
}

export function storableTextPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const found = firstInOperation(
            document,
            operation,
            unstorableVariablesOf(operation, request.variables ?? {}),
          );
          if (!found) return;
          // A value nested thousands deep would make a path as long: the first keys say enough.
          const shown = found.length > MAX_PATH_SHOWN ? [...found.slice(0, MAX_PATH_SHOWN), '…'] : found;
          const where = shown.join('.');
          throw new GraphQLError(
            `Văn bản chứa ký tự không hợp lệ (NUL hoặc mã Unicode hỏng) ở ${where} — ` +
              `argument ${where} holds a character no text may hold (NUL or a lone UTF-16 surrogate).`,
            {
              extensions: { code: 'BAD_USER_INPUT', argumentPath: shown.map(String), http: { status: 400 } },
            },
          );
        },
      };
    },
  };
}
