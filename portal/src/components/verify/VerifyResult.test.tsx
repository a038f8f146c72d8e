import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import type { VerifyResult_VerificationFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test-utils';
import VerifyRoute, { VerifyRouteQuery } from '../../pages/VerifyRoute';
import { VerifyResult, VerifyResult_verification } from './VerifyResult';

const TODAY = '2026-11-28';

// Nested objects carry their __typename (as the API sends them, for the cache of the route test);
// declared apart, they pass the fragment's type, which does not list it.
const CERTIFICATE = {
  __typename: 'OcopCertificate',
  id: 'c1',
  certificateNumber: 'OCOP-11-2025-0001',
  decisionNumber: '1526/QĐ-UBND',
  decisionDate: '2025-09-12',
  expiresOn: '2028-09-12',
  issuerName: 'UBND tỉnh Điện Biên',
  revocationReason: null,
};
const PRODUCT = { __typename: 'OcopProduct', id: 'p1', name: 'Gạo Séng Cù Điện Biên' };
const PRODUCER = { __typename: 'Producer', id: 'h1', name: 'HTX Nông nghiệp Séng Cù Mường Thanh' };
const CURRENT = {
  __typename: 'OcopCertificate',
  id: 'c2',
  certificateNumber: 'OCOP-11-2025-0001',
  status: 'VALID' as const,
  expiresOn: '2028-09-12',
};

const BASE: VerifyResult_VerificationFragment = {
  number: 'OCOP-11-2025-0001',
  genuine: true,
  status: 'VALID',
  message: 'Chứng nhận OCOP hợp lệ đến 12/09/2028: Gạo Séng Cù Điện Biên, 4 sao.',
  messageEn: 'Valid OCOP certificate until 12 September 2028: Gạo Séng Cù Điện Biên, 4 stars.',
  checkedOn: TODAY,
  expiresOn: '2028-09-12',
  expiredOn: null,
  revokedOn: null,
  supersededOn: null,
  stars: 4,
  certificate: CERTIFICATE,
  currentCertificate: null,
  product: PRODUCT,
  producer: PRODUCER,
};

function renderResult(data: Partial<VerifyResult_VerificationFragment>, locale: 'vi' | 'en' = 'vi') {
  const verification = makeFragmentData({ ...BASE, ...data }, VerifyResult_verification);
  return renderWithProviders(<VerifyResult verification={verification} today={TODAY} />, { locale });
}

function outcome(): string | undefined {
  return screen.getByRole('heading', { level: 2 }).closest('section')?.dataset['outcome'];
}

describe('VerifyResult', () => {
  it('a valid certificate: green, "valid until", product, producer and stars', () => {
    renderResult({});
    expect(outcome()).toBe('VALID');
    expect(screen.getByRole('heading', { name: 'Chứng nhận OCOP hợp lệ' })).toBeInTheDocument();
    expect(screen.getByText('Hàng được chứng nhận, còn hiệu lực đến 12/09/2028.')).toBeInTheDocument();
    expect(screen.getByText(BASE.message)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gạo Séng Cù Điện Biên' })).toHaveAttribute(
      'href',
      '/products/p1',
    );
    expect(screen.getByRole('link', { name: 'HTX Nông nghiệp Séng Cù Mường Thanh' })).toHaveAttribute(
      'href',
      '/producers/h1',
    );
    expect(screen.getByLabelText('4 sao')).toBeInTheDocument();
  });

  it('an expired certificate: "expired since" with the day, never "valid"', () => {
    renderResult({
      status: 'EXPIRED',
      expiredOn: '2023-06-19',
      message: 'Đã hết hạn từ 19/06/2023: …',
    });
    expect(outcome()).toBe('EXPIRED');
    expect(screen.getByRole('heading', { name: 'Chứng nhận đã hết hạn' })).toBeInTheDocument();
    expect(screen.getByText('Hết hiệu lực từ 19/06/2023.')).toBeInTheDocument();
    expect(screen.queryByText(/hợp lệ/)).not.toBeInTheDocument();
  });

  it('a revoked certificate: the day and the reason', () => {
    renderResult({
      status: 'REVOKED',
      revokedOn: '2025-04-10',
      certificate: { ...CERTIFICATE, revocationReason: 'Không duy trì điều kiện an toàn thực phẩm.' },
    });
    expect(outcome()).toBe('REVOKED');
    expect(screen.getByRole('heading', { name: 'Chứng nhận đã bị thu hồi' })).toBeInTheDocument();
    expect(screen.getByText('Bị thu hồi ngày 10/04/2025.')).toBeInTheDocument();
    expect(screen.getByText('Không duy trì điều kiện an toàn thực phẩm.')).toBeInTheDocument();
  });

  it('a superseded certificate links to the current one', () => {
    renderResult({
      number: 'OCOP-11-2022-0001',
      status: 'SUPERSEDED',
      supersededOn: '2025-09-12',
      currentCertificate: CURRENT,
    });
    expect(outcome()).toBe('SUPERSEDED');
    expect(screen.getByText('Được thay bằng chứng nhận mới ngày 12/09/2025.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'OCOP-11-2025-0001' })).toHaveAttribute(
      'href',
      '/verify/OCOP-11-2025-0001',
    );
  });

  it('an unknown number: not found, with the API message in the chosen language', () => {
    renderResult(
      {
        number: 'XYZ-1',
        genuine: false,
        status: null,
        stars: null,
        certificate: null,
        product: null,
        producer: null,
        message: 'Không tìm thấy số chứng nhận này.',
        messageEn: 'This certificate number was not found.',
      },
      'en',
    );
    expect(outcome()).toBe('UNKNOWN');
    expect(screen.getByRole('heading', { name: 'Certificate not found' })).toBeInTheDocument();
    expect(screen.getByText('This certificate number was not found.')).toBeInTheDocument();
    expect(screen.queryByText('Không tìm thấy số chứng nhận này.')).not.toBeInTheDocument();
    expect(screen.getByText('XYZ-1')).toBeInTheDocument();
  });

  it('a VALID answer whose validity has ended by today reads as expired', () => {
    renderResult({ expiresOn: TODAY });
    expect(outcome()).toBe('EXPIRED');
    expect(screen.queryByRole('heading', { name: 'Chứng nhận OCOP hợp lệ' })).not.toBeInTheDocument();
  });
});

describe('VerifyRoute', () => {
  it('checks the number in the URL (from a QR code) and shows the answer', async () => {
    renderWithProviders(<VerifyRoute />, {
      url: '/verify/OCOP-11-2025-0001',
      path: '/verify/:number',
      mocks: [
        {
          request: { query: VerifyRouteQuery, variables: { number: 'OCOP-11-2025-0001' } },
          result: {
            data: {
              verifyOcopCertificate: {
                __typename: 'CertificateVerification',
                ...BASE,
                checkedOn: '2026-01-01',
              },
            },
          },
        },
      ],
    });
    expect(screen.getByRole('status')).toHaveTextContent('Đang kiểm tra…');
    expect(await screen.findByRole('heading', { name: 'Chứng nhận OCOP hợp lệ' })).toBeInTheDocument();
    expect(screen.getByLabelText('Số chứng nhận OCOP')).toHaveValue('OCOP-11-2025-0001');
  });

  it('asks for a number when the form is sent empty', async () => {
    renderWithProviders(<VerifyRoute />, { url: '/verify', path: '/verify' });
    await userEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Hãy nhập số chứng nhận in trên nhãn.');
    expect(screen.getByLabelText('Số chứng nhận OCOP')).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows an error with a retry when the check fails', async () => {
    renderWithProviders(<VerifyRoute />, {
      url: '/verify/OCOP-1',
      path: '/verify/:number',
      mocks: [
        {
          request: { query: VerifyRouteQuery, variables: { number: 'OCOP-1' } },
          error: new Error('offline'),
        },
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tải được dữ liệu');
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });
});
