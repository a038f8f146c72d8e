import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isLimitCode } from '../src/common/error-codes';
import { PUBLIC_ERROR_CODES } from '../src/common/errors';

const SRC = path.join(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/**
 * The codes the source writes as literals where an error is made: `code: 'X'`, and the first
 * argument of the helpers that take one. Codes typed `ErrorCode` are checked by the compiler;
 * this finds the ones written as plain strings (a resolver's `extensions: { code: … }`).
 */
const WRITTEN =
  /(?:\bcode: |sendError\(res, |jsonError\(|errorBody\(|requestError\(|statusOf\(|new Denied\()'([A-Z][A-Z_]+)'/g;

describe('the error codes are defined once (common/error-codes.ts)', () => {
  it('every code the source writes is defined there', () => {
    const unknown: string[] = [];
    let seen = 0;
    for (const file of sourceFiles(SRC)) {
      for (const match of readFileSync(file, 'utf8').matchAll(WRITTEN)) {
        seen += 1;
        if (!(match[1]! in ERROR_CODES)) unknown.push(`${path.relative(SRC, file)}: ${match[1]}`);
      }
    }
    expect(seen).toBeGreaterThan(30);
    expect(unknown).toEqual([]);
  });

  it('every code passes formatError but those the platform writes itself', () => {
    expect([...PUBLIC_ERROR_CODES]).not.toContain('INTERNAL_SERVER_ERROR');
    expect([...PUBLIC_ERROR_CODES]).not.toContain('SERVICE_UNAVAILABLE');
    expect(PUBLIC_ERROR_CODES.size).toBe(Object.keys(ERROR_CODES).length - 2);
  });

  it('the limits are 400s of their own', () => {
    const limits = Object.keys(ERROR_CODES).filter(isLimitCode);
    expect(limits.sort()).toEqual([
      'BATCH_NOT_SUPPORTED',
      'QUERY_TOO_COMPLEX',
      'QUERY_TOO_DEEP',
      'QUERY_TOO_LARGE',
      'TOO_MANY_ALIASES',
    ]);
    for (const code of limits) expect(ERROR_CODES[code].status).toBe(400);
    expect(ERROR_CODES.BODY_TOO_LARGE.status).toBe(413);
    expect(ERROR_CODES.RATE_LIMITED.status).toBe(429);
  });

  it("the developers page's common codes are defined, with the status defined (or 200 when in a field)", () => {
    const page = readFileSync(
      path.join(import.meta.dirname, '../../portal/src/components/developers/errorCodes.ts'),
      'utf8',
    );
    const listed = [...page.matchAll(/code: '([A-Z_]+)', status: '([^']+)'/g)].map((m) => ({
      code: m[1]!,
      status: m[2]!,
    }));
    expect(listed.length).toBeGreaterThan(8);
    for (const { code, status } of listed) {
      expect(code in ERROR_CODES, code).toBe(true);
      const defined = ERROR_CODES[code as keyof typeof ERROR_CODES] as { status: number; inField?: boolean };
      const expected = [
        String(defined.status),
        ...(defined.inField && defined.status !== 200 ? ['200'] : []),
      ];
      expect(status.split(' / '), code).toEqual(expected);
    }
  });
});
