import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { makeFragmentData } from '../../gql';
import type { ProductProposeInput } from '../../gql/graphql';
import { renderWithProviders } from '../../test-utils';
import { CommunePickerQuery } from '../official/CommunePicker';
import { ProductProposeForm, ProductProposeForm_sector } from './ProductProposeForm';
import { ProductProposeMutation } from './useProductPropose';

const SECTORS = [
  {
    __typename: 'OcopSector' as const,
    code: '1',
    nameVi: 'Thực phẩm',
    nameEn: 'Food',
    groups: [
      {
        __typename: 'OcopGroup' as const,
        code: '1.1',
        nameVi: 'Thực phẩm tươi sống',
        nameEn: 'Fresh food',
        productSets: [
          {
            __typename: 'OcopProductSet' as const,
            code: '1.1.1',
            nameVi: 'Rau, củ, quả',
            nameEn: 'Vegetables',
          },
        ],
      },
      {
        __typename: 'OcopGroup' as const,
        code: '1.2',
        nameVi: 'Thực phẩm thô, sơ chế',
        nameEn: 'Raw and semi-processed food',
        productSets: [
          {
            __typename: 'OcopProductSet' as const,
            code: '1.2.1',
            nameVi: 'Gạo, ngũ cốc, hạt sơ chế khác',
            nameEn: 'Rice, cereals',
          },
        ],
      },
    ],
  },
  {
    __typename: 'OcopSector' as const,
    code: '4',
    nameVi: 'Thủ công mỹ nghệ',
    nameEn: 'Handicrafts',
    groups: [],
  },
].map((s) => makeFragmentData(s, ProductProposeForm_sector));

const PRODUCER = { id: 'UHJvZHVjZXI6MQ==', name: 'HTX Nông nghiệp Séng Cù Mường Thanh' };
const COMMUNE = { id: 'QWRtaW5Vbml0OjQy', code: '03184', fullName: 'Xã Mường Thanh' };

/** The commune picker's list: one commune, whatever is typed. */
const communes: MockLink.MockedResponse = {
  request: { query: CommunePickerQuery, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      provinces: [{ __typename: 'AdministrativeUnit', id: 'p11', code: '11', name: 'Điện Biên' }],
      communes: {
        __typename: 'AdministrativeUnitConnection',
        nodes: [{ __typename: 'AdministrativeUnit', ...COMMUNE, parent: null }],
      },
    },
  },
};

type Answer = { product?: { name: string }; userErrors?: object[] };

