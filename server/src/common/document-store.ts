/**
 * Apollo's caches of query texts and parsed documents, bounded by the memory their entries
 * really keep, and a limit on the length of a query text.
 *
 * Apollo's default documentStore is an LRU of 30 MiB that sizes a parsed document by
 * JSON.stringify of its tree. But a graphql-js document keeps, through the `loc` of its nodes,
 * the whole source text and the lexer's linked list of every token, comments included; neither
 * appears in the JSON. `{ __typename } # <90 kB of comment>` was counted as ~400 bytes and kept
 * ~92 kB, so distinct anonymous texts grew a fresh server to its heap limit (3 GB, 32,585
 * requests). Measured retained heap per document: 90 kB of one comment ≈ 1 × the text; 80 kB of
 * short comment lines ≈ 29 × (116 bytes per comment token); 8,000 fields ≈ 3.3 × the JSON plus
 * the tokens. `documentSize` below estimates that (text + 128 bytes a token + 3 × JSON), so the
 * store's byte budget is a budget of memory.
 *
 * Measured with test/src/api-abuse-documents.test.ts (3,000 distinct texts, 4 at a time): RSS
 * 168 MB → 1,884 MB with Apollo's defaults; 170 → 396 MB with this store alone (no length limit);
 * 169 → 407 MB with both, and still 402 MB after 9,000 texts (V8's heap sized for the churn).
 *
 * Both measures are kept: the bounded store is the root fix (any text the limit lets through is
 * counted at its true cost); the length limit keeps a single request's cost small, since no
 * real client sends long texts (the portal's largest source file, operations included, is under
 * 10 kB) while a long text costs parsing, validation and cache room for nothing.
 */
import { createHash } from 'node:crypto';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode, Token } from 'graphql';
import type { ErrorCode } from './error-codes';

/** Longest query text accepted (UTF-16 code units); longer ones get 400 before Apollo sees them. */
export const MAX_QUERY_LENGTH = 20_000;
/** Estimated bytes of parsed documents kept for reuse (Apollo's default count, now in real bytes). */
export const DOCUMENT_STORE_BYTES = 32 * 1024 * 1024;
/** Bytes of query texts kept for automatic persisted queries (APQ). */
export const PERSISTED_QUERY_BYTES = 16 * 1024 * 1024;

/** What an LRU entry costs beyond its value: its key (a 64-hex-digit hash and a prefix) and the LRU's slots. */
const ENTRY_OVERHEAD = 256;
/** Retained heap of one lexer token (measured: ~116 bytes for a comment token on Node 22). */
const TOKEN_BYTES = 128;
/** A JS string may take two bytes a code unit (V8 stores non-Latin-1 strings as UTF-16). */
const stringBytes = (text: string): number => 2 * text.length;

/** Estimated heap a parsed document keeps: its source text, its tokens and its tree. */
export function documentSize(document: DocumentNode): number {
  let tokens = 0;
  for (let token: Token | null | undefined = document.loc?.startToken; token; token = token.next) tokens += 1;
  const tree = JSON.stringify(document).length; // Apollo's own measure; `loc` prints as {start,end}
  return ENTRY_OVERHEAD + stringBytes(document.loc?.source.body ?? '') + TOKEN_BYTES * tokens + 3 * tree;
}

/** The documentStore for `new ApolloServer`: parsed and validated documents, bounded in bytes. */
export function createDocumentStore(maxSize = DOCUMENT_STORE_BYTES): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({ maxSize, sizeCalculation: documentSize });
}

/**
 * The APQ cache: query texts by hash, bounded in bytes. Apollo's default would share the
 * server's cache (sized by string length, with no count for keys) with the response cache.
 */
export function createPersistedQueryCache(maxSize = PERSISTED_QUERY_BYTES): InMemoryLRUCache<string> {
  return new InMemoryLRUCache<string>({
    maxSize,
    sizeCalculation: (text) => ENTRY_OVERHEAD + stringBytes(text),
  });
}

/** The query text of a request (POST body or GET parameter), if there is one as a string. */
export function queryTextOf(body: unknown, query: unknown): string | undefined {
  const fromBody = (body as { query?: unknown } | undefined)?.query;
  if (typeof fromBody === 'string') return fromBody;
  const fromUrl = (query as { query?: unknown } | undefined)?.query;
  return typeof fromUrl === 'string' ? fromUrl : undefined;
}

/** Why a request's query text or persisted-query extension is refused before Apollo sees it. */
export interface RequestProblem {
  code: ErrorCode;
  message: string;
}

/** The `extensions` of a request: the POST body's object, or the GET parameter's JSON. */
function extensionsOf(body: unknown, query: unknown): unknown {
  const fromBody = (body as { extensions?: unknown } | undefined)?.extensions;
  if (fromBody !== undefined) return fromBody;
  const fromUrl = (query as { extensions?: unknown } | undefined)?.extensions;
  if (typeof fromUrl !== 'string') return undefined;
  try {
    return JSON.parse(fromUrl) as unknown;
  } catch {
    return undefined; // Apollo answers malformed JSON itself, with BAD_REQUEST
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * What is wrong with the persisted-query extension (APQ), if anything. Apollo checks only some
 * of it, and answers a version other than 1 or a hash that does not match the text with an error
 * without a code, which formatError masks as an internal error and logs with its stack; a hash
 * that is not a string reached its cache as a key. Each mistake is the client's: a 400 with a code.
 * An unknown hash sent alone is left to Apollo (PERSISTED_QUERY_NOT_FOUND: the client then sends
 * the text), and so is a request without the extension.
 */
function persistedQueryProblem(
  body: unknown,
  query: unknown,
  text: string | undefined,
): RequestProblem | undefined {
  const extensions = extensionsOf(body, query);
  if (extensions === null || typeof extensions !== 'object') return undefined; // Apollo's to refuse
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (persisted === undefined || persisted === null) return undefined;
  if (typeof persisted !== 'object' || Array.isArray(persisted)) {
    return { code: 'BAD_REQUEST', message: '`extensions.persistedQuery` must be an object.' };
  }
  const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
  if (version !== 1) {
    return {
      code: 'BAD_REQUEST',
      message: `Unsupported persisted query version ${JSON.stringify(version) ?? 'undefined'}: only version 1 is supported.`,
    };
  }
  if (typeof sha256Hash !== 'string' || !SHA256_HEX.test(sha256Hash)) {
    return {
      code: 'BAD_REQUEST',
      message:
        '`extensions.persistedQuery.sha256Hash` must be the SHA-256 of the query text, in 64 lowercase hex digits.',
    };
  }
  if (text !== undefined && createHash('sha256').update(text).digest('hex') !== sha256Hash) {
    return {
      code: 'PERSISTED_QUERY_HASH_MISMATCH',
      message: '`extensions.persistedQuery.sha256Hash` is not the SHA-256 of the query text sent with it.',
    };
  }
  return undefined;
}

/**
 * Why a GraphQL request is refused before Apollo parses it: a query text longer than any real
 * client's (QUERY_TOO_LARGE: hashing and parsing it would cost for nothing), or a
 * persisted-query mistake.
 */
export function requestProblem(body: unknown, query: unknown): RequestProblem | undefined {
  const text = queryTextOf(body, query);
  if (text !== undefined && text.length > MAX_QUERY_LENGTH) {
    return {
      code: 'QUERY_TOO_LARGE',
      message: `Query text is ${text.length.toLocaleString('en')} characters long; at most ${MAX_QUERY_LENGTH.toLocaleString('en')} are allowed.`,
    };
  }
  return persistedQueryProblem(body, query, text);
}
