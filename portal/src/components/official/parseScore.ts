/** Why a score typed is refused (a key of `official.scoreRefused`). */
export type ScoreRefusal = 'range' | 'decimals' | 'unreadable';

export type ScoreParse = { ok: true; value: number | null } | { ok: false; refusal: ScoreRefusal };

/**
 * An OCOP score out of 100 as councils write it: whole or with one decimal, with a decimal comma
 * as the site shows it ("69,5", as in "76,5/100") or a point ("69.5"). Empty is null. Anything
 * else is refused, not read as another score ("69,5" is not 695).
 */
export function parseScore(typed: string): ScoreParse {
  const text = typed.trim();
  if (text === '') return { ok: true, value: null };
  const score = /^(\d{1,3})(?:[.,](\d))?$/.exec(text);
  if (score) {
    const value = Number(`${score[1]}.${score[2] ?? '0'}`);
    return value <= 100 ? { ok: true, value } : { ok: false, refusal: 'range' };
  }
  if (/^\d+[.,]\d{2,}$/.test(text)) return { ok: false, refusal: 'decimals' };
  if (/^-\s*\d/.test(text) || /^\d{4,}([.,]\d)?$/.test(text)) return { ok: false, refusal: 'range' };
  return { ok: false, refusal: 'unreadable' };
}
