import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_OPERATIONS } from './examples';

const schema = buildSchema(readFileSync(path.join(__dirname, '../../../../schema/schema.graphql'), 'utf8'));

describe("the explorer's example operations", () => {
  it('are valid against the committed schema, each named, with JSON variables', () => {
    expect(EXAMPLE_OPERATIONS.length).toBeGreaterThanOrEqual(4);
    for (const { query, variables } of EXAMPLE_OPERATIONS) {
      const document = parse(query);
      expect(validate(schema, document).map((error) => error.message)).toEqual([]);
      const operation = document.definitions[0]!;
      expect(operation.kind === 'OperationDefinition' && operation.name?.value).toBeTruthy();
      expect(typeof JSON.parse(variables)).toBe('object');
    }
  });

  it('cover what partners do first: a catalogue page, a certificate check, NTM progress, the change feed', () => {
    const text = EXAMPLE_OPERATIONS.map((example) => example.query).join('\n');
    for (const field of ['ocopProducts(', 'verifyOcopCertificate(', 'ntmProgress(', 'changes(']) {
      expect(text).toContain(field);
    }
  });
});
