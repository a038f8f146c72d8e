import { describe, expect, it } from 'vitest';
import { addMonths, dayBefore, dayInVietnam, isIsoDay, starsForScore } from './day';

describe('starsForScore (Decision 148 bands)', () => {
  it.each([
    [100, 5],
    [90, 5],
    [89, 4],
    [70, 4],
    [69, 3],
    [50, 3],
    [49, null],
    [0, null],
  ])('%i points → %s', (score, stars) => {
    expect(starsForScore(score)).toBe(stars);
  });
});

describe('addMonths', () => {
  it('adds 36 months to the same day, or the last day of a shorter month', () => {
    expect(addMonths('2026-11-28', 36)).toBe('2029-11-28');
    expect(addMonths('2024-02-29', 36)).toBe('2027-02-28');
    expect(addMonths('2023-12-31', 2)).toBe('2024-02-29');
    expect(addMonths('not a day', 36)).toBeNull();
  });
});

describe('dayInVietnam', () => {
  it('is the calendar day of an instant at UTC+7', () => {
    expect(dayInVietnam('2026-11-28T16:59:59Z')).toBe('2026-11-28');
    expect(dayInVietnam(Date.parse('2026-11-28T17:00:00Z'))).toBe('2026-11-29');
  });
});

describe('isIsoDay and dayBefore', () => {
  it('takes only real calendar days', () => {
    expect(isIsoDay('2025-06-30')).toBe(true);
    expect(isIsoDay('2025-02-30')).toBe(false);
    expect(isIsoDay('30/06/2025')).toBe(false);
    expect(isIsoDay(null)).toBe(false);
  });

  it('gives the last day of a unit that ended on a day', () => {
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
});
