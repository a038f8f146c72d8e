import type { GraphQLScalarType } from 'graphql';
import { Field, ObjectType } from 'type-graphql';
import { UserError } from './user-error';
import type { WriteResult } from './write';

/**
 * The payload every mutation answers with (server/README.md, conventions): the object it is about,
 * null when there is none to show, and the `userErrors` of a refused input, empty when applied.
 * Only the descriptions differ from one mutation to the next, so each payload is declared as
 *
 *   @ObjectType('ProductListingUpdatePayload', { description: 'Result of `productListingUpdate`.' })
 *   export class ProductListingUpdatePayload extends WritePayload('listing', () => ProductListing, {
 *     description: 'The listing as it is now: …',
 *     userErrors: 'Why nothing was written; empty when the change was applied.',
 *   }) {}
 *
 * and filled by `toPayload`. A payload may add fields of its own in its class body.
 */

export interface WritePayloadDescriptions {
  /** Of the object's field: what it holds when applied, and when refused. */
  description: string;
  /** Of `userErrors`: what it can hold. */
  userErrors: string;
}

/** A payload's instance: the object under `K`, and the user errors. */
export type WritePayloadFields<K extends string, T> = { [P in K]: T | null } & { userErrors: UserError[] };

/** What `WritePayload` returns (to extend) and `toPayload` fills: the class knows its object's field. */
export interface WritePayloadClass<P extends { userErrors: UserError[] }, K extends keyof P & string> {
  new (): P;
  readonly objectField: K;
}

/**
 * The base class of a mutation's payload: `<objectField>: <type>` (nullable) and
 * `userErrors: [UserError!]!`, with their descriptions. The subclass names the GraphQL type with
 * its own `@ObjectType`. This base is an object type too, since TypeGraphQL inherits only the
 * fields of a decorated superclass; no field returns it, so it never enters the schema (and the
 * bases may share their class name).
 */
export function WritePayload<K extends string, T>(
  objectField: K,
  // A class of instances T (an object type), or a scalar with T its values (`() => ID`, `string`).
  type: () => (new (...args: never[]) => T) | GraphQLScalarType,
  descriptions: WritePayloadDescriptions,
): WritePayloadClass<WritePayloadFields<K, T>, K> {
  class Payload {
    static readonly objectField = objectField;
    userErrors: UserError[];
  }
  // The object's field is named by the caller, so the decorators are applied by hand.
  Field(type, { nullable: true, description: descriptions.description })(Payload.prototype, objectField);
  Field(() => [UserError], { description: descriptions.userErrors })(Payload.prototype, 'userErrors');
  ObjectType()(Payload);
  return Payload as unknown as WritePayloadClass<WritePayloadFields<K, T>, K>;
}

/**
 * The payload of a write from its result: its user errors, and the object read by `read` after
 * the transaction, fresh from the database (the request's loaders may hold it as it was before):
 * the one the write returned or, when it was refused, the one it aimed at (`aimedAt`, if any), so
 * that a CONFLICT shows the object as someone else left it. Nothing is read when there is no
 * object to show.
 */
export async function toPayload<P extends { userErrors: UserError[] }, K extends keyof P & string, V>(
  Payload: WritePayloadClass<P, K>,
  result: WriteResult<V>,
  read: (value: V) => P[K] | Promise<P[K]>,
  aimedAt: V | null = null,
): Promise<P> {
  const payload = new Payload();
  payload.userErrors = result.userErrors;
  const value = result.ok ? result.value : aimedAt;
  payload[Payload.objectField] = (value === null ? null : await read(value)) as P[K];
  return payload;
}

/** The object a look-up of one ID finds (`findByIds(db, [id])`), or null: what `read` mostly is. */
export async function oneOrNull<T>(found: Promise<T[]>): Promise<T | null> {
  return (await found)[0] ?? null;
}
