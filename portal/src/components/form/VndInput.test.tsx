import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test-utils';
import { parseVnd, VndInput } from './VndInput';

/** A VndInput holding its own value, reporting every value handed over. */
function Harness({ initial, seen }: { initial: number | null; seen: Array<number | null> }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label htmlFor="price">Giá</label>
      <VndInput
        id="price"
        value={value}
        onChange={(v) => {
          seen.push(v);
          setValue(v);
        }}
      />
    </>
  );
}

describe('VndInput', () => {
  it('shows thousands separators as Vietnamese write them while typing, and hands over an integer', async () => {
    const seen: Array<number | null> = [];
    renderWithProviders(<Harness initial={null} seen={seen} />);
    const input = screen.getByLabelText('Giá');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    await userEvent.type(input, '1250000');
    expect(input).toHaveValue('1.250.000');
    expect(seen.at(-1)).toBe(1_250_000);
    expect(Number.isInteger(seen.at(-1))).toBe(true);
  });

  it('starts from the value it is given, ignores letters, and is null once emptied', async () => {
    const seen: Array<number | null> = [];
    renderWithProviders(<Harness initial={45000} seen={seen} />);
    const input = screen.getByLabelText('Giá');
    expect(input).toHaveValue('45.000');
    await userEvent.type(input, 'đ');
    expect(input).toHaveValue('45.000');
    await userEvent.clear(input);
    expect(input).toHaveValue('');
    expect(seen.at(-1)).toBeNull();
  });

  it('keeps the caret after the same digit when a separator appears', async () => {
    renderWithProviders(<Harness initial={5000} seen={[]} />);
    const input = screen.getByLabelText<HTMLInputElement>('Giá');
    // Caret after "5": typing 2 makes 52.000 and the caret stays after the 2.
    await userEvent.click(input);
    input.setSelectionRange(1, 1);
    await userEvent.keyboard('2');
    expect(input).toHaveValue('52.000');
    expect(input.selectionStart).toBe(2);
  });

  it('uses the reader’s separators in English', async () => {
    renderWithProviders(<Harness initial={1250000} seen={[]} />, { locale: 'en' });
    expect(screen.getByLabelText('Giá')).toHaveValue('1,250,000');
  });

  it('parses pasted amounts with separators, spaces and a currency sign', () => {
    expect(parseVnd('1.250.000 ₫')).toBe(1_250_000);
    expect(parseVnd(' 38 000 ')).toBe(38_000);
    expect(parseVnd('007')).toBe(7);
    expect(parseVnd('₫')).toBeNull();
    expect(parseVnd('9'.repeat(20))).toBe(999_999_999_999_999);
  });
});
