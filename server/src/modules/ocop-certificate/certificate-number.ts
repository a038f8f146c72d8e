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

/** Dashes and hyphens of every kind, spaces, underscores, dots: separators a reader may swap. */
const SEPARATORS = /[\s\p{Pd}_.·]+/gu;

export interface CertificateNumberQuery {
  /** The number as typed, trimmed and NFC: what the answer repeats. */
  typed: string;
  /** Exact spellings to try first (as typed, upper case, separators made dashes). */
  spellings: string[];
}

export function parseCertificateNumber(input: string): CertificateNumberQuery {
  const typed = input.normalize('NFC').trim();
  if (typed.length === 0 || typed.length > MAX_CERTIFICATE_NUMBER_LENGTH) {
    throw badUserInput(
      `"number" must be a certificate number of 1 to ${MAX_CERTIFICATE_NUMBER_LENGTH} characters.`,
      'number',
    );
  }
  if (!/[\p{L}\p{N}]/u.test(typed)) {
    throw badUserInput('"number" must contain letters or digits, as printed on the label.', 'number');
  }
  const compatible = typed.normalize('NFKC');
  const spellings = [
    typed,
    typed.toUpperCase(),
    compatible.toUpperCase(),
    compatible.replace(SEPARATORS, '-').replace(/^-|-$/g, '').toUpperCase(),
  ];
  return { typed, spellings: [...new Set(spellings)] };
}

/** The letters and digits of a number, folded (case, accents, đ, compatibility forms) — in SQL. */
export const certificateNumberKeySql = (valueSql: string): string =>
  `regexp_replace(ocop_fold(normalize(${valueSql}, NFKC)), '[^a-z0-9]', '', 'g')`;
