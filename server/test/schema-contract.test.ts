import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const serverDir = path.resolve(__dirname, '..');
const committed = path.resolve(serverDir, '..', 'schema', 'schema.graphql');

describe('schema/schema.graphql, the public contract', () => {
  it('is what the server emits (run `pnpm --filter @ocop/server emit-schema` after changing the API)', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ocop-schema-'));
    try {
      const emitted = path.join(folder, 'schema.graphql');
      execFileSync(process.execPath, [path.join(serverDir, 'dist', 'emit-schema.js'), emitted]);
      expect(readFileSync(emitted, 'utf8')).toBe(readFileSync(committed, 'utf8'));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('describes every type and every field for partners', () => {
    const sdl = readFileSync(committed, 'utf8');
    // A description is a string literal on the line(s) before a definition.
    const undocumented: string[] = [];
    const lines = sdl.split('\n');
    lines.forEach((line, index) => {
      const definition = /^(type|interface|enum|input|scalar|union) (\w+)|^ {2}(\w+)[(:]/.exec(line);
      // Root operation types are described by their fields.
      if (!definition || /^type (Query|Mutation|Subscription) /.test(line)) return;
      const previous = lines[index - 1]?.trim() ?? '';
      if (!previous.endsWith('"""') && !/^".*"$/.test(previous))
        undocumented.push(definition[2] ?? definition[3]!);
    });
    expect(undocumented).toEqual([]);
  });
});
