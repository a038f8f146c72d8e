import type { DataSource } from 'typeorm';
import { describeError, log } from './log';

/**
 * Grows the window's row of a subject by `$3` points only while the sum stays within the limit
 * `$4` (under the row's lock, so that concurrent requests on any instance cannot overspend), and
 * reads the spending before it for the answer to a refusal; with `$3` = 0 it only reads. Its own
 * transaction commits without waiting for the WAL flush (`synchronous_commit` off for it alone):
 * a crash may forget the last few hundred milliseconds of charges — a few points given back.
 */
const CHARGE = `
  WITH charged AS (
    INSERT INTO points_budget (subject, window_start, spent)
    SELECT $1::text, $2::timestamptz, $3::int WHERE $3::int > 0 AND $3::int <= $4::int
    ON CONFLICT (subject, window_start) DO UPDATE SET spent = points_budget.spent + EXCLUDED.spent
    WHERE points_budget.spent + EXCLUDED.spent <= $4::int
    RETURNING spent
  )
  SELECT (SELECT spent FROM charged) AS charged,
         (SELECT spent FROM points_budget WHERE subject = $1::text AND window_start = $2::timestamptz) AS before,
         set_config('synchronous_commit', 'off', true) AS asynchronous_commit`;

const GIVE_BACK = `
  UPDATE points_budget SET spent = greatest(0, spent - $3::int)
  WHERE subject = $1::text AND window_start = $2::timestamptz`;

/** The most points an instance reserves at once for one subject. */
export const MAX_RESERVATION = 100;
/** A reservation is at most this share of what is left of the budget, so that near the limit charges are exact. */
const RESERVATION_SHARE = 20;
/** A subject charged again within this time is busy: its next reservation may double. */
const BUSY_MS = 1_000;
/** Points reserved and not used for this long go back to the shared row. */
const IDLE_MS = 1_000;
const SWEEP_EVERY_MS = 500;
/** Subjects with a reservation at most; beyond, charges are exact (a flood of addresses cannot grow it). */
const MAX_SUBJECTS = 10_000;

interface Reservation {
  windowStart: number;
  /** Points reserved in the shared row and not yet used by this instance's requests. */
  available: number;
  /** The row's `spent` as this instance last saw it, its reservation included. */
  rowSpent: number;
  /** The size of the last reservation, to double while the subject stays busy. */
  size: number;
  reservedAt: number;
  usedAt: number;
}

export interface Charge {
  admitted: boolean;
  /** Spent in the window, this operation included when admitted; points reserved here and not used are not counted. */
  used: number;
}

/**
 * The points budget's shared rows, charged with as few statements as the budget allows: a busy
 * subject reserves a block of points in its row (one statement) and this instance spends it in
 * memory; the block doubles while the subject stays busy, up to MAX_RESERVATION and never more than
 * 1/RESERVATION_SHARE of what is left, so a budget nearly spent is charged point by point in the
 * row, exactly, across instances. Unused points go back to the row once the subject is idle for
 * IDLE_MS, and all of them when the server stops. Every instance therefore keeps the limit (the row
 * never exceeds it); what a partner sees as used can be ahead, for a moment, by the blocks other
 * instances hold. Charges of one subject are serialised on each instance (a promise chain), so its
 * concurrent requests share one reservation instead of racing for several.
 */
export class PointsLedger {
  private readonly reservations = new Map<string, Reservation>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly dataSource: DataSource) {
    this.timer = setInterval(() => void this.giveBack(false), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  /** Charges `cost` points of `limit` in the window starting at `windowStart` (0: reads where it stands). */
  charge(subject: string, windowStart: Date, cost: number, limit: number): Promise<Charge> {
    if (cost === 0) return this.read(subject, windowStart, limit);
    return this.serially(subject, () => this.spend(subject, windowStart.getTime(), cost, limit));
  }

  /** Gives every unused point back and stops the sweep (the server stops). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.giveBack(true);
  }

  private async read(subject: string, windowStart: Date, limit: number): Promise<Charge> {
    const [row] = (await this.dataSource.query(CHARGE, [subject, windowStart, 0, limit])) as {
      before: number | null;
    }[];
    const held = this.reservations.get(subject);
    const unused = held && held.windowStart === windowStart.getTime() ? held.available : 0;
    return { admitted: true, used: Math.max(0, (row!.before ?? 0) - unused) };
  }

  private async spend(subject: string, windowStart: number, cost: number, limit: number): Promise<Charge> {
    const at = Date.now();
    let held = this.reservations.get(subject);
    if (held && held.windowStart !== windowStart) {
      // Last window's leftover stays in last window's row: it no longer matters.
      this.reservations.delete(subject);
      held = undefined;
    }
    if (held && held.available >= cost) {
      held.available -= cost;
      held.usedAt = at;
      return { admitted: true, used: held.rowSpent - held.available };
    }
    const leftover = held?.available ?? 0;
    const need = cost - leftover;
    const known = held?.rowSpent ?? 0;
    const busy = held !== undefined && at - held.reservedAt < BUSY_MS;
    const canKeep = held !== undefined || this.reservations.size < MAX_SUBJECTS;
    const wanted = canKeep
      ? Math.max(
          need,
          Math.min(
            MAX_RESERVATION,
            busy ? held!.size * 2 : need,
            Math.floor((limit - known) / RESERVATION_SHARE),
          ),
        )
      : need;
    let size = wanted;
    let row = await this.reserve(subject, windowStart, size, limit);
    if (row.charged === null && size > need) {
      size = need;
      row = await this.reserve(subject, windowStart, size, limit);
    }
    if (row.charged === null) {
      // Refused: whatever this instance still holds stays reserved until it is given back idle.
      return { admitted: false, used: Math.max(0, (row.before ?? 0) - leftover) };
    }
    const available = leftover + size - cost;
    if (canKeep)
      this.reservations.set(subject, {
        windowStart,
        available,
        rowSpent: row.charged,
        size,
        reservedAt: at,
        usedAt: at,
      });
    return { admitted: true, used: row.charged - available };
  }

  private async reserve(
    subject: string,
    windowStart: number,
    points: number,
    limit: number,
  ): Promise<{ charged: number | null; before: number | null }> {
    const [row] = (await this.dataSource.query(CHARGE, [subject, new Date(windowStart), points, limit])) as {
      charged: number | null;
      before: number | null;
    }[];
    return row!;
  }

  /** Unused points of idle subjects (all, when `everything`) go back to their rows. */
  private async giveBack(everything: boolean): Promise<void> {
    const at = Date.now();
    const work: Promise<unknown>[] = [];
    for (const [subject, held] of this.reservations) {
      if (!everything && at - held.usedAt < IDLE_MS) continue;
      work.push(
        this.serially(subject, async () => {
          const current = this.reservations.get(subject);
          if (!current) return;
          this.reservations.delete(subject);
          if (current.available === 0) return;
          await this.dataSource.query(GIVE_BACK, [subject, new Date(current.windowStart), current.available]);
        }).catch((error: unknown) =>
          log.warn(`points budget: unused points not given back: ${describeError(error)}`),
        ),
      );
    }
    await Promise.all(work);
  }

  /** Runs `step` after the subject's steps already queued on this instance. */
  private serially<T>(subject: string, step: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(subject) ?? Promise.resolve();
    const next = previous.then(step, step);
    const settled = next.catch(() => undefined);
    this.queues.set(subject, settled);
    void settled.then(() => {
      if (this.queues.get(subject) === settled) this.queues.delete(subject);
    });
    return next;
  }
}