function api(answers: Answer[]) {
  const sent: ProductProposeInput[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: ProductProposeMutation, variables: () => true },
    maxUsageCount: answers.length,
    result: (variables) => {
      sent.push((variables as { input: ProductProposeInput }).input);
      const answer = answers[sent.length - 1]!;
      return {
        data: {
          productPropose: {
            __typename: 'ProductProposePayload',
            product: answer.product
              ? {
                  __typename: 'OcopProduct',
                  id: 'T2NvcFByb2R1Y3Q6Nzc=',
                  certificateStatus: null,
                  ...answer.product,
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

function renderForm(mocks: MockLink.MockedResponse[], nameProducer = false) {
  return renderWithProviders(
    <ProductProposeForm sectors={SECTORS} producer={PRODUCER} nameProducer={nameProducer} />,
    { mocks: [communes, ...mocks] },
  );
}

const submit = () => userEvent.click(screen.getByRole('button', { name: 'Gửi đề xuất' }));

describe('ProductProposeForm', () => {
  it('classifies by sector → group → product set, names no producer, and links to adding a listing', async () => {
    const { mock, sent } = api([{ product: { name: 'Gạo nếp Séng Cù' } }]);
    renderForm([mock]);
    // The producer is shown, not chosen.
    expect(screen.getByText(PRODUCER.name)).toBeInTheDocument();
    const group = screen.getByLabelText('Nhóm');
    const set = screen.getByLabelText('Bộ sản phẩm');
    expect(group).toBeDisabled();
    await userEvent.selectOptions(screen.getByLabelText('Ngành'), '1');
    expect(
      within(group)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['— Chọn —', '1.1 · Thực phẩm tươi sống', '1.2 · Thực phẩm thô, sơ chế']);
    await userEvent.selectOptions(group, '1.2');
    await userEvent.selectOptions(set, '1.2.1');
    await userEvent.type(screen.getByLabelText('Tên sản phẩm'), '  Gạo nếp Séng Cù ');
    await userEvent.type(screen.getByLabelText('Mô tả sản phẩm'), 'Nếp nương');
    const picker = screen.getByRole('group', { name: 'Nơi sản xuất (không bắt buộc)' });
    await within(picker).findByRole('option', { name: /Xã Mường Thanh/ });
    await userEvent.selectOptions(within(picker).getByLabelText('Xã, phường'), COMMUNE.id);
    await submit();

    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('Đã đề xuất sản phẩm “Gạo nếp Séng Cù”');
    expect(done).toHaveTextContent('chưa chứng nhận OCOP');
    expect(within(done).getByRole('link', { name: 'Thêm cách bán cho sản phẩm này' })).toHaveAttribute(
      'href',
      '/my/products/T2NvcFByb2R1Y3Q6Nzc%3D/listings/new',
    );
    expect(sent).toEqual([
      {
        name: 'Gạo nếp Séng Cù',
        description: 'Nếp nương',
        productSetCode: '1.2.1',
        originCommuneId: COMMUNE.id,
        idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
      },
    ]);
    // A new sector empties the group and the product set.
    await userEvent.selectOptions(screen.getByLabelText('Ngành'), '4');
    expect(group).toHaveValue('');
    expect(set).toBeDisabled();
  });

  it('names the producer only for an editor of several producers', async () => {
    const { mock, sent } = api([{ product: { name: 'Chè Shan tuyết' } }]);
    renderForm([mock], true);
    await userEvent.type(screen.getByLabelText('Tên sản phẩm'), 'Chè Shan tuyết');
    await submit();
    await screen.findByRole('status');
    expect(sent[0]).toMatchObject({ producerId: PRODUCER.id, productSetCode: null, originCommuneId: null });
  });

  it('shows user errors under their fields; an empty name is caught before sending', async () => {
    const { mock, sent } = api([
      {
        userErrors: [
          { field: ['input', 'name'], code: 'TOO_SHORT', message: 'Quá ngắn', currentVersion: null },
          {
            field: ['input', 'productSetCode'],
            code: 'NOT_FOUND',
            message: 'Không có bộ sản phẩm này.',
            currentVersion: null,
          },
        ],
      },
    ]);
    renderForm([mock]);
    await submit();
    const name = screen.getByLabelText('Tên sản phẩm');
    expect(await screen.findByRole('alert')).toHaveTextContent('Chưa lưu được: có 1 chỗ cần sửa.');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Không được để trống mục này.'));
    expect(sent).toHaveLength(0);

    await userEvent.type(name, 'G');
    await userEvent.selectOptions(screen.getByLabelText('Ngành'), '1');
    await userEvent.selectOptions(screen.getByLabelText('Nhóm'), '1.1');
    await userEvent.selectOptions(screen.getByLabelText('Bộ sản phẩm'), '1.1.1');
    await submit();
    await expect.poll(() => screen.getByRole('alert').textContent).toContain('có 2 chỗ cần sửa');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Nội dung quá ngắn.'));
    expect(screen.getByLabelText('Bộ sản phẩm')).toHaveAccessibleDescription('Không có bộ sản phẩm này.');
    expect(screen.getByLabelText('Mô tả sản phẩm')).not.toHaveAttribute('aria-invalid');
  });

  it('reuses the idempotency key for a retry of the same input and takes a new one for a changed input', async () => {
    const busy = { field: ['input'], code: 'RATE_LIMITED', message: 'Thử lại sau', currentVersion: null };
    const { mock, sent } = api([
      { userErrors: [busy] },
      { userErrors: [busy] },
      { product: { name: 'Gạo tám' } },
    ]);
    renderForm([mock]);
    await userEvent.type(screen.getByLabelText('Tên sản phẩm'), 'Gạo tám thơm');
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Thử lại sau');
    await submit();
    await expect.poll(() => sent.length).toBe(2);
    await userEvent.clear(screen.getByLabelText('Tên sản phẩm'));
    await userEvent.type(screen.getByLabelText('Tên sản phẩm'), 'Gạo tám');
    await submit();
    await screen.findByRole('status');
    expect(sent.map((input) => input.name)).toEqual(['Gạo tám thơm', 'Gạo tám thơm', 'Gạo tám']);
    expect(sent[1]!.idempotencyKey).toBe(sent[0]!.idempotencyKey);
    expect(sent[2]!.idempotencyKey).not.toBe(sent[0]!.idempotencyKey);
  });
});
