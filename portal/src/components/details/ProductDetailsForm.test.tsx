import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { makeFragmentData } from '../../gql';
import type { ProductDetailsUpdateInput } from '../../gql/graphql';
import { renderWithProviders } from '../../test-utils';
import { ProductDetailsForm, ProductDetailsForm_product } from './ProductDetailsForm';
import { ProductDetailsUpdateMutation } from './useProductDetails';

const PRODUCT = {
  __typename: 'OcopProduct' as const,
  id: 'T2NvcFByb2R1Y3Q6MQ==',
  detailsVersion: 3,
  nameEn: 'Séng Cù rice',
  descriptionEn: null,
  shelfLifeDays: 365,
  storageInstructions: 'Nơi khô ráo',
  capacity: {
    __typename: 'ProductionCapacity' as const,
    quantity: 120,
    unit: 'tấn',
    period: 'SEASON' as 'MONTH' | 'SEASON' | 'YEAR',
  },
};
type Product = typeof PRODUCT;

function answer(
  input: ProductDetailsUpdateInput,
  product: Product | null,
  userErrors: unknown[],
): MockLink.MockedResponse {
  return {
    request: { query: ProductDetailsUpdateMutation, variables: { input } },
    result: {
      data: {
        productDetailsUpdate: {
          __typename: 'ProductDetailsUpdatePayload',
          product,
          userErrors: userErrors.map((e) => ({
            __typename: 'UserError',
            currentVersion: null,
            ...(e as object),
          })),
        },
      },
    },
  };
}

const renderForm = (mocks: MockLink.MockedResponse[]) =>
  renderWithProviders(
    <ProductDetailsForm product={makeFragmentData(PRODUCT, ProductDetailsForm_product)} />,
    {
      mocks,
    },
  );

async function retype(label: string, text: string) {
  const field = screen.getByLabelText(label);
  await userEvent.clear(field);
  if (text) await userEvent.type(field, text);
}

describe('ProductDetailsForm', () => {
  it('sends only the changed fields with the version opened ("2,5" as 2.5) and says it saved', async () => {
    const saved = {
      ...PRODUCT,
      detailsVersion: 4,
      capacity: { ...PRODUCT.capacity, quantity: 2.5, period: 'MONTH' as const },
    };
    renderForm([
      answer(
        { productId: PRODUCT.id, version: 3, capacity: { quantity: 2.5, unit: 'tấn', period: 'MONTH' } },
        saved,
        [],
      ),
    ]);
    expect(screen.getByLabelText('Sản lượng')).toHaveValue('120');
    await retype('Sản lượng', '2,5');
    await userEvent.selectOptions(screen.getByLabelText('Mỗi'), 'MONTH');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thông tin' }));
    expect(await screen.findByText(/Đã lưu \(phiên bản 4\)/)).toBeInTheDocument();
    expect(screen.getByText('Phiên bản 4')).toBeInTheDocument();
  });

  it('shows the API’s field errors under their fields and in a focused summary; nothing else changes', async () => {
    renderForm([
      answer({ productId: PRODUCT.id, version: 3, shelfLifeDays: 5000 }, PRODUCT, [
        { field: ['input', 'shelfLifeDays'], code: 'OUT_OF_RANGE', message: 'Hạn sử dụng tối đa 3.650 ngày' },
      ]),
    ]);
    await retype('Hạn sử dụng (ngày)', '5000');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thông tin' }));
    const field = screen.getByLabelText('Hạn sử dụng (ngày)');
    expect(await screen.findByText('Có 1 mục cần sửa:')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringMatching(/./));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus());
  });

  it('refuses a half-given capacity before sending', async () => {
    renderForm([]);
    await retype('Đơn vị', '');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thông tin' }));
    expect(await screen.findByText('Có 1 mục cần sửa:')).toBeInTheDocument();
    expect(screen.getByLabelText('Đơn vị')).toHaveAccessibleDescription(
      'Cần đủ sản lượng, đơn vị và kỳ (hoặc để trống cả ba).',
    );
  });

  it('on a CONFLICT keeps what was typed and loads their version on request', async () => {
    const theirs = { ...PRODUCT, detailsVersion: 5, storageInstructions: 'Tủ mát 4 °C' };
    renderForm([
      answer({ productId: PRODUCT.id, version: 3, nameEn: 'Séng Cù Rice' }, theirs, [
        {
          field: ['input', 'version'],
          code: 'CONFLICT',
          message: 'đã được người khác sửa',
          currentVersion: 5,
        },
      ]),
    ]);
    await retype('Tên tiếng Anh', 'Séng Cù Rice');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thông tin' }));
    expect(await screen.findByText(/Người khác đã sửa thông tin này .*phiên bản 5/)).toBeInTheDocument();
    expect(screen.getByLabelText('Tên tiếng Anh')).toHaveValue('Séng Cù Rice');
    expect(screen.getByRole('button', { name: 'Lưu thông tin' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Nạp bản mới' }));
    expect(screen.getByLabelText('Cách bảo quản')).toHaveValue('Tủ mát 4 °C');
    expect(screen.getByLabelText('Tên tiếng Anh')).toHaveValue('Séng Cù rice');
    expect(screen.getByText('Phiên bản 5')).toBeInTheDocument();
  });
});
