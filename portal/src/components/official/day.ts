/** Today's date in Vietnam (UTC+7, no daylight saving) as 'YYYY-MM-DD'. */
export function todayInVietnam(now: number = Date.now()): string {
  return new Date(now + 7 * 3600_000).toISOString().slice(0, 10);
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
