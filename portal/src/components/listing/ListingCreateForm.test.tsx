import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import type { ProductListingCreateInput } from '../../gql/graphql';
import { renderWithProviders } from '../../test-utils';
import { ListingCreateForm } from './ListingCreateForm';
import { ListingCreateMutation } from './useListingCreate';

const PRODUCT_ID = 'T2NvcFByb2R1Y3Q6OQ==';

type Answer = { listing?: { unit: string; priceVnd: number | null }; userErrors?: object[] };

/**
 * The API as a list of answers, one per request in turn; every input sent is kept, so a test can
 * compare the idempotency keys of successive requests.
 */
function api(answers: Answer[]) {
  const sent: ProductListingCreateInput[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: ListingCreateMutation, variables: () => true },
    maxUsageCount: answers.length,
    result: (variables) => {
      const input = (variables as { input: ProductListingCreateInput }).input;
      sent.push(input);
      const answer = answers[sent.length - 1]!;
      return {
        data: {
          productListingCreate: {
            __typename: 'ProductListingCreatePayload',
            listing: answer.listing
              ? { __typename: 'ProductListing', id: 'UHJvZHVjdExpc3Rpbmc6OTk=', ...answer.listing }
              : null,
            userErrors: (answer.userErrors ?? []).map((e) => ({ __typename: 'UserError', ...e })),
          },
        },
      };
    },
  };
  return { mock, sent };
}

async function fill(label: string, text: string) {
  const input = screen.getByLabelText(label);
  await userEvent.clear(input);
  await userEvent.type(input, text);
}

const submit = () => userEvent.click(screen.getByRole('button', { name: 'Thêm tin bán' }));

describe('ListingCreateForm', () => {
  it('sends the fields of the edit form for the product and says the listing was added', async () => {
    const { mock, sent } = api([{ listing: { unit: 'hộp 500 g', priceVnd: 38000 } }]);
    renderWithProviders(<ListingCreateForm productId={PRODUCT_ID} />, { mocks: [mock] });
    await fill('Giá bán (đồng)', '38k');
    expect(screen.getByLabelText('Giá bán (đồng)')).toHaveAccessibleDescription(
      expect.stringContaining('= 38.000 ₫'),
    );
    await fill('Đơn vị tính', 'hộp 500 g');
    await fill('Quy cách đóng gói', 'Hộp giấy');
    await submit();
    expect(await screen.findByRole('status')).toHaveTextContent('Đã thêm tin bán “hộp 500 g”.');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      productId: PRODUCT_ID,
      priceVnd: 38000,
      unit: 'hộp 500 g',
      packaging: 'Hộp giấy',
      availability: 'IN_STOCK',
      minOrderQuantity: null,
      description: null,
      salesChannels: [],
    });
    expect(sent[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows each user error under its field, and errors of no field above the form', async () => {
    const { mock } = api([
      {
        userErrors: [
          { field: ['input', 'unit'], code: 'TOO_SHORT', message: 'Quá nhỏ', currentVersion: null },
          {
            field: ['input', 'priceVnd'],
            code: 'OUT_OF_RANGE',
            message: 'Giá quá lớn',
            currentVersion: null,
          },
          { field: ['input'], code: 'INVALID', message: 'Lỗi chung', currentVersion: null },
        ],
      },
    ]);
    renderWithProviders(<ListingCreateForm productId={PRODUCT_ID} />, { mocks: [mock] });
    await fill('Giá bán (đồng)', '99999999999');
    await submit();
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Chưa lưu được: có 3 chỗ cần sửa.');
    expect(summary).toHaveTextContent('Lỗi chung');
    const unit = screen.getByLabelText('Đơn vị tính');
    expect(unit).toHaveAttribute('aria-invalid', 'true');
    // An empty unit reads "cannot be empty", in the portal's words, right under the field.
    expect(unit).toHaveAccessibleDescription(expect.stringContaining('Không được để trống mục này.'));
    const price = screen.getByLabelText('Giá bán (đồng)');
    expect(price).toHaveAccessibleDescription(expect.stringContaining('Giá quá lớn'));
    expect(screen.getByLabelText('Mô tả')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('reuses the idempotency key when the same input is sent again, and takes a new one for a changed input', async () => {
    const busy = { field: ['input'], code: 'RATE_LIMITED', message: 'Thử lại sau', currentVersion: null };
    const { mock, sent } = api([
      { userErrors: [busy] },
      { userErrors: [busy] },
      { listing: { unit: 'kg', priceVnd: 41000 } },
    ]);
    renderWithProviders(<ListingCreateForm productId={PRODUCT_ID} />, { mocks: [mock] });
    await fill('Giá bán (đồng)', '40000');
    await fill('Đơn vị tính', 'kg');
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Thử lại sau');
    await submit();
    await expect.poll(() => sent.length).toBe(2);
    // The second refusal answered (the form no longer busy) before the price is typed again: a
    // form still sending keeps its fields disabled, and typing into them would be lost.
    await waitFor(() =>
      expect(document.querySelector('form.listing-form')).toHaveAttribute('aria-busy', 'false'),
    );
    await fill('Giá bán (đồng)', '41000');
    await submit();
    expect(await screen.findByRole('status')).toHaveTextContent('Đã thêm tin bán “kg”.');
    expect(sent.map((input) => input.priceVnd)).toEqual([40000, 40000, 41000]);
    expect(sent[1]!.idempotencyKey).toBe(sent[0]!.idempotencyKey);
    expect(sent[2]!.idempotencyKey).not.toBe(sent[0]!.idempotencyKey);
  });

  it('checks the minimum order before sending anything', async () => {
    const { mock, sent } = api([{ listing: { unit: 'kg', priceVnd: null } }]);
    renderWithProviders(<ListingCreateForm productId={PRODUCT_ID} />, { mocks: [mock] });
    await fill('Đơn vị tính', 'kg');
    await fill('Đặt tối thiểu (số đơn vị)', '0');
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Hãy nhập một số nguyên dương.');
    expect(screen.getByLabelText('Đặt tối thiểu (số đơn vị)')).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toHaveLength(0);
  });

  it('sends a price typed as "38,5k" as 38.500 đồng, and refuses "-5000" and "38.000,50" instead of rewriting them', async () => {
    const { mock, sent } = api([{ listing: { unit: 'kg', priceVnd: 38500 } }]);
    renderWithProviders(<ListingCreateForm productId={PRODUCT_ID} />, { mocks: [mock] });
    await fill('Đơn vị tính', 'kg');
    const price = screen.getByLabelText('Giá bán (đồng)');

    await fill('Giá bán (đồng)', '-5000');
    await submit();
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Số tiền không được âm.');
    expect(price).toHaveAttribute('aria-invalid', 'true');
    expect(price).toHaveValue('-5000');

    await fill('Giá bán (đồng)', '38.000,50');
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent(/không có phần lẻ/);
    expect(sent).toHaveLength(0);

    await fill('Giá bán (đồng)', '38,5k');
    expect(price).toHaveAccessibleDescription(expect.stringContaining('= 38.500 ₫'));
    await submit();
    expect(await screen.findByRole('status')).toHaveTextContent('Đã thêm tin bán “kg”.');
    expect(sent.map((input) => input.priceVnd)).toEqual([38500]);
  });
});
