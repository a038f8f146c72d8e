/**
 * Calendar days as the API takes them: 'YYYY-MM-DD', days in Vietnam; ISO days compare correctly
 * as strings. Pure helpers only, in one place: what "today" is comes from the platform (the API's
 * `today`, read through `usePlatformToday`), never from the browser's clock.
 */

/** Whether `value` is a real calendar day written 'YYYY-MM-DD' (a hand-edited URL may hold anything). */
export function isIsoDay(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The day before an ISO day: the last day an old unit existed when a reform took effect. */
export function dayBefore(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * A day plus some months, as the certificate rules count them: the same day of the month, or
 * the month's last day when it has none (2024-02-29 + 36 months = 2027-02-28), as PostgreSQL's
 * `date + interval` does.
 */
export function addMonths(isoDay: string, months: number): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = Math.min(day, last);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The stars a score gives under Decision 148/QĐ-TTg: ≥ 90 5★, 70–89 4★, 50–69 3★, below 50 none. */
export function starsForScore(score: number): 3 | 4 | 5 | null {
  if (score >= 90) return 5;
  if (score >= 70) return 4;
  if (score >= 50) return 3;
  return null;
}

/**
 * The day in Vietnam (UTC+7, no daylight saving) of an instant the API gave (a `DateTimeISO` such
 * as a last login): for showing when something happened, never for deciding what today is.
 */
export function dayInVietnam(instant: string | number): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return new Date(ms + 7 * 3600_000).toISOString().slice(0, 10);
}
