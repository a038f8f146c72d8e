import type { ApolloClient } from '@apollo/client';
import { graphql } from '../../gql';
import type { LabelCheckMutationMutation } from '../../gql/graphql';

/**
 * The check of a label's code, in a module of its own so that the entry can send it (below) before
 * the page's chunk has arrived: a scanned label opens /c/<code>, and on a slow phone connection
 * the verdict should not wait for the page's script first.
 */
export const LabelCheckMutation = graphql(`
  mutation LabelCheckMutation($code: String!) {
    labelCodeCheck(code: $code) {
      verdict
      code
      productId
      ...LabelVerdict_check
    }
  }
`);

export type LabelCheckAnswer = LabelCheckMutationMutation['labelCodeCheck'];

/** The longest code the page sends (the API refuses longer ones): printed codes have 13 characters. */
export const MAX_CODE_LENGTH = 100;

/** A typed code as the address holds it: without spaces and dashes, in capitals ("abcd-efgh" → "ABCDEFGH"). */
export function normalizeLabelCode(typed: string): string {
  return typed.replace(/[\s\-‐-―]+/g, '').toUpperCase();
}

export function labelCheckHref(code: string): string {
  return `/c/${encodeURIComponent(normalizeLabelCode(code))}`;
}

/**
 * The checks sent during this page's life, by visit and code. Every check is counted by the
 * platform, so one visit of /c/<code> must send one: React's StrictMode runs the page's effect
 * twice, and the entry may already have sent it (prefetchLabelCheck); both then share the same
 * answer. A visit is the router's location key (a new navigation, even to the same code, is a new
 * check); a retry after a failure is a visit of its own.
 */
const sent = new Map<string, Promise<LabelCheckAnswer>>();

export function checkLabelOnce(client: ApolloClient, code: string, visit: string): Promise<LabelCheckAnswer> {
  const key = `${visit}\n${code}`;
  let answer = sent.get(key);
  if (!answer) {
    answer = client.mutate({ mutation: LabelCheckMutation, variables: { code } }).then(({ data }) => {
      if (!data) throw new Error('no answer');
      return data.labelCodeCheck;
    });
    sent.set(key, answer);
    // A failure is forgotten: the page's retry (a visit of its own anyway) asks again.
    answer.catch(() => sent.delete(key));
  }
  return answer;
}

/** Forgets the checks sent (tests: each starts as a fresh page load). */
export function forgetLabelChecks(): void {
  sent.clear();
}

/** The router's key of the first location of a page load (React Router's "default"). */
export const FIRST_VISIT = 'default';

/** The code of a /c/<code> address, or null (another page, a malformed or overlong code). */
export function codeOfPath(pathname: string): string | null {
  const match = /^\/c\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  try {
    const code = decodeURIComponent(match[1]!).trim();
    return code && code.length <= MAX_CODE_LENGTH ? code : null;
  } catch {
    return null;
  }
}

/** On a visit that opens at /c/<code>, sends the check at once, in parallel with the page's chunk. */
export function prefetchLabelCheck(client: ApolloClient, pathname: string): void {
  const code = codeOfPath(pathname);
  if (code) checkLabelOnce(client, code, FIRST_VISIT).catch(() => undefined);
}
