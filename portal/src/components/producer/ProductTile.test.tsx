import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import type { CertificateStatus } from '../../gql/graphql';
import { renderWithProviders } from '../../test-utils';
import { ContactCard, ContactCard_contact, telHref, websiteHref } from './ContactCard';
import { ProductTile, ProductTile_product } from './ProductTile';

function product(status: CertificateStatus | null, revokedOn: string | null = null) {
  return makeFragmentData(
    {
      __typename: 'OcopProduct',
      id: 'T2NvcFByb2R1Y3Q6MQ==',
      name: 'Gạo Séng Cù Điện Biên',
      nameEn: null,
      coverPhoto: null,
      stars: 4,
      certificateStatus: status,
      currentCertificate: status
        ? { __typename: 'OcopCertificate', id: 'c1', expiresOn: '2024-09-12', revokedOn }
        : null,
      classification: null,
      producer: { __typename: 'Producer', id: 'p1', name: 'HTX Nông nghiệp Séng Cù Mường Thanh' },
    },
    ProductTile_product,
  );
}

/** The platform's day in these tests: before the certificate's expiry (2024-09-12); never the real date. */
const TODAY = '2024-05-01';

describe('ProductTile', () => {
  it('links to the product and says until when a valid certificate holds', () => {
    renderWithProviders(<ProductTile product={product('VALID')} showProducer />, { today: TODAY });
    expect(screen.getByRole('link', { name: 'Gạo Séng Cù Điện Biên' })).toHaveAttribute(
      'href',
      '/products/T2NvcFByb2R1Y3Q6MQ%3D%3D',
    );
    expect(screen.getByLabelText('4 sao')).toBeInTheDocument();
    expect(screen.getByText('HTX Nông nghiệp Séng Cù Mường Thanh')).toBeInTheDocument();
    const badge = document.querySelector('[data-status]')!;
    expect(badge).toHaveTextContent('Chứng nhận OCOP: Còn hiệu lực đến 12/09/2024');
    expect(badge).toHaveClass('badge-valid');
  });

  it.each([
    ['EXPIRED', null, 'Hết hạn từ 12/09/2024', 'badge-expired'],
    ['REVOKED', '2023-04-10', 'Bị thu hồi từ 10/04/2023', 'badge-revoked'],
    [null, null, 'Chưa được chứng nhận', 'badge-superseded'],
  ] as const)('never shows a %s certificate as valid', (status, revokedOn, text, className) => {
    renderWithProviders(<ProductTile product={product(status, revokedOn)} />, { today: TODAY });
    const badge = document.querySelector('[data-status]')!;
    expect(badge).toHaveTextContent(text);
    expect(badge).toHaveClass(className);
    expect(badge).not.toHaveTextContent(/hiệu lực/);
    expect(badge).not.toHaveClass('badge-valid');
  });
});

describe("ProductTile on the platform's day", () => {
  it('reads a VALID certificate past its expiry as expired, and says "checking" while the day is unknown', () => {
    const { unmount } = renderWithProviders(<ProductTile product={product('VALID')} />, {
      today: '2024-09-12',
    });
    expect(document.querySelector('[data-status]')).toHaveAttribute('data-status', 'EXPIRED');
    expect(document.querySelector('[data-status]')).toHaveTextContent('Hết hạn từ 12/09/2024');
    unmount();
    renderWithProviders(<ProductTile product={product('VALID')} />);
    expect(document.querySelector('[data-status]')).toHaveAttribute('data-status', 'UNCONFIRMED');
    expect(document.querySelector('[data-status]')).not.toHaveClass('badge-valid');
  });
});

describe('ContactCard', () => {
  it('turns the contact into tel:, mailto: and website links', () => {
    const contact = makeFragmentData(
      {
        __typename: 'ProducerContact',
        representative: 'Nguyễn Văn Thắng',
        phone: '0215 382 7465',
        email: 'htx@sengcu.vn',
        website: 'sengcu.vn',
        address: 'Đội 7, xã Thanh Xương',
      },
      ContactCard_contact,
    );
    renderWithProviders(<ContactCard contact={contact} name="HTX Séng Cù" />);
    expect(screen.getByRole('link', { name: 'Gọi HTX Séng Cù: 0215 382 7465' })).toHaveAttribute(
      'href',
      'tel:02153827465',
    );
    expect(screen.getByRole('link', { name: /htx@sengcu.vn/ })).toHaveAttribute(
      'href',
      'mailto:htx@sengcu.vn',
    );
    const website = screen.getByRole('link', { name: /^sengcu\.vn\s*\(mở trong thẻ mới\)$/ });
    expect(website).toHaveAttribute('href', 'https://sengcu.vn/');
    expect(website).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('Nguyễn Văn Thắng')).toBeInTheDocument();
  });

  it('refuses addresses that are not web pages', () => {
    expect(websiteHref('javascript:alert(1)')).toBeNull();
    expect(websiteHref('http://htx.vn/gioi-thieu')).toBe('http://htx.vn/gioi-thieu');
    expect(telHref('+84 215 (382) 7465')).toBe('tel:+842153827465');
  });
});
