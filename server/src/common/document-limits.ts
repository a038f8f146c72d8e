import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, Lexer, Source, TokenKind, type Token } from 'graphql';
import { queryTextOf, type RequestProblem } from './document-store';
import { errorBody, statusOf, type LimitCode } from './error-codes';

/**
 * Limits on the shape of a request, checked before graphql-js parses or validates it, so that a
 * client that hits one is told which. Without them a 5,000-deep list literal overflowed the
 * parser's stack ("Maximum call stack size exceeded") and a flood of fields exhausted the
 * validator's budget ("Validation aborted."). Every check is one pass over the text or the
 * values, without recursion.
 */
export const DOCUMENT_LIMITS = {
  /**
   * Brackets `{ [ (` open at once in the query text, or lists and objects nested in the
   * variables. Fields nest at most 12 deep (limits.ts); an argument's object or list adds a few.
   */
  maxNesting: 32,
  /**
   * Fields written in the document (in its operations and fragments, each counted once). The
   * portal's largest query has 41, graphql-js's introspection query 67. graphql-js compares
   * the fields of a selection set pairwise and gives up past 500,000 comparisons: 500 fields of
   * one name stay below that.
   */
  maxFields: 500,
  /** Validation errors reported before validation stops (graphql-js's `maxErrors`). */
  maxValidationErrors: 100,
  /**
   * Selections of an operation with its fragments written out (Apollo's `maxRecursiveSelections`,
   * its default): a few kB of fragments spread 4 times each at 21 levels would be 4^21.
   */
  maxRecursiveSelections: 10_000_000,
} as const;

/**
 * What is wrong with a query text's shape, in one pass of graphql-js's lexer (iterative; strings,
 * block strings and comments are its tokens): brackets `{ [ (` open more than maxNesting deep,
 * or more than maxFields fields. A field is a name inside a selection set that is not an alias
 * (followed by `:`), a fragment's name or type condition (after `...` / `on`), a directive, a
 * variable, nor inside arguments. Undefined when it is fine or cannot be lexed (the parser then
 * reports the syntax error).
 */
export function queryTextProblem(text: string): RequestProblem | undefined {
  const { maxNesting, maxFields } = DOCUMENT_LIMITS;
  const lexer = new Lexer(new Source(text));
  let braces = 0;
  let parens = 0;
  let brackets = 0;
  let fields = 0;
  /** A name that is a field unless the next token is `:` (then it was an alias). */
  let candidate = false;
  let before: Token | undefined;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (candidate && token.kind !== TokenKind.COLON) fields += 1;
      candidate = false;
      switch (token.kind) {
        case TokenKind.BRACE_L:
          braces += 1;
          break;
        case TokenKind.BRACE_R:
          braces -= 1;
          break;
        case TokenKind.PAREN_L:
          parens += 1;
          break;
        case TokenKind.PAREN_R:
          parens -= 1;
          break;
        case TokenKind.BRACKET_L:
          brackets += 1;
          break;
        case TokenKind.BRACKET_R:
          brackets -= 1;
          break;
        case TokenKind.NAME: {
          const prev = before?.kind;
          const afterOn = before?.value === 'on' && before.prev?.kind === TokenKind.SPREAD;
          candidate =
            braces > 0 &&
            parens === 0 &&
            prev !== TokenKind.SPREAD &&
            prev !== TokenKind.AT &&
            prev !== TokenKind.DOLLAR &&
            !afterOn;
          break;
        }
      }
      if (braces + parens + brackets > maxNesting) {
        return {
          code: 'QUERY_TOO_DEEP',
          message: `Query text nests brackets ({, [ or () more than ${maxNesting} levels deep (${maxNesting + 1} open at offset ${token.start}); at most ${maxNesting} are allowed.`,
        };
      }
      if (fields > maxFields) return tooManyFields(maxFields);
      before = token;
    }
  } catch {
    return undefined;
  }
  if (candidate) fields += 1;
  return fields > maxFields ? tooManyFields(maxFields) : undefined;
}

/** The count stops at the first field past the limit, so the message says "more than". */
function tooManyFields(maxFields: number): RequestProblem {
  const max = maxFields.toLocaleString('en');
  return {
    code: 'QUERY_TOO_LARGE',
    message: `The operation selects more than ${max} fields; at most ${max} are allowed.`,
  };
}

