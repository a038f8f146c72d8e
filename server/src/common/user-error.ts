import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/**
 * Why an input was refused, for a form to show next to the field. Faults and permissions are
 * top-level errors instead (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND); a user error is always
 * something the person filling the form can correct.
 */
export enum UserErrorCode {
  REQUIRED = 'REQUIRED',
  INVALID = 'INVALID',
  TOO_SHORT = 'TOO_SHORT',
  TOO_LONG = 'TOO_LONG',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  NOT_FOUND = 'NOT_FOUND',
  DUPLICATE = 'DUPLICATE',
  CONFLICT = 'CONFLICT',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  THROTTLED = 'THROTTLED',
}
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why an input was refused.',
  valuesConfig: {
    REQUIRED: { description: 'A value is needed here.' },
    INVALID: { description: 'The value is not acceptable here (format, enum, date…).' },
    TOO_SHORT: { description: 'The text or list is shorter than allowed.' },
    TOO_LONG: { description: 'The text or list is longer than allowed.' },
    OUT_OF_RANGE: { description: 'The number or date is outside the allowed range.' },
    NOT_FOUND: { description: 'The input refers to an object that does not exist.' },
    DUPLICATE: { description: 'An object with this value already exists.' },
    CONFLICT: {
      description:
        'The object was changed by someone else since the version the input was based on; ' +
        '`currentVersion` says which version it is now. Reload, then apply the change again.',
    },
    IDEMPOTENCY_KEY_REUSED: { description: 'This idempotency key was already used with another input.' },
    INVALID_CREDENTIALS: { description: 'The email or the password is wrong (the answer never says which).' },
    THROTTLED: { description: 'Too many failed attempts: wait `retryAfterSeconds` before trying again.' },
  },
});

@ObjectType('UserError', {
  description: 'A problem with the input of a mutation that its sender can correct.',
})
export class UserError {
  @Field(() => [String], {
    description:
      'Path of the input field, from the mutation argument: ["input", "priceVnd"]; [] for the whole input.',
  })
  field: string[];

  @Field(() => UserErrorCode, { description: 'What is wrong, for programs.' })
  code: UserErrorCode;

  @Field({ description: 'What is wrong, for people (in the viewer’s language, Vietnamese by default).' })
  message: string;

  @Field(() => Int, { nullable: true, description: 'With CONFLICT: the object’s version now.' })
  currentVersion?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'With THROTTLED: seconds to wait before the next attempt.',
  })
  retryAfterSeconds?: number | null;
}

export function userError(
  field: readonly (string | number)[],
  code: UserErrorCode,
  message: string,
  extra: Pick<UserError, 'currentVersion' | 'retryAfterSeconds'> = {},
): UserError {
  return Object.assign(new UserError(), { field: field.map(String), code, message, ...extra });
}

/**
 * User errors answered for one refused input, at most: the first ones are enough to correct it,
 * and an input of thousands of bad items (the body allows ~4,000) would otherwise answer as many.
 * Every payload's `userErrors` comes from an InputRejected, so this is also the list's size for
 * the cost estimate (modules/list-sizes.ts).
 */
export const MAX_USER_ERRORS = 100;

/**
 * Thrown inside a write (common/write.ts) to refuse its input: the transaction is rolled back,
 * the refusal audited, and the mutation answers with these user errors.
 */
export class InputRejected extends Error {
  override name = 'InputRejected';
  /** At most MAX_USER_ERRORS of them. */
  readonly userErrors: UserError[];
  constructor(userErrors: UserError[]) {
    const kept = userErrors.slice(0, MAX_USER_ERRORS);
    super(kept.map((e) => `${e.field.join('.')}: ${e.code}`).join('; '));
    this.userErrors = kept;
  }
}
