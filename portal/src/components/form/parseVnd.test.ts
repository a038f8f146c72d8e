import { describe, expect, it } from 'vitest';
import { parseVnd } from './parseVnd';

const value = (typed: string) => {
  const parsed = parseVnd(typed);
  return parsed.ok ? parsed.value : `refused: ${parsed.refusal}`;
};

describe('parseVnd', () => {
  it('reads plain digits and groups of three, with dots, spaces or commas', () => {
    expect(value('38000')).toBe(38_000);
    expect(value('38.000')).toBe(38_000);
    expect(value('38 000')).toBe(38_000);
    expect(value('38\u00a0000')).toBe(38_000);
    expect(value('38,000')).toBe(38_000);
    expect(value('1.250.000')).toBe(1_250_000);
    expect(value(' 45000 ')).toBe(45_000);
    expect(value('007')).toBe(7);
    expect(value('0')).toBe(0);
  });

  it('reads thousands and millions: "38k", "38,5k", "1,2tr", "1.2 triệu"', () => {
    expect(value('38k')).toBe(38_000);
    expect(value('38K')).toBe(38_000);
    expect(value('38,5k')).toBe(38_500);
    expect(value('38.5k')).toBe(38_500);
    expect(value('38,25k')).toBe(38_250);
    expect(value('38 nghìn')).toBe(38_000);
    expect(value('1,2tr')).toBe(1_200_000);
    expect(value('1.2 triệu')).toBe(1_200_000);
    expect(value('2 triệu')).toBe(2_000_000);
    expect(value('38k5')).toBe(38_500);
    expect(value('1tr2')).toBe(1_200_000);
  });

  it('takes a currency after the amount: đ, ₫, vnd', () => {
    expect(value('38.000đ')).toBe(38_000);
    expect(value('38.000 ₫')).toBe(38_000);
    expect(value('38000 VND')).toBe(38_000);
    expect(value('38000vnđ')).toBe(38_000);
    expect(value('38,5k đ')).toBe(38_500);
    expect(value('1.250.000 đồng')).toBe(1_250_000);
  });

  it('is null when empty (no price)', () => {
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
  });

  it('refuses a negative amount', () => {
    expect(value('-5000')).toBe('refused: negative');
    expect(value('−5.000 ₫')).toBe('refused: negative');
    expect(value('-38k')).toBe('refused: negative');
  });

  it('refuses a fraction of a đồng', () => {
    expect(value('38.000,50')).toBe('refused: fraction');
    expect(value('38,5')).toBe('refused: fraction');
    expect(value('38.50')).toBe('refused: fraction');
    expect(value('1,250.5')).toBe('refused: fraction');
  });

  it('refuses what reads two ways or follows no pattern of digit groups', () => {
    // 1,2 thousand or 1.200 thousand?
    expect(value('1.200k')).toBe('refused: ambiguous');
    expect(value('3.80.000')).toBe('refused: ambiguous');
    expect(value('38..000')).toBe('refused: ambiguous');
    expect(value('38.000,000')).toBe('refused: ambiguous');
    expect(value('38,5,5k')).toBe('refused: ambiguous');
  });

  it('refuses letters and a currency alone', () => {
    expect(value('abc')).toBe('refused: unreadable');
    expect(value('38 nghìn đồng rưỡi')).toBe('refused: unreadable');
    expect(value('38x')).toBe('refused: unreadable');
    expect(value('₫')).toBe('refused: unreadable');
    expect(value('liên hệ')).toBe('refused: unreadable');
  });

  it('refuses more digits than an exact integer holds', () => {
    expect(value('9'.repeat(16))).toBe('refused: tooLarge');
    expect(value('9'.repeat(15))).toBe(999_999_999_999_999);
    expect(value(`${'9'.repeat(10)}tr`)).toBe('refused: tooLarge');
  });
});
