/** Why an amount typed in đồng is refused (a key of `form.vnd`). */
export type VndRefusal = 'negative' | 'fraction' | 'ambiguous' | 'tooLarge' | 'unreadable';

export type VndParse = { ok: true; value: number | null } | { ok: false; refusal: VndRefusal };

/** The most digits a price may have: 15 keeps every value an exact JavaScript integer. */
const MAX_DIGITS = 15;

// Multipliers people write after a number: "38k", "38 nghìn", "1,2tr", "1.2 triệu".
const MULTIPLIERS: Record<string, number> = {
  k: 1_000,
  nghìn: 1_000,
  ngàn: 1_000,
  tr: 1_000_000,
  triệu: 1_000_000,
};
// An optional currency after everything: "38.000đ", "38k ₫", "38000 vnd", "38.000 đồng".
const CURRENCY = /\s*(?:₫|đ|đồng|vnđ|vnd)$/u;
// Spaces people or keyboards put between digit groups (space, no-break and narrow no-break).
const SPACES = /[\s\u00a0\u202f]/gu;

/**
 * An amount of whole đồng as Vietnamese write it: "38000", "38.000", "38 000", "38,000" (groups of
 * three), "38k" (38.000), "38,5k" (38.500), "1,2tr" / "1.2 triệu" (1.200.000), with an optional
 * "đ", "₫" or "vnd" after it ("38k5" and "1tr2" as said aloud). Empty is null (no price). Everything else is refused with a reason
 * rather than read as some other amount: a negative amount, a fraction of a đồng ("38.000,50",
 * "38,5"), a multiplier whose decimals could be thousands ("1.200k"), letters.
 */
export function parseVnd(typed: string): VndParse {
  let text = typed.trim().toLowerCase().replace(CURRENCY, '').trim();
  if (text === '')
    return typed.trim() === '' ? { ok: true, value: null } : { ok: false, refusal: 'unreadable' };
  if (/^[-−–]/u.test(text)) return { ok: false, refusal: 'negative' };
  if (text.startsWith('+')) text = text.slice(1);

  // Spoken shorthand with one digit after the unit: "38k5" (38.500), "1tr2" (1.200.000).
  const spoken = /^(\d+)(k|tr)(\d)$/.exec(text);
  if (spoken) text = `${spoken[1]},${spoken[3]}${spoken[2]}`;

  const multiplier = /^(.*?)\s*(k|nghìn|ngàn|tr|triệu)$/u.exec(text);
  if (multiplier) {
    const number = multiplier[1]!;
    const factor = MULTIPLIERS[multiplier[2]!]!;
    // A decimal mark (either, as phones offer either) and at most two decimals: "38,5k", "1.25tr".
    const decimal = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(number);
    if (decimal) {
      const whole = decimal[1]!.replace(/^0+(?=\d)/, '');
      const fraction = decimal[2] ?? '';
      if (whole.length + String(factor).length - 1 > MAX_DIGITS) return { ok: false, refusal: 'tooLarge' };
      const value = Number(whole) * factor + (Number(fraction || '0') * factor) / 10 ** fraction.length;
      return { ok: true, value };
    }
    // "1.200k": 1,2 thousand or 1.200 thousand? Three digits after the mark read both ways.
    if (/^\d+[.,]\d{3}$/.test(number)) return { ok: false, refusal: 'ambiguous' };
    return { ok: false, refusal: /^[\d.,\s]+$/.test(number) ? 'ambiguous' : 'unreadable' };
  }

  const compact = text.replace(SPACES, ' ');
  let digits: string | null = null;
  if (/^\d+$/.test(compact)) digits = compact;
  else {
    // Groups of three after one separator, the same all along: "1.250.000", "38 000", "38,000".
    const grouped = /^(\d{1,3})((?:([., ])\d{3})(?:\3\d{3})*)$/.exec(compact);
    if (grouped) digits = compact.replace(/[., ]/g, '');
  }
  if (digits !== null) {
    digits = digits.replace(/^0+(?=\d)/, '');
    if (digits.length > MAX_DIGITS) return { ok: false, refusal: 'tooLarge' };
    return { ok: true, value: Number(digits) };
  }
  // A decimal part: "38,5", "38.50", "38.000,50", "1,250.50" — đồng have no fraction.
  if (/^[\d., ]*\d[.,]\d{1,2}$/.test(compact)) return { ok: false, refusal: 'fraction' };
  // Digits and separators in no pattern above ("3.80.000", "38.000,000", "38..000").
  if (/^[\d., ]+$/.test(compact)) return { ok: false, refusal: 'ambiguous' };
  return { ok: false, refusal: 'unreadable' };
}
