import { badUserInput } from '../../common/errors';

/**
 * What a buyer types or scans is rarely the number exactly as stored: spaces around it, lower
 * case, a different dash ("OCOP–11–2025–0001"), spaces instead of dashes, full-width digits
 * from a phone keyboard, decomposed accents. The lookup is therefore in two steps (one SQL
 * statement): the exact spellings below through the unique index, and only when none matches, a
 * comparison of the numbers' letters and digits alone (`certificateNumberKeySql`), which ignores
 * case, accents, separators and compatibility forms.
 */

export const MAX_CERTIFICATE_NUMBER_LENGTH = 100;

/**
 * Longest input looked at, before anything else: 10 times a number's length leaves room for
 * spaces around it and decomposed accents (NFC and the trim can only shorten it), and a longer
 * input is refused from its length alone, so a huge string is never normalized, trimmed or
 * searched by a regular expression — in a batch of 100, that is 100 such strings per request.
 */
export const MAX_CERTIFICATE_NUMBER_INPUT = 10 * MAX_CERTIFICATE_NUMBER_LENGTH;

/** Numbers one `verifyOcopCertificates` request may check (issue 14: a partner's batch). */
export const MAX_VERIFIED_NUMBERS = 100;

/** Dashes and hyphens of every kind, spaces, underscores, dots: separators a reader may swap. */
const SEPARATORS = /[\s\p{Pd}_.·]+/gu;

export interface CertificateNumberQuery {
  /** The number as typed, trimmed and NFC: what the answer repeats. */
  typed: string;
  /** Exact spellings to try first (as typed, upper case, separators made dashes). */
  spellings: string[];
}

/** Why an input cannot be a certificate number (the GraphQL enum CertificateNumberProblem). */
export enum CertificateNumberProblem {
  EMPTY = 'EMPTY',
  TOO_LONG = 'TOO_LONG',
  NO_LETTERS_OR_DIGITS = 'NO_LETTERS_OR_DIGITS',
}

/**
 * The number to look up, or why there is none. A problem is an answer, not an exception: in a
 * batch it is that number's answer alone (`verifyOcopCertificates`); the single query turns it
 * into BAD_USER_INPUT (`parseCertificateNumber`).
 */
export function readCertificateNumber(
  input: string,
): { query: CertificateNumberQuery; problem: null } | { query: null; problem: CertificateNumberProblem } {
  if (input.length > MAX_CERTIFICATE_NUMBER_INPUT)
    return { query: null, problem: CertificateNumberProblem.TOO_LONG };
  const typed = input.normalize('NFC').trim();
  if (typed.length === 0) return { query: null, problem: CertificateNumberProblem.EMPTY };
  if (typed.length > MAX_CERTIFICATE_NUMBER_LENGTH)
    return { query: null, problem: CertificateNumberProblem.TOO_LONG };
  if (!/[\p{L}\p{N}]/u.test(typed))
    return { query: null, problem: CertificateNumberProblem.NO_LETTERS_OR_DIGITS };
  const compatible = typed.normalize('NFKC');
  const spellings = [
    typed,
    typed.toUpperCase(),
    compatible.toUpperCase(),
    compatible.replace(SEPARATORS, '-').replace(/^-|-$/g, '').toUpperCase(),
  ];
  return { query: { typed, spellings: [...new Set(spellings)] }, problem: null };
}

/** `readCertificateNumber` for the single query: a problem is BAD_USER_INPUT on `number`. */
export function parseCertificateNumber(input: string): CertificateNumberQuery {
  const { query, problem } = readCertificateNumber(input);
  if (query) return query;
  if (problem === CertificateNumberProblem.NO_LETTERS_OR_DIGITS) {
    throw badUserInput('"number" must contain letters or digits, as printed on the label.', 'number');
  }
  throw badUserInput(
    `"number" must be a certificate number of 1 to ${MAX_CERTIFICATE_NUMBER_LENGTH} characters.`,
    'number',
  );
}

/** The letters and digits of a number, folded (case, accents, đ, compatibility forms) — in SQL. */
export const certificateNumberKeySql = (valueSql: string): string =>
  `regexp_replace(ocop_fold(normalize(${valueSql}, NFKC)), '[^a-z0-9]', '', 'g')`;
