import { inject } from 'vitest';
import { client, type Client, type GraphQLError, type Loose, type TypedDocument } from './client';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: GraphQLError[] };
}

/** The one client (client.ts) for the public, on the platform started by the global setup. */
export function sharedClient(): Client {
  return client(inject('baseUrl'));
}

/** Sends a GraphQL request over real HTTP to the platform started by the global setup. */
export async function graphql<T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<GraphQLResponse<T>>;
export async function graphql<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables?: TVariables,
  headers?: Record<string, string>,
): Promise<GraphQLResponse<TData>>;
export async function graphql(
  document: string | TypedDocument<Loose, Loose>,
  variables?: unknown,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<unknown>> {
  const answer = await sharedClient().request(document as string, variables, { headers });
  return { status: answer.status, headers: answer.headers, body: answer.body };
}
