import { describe, expect, it } from 'vitest';
import { addMonths, starsForScore, todayInVietnam } from './day';

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

describe('todayInVietnam', () => {
  it('is the calendar day at UTC+7', () => {
    expect(todayInVietnam(Date.parse('2026-11-28T16:59:59Z'))).toBe('2026-11-28');
    expect(todayInVietnam(Date.parse('2026-11-28T17:00:00Z'))).toBe('2026-11-29');
  });
});
