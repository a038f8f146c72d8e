import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test-utils';
import type { VndRefusal } from './parseVnd';
import { VndInput } from './VndInput';

type Seen = Array<[number | null, VndRefusal | null]>;

/** A VndInput holding its own value, reporting every value and refusal handed over. */
function Harness({ initial, seen }: { initial: number | null; seen: Seen }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label htmlFor="price">Giá</label>
      <VndInput
        id="price"
        value={value}
        onChange={(v, refusal) => {
          seen.push([v, refusal]);
          setValue(v);
        }}
      />
      <button type="button">next</button>
    </>
  );
}

describe('VndInput', () => {
  it('shows the amount it reads as it is typed, and hands over an integer', async () => {
    const seen: Seen = [];
    renderWithProviders(<Harness initial={null} seen={seen} />);
    const input = screen.getByLabelText('Giá');
    await userEvent.type(input, '38,5k');
    // What is typed stays as typed; the amount to be saved is said beside it.
    expect(input).toHaveValue('38,5k');
    expect(input).toHaveAccessibleDescription('= 38.500 ₫');
    expect(seen.at(-1)).toEqual([38_500, null]);
    await userEvent.clear(input);
    await userEvent.type(input, '1,2tr');
    expect(input).toHaveAccessibleDescription('= 1.200.000 ₫');
    expect(seen.at(-1)).toEqual([1_200_000, null]);
  });

  it('writes an amount read with thousands separators once the field is left', async () => {
    const seen: Seen = [];
    renderWithProviders(<Harness initial={null} seen={seen} />);
    const input = screen.getByLabelText('Giá');
    await userEvent.type(input, '38k');
    expect(input).toHaveValue('38k');
    await userEvent.click(screen.getByRole('button', { name: 'next' }));
    expect(input).toHaveValue('38.000');
    expect(seen.at(-1)).toEqual([38_000, null]);
  });

  it('refuses what it cannot read for sure, saying why, and keeps the amount it had', async () => {
    const seen: Seen = [];
    renderWithProviders(<Harness initial={45000} seen={seen} />);
    const input = screen.getByLabelText('Giá');
    expect(input).toHaveValue('45.000');
    expect(input).toHaveAccessibleDescription('= 45.000 ₫');

    await userEvent.clear(input);
    await userEvent.type(input, '-5000');
    expect(input).toHaveValue('-5000');
    expect(input).toHaveAccessibleDescription('Số tiền không được âm.');
    expect(seen.at(-1)).toEqual([null, 'negative']);

    await userEvent.clear(input);
    await userEvent.type(input, '38.000,50');
    expect(input).toHaveAccessibleDescription(/không có phần lẻ/);
    expect(seen.at(-1)?.[1]).toBe('fraction');

    await userEvent.clear(input);
    await userEvent.type(input, 'giá tốt');
    expect(input).toHaveAccessibleDescription(/Không đọc được số tiền/);
    expect(seen.at(-1)?.[1]).toBe('unreadable');
    // Leaving the field does not rewrite a refused text.
    await userEvent.click(screen.getByRole('button', { name: 'next' }));
    expect(input).toHaveValue('giá tốt');
  });

  it('is null once emptied', async () => {
    const seen: Seen = [];
    renderWithProviders(<Harness initial={45000} seen={seen} />);
    const input = screen.getByLabelText('Giá');
    await userEvent.clear(input);
    expect(input).toHaveValue('');
    expect(seen.at(-1)).toEqual([null, null]);
  });

  it('uses the reader’s separators and words in English', async () => {
    renderWithProviders(<Harness initial={1250000} seen={[]} />, { locale: 'en' });
    const input = screen.getByLabelText('Giá');
    expect(input).toHaveValue('1,250,000');
    await userEvent.clear(input);
    await userEvent.type(input, '-1');
    expect(input).toHaveAccessibleDescription('The amount cannot be negative.');
  });
});
