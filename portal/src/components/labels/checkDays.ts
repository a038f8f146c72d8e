/** The calendar day in Vietnam ('YYYY-MM-DD') of an instant, as the platform counts days. */
export function vietnamDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(instant));
}

/** Whole days from the day of `instant` (in Vietnam) to `day` ('YYYY-MM-DD'); never below 0. */
export function daysSince(instant: string, day: string): number {
  const from = Date.parse(`${vietnamDay(instant)}T00:00:00Z`);
  const to = Date.parse(`${day}T00:00:00Z`);
  return Math.max(0, Math.round((to - from) / 86_400_000));
}
