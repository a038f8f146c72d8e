import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test-utils';
import { Stars } from './Stars';
import { EmptyState, ErrorState, Loading } from './PageState';

describe('Stars', () => {
  it('shows one mark per star and names the count for screen readers', () => {
    renderWithProviders(<Stars count={4} />);
    // An image with a name: a label on a span without a role is not announced (axe: aria-prohibited-attr).
    const stars = screen.getByRole('img', { name: '4 sao' });
    expect(stars).toHaveTextContent('★★★★');
  });

  it('says "not rated" without stars, in the chosen language', () => {
    renderWithProviders(<Stars count={null} />, { locale: 'en' });
    expect(screen.getByText('Not rated')).toBeInTheDocument();
  });
});

describe('page states', () => {
  it('loading is announced as a status', () => {
    renderWithProviders(<Loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải…');
  });

  it('an error is an alert with a retry button that calls back', async () => {
    let retried = 0;
    renderWithProviders(<ErrorState onRetry={() => (retried += 1)} />, { locale: 'en' });
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load the data');
    screen.getByRole('button', { name: 'Try again' }).click();
    expect(retried).toBe(1);
  });

  it('an empty state says what is empty', () => {
    renderWithProviders(<EmptyState title="Không có sản phẩm nào" />);
    expect(screen.getByText('Không có sản phẩm nào')).toBeInTheDocument();
  });
});
