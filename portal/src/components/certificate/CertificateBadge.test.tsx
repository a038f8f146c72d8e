import { screen } from '@testing-library/react';
import { useQuery } from '@apollo/client/react';
import { describe, expect, it } from 'vitest';
import { PlatformTodayQuery } from '../../app/platformToday';
import type { CertificateStatus } from '../../gql/graphql';
import { renderWithProviders } from '../../test-utils';
import { CertificateBadge } from './CertificateBadge';
import { badgeStatus } from './certificateStatus';

const TODAY = '2026-11-28';

describe('CertificateBadge', () => {
  it.each<[CertificateStatus | null, string, string]>([
    ['VALID', 'Còn hiệu lực', 'Valid'],
    ['EXPIRED', 'Hết hạn', 'Expired'],
    ['REVOKED', 'Đã thu hồi', 'Revoked'],
    ['SUPERSEDED', 'Đã được thay thế', 'Superseded'],
    [null, 'Chưa chứng nhận', 'Not certified'],
  ])('shows %s as "%s" / "%s"', (status, vi, en) => {
    const { unmount } = renderWithProviders(
      <CertificateBadge status={status} expiresOn="2028-09-12" today={TODAY} />,
    );
    const badge = screen.getByText(vi);
    expect(badge).toHaveAttribute('data-status', status ?? 'NONE');
    expect(badge).toHaveClass(`badge-${(status ?? 'NONE').toLowerCase()}`);
    unmount();
    renderWithProviders(<CertificateBadge status={status} expiresOn="2028-09-12" today={TODAY} />, {
      locale: 'en',
    });
    expect(screen.getByText(en)).toHaveAttribute('data-status', status ?? 'NONE');
  });

  it('never shows a certificate past its expiry as valid, even when the status says VALID', () => {
    // expiresOn is the first day the certificate is no longer valid.
    renderWithProviders(
      <>
        <CertificateBadge status="VALID" expiresOn="2026-11-28" today={TODAY} />
        <CertificateBadge status="VALID" expiresOn="2024-01-01" today={TODAY} />
        <CertificateBadge status="VALID" expiresOn="2026-11-29" today={TODAY} />
      </>,
    );
    expect(screen.getAllByText('Hết hạn')).toHaveLength(2);
    expect(screen.getAllByText('Còn hiệu lực')).toHaveLength(1);
    expect(screen.queryAllByText('Hết hạn').every((el) => el.dataset['status'] === 'EXPIRED')).toBe(true);
  });

  it('says the status in words, not by colour alone', () => {
    renderWithProviders(
      <CertificateBadge status="REVOKED" expiresOn="2026-12-08" today={TODAY} size="large" />,
    );
    expect(screen.getByText('Đã thu hồi')).toHaveClass('badge-large');
  });
});

describe('badgeStatus', () => {
  it('follows the API status otherwise', () => {
    expect(badgeStatus('VALID', '2028-09-12', TODAY)).toBe('VALID');
    expect(badgeStatus('REVOKED', '2020-01-01', TODAY)).toBe('REVOKED');
    expect(badgeStatus('SUPERSEDED', '2020-01-01', TODAY)).toBe('SUPERSEDED');
    expect(badgeStatus('EXPIRED', '2030-01-01', TODAY)).toBe('EXPIRED');
    expect(badgeStatus(undefined, null, TODAY)).toBe('NONE');
  });

  it("never says VALID while the platform's day is unknown", () => {
    expect(badgeStatus('VALID', '2028-09-12', null)).toBe('UNCONFIRMED');
    expect(badgeStatus('REVOKED', '2028-09-12', null)).toBe('REVOKED');
    expect(badgeStatus(null, null, null)).toBe('NONE');
  });
});

describe("CertificateBadge on the platform's day (usePlatformToday)", () => {
  it("reads the day from the cache, not from the browser's clock", () => {
    // A day far from the machine's: the result can only come from the cache.
    renderWithProviders(
      <>
        <CertificateBadge status="VALID" expiresOn="2040-01-02" />
        <CertificateBadge status="VALID" expiresOn="2040-01-01" />
      </>,
      { today: '2040-01-01' },
    );
    expect(screen.getByText('Còn hiệu lực')).toHaveAttribute('data-status', 'VALID');
    expect(screen.getByText('Hết hạn')).toHaveAttribute('data-status', 'EXPIRED');
  });

  it('follows a day the route query brings, and says "checking" until then', async () => {
    renderWithProviders(<BadgeAfterQuery />, {
      mocks: [
        { request: { query: PlatformTodayQuery }, result: { data: { today: '2031-03-01' } }, delay: 20 },
      ],
    });
    expect(screen.getByText('Đang kiểm tra hiệu lực')).toHaveAttribute('data-status', 'UNCONFIRMED');
    expect(screen.queryByText('Còn hiệu lực')).toBeNull();
    expect(await screen.findByText('Hết hạn')).toHaveAttribute('data-status', 'EXPIRED');
  });
});

/** A route stand-in: its query selects `today`; the badge below reads it from the cache. */
function BadgeAfterQuery() {
  useQuery(PlatformTodayQuery, { fetchPolicy: 'network-only' });
  return <CertificateBadge status="VALID" expiresOn="2031-03-01" />;
}