/**
 * Whether a JSON text nests `[ {` more than `limit` deep (outside strings); one pass. For
 * variables sent in a URL, before anything parses them.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '[' || c === '{') {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === ']' || c === '}') {
      depth -= 1;
    } else if (c === '"') {
      for (i += 1; i < text.length && text[i] !== '"'; i += 1) if (text[i] === '\\') i += 1;
    }
  }
  return false;
}

/** Whether parsed JSON values nest lists or objects more than `limit` deep; iterative, stops early. */
export function valueDepthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const item of Array.isArray(current) ? current : Object.values(current)) {
      if (item !== null && typeof item === 'object') stack.push([item, depth + 1]);
    }
  }
  return false;
}

/**
 * Express middleware before Apollo: a request whose query text or variables are over these
 * limits gets 400 naming the limit (QUERY_TOO_DEEP, QUERY_TOO_LARGE), before Apollo parses,
 * coerces or caches anything (variables are walked recursively there, and a deep query
 * overflowed the parser's stack).
 */
export function refuseOverLimitDocuments(req: Request, res: Response, next: NextFunction): void {
  const { maxNesting } = DOCUMENT_LIMITS;
  const text = queryTextOf(req.body, req.query);
  let problem = text === undefined ? undefined : queryTextProblem(text);
  const variables =
    (req.body as { variables?: unknown } | undefined)?.variables ??
    (req.query as { variables?: unknown } | undefined)?.variables;
  const tooDeep =
    typeof variables === 'string'
      ? jsonDepthExceeds(variables, maxNesting)
      : valueDepthExceeds(variables, maxNesting);
  if (!problem && tooDeep) {
    problem = {
      code: 'QUERY_TOO_DEEP',
      message: `Variables nest lists or objects more than ${maxNesting} levels deep; at most ${maxNesting} are allowed.`,
    };
  }
  if (!problem) return next();
  res
    .status(statusOf(problem.code))
    .json(errorBody(problem.code, problem.message, res.locals.requestId as string));
}

const GRAPHQL_TOO_MANY_ERRORS = 'Too many validation errors, error limit reached. Validation aborted.';
const GRAPHQL_ABORTED = 'Validation aborted.';
/** What Apollo's maxRecursiveSelections rule marks its error with. */
const RECURSIVE_SELECTIONS = 'MAX_RECURSIVE_SELECTIONS_EXCEEDED';

/**
 * graphql-js ends its list of errors with messages that do not say which limit was hit, and
 * Apollo's limit of selections through fragments says it without a code of ours. Each is
 * replaced by an error naming the limit, with the limit's code: Apollo answers every validation
 * error as GRAPHQL_VALIDATION_FAILED, and formatError (mask-errors.ts) gives back the code of the
 * error it wrapped when that is a limit's (so does limits.ts's depth rule).
 */
export function documentLimitsPlugin<C extends object>(): ApolloServerPlugin<C> {
  const { maxValidationErrors } = DOCUMENT_LIMITS;
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          // Apollo answers with this same array after the hook, so its entries are replaced in place.
          return async (validationErrors) => {
            if (!validationErrors) return;
            const errors = validationErrors as GraphQLError[];
            for (let i = 0; i < errors.length; i += 1) {
              const { message, extensions } = errors[i]!;
              if (message === GRAPHQL_TOO_MANY_ERRORS) {
                errors[i] = new GraphQLError(
                  `More than ${maxValidationErrors} validation errors: validation stopped there. Correct these first.`,
                );
              } else if (message === GRAPHQL_ABORTED) {
                errors[i] = new GraphQLError(
                  'The operation is too complex to validate: its fields, through their fragments, would have to be ' +
                    'compared with each other too many times. Select fewer fields, or the same fields fewer times.',
                  { extensions: { code: 'QUERY_TOO_COMPLEX' satisfies LimitCode } },
                );
              } else if (extensions?.validationErrorCode === RECURSIVE_SELECTIONS) {
                errors[i] = new GraphQLError(
                  `The operation selects too many fields once its fragments are written out: more than ` +
                    `${DOCUMENT_LIMITS.maxRecursiveSelections.toLocaleString('en')} (a fragment counts again at each spread). ` +
                    'Spread fragments fewer times.',
                  { extensions: { code: 'QUERY_TOO_LARGE' satisfies LimitCode } },
                );
              }
            }
          };
        },
      };
    },
  };
}
