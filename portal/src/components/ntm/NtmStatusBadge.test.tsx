import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NtmStatus } from '../../gql/graphql';
import { renderWithProviders } from '../../test-utils';
import { NtmStatusBadge } from './NtmStatusBadge';

const CASES: Array<[NtmStatus, string, string]> = [
  ['NONE', 'Chưa đạt chuẩn NTM', 'Not at NTM standard'],
  ['STANDARD', 'Đạt chuẩn NTM', 'NTM standard'],
  ['ADVANCED', 'NTM nâng cao', 'Advanced NTM'],
  ['MODEL', 'NTM kiểu mẫu', 'Model NTM'],
];

describe('NtmStatusBadge', () => {
  it.each(CASES)('names %s in words, in Vietnamese and in English', (status, vi, en) => {
    const { container, unmount } = renderWithProviders(<NtmStatusBadge status={status} />);
    const badge = container.querySelector('.ntm-badge');
    expect(badge).toHaveTextContent(vi);
    expect(badge).toHaveClass(`ntm-${status.toLowerCase()}`);
    expect(badge).toHaveAttribute('data-status', status);
    unmount();

    renderWithProviders(<NtmStatusBadge status={status} />, { locale: 'en' });
    expect(screen.getByText(en)).toBeInTheDocument();
  });

  it('gives each status its own look, not only its own colour', () => {
    const classes = CASES.map(([status]) => {
      const { container, unmount } = renderWithProviders(<NtmStatusBadge status={status} />);
      const badge = container.querySelector('.ntm-badge')!;
      const result = { className: badge.className, mark: badge.querySelector('[aria-hidden]')?.textContent };
      unmount();
      return result;
    });
    expect(new Set(classes.map((c) => c.className)).size).toBe(4);
    expect(new Set(classes.map((c) => c.mark)).size).toBe(4);
  });
});
