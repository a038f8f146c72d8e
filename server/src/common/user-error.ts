import { Ctx, Field, FieldResolver, Int, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';
import { languageOf, say, type AsksInLanguage, type Localized } from './language';

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
  SENDER_BLOCKED = 'SENDER_BLOCKED',
  NOT_CERTIFIED = 'NOT_CERTIFIED',
  ALREADY_RECALLED = 'ALREADY_RECALLED',
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
    THROTTLED: { description: 'Too many attempts: wait `retryAfterSeconds` before trying again.' },
    SENDER_BLOCKED: { description: 'This producer does not accept inquiries from this phone or e-mail.' },
    NOT_CERTIFIED: { description: 'The product holds no valid OCOP certificate today.' },
    ALREADY_RECALLED: { description: 'The batch was already recalled.' },
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

  @Field({
    description:
      'What is wrong, for people: in the language of the request’s Accept-Language (vi or en), else ' +
      'the viewer’s preferred one, else Vietnamese.',
  })
  message: string;

  /** The message in each language when it was written in both; `message` is its Vietnamese. */
  localized?: Localized;

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
  message: string | Localized,
  extra: Pick<UserError, 'currentVersion' | 'retryAfterSeconds'> = {},
): UserError {
  const text = typeof message === 'string' ? { message } : { message: message.vi, localized: message };
  return Object.assign(new UserError(), { field: field.map(String), code, ...text, ...extra });
}

/**
 * The errors of a list of choices that must hold at least one value, each once (an API key's
 * scopes, a webhook's events): REQUIRED when empty, DUPLICATE when a value repeats. `item` names
 * one choice, e.g. `{ vi: 'sự kiện', en: 'event' }`.
 */
export function choiceListErrors(
  field: readonly (string | number)[],
  values: readonly unknown[],
  item: Localized,
): UserError[] {
  const errors: UserError[] = [];
  if (values.length === 0)
    errors.push(
      userError(field, UserErrorCode.REQUIRED, {
        vi: `Chọn ít nhất một ${item.vi}.`,
        en: `Choose at least one ${item.en}.`,
      }),
    );
  if (new Set(values).size !== values.length)
    errors.push(
      userError(field, UserErrorCode.DUPLICATE, {
        vi: `Mỗi ${item.vi} chỉ chọn một lần.`,
        en: `List each ${item.en} once.`,
      }),
    );
  return errors;
}

/** `UserError.message` in the answer's language (context.ts, languageOf): chosen as it is sent. */
@Resolver(() => UserError)
export class UserErrorResolver {
  @FieldResolver(() => String)
  message(@Root() error: UserError, @Ctx() ctx: AsksInLanguage): string {
    return error.localized ? say(languageOf(ctx), error.localized) : error.message;
  }
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
