import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import type { InquirySendInput } from '../../gql/graphql';
import { renderWithProviders } from '../../test-utils';
import { InquiryForm } from './InquiryForm';
import { InquirySendMutation } from './useInquirySend';

const PRODUCT_ID = 'T2NvcFByb2R1Y3Q6OQ==';
const TODAY = '2026-12-02';
const PROVINCES = [
  { code: '01', name: 'Hà Nội' },
  { code: '11', name: 'Điện Biên' },
];

type Answer =
  | { ok: true; token?: string | null }
  | { userErrors: Array<{ field: string[]; code: string; message: string; retryAfterSeconds?: number }> }
  | { networkError: true };

/**
 * The API as a list of answers, one per request in turn; every input sent is kept, so a test can
 * compare the idempotency keys of successive requests.
 */
function api(answers: Answer[]) {
  const sent: InquirySendInput[] = [];
  const record = (variables: Record<string, unknown>) => {
    sent.push((variables as { input: InquirySendInput }).input);
  };
  const mocks: MockLink.MockedResponse[] = answers.map((answer) => {
    // Answers take a moment, as over a network: a second click meanwhile meets a busy form.
    if ('networkError' in answer)
      return {
        // A `variables` callback keeps the input even when the answer is a failure.
        request: { query: InquirySendMutation, variables: (v) => (record(v), true) },
        delay: 100,
        error: new Error('Failed to fetch'),
      };
    return {
      request: { query: InquirySendMutation, variables: () => true },
      delay: 100,
      result: (variables) => {
        record(variables);
        const errors = 'userErrors' in answer ? answer.userErrors : [];
        const ok = 'ok' in answer;
        return {
          data: {
            inquirySend: {
              __typename: 'InquirySendPayload',
              buyerToken: ok ? (answer.token === undefined ? 'tok_Abc123' : answer.token) : null,
              inquiry: ok
                ? {
                    __typename: 'BuyerInquiry',
                    reference: 'YC-2026-000123',
                    status: 'NEW',
                    producer: { __typename: 'Producer', id: 'p1', name: 'HTX Séng Cù' },
                  }
                : null,
              userErrors: errors.map((e) => ({ __typename: 'UserError', retryAfterSeconds: null, ...e })),
            },
          },
        };
      },
    };
  });
  return { mocks, sent };
}

function renderForm(answers: Answer[], locale: 'vi' | 'en' = 'vi') {
  const { mocks, sent } = api(answers);
  renderWithProviders(
    <InquiryForm
      target={{ kind: 'product', id: PRODUCT_ID }}
      producerName="HTX Séng Cù"
      regarding="Gạo Séng Cù"
      provinces={PROVINCES}
    />,
    { mocks, today: TODAY, locale },
  );
  return sent;
}

async function fill(label: string | RegExp, text: string) {
  const input = screen.getByLabelText(label);
  await userEvent.clear(input);
  await userEvent.type(input, text);
}

async function fillValid() {
  await fill('Số lượng', '500');
  await fill('Đơn vị', 'kg');
  await userEvent.selectOptions(screen.getByLabelText('Giao hàng tới tỉnh/thành'), '01');
  await fill(/^Lời nhắn/, 'Cần báo giá gạo cho chuỗi siêu thị.');
  await fill(/^Họ tên/, 'Nguyễn Thị Mai');
  await fill('Đơn vị / cửa hàng', 'Siêu thị Xanh');
  await fill('Số điện thoại', '0912 345 678');
  await userEvent.click(screen.getByRole('radio', { name: 'Zalo' }));
  await userEvent.click(screen.getByRole('checkbox', { name: /Tôi đồng ý/ }));
}

const submit = () => userEvent.click(screen.getByRole('button', { name: 'Gửi yêu cầu' }));

