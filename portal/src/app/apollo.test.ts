import { gql } from '@apollo/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient } from './apollo';

describe('createApolloClient', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.documentElement.lang = 'vi';
  });

  it('sends the language the portal shows as Accept-Language, read at each request', async () => {
    const sent: (string | null)[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        sent.push(new Headers(init.headers).get('accept-language'));
        return Promise.resolve(
          new Response(JSON.stringify({ data: { today: '2026-12-02' } }), {
            headers: { 'content-type': 'application/json' },
          }),
        );
      }),
    );
    const client = createApolloClient('http://portal.test/graphql');
    const query = gql`
      query LanguageProbe {
        today
      }
    `;
    document.documentElement.lang = 'vi';
    await client.query({ query, fetchPolicy: 'network-only' });
    document.documentElement.lang = 'en';
    await client.query({ query, fetchPolicy: 'network-only' });
    expect(sent).toEqual(['vi', 'en']);
  });
});
