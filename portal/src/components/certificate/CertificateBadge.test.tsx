import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CertificateStatus } from '../../gql/graphql';
import { renderWithProviders } from '../../test-utils';
import { CertificateBadge } from './CertificateBadge';
import { badgeStatus, todayInVietnam } from './certificateStatus';

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

  it('takes today in Vietnam (UTC+7), not in UTC', () => {
    expect(todayInVietnam(new Date('2026-11-28T16:59:59Z'))).toBe('2026-11-28');
    expect(todayInVietnam(new Date('2026-11-28T17:00:00Z'))).toBe('2026-11-29');
  });
});
