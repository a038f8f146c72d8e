import { createHash } from 'node:crypto';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { DEMO } from './demo-accounts';
import { gql } from './gql';
import type { LoginMutation } from './gql/graphql';

/**
 * The one GraphQL client of the suites, over real HTTP: for the public, or logged in (the session
 * cookie). A request is a typed document (`gql(…)`, generated from schema/schema.graphql by
 * `pnpm run codegen`) with its typed variables, and answers the typed data and errors with the
 * HTTP status and headers; a plain string is sent as it is, for the tests that send malformed or
 * invalid documents on purpose.
 *
 * Every POST is `content-type: application/json`: what the platform asks of a request with a
 * session cookie against cross-site forgery (README, "Sessions and logins"); the CSRF suites that
 * send other content types use fetch themselves.
 */

export const SESSION_COOKIE = 'ocop_session';

/**
 * What a test reads out of an untyped answer (a raw string document) or a jsonb column: any shape,
 * checked by the assertions that follow.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

/** A generated document: its result and variables types travel with it. */
export type TypedDocument<TData, TVariables> = DocumentTypeDecoration<TData, TVariables>;

export interface GraphQLError {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface Answer<T = Loose> {
  status: number;
  headers: Headers;
  /** The answer's `x-request-id`. */
  requestId: string | null;
  /** The raw Set-Cookie header of the session cookie, if the answer set one. */
  setCookie: string | null;
  /** `ocop_session=<token>` from it, ready to send back; null when none was set (or it was cleared). */
  cookie: string | null;
  /** The parsed JSON body; a body that is not JSON is kept as the message of one error. */
  body: { data?: T | null; errors?: GraphQLError[] };
}

export interface RequestOptions {
  /** The session cookie to send instead of the client's own (null: none). */
  cookie?: string | null;
  /** Sent as `x-request-id`. */
  requestId?: string;
  headers?: Record<string, string>;
}

export const LOGIN = gql(`mutation Login($input: LoginInput!) {
  login(input: $input) { viewer { id email roles { role } } userErrors { field code message retryAfterSeconds } }
}`);

export type LoginAnswer = Answer<LoginMutation>;

export interface Client {
  readonly baseUrl: string;
  /** The `ocop_session=<token>` this client sends; null for the public. */
  readonly cookie: string | null;
  /** A raw string, sent as it is (first: a generated document is a String object, never a string). */
  request(document: string, variables?: unknown, options?: RequestOptions): Promise<Answer<Loose>>;
  request<TData, TVariables>(
    document: TypedDocument<TData, TVariables>,
    variables?: TVariables,
    options?: RequestOptions,
  ): Promise<Answer<TData>>;
  /** `login(input: { email, password })`; the answer's `cookie` is the new session's. */
  login(email: string, password?: string, options?: RequestOptions): Promise<LoginAnswer>;
  /** A client logged in as `email` (the demo password by default); throws when the login is refused. */
  logIn(email: string, password?: string, options?: RequestOptions): Promise<Client>;
  /** The same platform with another session cookie (null: the public). */
  withCookie(cookie: string | null): Client;
}

/** The text a document is posted as: a generated document is a String of its source. */
function sourceOf(document: unknown): string {
  if (typeof document === 'string') return document;
  if (document instanceof String) return document.toString();
  // gql() answers {} for a source it has no document of: a literal edited since the last codegen.
  throw new Error('not a generated document: run `pnpm --filter @ocop/test run codegen`');
}

export function client(baseUrl: string, cookie: string | null = null): Client {
  async function request(document: unknown, variables?: unknown, options: RequestOptions = {}) {
    const sent = options.cookie === undefined ? cookie : options.cookie;
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(sent ? { cookie: sent } : {}),
        ...(options.requestId ? { 'x-request-id': options.requestId } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query: sourceOf(document), variables }),
    });
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? null;
    const value = setCookie?.split(';')[0] ?? null;
    const text = await response.text();
    let body: Answer['body'];
    try {
      body = JSON.parse(text) as Answer['body'];
    } catch {
      body = { errors: [{ message: text }] };
    }
    return {
      status: response.status,
      headers: response.headers,
      requestId: response.headers.get('x-request-id'),
      setCookie,
      cookie: value && value !== `${SESSION_COOKIE}=` ? value : null,
      body,
    };
  }
  const self: Client = {
    baseUrl,
    cookie,
    request: request as Client['request'],
    login: (email, password = DEMO.password, options) =>
      self.request(LOGIN, { input: { email, password } }, options),
    async logIn(email, password = DEMO.password, options) {
      const answer = await self.login(email, password, options);
      if (!answer.cookie) throw new Error(`login of ${email} failed: ${JSON.stringify(answer.body)}`);
      return client(baseUrl, answer.cookie);
    },
    withCookie: (other) => client(baseUrl, other),
  };
  return self;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The token inside `ocop_session=<token>`. */
export function tokenOf(cookie: string): string {
  return cookie.slice(SESSION_COOKIE.length + 1);
}

/** The GraphQL ID of a row: base64 of `Type:uuid`. */
export const globalId = (typeName: string, uuid: string): string =>
  Buffer.from(`${typeName}:${uuid}`, 'utf8').toString('base64');
