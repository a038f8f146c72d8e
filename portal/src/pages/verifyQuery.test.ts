import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { prefetchVerification, verdictWasPrefetched } from './verifyQuery';

function clientCounting(number: string) {
  const asked: string[] = [];
  // Counts what reaches the network; answers an unknown number.
  const link = new ApolloLink((operation) => {
    if (operation.operationName === 'VerifyRouteQuery') asked.push(String(operation.variables.number));
    return of({
      data: { today: '2026-12-02', verifyOcopCertificate: { __typename: 'CertificateVerification', number } },
    });
  });
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), asked };
}

describe('prefetchVerification', () => {
  it('asks for the verdict of /verify/<number> at once, and says so for that number only', async () => {
    const { client, asked } = clientCounting('OCOP-11-2025-0001');
    prefetchVerification(client, '/verify/OCOP-11-2025-0001');
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).toEqual(['OCOP-11-2025-0001']);
    expect(verdictWasPrefetched('OCOP-11-2025-0001')).toBe(true);
    expect(verdictWasPrefetched('OCOP-11-2025-0002')).toBe(false);
    // Not for ever: after the first view the page asks again.
    expect(verdictWasPrefetched('OCOP-11-2025-0001', performance.now() + 31_000)).toBe(false);
  });

  it('does nothing elsewhere, for an empty, a too long or a malformed number', async () => {
    const { client, asked } = clientCounting('x');
    for (const path of [
      '/verify',
      '/verify/',
      '/products/1',
      `/verify/${'9'.repeat(101)}`,
      '/verify/%E0%A4%A',
    ]) {
      prefetchVerification(client, path);
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).toEqual([]);
  });
});
