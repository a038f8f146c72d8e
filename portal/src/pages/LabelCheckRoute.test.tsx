import { StrictMode } from 'react';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/i18n';
import { renderWithProviders } from '../test-utils';
import { forgetLabelChecks, LabelCheckMutation } from '../components/labels/labelCheck';
import LabelCheckRoute from './LabelCheckRoute';

const CODE = 'ABCDEFGHJKMNP';
const PRODUCT_ID = 'T2NvcFByb2R1Y3Q6OQ==';
const PRODUCER_ID = 'UHJvZHVjZXI6Mw==';

/** A whole answer of the API, the genuine label of a known product, with `changes` on top. */
function check(changes: Record<string, unknown> = {}) {
  return {
    __typename: 'LabelCheck',
    verdict: 'GENUINE',
    message: 'Tem do nền tảng cấp cho sản phẩm Trà Shan tuyết.',
    code: 'ABCD-EFGH-JKMNP',
    checkedOn: '2030-05-10',
    productId: PRODUCT_ID,
    productName: 'Trà Shan tuyết',
    stars: 4,
    photoUrl: '/media/tra.jpg',
    producerId: PRODUCER_ID,
    producerName: 'HTX Chè Suối Giàng',
    certificateNumber: 'OCOP-15-2029-0007',
    certificateStatus: 'VALID',
    certificateExpiresOn: '2032-01-01',
    lotNumber: 'L-2030-05',
    producedOn: '2030-05-01',
    bestBefore: '2031-05-01',
    serial: 17,
    itemCount: 500,
    recalledAt: null,
    recallReason: null,
    checkCount: 1,
    firstCheckedAt: '2030-05-10T03:00:00.000Z',
    copyWarning: false,
    ...changes,
  };
}

/** The API's answers in turn (an Error is a network failure); `sent` counts the checks sent. */
function api(answers: Array<Record<string, unknown> | Error>) {
  const state = { sent: 0 };
  // Counted when a request arrives (matched), not when it is answered: a second request sent at
  // once would be counted before the first answer is shown.
  const request = {
    query: LabelCheckMutation,
    variables: (v: Record<string, unknown>) => v['code'] === CODE && ++state.sent > 0,
  };
  const mocks: MockLink.MockedResponse[] = answers.map((answer) =>
    answer instanceof Error
      ? { request, error: answer }
      : { request, result: { data: { labelCodeCheck: answer } } },
  );
  return { mocks, state };
}

function renderCheck(answers: Array<Record<string, unknown> | Error>, locale: Locale = 'vi') {
  const { mocks, state } = api(answers);
  renderWithProviders(
    <StrictMode>
      <LabelCheckRoute />
    </StrictMode>,
    { url: `/c/${CODE}`, path: '/c/:code', mocks, locale },
  );
  return state;
}

const verdict = () => screen.findByRole('region', { name: /./ });

// React's StrictMode at the root, as main.tsx renders the portal: effects run twice on mount.
configure({ reactStrictMode: true });
beforeEach(() => forgetLabelChecks());

