/**
 * The platform's one clock: what "now" and "today" are, for every service, SQL parameter,
 * housekeeping job, audit entry, seed and test. Nothing else reads the system time for a business
 * rule (no `new Date()`, `Date.now()`, `current_date` or `now()` in a rule): they ask this module,
 * and SQL gets the instant or the day as a parameter.
 *
 * "Today" is the calendar day in Vietnam (Asia/Ho_Chi_Minh, UTC+7 all year: Vietnam has no
 * daylight saving), since legal dates — decisions, expiries, recognitions — are days there.
 *
 * `OCOP_TODAY=YYYY-MM-DD` pins the day, for a demo or a test run: every process that reads the
 * same setting (the server, the seed, the test runner) then agrees on the day, whenever it
 * started. The time of day still flows (sessions and throttles keep working); only the date is
 * the one given.
 */

/** Vietnam's offset from UTC, in milliseconds (UTC+7, no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written 'YYYY-MM-DD' (not 2025-02-30). */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The day in Vietnam at an instant, 'YYYY-MM-DD'. */
export function vietnamDayOf(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight in Vietnam at the start of `day`, as an instant. */
export function startOfVietnamDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS);
}

export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today in Vietnam, 'YYYY-MM-DD'. */
  today(): string;
  /** The day OCOP_TODAY pinned, or null when the clock is the system's. */
  readonly pinnedDay: string | null;
}

/** A clock whose day is `pinnedDay` when given (its time of day the system's), else the system clock. */
export function createClock(pinnedDay: string | null = null, systemNow: () => number = Date.now): Clock {
  if (pinnedDay !== null && !isIsoDay(pinnedDay)) {
    throw new RangeError(`OCOP_TODAY must be a calendar day written YYYY-MM-DD, got "${pinnedDay}"`);
  }
  if (pinnedDay === null) {
    return {
      pinnedDay: null,
      now: () => new Date(systemNow()),
      today: () => vietnamDayOf(systemNow()),
    };
  }
  const pinnedStart = startOfVietnamDay(pinnedDay).getTime();
  const now = (): Date => {
    const real = systemNow();
    // The time elapsed since midnight in Vietnam, on the pinned day.
    const sinceMidnight = (((real + VIETNAM_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
    return new Date(pinnedStart + sinceMidnight);
  };
  return { pinnedDay, now, today: () => pinnedDay };
}

/** Reads OCOP_TODAY (empty counts as unset); a bad value throws a RangeError naming it. */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const value = env.OCOP_TODAY?.trim();
  return createClock(value ? value : null);
}

let platformClock: Clock | null = null;

/** The platform's clock, read from the environment once (OCOP_TODAY). */
export function clock(): Clock {
  platformClock ??= clockFromEnv();
  return platformClock;
}

/** Today in Vietnam by the platform's clock. */
export function today(): string {
  return clock().today();
}

/** The current instant by the platform's clock. */
export function now(): Date {
  return clock().now();
}

/** A day plus (or minus) whole days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A day plus whole months, clamped to the month's last day like PostgreSQL's `date + interval`
 * (so it agrees with the generated column `ocop_certificate.expires_on`): 2024-02-29 + 36 months
 * is 2027-02-28.
 */
export function addMonths(day: string, months: number): string {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`not an ISO day: ${day}`);
  const total = Number(match[1]) * 12 + Number(match[2]) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(Number(match[3]), lastDay))).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
