import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it, vi } from 'vitest';
import type { LabelBatchCreateInput } from '../../gql/graphql';
import { renderWithProviders } from '../../test-utils';
import { LabelBatchForm, type BatchProduct } from './LabelBatchForm';
import { LabelBatchCreateMutation } from './useLabelBatchCreate';

const TODAY = '2030-05-10';
const PRODUCTS: BatchProduct[] = [
  {
    id: 'P1',
    name: 'Trà Shan tuyết',
    certificateStatus: 'VALID',
    listings: [{ id: 'L1', unit: 'hộp 100 g' }],
  },
  { id: 'P2', name: 'Mật ong bạc hà', certificateStatus: 'EXPIRED', listings: [] },
];

type Answer = { batch?: boolean; userErrors?: Array<{ field: string[]; code: string; message: string }> };

/** The API's answers in turn; every input sent is kept. */
function api(answers: Answer[]) {
  const sent: LabelBatchCreateInput[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: LabelBatchCreateMutation, variables: () => true },
    maxUsageCount: Math.max(1, answers.length),
    result: (variables) => {
      const input = (variables as { input: LabelBatchCreateInput }).input;
      sent.push(input);
      const answer = answers[sent.length - 1]!;
      return {
        data: {
          labelBatchCreate: {
            __typename: 'LabelBatchCreatePayload',
            batch: answer.batch
              ? {
                  __typename: 'LabelBatch',
                  id: 'TGFiZWxCYXRjaDox',
                  lotNumber: input.lotNumber,
                  itemCount: input.itemCount,
                  product: {
                    __typename: 'OcopProduct',
                    id: 'P1',
                    name: 'Trà Shan tuyết',
                    producer: { __typename: 'Producer', id: 'R1', name: 'HTX' },
                  },
                  listing: null,
                  producedOn: input.producedOn,
                  bestBefore: input.bestBefore ?? null,
                  createdAt: '2030-05-10T03:00:00.000Z',
                  recalledAt: null,
                  recallReason: null,
                  checkCount: 0,
                  checkedCodes: 0,
                  suspiciousCodes: 0,
                  checksWithInvalidCertificate: 0,
                  lastCheckedAt: null,
                  labelSheetPdfUrl: '/labels/x.pdf',
                  labelSheetCsvUrl: '/labels/x.csv',
                }
              : null,
            userErrors: (answer.userErrors ?? []).map((e) => ({ __typename: 'UserError', ...e })),
          },
        },
      };
    },
  };
  return { mock, sent };
}

function renderForm(answers: Answer[] = []) {
  const { mock, sent } = api(answers);
  const onCreated = vi.fn();
  renderWithProviders(<LabelBatchForm products={PRODUCTS} today={TODAY} onCreated={onCreated} />, {
    mocks: [mock],
    today: TODAY,
  });
  return { sent, onCreated };
}

async function fill(label: string, text: string) {
  const input = screen.getByLabelText(label);
  await userEvent.clear(input);
  if (text) await userEvent.type(input, text);
}

const submit = () => userEvent.click(screen.getByRole('button', { name: 'Ghi lô và tạo tem' }));
const errorOf = (label: string) => screen.getByLabelText(label).getAttribute('aria-describedby') ?? '';
function fieldError(label: string): string | null {
  const ids = errorOf(label)
    .split(' ')
    .filter((id) => id.endsWith('-error'));
  return ids.length ? (document.getElementById(ids[0]!)?.textContent ?? null) : null;
}

describe('LabelBatchForm', () => {
  it('offers only certified products, and starts the production day at the platform’s today', () => {
    renderForm();
    const select = screen.getByLabelText('Sản phẩm') as HTMLSelectElement;
    expect(select.value).toBe('P1');
    const expired = screen.getByRole('option', { name: /Mật ong bạc hà/ }) as HTMLOptionElement;
    expect(expired.disabled).toBe(true);
    expect(expired.textContent).toContain('Hết hạn');
    expect((screen.getByLabelText('Ngày sản xuất') as HTMLInputElement).value).toBe(TODAY);
  });

  it('says what to fix under each field, and sends nothing, for an empty form', async () => {
    const { sent } = renderForm();
    await submit();
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Cần sửa 2 mục');
    expect(fieldError('Số lô')).toBe('Hãy nhập số lô.');
    expect(fieldError('Số tem (số sản phẩm)')).toBe('Số tem phải là số nguyên từ 1 đến 10.000.');
    expect(sent).toEqual([]);
  });

  it.each(['0', '10001', '12,5', 'nhiều', '-3'])('refuses %s labels', async (count) => {
    const { sent } = renderForm();
    await fill('Số lô', 'L1');
    await fill('Số tem (số sản phẩm)', count);
    await submit();
    await screen.findByRole('alert');
    expect(fieldError('Số tem (số sản phẩm)')).toBe('Số tem phải là số nguyên từ 1 đến 10.000.');
    expect(sent).toEqual([]);
  });

  it('refuses a production day after today, a best-before day before it, and a lot over 50 characters', async () => {
    const { sent } = renderForm();
    await fill('Số lô', 'L'.repeat(51));
    await fill('Số tem (số sản phẩm)', '10000');
    fireEvent.change(screen.getByLabelText('Ngày sản xuất'), { target: { value: '2030-05-11' } });
    fireEvent.change(screen.getByLabelText('Hạn sử dụng (không bắt buộc)'), {
      target: { value: '2030-05-01' },
    });
    await submit();
    await screen.findByRole('alert');
    expect(fieldError('Số lô')).toBe('Số lô dài tối đa 50 ký tự.');
    expect(fieldError('Ngày sản xuất')).toBe('Ngày sản xuất không được sau hôm nay.');
    expect(fieldError('Hạn sử dụng (không bắt buộc)')).toBe('Hạn sử dụng không được trước ngày sản xuất.');
    expect(fieldError('Số tem (số sản phẩm)')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('shows the API’s user errors beside their fields, and a retry of the same input keeps its idempotency key', async () => {
    const { sent, onCreated } = renderForm([
      { userErrors: [{ field: ['input', 'lotNumber'], code: 'DUPLICATE', message: 'Lô này đã có.' }] },
      { batch: true },
    ]);
    await fill('Số lô', 'L-01');
    await fill('Số tem (số sản phẩm)', '10.000');
    await submit();
    await waitFor(() => expect(fieldError('Số lô')).toBe('Lô này đã có.'));
    expect(onCreated).not.toHaveBeenCalled();
    await submit();
    expect(await screen.findByRole('status')).toHaveTextContent('Đã ghi lô L-01: 10.000 tem.');
    expect(sent).toHaveLength(2);
    expect(sent[0]).toEqual({
      productId: 'P1',
      listingId: null,
      lotNumber: 'L-01',
      producedOn: TODAY,
      bestBefore: null,
      itemCount: 10000,
      idempotencyKey: expect.any(String),
    });
    expect(sent[1]!.idempotencyKey).toBe(sent[0]!.idempotencyKey);
    expect(onCreated).toHaveBeenCalledTimes(1);
  });

  it('sends one batch for a double click', async () => {
    const { sent } = renderForm([{ batch: true }, { batch: true }]);
    await fill('Số lô', 'L-02');
    await fill('Số tem (số sản phẩm)', '500');
    await userEvent.selectOptions(screen.getByLabelText('Quy cách (không bắt buộc)'), 'L1');
    await userEvent.dblClick(screen.getByRole('button', { name: 'Ghi lô và tạo tem' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Đã ghi lô L-02: 500 tem.');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ listingId: 'L1', itemCount: 500 });
  });
});
