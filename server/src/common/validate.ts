import { z } from 'zod';
import { say, type Language, type Localized } from './language';
import { InputRejected, userError, UserErrorCode, type UserError } from './user-error';

/**
 * Messages for people, in Vietnamese and English (the answer picks one: common/language.ts). The
 * common cases are worded here; anything else falls back to zod's own locales. Programs read the
 * code, not the message.
 */
function wording(issue: {
  code: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  expected?: string;
  input?: unknown;
}): Localized | undefined {
  const vi = (n: unknown) =>
    typeof n === 'number' || typeof n === 'bigint' ? n.toLocaleString('vi-VN') : String(n);
  const en = (n: unknown) =>
    typeof n === 'number' || typeof n === 'bigint' ? n.toLocaleString('en-GB') : String(n);
  const { minimum: min, maximum: max } = issue;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(min) <= 1
          ? { vi: 'Không được để trống.', en: 'Required.' }
          : { vi: `Cần ít nhất ${vi(min)} ký tự.`, en: `At least ${en(min)} characters.` };
      }
      if (issue.origin === 'array')
        return { vi: `Cần ít nhất ${vi(min)} mục.`, en: `At least ${en(min)} items.` };
      return { vi: `Phải từ ${vi(min)} trở lên.`, en: `At least ${en(min)}.` };
    case 'too_big':
      if (issue.origin === 'string')
        return { vi: `Tối đa ${vi(max)} ký tự.`, en: `At most ${en(max)} characters.` };
      if (issue.origin === 'array') return { vi: `Tối đa ${vi(max)} mục.`, en: `At most ${en(max)} items.` };
      return { vi: `Tối đa ${vi(max)}.`, en: `At most ${en(max)}.` };
    case 'invalid_type':
      // The raw issue still has the input; for a final one toUserErrors looks it up.
      if (issue.input === undefined || issue.input === null)
        return { vi: 'Cần điền mục này.', en: 'Required.' };
      if (issue.expected === 'int') return { vi: 'Phải là số nguyên.', en: 'Must be a whole number.' };
      return undefined;
    default:
      return undefined;
  }
}

/**
 * The English of messages given to zod in both languages (zod keeps one string: the Vietnamese).
 * Filled only by `bilingual` at module load, from the messages written in the code: bounded.
 */
const ENGLISH = new Map<string, string>();

/** A message for a zod check written in both languages: zod keeps the Vietnamese, the answer picks. */
export function bilingual(message: Localized): string {
  ENGLISH.set(message.vi, message.en);
  return message.vi;
}

const english = z.locales.en();

/** The issue's message in both languages: given with `bilingual`, else ours, else zod's English. */
function localizedIssue(issue: z.core.$ZodIssue, input: unknown): Localized | string {
  const given = ENGLISH.get(issue.message);
  if (given) return { vi: issue.message, en: given };
  const ours = wording({ ...issue, input: valueAt(input, issue.path) } as Parameters<typeof wording>[0]);
  // A check's own Vietnamese message (not ours) stays; ours gives its English.
  if (ours) return { vi: issue.message, en: ours.en };
  const theirs = english.localeError(issue as unknown as z.core.$ZodRawIssue);
  const en = typeof theirs === 'string' ? theirs : theirs?.message;
  return en ? { vi: issue.message, en } : issue.message;
}

/** One issue's message in one language, for what is not a GraphQL answer (the command line). */
export function issueMessage(issue: z.core.$ZodIssue, input: unknown, language: Language): string {
  return say(language, localizedIssue(issue, input));
}

function message(issue: z.core.$ZodRawIssue): string | undefined {
  return wording(issue as Parameters<typeof wording>[0])?.vi;
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
      localizedIssue(issue, input),
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
