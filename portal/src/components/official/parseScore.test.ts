import { describe, expect, it } from 'vitest';
import { parseScore } from './parseScore';

const value = (typed: string) => {
  const parsed = parseScore(typed);
  return parsed.ok ? parsed.value : `refused: ${parsed.refusal}`;
};

describe('parseScore', () => {
  it('reads a whole score and one decimal after a comma or a point', () => {
    expect(value('69')).toBe(69);
    expect(value('69,5')).toBe(69.5);
    expect(value('69.5')).toBe(69.5);
    expect(value(' 76,5 ')).toBe(76.5);
    expect(value('0')).toBe(0);
    expect(value('100')).toBe(100);
    expect(value('100,0')).toBe(100);
    expect(value('')).toBeNull();
  });

  it('refuses a score outside 0–100', () => {
    expect(value('100,5')).toBe('refused: range');
    expect(value('101')).toBe('refused: range');
    expect(value('695')).toBe('refused: range');
    expect(value('1000')).toBe('refused: range');
    expect(value('-5')).toBe('refused: range');
  });

  it('refuses more than one decimal', () => {
    expect(value('69,55')).toBe('refused: decimals');
    expect(value('69.25')).toBe('refused: decimals');
  });

  it('refuses anything else', () => {
    expect(value('69,')).toBe('refused: unreadable');
    expect(value('6 9')).toBe('refused: unreadable');
    expect(value('bảy mươi')).toBe('refused: unreadable');
    expect(value('69,5/100')).toBe('refused: unreadable');
    expect(value('1.000,5')).toBe('refused: unreadable');
  });
});
