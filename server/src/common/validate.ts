import { z } from 'zod';
import { InputRejected, userError, UserErrorCode, type UserError } from './user-error';

/**
 * Messages for people: Vietnamese first, English in brackets, as the API's other messages.
 * The common cases are worded here; anything else falls back to zod's Vietnamese locale.
 * Programs read the code, not the message.
 */
function message(issue: z.core.$ZodRawIssue): string | undefined {
  const fmt = (n: unknown) =>
    typeof n === 'number' || typeof n === 'bigint' ? n.toLocaleString('vi-VN') : String(n);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? 'Không được để trống (required).'
          : `Cần ít nhất ${fmt(issue.minimum)} ký tự (at least ${String(issue.minimum)} characters).`;
      }
      if (issue.origin === 'array')
        return `Cần ít nhất ${fmt(issue.minimum)} mục (at least ${String(issue.minimum)} items).`;
      return `Phải từ ${fmt(issue.minimum)} trở lên (at least ${String(issue.minimum)}).`;
    case 'too_big':
      if (issue.origin === 'string') {
        return `Tối đa ${fmt(issue.maximum)} ký tự (at most ${String(issue.maximum)} characters).`;
      }
      if (issue.origin === 'array')
        return `Tối đa ${fmt(issue.maximum)} mục (at most ${String(issue.maximum)} items).`;
      return `Tối đa ${fmt(issue.maximum)} (at most ${String(issue.maximum)}).`;
    case 'invalid_type':
      // The raw issue still has the input (the final one does not).
      if (issue.input === undefined || issue.input === null) return 'Cần điền mục này (required).';
      if (issue.expected === 'int') return 'Phải là số nguyên (must be a whole number).';
      return undefined;
    default:
      return undefined;
  }
}
z.config(z.locales.vi());
z.config({ customError: message });

/** The value at `path` inside `input` (zod's final issues do not carry it). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function codeOf(issue: z.core.$ZodIssue, input: unknown): UserErrorCode {
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      return value === undefined || value === null ? UserErrorCode.REQUIRED : UserErrorCode.INVALID;
    }
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? UserErrorCode.TOO_SHORT
        : UserErrorCode.OUT_OF_RANGE;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? UserErrorCode.TOO_LONG
        : UserErrorCode.OUT_OF_RANGE;
    case 'custom': {
      const code = (issue.params as { code?: UserErrorCode } | undefined)?.code;
      return code ?? UserErrorCode.INVALID;
    }
    default:
      return UserErrorCode.INVALID;
  }
}

/** Zod's issues as user errors with the field path from the mutation argument (`["input", …]`). */
export function toUserErrors(error: z.ZodError, root: string, input?: unknown): UserError[] {
  return error.issues.map((issue) =>
    userError(
      [root, ...issue.path.map((p) => (typeof p === 'symbol' ? p.toString() : p))],
      codeOf(issue, input),
      issue.message,
    ),
  );
}

/**
 * The input checked by `schema`, or InputRejected with one user error per problem. Texts no column
 * can hold (NUL, lone surrogates) never get here: every argument of every operation is refused
 * before it executes (common/storable-text.ts).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root = 'input'): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InputRejected(toUserErrors(result.error, root, input));
  return result.data;
}

/** Trimmed text; empty after trimming counts as absent. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullish();

export const requiredText = (max: number, min = 1) => z.string().trim().min(min).max(max);

/** Whole đồng, never negative; the ceiling (10^13, ten thousand billion) keeps typos out of bigint. */
export const vnd = z
  .string()
  .regex(/^[0-9]+$/, 'Số tiền phải là số nguyên không âm (đồng)')
  .refine((s) => BigInt(s) <= 10_000_000_000_000n, {
    message: 'Số tiền quá lớn',
    params: { code: UserErrorCode.OUT_OF_RANGE },
  });

/** An ISO calendar date that exists (2024-02-30 does not). */
export const isoDate = z.iso.date();

export const idempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9._:-]{8,100}$/, 'Khóa chống lặp phải có 8–100 ký tự chữ, số hoặc . _ : -')
  .nullish();

export { z };
