import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkOperation } from '../src/common/operation-limits';
import { operationCost } from '../src/common/points-budget';

const schema = buildSchema(
  readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'),
);

const QUERY = `query ($numbers: [String!]!) {
  verifyOcopCertificates(numbers: $numbers) {
    number problem
    verification { genuine status certificate { certificateNumber } product { name } producer { name } }
  }
}`;

/** The estimate (objects) and the points of QUERY for `count` numbers. */
function costOf(count: number): { objects: number; points: number } {
  const operation = parse(QUERY).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const numbers = Array.from({ length: count }, (_, i) => `OCOP-11-2025-${i}`);
  const { cost } = checkOperation(schema, operation, new Map(), { numbers }, new Map());
  return { objects: cost, points: operationCost(operation, new Map(), cost) };
}

describe('the cost of verifyOcopCertificates', () => {
  it('is proportional to the numbers asked: each entry counts its objects', () => {
    // Per entry: the entry, its verification, certificate, product and producer.
    expect(costOf(1)).toEqual({ objects: 5, points: 1 });
    expect(costOf(20)).toEqual({ objects: 100, points: 2 });
    expect(costOf(100)).toEqual({ objects: 500, points: 6 });
  });

  it('counts a longer list as the 100 the field can answer (it refuses it itself, BAD_USER_INPUT)', () => {
    expect(costOf(5_000)).toEqual(costOf(100));
  });
});