describe('LabelCheckRoute', () => {
  it('shows a genuine label first, then its facts, then the photo (lazy, sized), and counts one check under StrictMode', async () => {
    const state = renderCheck([check(), check()]);
    const section = await verdict();
    expect(section).toHaveAttribute('data-verdict', 'GENUINE');
    const heading = within(section).getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('Tem thật');
    expect(within(section).getByText('Tem do nền tảng cấp cho sản phẩm Trà Shan tuyết.')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Trà Shan tuyết' })).toHaveAttribute(
      'href',
      `/products/${encodeURIComponent(PRODUCT_ID)}`,
    );
    expect(within(section).getByRole('link', { name: 'HTX Chè Suối Giàng' })).toHaveAttribute(
      'href',
      `/producers/${encodeURIComponent(PRODUCER_ID)}`,
    );
    expect(within(section).getByRole('img', { name: '4 sao' })).toBeInTheDocument();
    expect(within(section).getByText('ABCD-EFGH-JKMNP')).toBeInTheDocument();
    expect(within(section).getByText('OCOP-15-2029-0007')).toBeInTheDocument();
    expect(within(section).getByText('Hiệu lực đến 01/01/2032')).toBeInTheDocument();
    expect(within(section).getByText('L-2030-05')).toBeInTheDocument();
    expect(within(section).getByText('01/05/2030')).toBeInTheDocument();
    expect(within(section).getByText('01/05/2031')).toBeInTheDocument();
    expect(within(section).getByText('Tem 17 trên 500')).toBeInTheDocument();
    expect(within(section).getByText('Đây là lần kiểm tra đầu tiên của mã này.')).toBeInTheDocument();

    const photo = within(section).getByRole('img', { name: 'Ảnh sản phẩm Trà Shan tuyết' });
    expect(photo).toHaveAttribute('loading', 'lazy');
    expect(photo).toHaveAttribute('width');
    expect(photo).toHaveAttribute('height');
    // The verdict and the facts come before the photo in the page.
    const facts = within(section).getByText('Tem 17 trên 500');
    expect(heading.compareDocumentPosition(photo) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(facts.compareDocumentPosition(photo) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    expect(screen.getByRole('link', { name: 'Xem trang sản phẩm' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kiểm tra số chứng nhận hoặc mã khác' })).toHaveAttribute(
      'href',
      '/verify',
    );
    expect(state.sent).toBe(1);
  });

  it('warns that a label may have been copied, with how often and since when it was checked', async () => {
    renderCheck([
      check({
        verdict: 'SUSPECTED_COPY',
        copyWarning: true,
        checkCount: 4,
        firstCheckedAt: '2030-05-07T02:00:00.000Z',
      }),
    ]);
    const section = await verdict();
    expect(section).toHaveAttribute('data-verdict', 'SUSPECTED_COPY');
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Tem này có thể đã bị sao chép',
    );
    expect(
      within(section).getByText('Lần đầu được kiểm tra 3 ngày trước, đã kiểm tra 4 lần.'),
    ).toBeInTheDocument();
  });

  it('words the history in English with plurals', async () => {
    renderCheck([check({ checkCount: 2, firstCheckedAt: '2030-05-08T17:30:00.000Z' })], 'en');
    const section = await verdict();
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('Genuine label');
    // 17:30 UTC on 8 May is 00:30 on 9 May in Vietnam: one day before the check.
    expect(within(section).getByText('First checked 1 day ago, checked 2 times.')).toBeInTheDocument();
  });

  it('says a recalled batch with its reason, and a copy warning beside it', async () => {
    renderCheck([
      check({
        verdict: 'RECALLED',
        recalledAt: '2030-05-09T08:00:00.000Z',
        recallReason: 'Bao bì bị lỗi niêm phong',
        copyWarning: true,
        checkCount: 9,
        firstCheckedAt: '2030-05-10T01:00:00.000Z',
      }),
    ]);
    const section = await verdict();
    expect(section).toHaveAttribute('data-verdict', 'RECALLED');
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('Lô hàng đã bị thu hồi');
    expect(within(section).getByText('Bao bì bị lỗi niêm phong')).toBeInTheDocument();
    expect(within(section).getByText(/Thu hồi ngày 09\/05\/2030/)).toBeInTheDocument();
    expect(within(section).getByRole('note')).toHaveTextContent('tem có thể đã bị sao chép');
    expect(
      within(section).getByText('Lần đầu được kiểm tra hôm nay, đã kiểm tra 9 lần.'),
    ).toBeInTheDocument();
  });

  it('says when the certificate is no longer valid', async () => {
    renderCheck([
      check({
        verdict: 'CERTIFICATE_NOT_VALID',
        certificateStatus: 'EXPIRED',
        certificateExpiresOn: '2030-01-01',
      }),
    ]);
    const section = await verdict();
    expect(section).toHaveAttribute('data-verdict', 'CERTIFICATE_NOT_VALID');
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Chứng nhận OCOP không còn hiệu lực',
    );
    expect(within(section).getByText('Hết hạn')).toBeInTheDocument();
  });

  it('says an unknown code plainly, with no product', async () => {
    renderCheck([
      check({
        verdict: 'UNKNOWN',
        message: 'Không có tem nào mang mã này.',
        code: CODE,
        ...Object.fromEntries(
          [
            'productId',
            'productName',
            'stars',
            'photoUrl',
            'producerId',
            'producerName',
            'certificateNumber',
            'certificateStatus',
            'certificateExpiresOn',
            'lotNumber',
            'producedOn',
            'bestBefore',
            'serial',
            'itemCount',
            'checkCount',
            'firstCheckedAt',
          ].map((k) => [k, null]),
        ),
      }),
    ]);
    const section = await verdict();
    expect(section).toHaveAttribute('data-verdict', 'UNKNOWN');
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('Không tìm thấy mã này');
    expect(within(section).queryByRole('img')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Xem trang sản phẩm' })).toBeNull();
  });

  it('shows a network failure with a retry, which checks again', async () => {
    const state = renderCheck([new Error('offline'), check()]);
    const retry = await screen.findByRole('button', { name: 'Thử lại' });
    expect(state.sent).toBe(1);
    await userEvent.click(retry);
    const section = await verdict();
    expect(section).toHaveAttribute('data-verdict', 'GENUINE');
    expect(state.sent).toBe(2);
  });
});