describe('InquiryForm', () => {
  it('sends what, how much, where, who and the consent, then shows the private link once with a copy button', async () => {
    const sent = renderForm([{ ok: true }]);
    await fillValid();
    await submit();
    const heading = await screen.findByRole('heading', { name: /Đã gửi yêu cầu YC-2026-000123/ });
    // Focus moves in an effect after the render: wait for it, not for the first frame.
    await waitFor(() => expect(heading).toHaveFocus());
    const link = screen.getByTestId('inquiry-private-link');
    expect(link).toHaveAttribute('href', '/inquiry/tok_Abc123');
    expect(link).toHaveTextContent(`${window.location.origin}/inquiry/tok_Abc123`);
    expect(screen.getByText(/Hãy lưu lại đường dẫn này/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sao chép đường dẫn' })).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      productId: PRODUCT_ID,
      listingId: null,
      producerId: null,
      quantity: 500,
      unit: 'kg',
      deliveryProvinceCode: '01',
      wantedBy: null,
      message: 'Cần báo giá gạo cho chuỗi siêu thị.',
      buyerName: 'Nguyễn Thị Mai',
      organisation: 'Siêu thị Xanh',
      phone: '0912 345 678',
      email: null,
      preferredChannel: 'ZALO',
      consentToShare: true,
      website: null,
      locale: 'vi',
    });
    expect(sent[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('copies the link to the clipboard', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
      configurable: true,
    });
    renderForm([{ ok: true }]);
    await fillValid();
    await submit();
    await userEvent.click(await screen.findByRole('button', { name: 'Sao chép đường dẫn' }));
    expect(copied).toEqual([`${window.location.origin}/inquiry/tok_Abc123`]);
    expect(await screen.findByRole('button', { name: '✓ Đã sao chép' })).toBeInTheDocument();
  });

  it('checks before sending: message, name, a contact for the channel chosen, the consent, quantity and a day not before the platform’s today', async () => {
    const sent = renderForm([]);
    await fill('Số lượng', '-3');
    // Typed past the picker's minimum (a keyboard can): the form still refuses it.
    fireEvent.change(screen.getByLabelText('Cần trước ngày'), { target: { value: '2026-12-01' } });
    await userEvent.click(screen.getByRole('radio', { name: 'Email' }));
    await fill('Số điện thoại', '0912345678');
    await submit();
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent('Chưa gửi được: có 6 chỗ cần sửa.');
    expect(screen.getByLabelText('Số lượng')).toHaveAccessibleDescription('Hãy nhập một số lớn hơn 0.');
    expect(screen.getByLabelText('Cần trước ngày')).toHaveAccessibleDescription(
      expect.stringContaining('Ngày cần không được sớm hơn hôm nay (02/12/2026).'),
    );
    expect(screen.getByLabelText(/^Lời nhắn/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Họ tên/)).toHaveAccessibleDescription('Không được để trống mục này.');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
      'Để liên hệ qua email, hãy nhập email.',
    );
    expect(screen.getByRole('checkbox', { name: /Tôi đồng ý/ })).toHaveAccessibleDescription(
      'Cần bạn đồng ý để gửi thông tin liên hệ cho chủ thể.',
    );
    // Each entry of the summary leads to its field.
    expect(within(summary).getByRole('link', { name: 'Hãy nhập một số lớn hơn 0.' })).toHaveAttribute(
      'href',
      '#inquiry-quantity',
    );
    expect(sent).toHaveLength(0);
  });

  it('asks for a phone or an email when neither is given', async () => {
    renderForm([]);
    await fill(/^Lời nhắn/, 'Báo giá');
    await fill(/^Họ tên/, 'Mai');
    await userEvent.click(screen.getByRole('checkbox', { name: /Tôi đồng ý/ }));
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Hãy nhập số điện thoại hoặc email.');
    expect(screen.getByLabelText('Số điện thoại')).toHaveAccessibleDescription(
      expect.stringContaining('Hãy nhập số điện thoại hoặc email.'),
    );
  });

  it('shows the API’s user errors under their fields, and a blocked sender above the form', async () => {
    renderForm([
      {
        userErrors: [
          { field: ['input', 'phone'], code: 'INVALID', message: 'Số điện thoại không đúng dạng Việt Nam.' },
          { field: ['input', 'message'], code: 'TOO_LONG', message: 'Quá dài' },
          { field: ['input'], code: 'SENDER_BLOCKED', message: 'blocked' },
        ],
      },
    ]);
    await fillValid();
    await submit();
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Chưa gửi được: có 3 chỗ cần sửa.');
    expect(summary).toHaveTextContent('Chủ thể này không nhận yêu cầu từ số điện thoại hoặc email này.');
    expect(screen.getByLabelText('Số điện thoại')).toHaveAccessibleDescription(
      expect.stringContaining('Số điện thoại không đúng dạng Việt Nam.'),
    );
    expect(screen.getByLabelText(/^Lời nhắn/)).toHaveAccessibleDescription(
      expect.stringContaining('Nội dung quá dài.'),
    );
    expect(screen.getByLabelText(/^Họ tên/)).not.toHaveAttribute('aria-invalid');
  });

  it('keeps one idempotency key across a double click, a throttled try and a network failure, so a retry makes one inquiry', async () => {
    const sent = renderForm([
      { userErrors: [{ field: ['input'], code: 'THROTTLED', message: 'wait', retryAfterSeconds: 120 }] },
      { networkError: true },
      { ok: true },
    ]);
    await fillValid();
    // A double click: the second is ignored while the first is on its way.
    const button = screen.getByRole('button', { name: 'Gửi yêu cầu' });
    await userEvent.dblClick(button);
    expect(button).toBeDisabled();
    expect(button).toHaveTextContent('Đang gửi…');
    expect(await screen.findByRole('alert')).toHaveTextContent('Hãy thử lại sau 2 phút.');
    expect(sent).toHaveLength(1);
    // The buyer edits their message after the refusal: still the same form, the same key.
    await fill(/^Lời nhắn/, 'Cần báo giá gạo, 500 kg.');
    await submit();
    expect(await screen.findByText('Không gửi được. Vui lòng thử lại.')).toBeInTheDocument();
    await submit();
    expect(await screen.findByRole('heading', { name: /Đã gửi yêu cầu/ })).toBeInTheDocument();
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((input) => input.idempotencyKey)).size).toBe(1);
  });

  it('takes a new key only when the API says the key was used for other content, and says so', async () => {
    const sent = renderForm([
      {
        userErrors: [
          { field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED', message: 'reused' },
        ],
      },
      { ok: true },
    ]);
    await fillValid();
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent(/Bấm gửi lần nữa/);
    await submit();
    expect(await screen.findByRole('heading', { name: /Đã gửi yêu cầu/ })).toBeInTheDocument();
    expect(sent[1]!.idempotencyKey).not.toBe(sent[0]!.idempotencyKey);
  });

  it('hides the honeypot from people and screen readers: off-screen, aria-hidden, out of the tab order', async () => {
    const sent = renderForm([{ ok: true }]);
    const honeypot = screen.getByTestId('inquiry-honeypot');
    expect(honeypot).toHaveAttribute('aria-hidden', 'true');
    expect(honeypot).toHaveClass('inquiry-hp');
    const input = within(honeypot).getByLabelText('Trang web (để trống)');
    expect(input).toHaveAttribute('tabindex', '-1');
    expect(input).toHaveAttribute('autocomplete', 'off');
    // Not in the accessibility tree: no role query finds it.
    expect(screen.queryByRole('textbox', { name: /Trang web/ })).not.toBeInTheDocument();
    // Tabbing through the whole form never lands on it.
    const visited: Element[] = [];
    for (let i = 0; i < 30; i++) {
      await userEvent.tab();
      visited.push(document.activeElement!);
    }
    expect(visited).not.toContain(input);
    // A robot fills it: the form sends it as it is (the API answers like a success and stores nothing).
    await fillValid();
    fireEvent.change(input, { target: { value: 'http://spam.example' } });
    await submit();
    await screen.findByRole('heading', { name: /Đã gửi yêu cầu/ });
    expect(sent[0]!.website).toBe('http://spam.example');
  });

  it('speaks English, and sends the buyer’s language', async () => {
    const { mocks, sent } = api([{ ok: true }]);
    renderWithProviders(
      <InquiryForm
        target={{ kind: 'listing', id: 'L1' }}
        producerName="HTX Séng Cù"
        regarding={null}
        provinces={PROVINCES}
      />,
      { mocks, today: TODAY, locale: 'en' },
    );
    await fill(/^Message/, 'Quote please');
    await fill(/^Your name/, 'Mai');
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'mai@example.vn');
    await userEvent.click(screen.getByRole('radio', { name: 'Email' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /I agree/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByRole('heading', { name: /Request YC-2026-000123 sent/ })).toBeInTheDocument();
    expect(sent[0]).toMatchObject({
      listingId: 'L1',
      productId: null,
      email: 'mai@example.vn',
      locale: 'en',
    });
  });
});
