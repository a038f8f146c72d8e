import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { makeFragmentData } from '../../gql';
import type { ProductListingUpdateInput } from '../../gql/graphql';
import { renderWithProviders } from '../../test-utils';
import { ListingEditForm, ListingEditForm_listing } from './ListingEditForm';
import { ListingUpdateMutation } from './useListingUpdate';

const LISTING = {
  __typename: 'ProductListing' as const,
  id: 'UHJvZHVjdExpc3Rpbmc6MQ==',
  version: 3,
  priceVnd: 45000,
  unit: 'kg',
  packaging: 'Túi 1 kg',
  availability: 'IN_STOCK' as const,
  season: null,
  minOrderQuantity: null,
  description: 'Gạo lứt',
  contact: { __typename: 'ListingContact' as const, name: 'Lò Thị Hoa', phone: '0215 385 2390', email: null },
  salesChannels: [
    {
      __typename: 'SalesChannel' as const,
      kind: 'SHOPEE' as const,
      label: 'Gian hàng Séng Cù',
      url: 'https://shopee.vn/sengcu',
    },
  ],
};

type Listing = typeof LISTING;

function answer(
  input: ProductListingUpdateInput,
  listing: Listing | null,
  userErrors: unknown[],
): MockLink.MockedResponse {
  return {
    request: { query: ListingUpdateMutation, variables: { input } },
    result: {
      data: {
        productListingUpdate: {
          __typename: 'ProductListingUpdatePayload',
          listing,
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

function renderForm(mocks: MockLink.MockedResponse[], locale: 'vi' | 'en' = 'vi') {
  return renderWithProviders(
    <ListingEditForm
      listing={makeFragmentData(LISTING, ListingEditForm_listing)}
      productId="T2NvcFByb2R1Y3Q6MQ=="
      productName="Gạo lứt Séng Cù"
    />,
    { mocks, locale },
  );
}

async function setPrice(text: string) {
  const price = screen.getByLabelText('Giá bán (đồng)');
  await userEvent.clear(price);
  await userEvent.type(price, text);
}

describe('ListingEditForm', () => {
  it('sends only the changed fields with the version opened, and shows success with the public page', async () => {
    const saved = { ...LISTING, version: 4, priceVnd: 52000 };
    renderForm([answer({ id: LISTING.id, version: 3, priceVnd: 52000 }, saved, [])]);
    await setPrice('52000');
    expect(screen.getByLabelText('Giá bán (đồng)')).toHaveAccessibleDescription(
      expect.stringContaining('= 52.000 ₫'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByText(/Đã lưu tin bán \(phiên bản 4\)/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Xem trang công khai/ })).toHaveAttribute(
      'href',
      '/products/T2NvcFByb2R1Y3Q6MQ%3D%3D',
    );
    expect(screen.getByText('Phiên bản 4')).toBeInTheDocument();
  });

  it('shows each user error under its field: the price, and the URL of the first sales channel', async () => {
    renderForm([
      answer(
        {
          id: LISTING.id,
          version: 3,
          priceVnd: 99,
          salesChannels: [{ kind: 'SHOPEE', label: 'Gian hàng Séng Cù', url: 'shop ở chợ' }],
        },
        null,
        [
          { field: ['input', 'priceVnd'], code: 'OUT_OF_RANGE', message: 'Giá phải từ 100 đồng' },
          { field: ['input', 'salesChannels', '0', 'url'], code: 'INVALID', message: 'URL không hợp lệ' },
          { field: ['input'], code: 'INVALID', message: 'Lỗi chung của cả biểu mẫu' },
        ],
      ),
    ]);
    await setPrice('99');
    const url = screen.getByLabelText('Đường dẫn (https://…)');
    await userEvent.clear(url);
    await userEvent.type(url, 'shop ở chợ');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Chưa lưu được: có 3 chỗ cần sửa.');
    expect(summary).toHaveTextContent('Lỗi chung của cả biểu mẫu');
    const price = screen.getByLabelText('Giá bán (đồng)');
    expect(price).toHaveAttribute('aria-invalid', 'true');
    expect(price).toHaveAccessibleDescription(expect.stringContaining('Giá phải từ 100 đồng'));
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription('URL không hợp lệ');
    // The other fields are not marked.
    expect(screen.getByLabelText('Đơn vị tính')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Tên gian hàng / địa chỉ')).not.toHaveAttribute('aria-invalid');
  });

  it('says "cannot be empty" in the reader’s language for an emptied required field', async () => {
    renderForm(
      [
        answer({ id: LISTING.id, version: 3, unit: '' }, null, [
          { field: ['input', 'unit'], code: 'TOO_SHORT', message: 'Quá nhỏ: mong đợi string có >=1 ký tự' },
        ]),
      ],
      'en',
    );
    await userEvent.clear(screen.getByLabelText('Unit'));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Not saved. Items to fix: 1.');
    expect(screen.getByLabelText('Unit')).toHaveAccessibleDescription(
      expect.stringContaining('This cannot be empty.'),
    );
    expect(screen.queryByText(/Quá nhỏ/)).not.toBeInTheDocument();
  });

  it('on a CONFLICT, "load the new version" drops my changes and takes theirs', async () => {
    const theirs = { ...LISTING, version: 5, priceVnd: 47000, packaging: 'Túi 2 kg' };
    renderForm([
      answer({ id: LISTING.id, version: 3, priceVnd: 52000 }, theirs, [
        { field: ['input', 'version'], code: 'CONFLICT', message: 'Đã có người sửa', currentVersion: 5 },
      ]),
    ]);
    await setPrice('52000');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    const conflict = await screen.findByText('Tin bán đã được người khác sửa từ khi bạn mở');
    expect(screen.getByRole('button', { name: 'Lưu thay đổi' })).toBeDisabled();
    await userEvent.click(within(conflict.parentElement!).getByRole('button', { name: 'Tải lại bản mới' }));
    expect(screen.getByLabelText('Giá bán (đồng)')).toHaveValue('47.000');
    expect(screen.getByLabelText('Quy cách đóng gói')).toHaveValue('Túi 2 kg');
    expect(screen.getByText('Phiên bản 5')).toBeInTheDocument();
    expect(screen.queryByText('Tin bán đã được người khác sửa từ khi bạn mở')).not.toBeInTheDocument();
  });

  it('on a CONFLICT, "compare" shows their value next to mine, then keeps mine on top of the new version', async () => {
    // They changed the price and the packaging; I changed the price and the description.
    const theirs = { ...LISTING, version: 5, priceVnd: 47000, packaging: 'Túi 2 kg' };
    const merged = { ...theirs, version: 6, priceVnd: 52000, description: 'Gạo lứt mới' };
    renderForm([
      answer({ id: LISTING.id, version: 3, priceVnd: 52000, description: 'Gạo lứt mới' }, theirs, [
        { field: ['input', 'version'], code: 'CONFLICT', message: 'Đã có người sửa', currentVersion: 5 },
      ]),
      // Only my fields, on their version: their packaging is not put back.
      answer({ id: LISTING.id, version: 5, priceVnd: 52000, description: 'Gạo lứt mới' }, merged, []),
    ]);
    await setPrice('52000');
    const description = screen.getByLabelText('Mô tả');
    await userEvent.clear(description);
    await userEvent.type(description, 'Gạo lứt mới');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await userEvent.click(await screen.findByRole('button', { name: 'So sánh' }));

    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['47.000 ₫', '52.000 ₫'],
      ['Gạo lứt', 'Gạo lứt mới'],
    ]);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Giá bán (đồng)',
      'Mô tả',
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Giữ thay đổi của tôi và lưu' }));
    expect(await screen.findByText(/Đã lưu tin bán \(phiên bản 6\)/)).toBeInTheDocument();
    expect(screen.getByLabelText('Giá bán (đồng)')).toHaveValue('52.000');
    expect(screen.getByLabelText('Quy cách đóng gói')).toHaveValue('Túi 2 kg');
    expect(screen.getByLabelText('Mô tả')).toHaveValue('Gạo lứt mới');
  });

  it('sends nothing when nothing changed', async () => {
    renderForm([]);
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByText('Bạn chưa thay đổi gì.')).toBeInTheDocument();
  });

  it('refuses a price it cannot read for sure instead of saving another amount', async () => {
    // No answer is mocked: a request would fail the form with "could not save".
    renderForm([]);
    await setPrice('38,5');
    const price = screen.getByLabelText('Giá bán (đồng)');
    expect(price).toHaveAccessibleDescription(expect.stringContaining('không có phần lẻ'));
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Chưa lưu được: có 1 chỗ cần sửa.');
    expect(summary).toHaveTextContent(/không có phần lẻ/);
    expect(price).toHaveAttribute('aria-invalid', 'true');
    expect(price).toHaveValue('38,5');
  });
});
