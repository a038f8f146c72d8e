import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * An amount of Vietnamese đồng. VND has no minor unit, so amounts are whole numbers; the
 * database keeps them as `bigint` and the driver hands them over as strings, never as floats.
 *
 * Why not graphql-scalars' `BigInt`: its wire type depends on the runtime (a JSON number, or a
 * string / a patched `BigInt.prototype.toJSON` beyond 2^53) and its name says nothing of the
 * currency. Prices, the values this API serves, stay far below 2^53 − 1 (≈ 9 × 10^15 đồng; the
 * whole national NTM effort of 2021–2025 was 3.7 × 10^15), so `Vnd` is a plain JSON number that
 * every client reads without a library. Should an amount ever exceed 2^53 − 1 it is sent as a
 * string of digits, so that no đồng is ever lost to floating point.
 */
const DIGITS = /^-?[0-9]{1,19}$/;

function toWire(value: bigint): number | string {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}

function parse(value: unknown): string {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'string' && DIGITS.test(value)) return BigInt(value).toString();
  throw new GraphQLError('Vnd must be a whole number of đồng, e.g. 38000 (or "38000").', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export const VndScalar = new GraphQLScalarType<string, number | string>({
  name: 'Vnd',
  description:
    'An amount of Vietnamese đồng (VND), a whole number: VND has no minor unit, and amounts are never ' +
    'floating point. Sent as a JSON number (e.g. 38000); an amount beyond 2^53 − 1, which no price reaches, ' +
    'would be sent as a string of digits so that it stays exact. Accepted as a number or a string of digits.',
  serialize(value: unknown): number | string {
    if (typeof value === 'bigint') return toWire(value);
    if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
    if (typeof value === 'string' && DIGITS.test(value)) return toWire(BigInt(value));
    throw new GraphQLError(`Vnd cannot represent the value ${JSON.stringify(String(value))}`);
  },
  parseValue: parse,
  parseLiteral(ast): string {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return parse(ast.value);
    throw new GraphQLError('Vnd must be a whole number of đồng, e.g. 38000.', {
      nodes: ast,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});
