import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { ViewerQuery } from '../../app/viewer';
import { parsePoints } from '../../components/partner/ApiKeyIssueForm';
import { PartnerWebhooksQuery } from '../../components/partner/partnerWebhooksQuery';
import { ApiKeyIssueMutation } from '../../components/partner/useApiKeyIssue';
import { ApiKeyRevokeMutation } from '../../components/partner/useApiKeyRevoke';
import { ApiKeyRotateMutation } from '../../components/partner/useApiKeyRotate';
import { PartnerCreateMutation } from '../../components/partner/usePartnerCreate';
import { WebhookEndpointCreateMutation } from '../../components/partner/useWebhookEndpointCreate';
import { PartnerUpdateMutation } from '../../components/partner/usePartnerUpdate';
import {
  WebhookEndpointDeleteMutation,
  WebhookEndpointRotateSecretMutation,
  WebhookEndpointUpdateMutation,
} from '../../components/partner/useWebhookEndpointActions';
import type {
  ApiKeyIssueInput,
  PartnerCreateInput,
  PartnerUpdateInput,
  WebhookEndpointCreateInput,
  WebhookEndpointUpdateInput,
} from '../../gql/graphql';
import { renderWithProviders } from '../../test-utils';
import PartnersRoute, { PartnersRouteQuery } from './PartnersRoute';

const viewer = (role: string) => ({
  __typename: 'User',
  id: 'u1',
  email: 'admin@example.vn',
  displayName: 'Quản trị',
  locale: 'vi',
  roles: [{ __typename: 'RoleGrant', role, producer: null, unit: null }],
});

interface Key {
  __typename: 'ApiKey';
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  pointsPerHour: number | null;
  pointsThisHour: number;
  pointsLastHour: number;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
interface Partner {
  __typename: 'Partner';
  id: string;
  name: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  createdAt: string;
  disabledAt: string | null;
  version: number;
  apiKeys: Key[];
}
interface Endpoint {
  __typename: 'WebhookEndpoint';
  id: string;
  url: string;
  events: string[];
  consecutiveFailures: number;
  disabledAt: string | null;
  disabledReason: string | null;
  deliveries: object[];
}

const key = (n: number, over: Partial<Key> = {}): Key => ({
  __typename: 'ApiKey',
  id: `k${n}`,
  name: `key ${n}`,
  prefix: `0000000${n}`,
  scopes: ['READ'],
  pointsPerHour: null,
  pointsThisHour: 0,
  pointsLastHour: 0,
  createdAt: '2026-11-20T03:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  ...over,
});

/**
 * A small API of the test's own behind the mocks: partners, their keys and webhook endpoints in
 * memory, changed by the mutations as the server would, with what each mutation was sent.
 */
function fakeApi() {
  const partners: Partner[] = [
    {
      __typename: 'Partner',
      id: 'p1',
      name: 'Sàn Chợ Quê',
      contactName: 'Chị Lan',
      contactEmail: 'lan@choque.vn',
      contactPhone: '0912 345 678',
      createdAt: '2026-11-01T02:00:00.000Z',
      disabledAt: null,
      version: 3,
      apiKeys: [
        key(2, {
          name: 'production',
          scopes: ['READ', 'SYNC'],
          pointsPerHour: 20000,
          pointsThisHour: 1234,
          pointsLastHour: 15678,
          lastUsedAt: '2026-12-01T01:05:00.000Z',
        }),
        key(1, { name: 'cũ', revokedAt: '2026-11-25T08:00:00.000Z', pointsLastHour: 7 }),
      ],
    },
  ];
  const endpoints: Endpoint[] = [
    {
      __typename: 'WebhookEndpoint',
      id: 'w1',
      url: 'https://choque.vn/hooks/ocop',
      events: ['CERTIFICATE_REVOKED'],
      consecutiveFailures: 2,
      disabledAt: null,
      disabledReason: null,
      deliveries: [
        {
          __typename: 'WebhookDelivery',
          eventId: 'e2',
          eventType: 'certificate.revoked',
          attempt: 2,
          attemptedAt: '2026-12-01T02:00:00.000Z',
          statusCode: 503,
          durationMs: 120,
          error: 'HTTP 503',
        },
        {
          __typename: 'WebhookDelivery',
          eventId: 'e1',
          eventType: 'certificate.revoked',
          attempt: 1,
          attemptedAt: '2026-11-30T02:00:00.000Z',
          statusCode: 204,
          durationMs: 80,
          error: null,
        },
      ],
    },
  ];
  const sent = {
    partnerCreate: [] as PartnerCreateInput[],
    apiKeyIssue: [] as ApiKeyIssueInput[],
    apiKeyRotate: [] as string[],
    apiKeyRevoke: [] as string[],
    webhookEndpointCreate: [] as WebhookEndpointCreateInput[],
    partnerUpdate: [] as PartnerUpdateInput[],
    webhookEndpointUpdate: [] as WebhookEndpointUpdateInput[],
    webhookEndpointRotateSecret: [] as string[],
    webhookEndpointDelete: [] as string[],
  };
  let secrets = 0;
  const error = (field: string, code: string, message: string) => ({
    __typename: 'UserError',
    field: ['input', field],
    code,
    message,
  });
  const many = { maxUsageCount: Number.POSITIVE_INFINITY };
  const inputOf = <T,>(variables: unknown) => (variables as { input: T }).input;
  let next = 10;
  const mocks = (role = 'ADMINISTRATOR'): MockLink.MockedResponse[] => [
    { request: { query: ViewerQuery }, result: { data: { viewer: viewer(role) } }, ...many },
    {
      request: { query: PartnersRouteQuery },
      result: () => ({ data: { partners: structuredClone(partners) } }),
      ...many,
    },
    {
      request: { query: PartnerCreateMutation, variables: () => true },
      result: (variables) => {
        const input = inputOf<PartnerCreateInput>(variables);
        sent.partnerCreate.push(input);
        const userErrors = [];
        if (partners.some((p) => p.name.toLowerCase() === input.name.toLowerCase()))
          userErrors.push(error('name', 'DUPLICATE', 'Đã có đối tác mang tên này.'));
        if (input.contactEmail && !input.contactEmail.includes('@'))
          userErrors.push(error('contactEmail', 'INVALID', 'Địa chỉ e-mail không hợp lệ.'));
        let partner: Partner | null = null;
        if (userErrors.length === 0) {
          partner = {
            __typename: 'Partner',
            id: `p${next++}`,
            name: input.name,
            contactName: input.contactName ?? null,
            contactEmail: input.contactEmail ?? null,
            contactPhone: input.contactPhone ?? null,
            createdAt: '2026-12-01T04:00:00.000Z',
            disabledAt: null,
            version: 1,
            apiKeys: [],
          };
          partners.push(partner);
          partners.sort((a, b) => a.name.localeCompare(b.name));
        }
        return { data: { partnerCreate: { __typename: 'PartnerCreatePayload', partner, userErrors } } };
      },
      ...many,
    },
    {
      request: { query: ApiKeyIssueMutation, variables: () => true },
      result: (variables) => {
        const input = inputOf<ApiKeyIssueInput>(variables);
        sent.apiKeyIssue.push(input);
        const issued = key(next++, {
          name: input.name,
          scopes: input.scopes as string[],
          pointsPerHour: input.pointsPerHour ?? null,
          prefix: 'abcd1234',
          createdAt: '2026-12-01T05:00:00.000Z',
        });
        partners.find((p) => p.id === input.partnerId)!.apiKeys.unshift(issued);
        return {
          data: {
            apiKeyIssue: {
              __typename: 'ApiKeyIssuePayload',
              key: 'ocop_abcd1234_SecretPartOfTheKeyShownOnce0123456789ab',
              apiKey: issued,
              userErrors: [],
            },
          },
        };
      },
      ...many,
    },
    {
      request: { query: ApiKeyRotateMutation, variables: () => true },
      result: (variables) => {
        const { id } = inputOf<{ id: string }>(variables);
        sent.apiKeyRotate.push(id);
        const partner = partners.find((p) => p.apiKeys.some((k) => k.id === id))!;
        const old = partner.apiKeys.find((k) => k.id === id)!;
        old.revokedAt = '2026-12-01T06:00:00.000Z';
        const fresh = key(next++, {
          ...old,
          id: `k${next}`,
          prefix: 'ffff0000',
          revokedAt: null,
          lastUsedAt: null,
        });
        partner.apiKeys.unshift(fresh);
        return {
          data: {
            apiKeyRotate: {
              __typename: 'ApiKeyRotatePayload',
              key: 'ocop_ffff0000_TheRotatedKeyShownOnceOnly0123456789abcd',
              apiKey: fresh,
              revoked: old,
              userErrors: [],
            },
          },
        };
      },
      ...many,
    },
    {
      request: { query: ApiKeyRevokeMutation, variables: () => true },
      result: (variables) => {
        const { id } = inputOf<{ id: string }>(variables);
        sent.apiKeyRevoke.push(id);
        const apiKey = partners.flatMap((p) => p.apiKeys).find((k) => k.id === id)!;
        apiKey.revokedAt = '2026-12-01T07:00:00.000Z';
        return { data: { apiKeyRevoke: { __typename: 'ApiKeyRevokePayload', apiKey, userErrors: [] } } };
      },
      ...many,
    },
    {
      request: { query: PartnerWebhooksQuery, variables: () => true },
      result: () => ({ data: { webhookEndpoints: structuredClone(endpoints) } }),
      ...many,
    },
    {
      request: { query: WebhookEndpointCreateMutation, variables: () => true },
      result: (variables) => {
        const input = inputOf<WebhookEndpointCreateInput>(variables);
        sent.webhookEndpointCreate.push(input);
        const refused = !input.url.startsWith('https://');
        const endpoint: Endpoint | null = refused
          ? null
          : {
              __typename: 'WebhookEndpoint',
              id: `w${next++}`,
              url: input.url,
              events: input.events,
              consecutiveFailures: 0,
              disabledAt: null,
              disabledReason: null,
              deliveries: [],
            };
        if (endpoint) endpoints.push(endpoint);
        return {
          data: {
            webhookEndpointCreate: {
              __typename: 'WebhookEndpointCreatePayload',
              secret: refused ? null : 'whsec_TheSigningSecretShownOnce',
              endpoint,
              userErrors: refused ? [error('url', 'INVALID', 'Địa chỉ phải bắt đầu bằng https://.')] : [],
            },
          },
        };
      },
      ...many,
    },
    {
      request: { query: PartnerUpdateMutation, variables: () => true },
      result: (variables) => {
        const input = inputOf<PartnerUpdateInput>(variables);
        sent.partnerUpdate.push(input);
        const partner = partners.find((p) => p.id === input.id)!;
        const userErrors = [];
        if (input.version !== partner.version)
          userErrors.push({
            ...error('version', 'CONFLICT', 'Đối tác đã được người khác sửa từ khi bạn mở.'),
            currentVersion: partner.version,
          });
        else {
          if (input.contactEmail && !input.contactEmail.includes('@'))
            userErrors.push(error('contactEmail', 'INVALID', 'Địa chỉ e-mail không hợp lệ.'));
          if (input.name !== undefined && !input.name?.trim())
            userErrors.push(error('name', 'REQUIRED', 'Không được để trống.'));
        }
        if (userErrors.length === 0) {
          for (const k of ['name', 'contactName', 'contactEmail', 'contactPhone'] as const)
            if (input[k] !== undefined) (partner as unknown as Record<string, unknown>)[k] = input[k] || null;
          if (input.enabled === false) partner.disabledAt ??= '2026-12-03T02:30:00.000Z';
          if (input.enabled === true) partner.disabledAt = null;
          partner.version++;
        }
        return {
          data: {
            partnerUpdate: {
              __typename: 'PartnerUpdatePayload',
              partner: userErrors.length ? null : structuredClone(partner),
              userErrors: userErrors.map((e) => ({ currentVersion: null, ...e })),
            },
          },
        };
      },
      ...many,
    },
    {
      request: { query: WebhookEndpointUpdateMutation, variables: () => true },
      result: (variables) => {
        const input = inputOf<WebhookEndpointUpdateInput>(variables);
        sent.webhookEndpointUpdate.push(input);
        const endpoint = endpoints.find((e) => e.id === input.id)!;
        if (input.events) endpoint.events = input.events;
        if (input.enabled === false && !endpoint.disabledAt) {
          endpoint.disabledAt = '2026-12-03T03:00:00.000Z';
          endpoint.disabledReason = 'paused';
        }
        if (input.enabled === true) {
          endpoint.disabledAt = null;
          endpoint.disabledReason = null;
          endpoint.consecutiveFailures = 0;
        }
        return {
          data: {
            webhookEndpointUpdate: {
              __typename: 'WebhookEndpointUpdatePayload',
              endpoint: structuredClone(endpoint),
              userErrors: [],
            },
          },
        };
      },
      ...many,
    },
    {
      request: { query: WebhookEndpointRotateSecretMutation, variables: () => true },
      result: (variables) => {
        const { id } = inputOf<{ id: string }>(variables);
        sent.webhookEndpointRotateSecret.push(id);
        const endpoint = endpoints.find((e) => e.id === id)!;
        return {
          data: {
            webhookEndpointRotateSecret: {
              __typename: 'WebhookEndpointRotateSecretPayload',
              secret: `whsec_Rotated${++secrets}`,
              endpoint: structuredClone(endpoint),
              userErrors: [],
            },
          },
        };
      },
      ...many,
    },
    {
      request: { query: WebhookEndpointDeleteMutation, variables: () => true },
      result: (variables) => {
        const { id } = inputOf<{ id: string }>(variables);
        sent.webhookEndpointDelete.push(id);
        endpoints.splice(
          endpoints.findIndex((e) => e.id === id),
          1,
        );
        return {
          data: {
            webhookEndpointDelete: {
              __typename: 'WebhookEndpointDeletePayload',
              deletedId: id,
              userErrors: [],
            },
          },
        };
      },
      ...many,
    },
  ];
  return { partners, endpoints, sent, mocks };
}

let api: ReturnType<typeof fakeApi>;
beforeEach(() => {
  api = fakeApi();
});

const renderPage = (role?: string) =>
  renderWithProviders(<PartnersRoute />, {
    url: '/admin/partners',
    path: '/admin/partners',
    mocks: api.mocks(role),
  });
const card = async (name: string) =>
  (await screen.findByRole('heading', { level: 2, name })).closest('li') as HTMLElement;
const keyRow = (within_: HTMLElement, name: string) =>
  within(within_).getByText(name, { selector: '.key-name' }).closest('li') as HTMLElement;

describe('PartnersRoute', () => {
  it('refuses anyone but an administrator, as the users page does', async () => {
    renderPage('PROVINCE_OFFICIAL');
    expect(await screen.findByText('Tài khoản của bạn không có quyền dùng trang này.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Đối tác API' })).not.toBeInTheDocument();
  });

  it('lists the partners with their contacts and keys: scopes, budget, last use, revoked keys marked', async () => {
    renderPage();
    const partner = await card('Sàn Chợ Quê');
    expect(screen.getByRole('heading', { level: 1, name: 'Đối tác API' })).toBeInTheDocument();
    expect(screen.getByText('1 đối tác')).toBeInTheDocument();
    expect(within(partner).getByText('Chị Lan')).toBeInTheDocument();
    expect(within(partner).getByRole('link', { name: 'lan@choque.vn' })).toHaveAttribute(
      'href',
      'mailto:lan@choque.vn',
    );
    expect(within(partner).getByRole('link', { name: '0912 345 678' })).toBeInTheDocument();

    const production = keyRow(partner, 'production');
    expect(production).toHaveTextContent('ocop_00000002_…');
    expect(production).toHaveTextContent('Còn hiệu lực');
    expect(production).toHaveTextContent('readsync');
    expect(production).toHaveTextContent('20.000 điểm/giờ');
    // Its usage, against its own budget; a key without one is measured against the platform's.
    expect(production).toHaveTextContent('Giờ này: 1.234 / 20.000 điểm');
    expect(production).toHaveTextContent('Giờ trước: 15.678 điểm');
    // 01:05 UTC is 08:05 in Vietnam.
    expect(production).toHaveTextContent('Dùng gần nhất: 08:05 1/12/26');
    expect(
      within(production).getByRole('button', { name: 'Thu hồi khoá production (00000002)' }),
    ).toBeInTheDocument();

    const old = keyRow(partner, 'cũ');
    expect(old).toHaveClass('key-row-revoked');
    expect(old).toHaveTextContent('Đã thu hồi');
    expect(old).toHaveTextContent('Chưa dùng lần nào');
    expect(old).toHaveTextContent('Mức điểm chung');
    expect(old).toHaveTextContent('Giờ này: 0 điểm / mức chung của nền tảng');
    expect(old).toHaveTextContent('Giờ trước: 7 điểm');
    // A revoked key can be neither rotated nor revoked again.
    expect(within(old).queryByRole('button')).not.toBeInTheDocument();
  });

  it('registers a partner: a refusal under its field with what was typed kept, then the partner listed', async () => {
    const user = userEvent.setup();
    renderPage();
    await card('Sàn Chợ Quê');
    await user.click(screen.getByRole('button', { name: '+ Đăng ký đối tác' }));
    // Nothing typed: the portal says so itself, and sends nothing.
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));
    expect(await screen.findByLabelText('Tên tổ chức')).toHaveAccessibleDescription(
      'Không được để trống mục này.',
    );
    expect(api.sent.partnerCreate).toEqual([]);

    await user.type(screen.getByLabelText('Tên tổ chức'), 'sàn chợ quê');
    await user.type(screen.getByLabelText('Người liên hệ'), 'Anh Minh');
    await user.type(screen.getByLabelText('Email liên hệ'), 'minh-at-example');
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));
    const summary = (await screen.findByText('Chưa thực hiện được: có 2 chỗ cần sửa.')).closest(
      '[role="alert"]',
    );
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByLabelText('Tên tổ chức')).toHaveAccessibleDescription('Đã có đối tác mang tên này.');
    expect(screen.getByLabelText('Email liên hệ')).toHaveAccessibleDescription(
      'Địa chỉ e-mail không hợp lệ.',
    );
    expect(screen.getByLabelText('Tên tổ chức')).toHaveValue('sàn chợ quê');
    expect(screen.getByLabelText('Người liên hệ')).toHaveValue('Anh Minh');
    expect(screen.getByLabelText('Email liên hệ')).toHaveValue('minh-at-example');

    await user.clear(screen.getByLabelText('Tên tổ chức'));
    await user.type(screen.getByLabelText('Tên tổ chức'), 'Cổng Du Lịch Tây Bắc');
    await user.clear(screen.getByLabelText('Email liên hệ'));
    await user.type(screen.getByLabelText('Email liên hệ'), 'minh@taybac.vn');
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Đã đăng ký đối tác Cổng Du Lịch Tây Bắc. Hãy cấp khoá API cho họ bên dưới.',
    );
    const created = await card('Cổng Du Lịch Tây Bắc');
    expect(within(created).getByText('Chưa có khoá nào.')).toBeInTheDocument();
    expect(within(created).getByRole('link', { name: 'minh@taybac.vn' })).toBeInTheDocument();
    expect(screen.getByText('2 đối tác')).toBeInTheDocument();
    expect(api.sent.partnerCreate.at(-1)).toEqual({
      name: 'Cổng Du Lịch Tây Bắc',
      contactName: 'Anh Minh',
      contactEmail: 'minh@taybac.vn',
      contactPhone: null,
    });
  });

  it('issues a key: scopes as checkboxes, points checked, the key shown once to copy, then listed', async () => {
    const user = userEvent.setup();
    renderPage();
    const partner = await card('Sàn Chợ Quê');
    await user.click(within(partner).getByRole('button', { name: 'Cấp khoá cho Sàn Chợ Quê' }));
    const read = within(partner).getByRole('checkbox', { name: /^Đọc \(read\)/ });
    const sync = within(partner).getByRole('checkbox', { name: /^Đồng bộ \(sync\)/ });
    expect(read).toBeChecked();
    expect(sync).not.toBeChecked();
    await user.type(within(partner).getByLabelText('Tên khoá'), 'staging');
    await user.click(read);
    await user.type(within(partner).getByLabelText('Số điểm mỗi giờ (không bắt buộc)'), '2 triệu');
    await user.click(within(partner).getByRole('button', { name: 'Cấp khoá' }));
    // Checked here first: nothing sent, every problem named, what was typed kept.
    expect(await within(partner).findByRole('alert')).toHaveTextContent('có 2 chỗ cần sửa');
    expect(
      within(partner).getByText('Chọn ít nhất một phạm vi.', { selector: '.field-error' }),
    ).toBeInTheDocument();
    expect(within(partner).getByLabelText('Số điểm mỗi giờ (không bắt buộc)')).toHaveAccessibleDescription(
      expect.stringContaining('Nhập một số nguyên từ 1 đến 1.000.000, hoặc để trống.'),
    );
    expect(within(partner).getByLabelText('Tên khoá')).toHaveValue('staging');
    expect(api.sent.apiKeyIssue).toEqual([]);

    await user.click(sync);
    await user.clear(within(partner).getByLabelText('Số điểm mỗi giờ (không bắt buộc)'));
    await user.type(within(partner).getByLabelText('Số điểm mỗi giờ (không bắt buộc)'), '1.500');
    await user.click(within(partner).getByRole('button', { name: 'Cấp khoá' }));
    const panel = await within(partner).findByRole('region', {
      name: 'Đã cấp khoá staging. Đây là khoá API:',
    });
    expect(api.sent.apiKeyIssue).toEqual([
      { partnerId: 'p1', name: 'staging', scopes: ['SYNC'], pointsPerHour: 1500 },
    ]);
    const shown = within(panel).getByLabelText('Khoá API');
    expect(shown).toHaveValue('ocop_abcd1234_SecretPartOfTheKeyShownOnce0123456789ab');
    expect(shown).toHaveAttribute('readonly');
    expect(panel).toHaveTextContent('Khoá chỉ hiện một lần này');
    await waitFor(() => expect(panel).toHaveFocus());
    await user.click(within(panel).getByRole('button', { name: 'Sao chép' }));
    expect(await navigator.clipboard.readText()).toBe(
      'ocop_abcd1234_SecretPartOfTheKeyShownOnce0123456789ab',
    );
    expect(within(panel).getByRole('button', { name: 'Đã sao chép' })).toBeInTheDocument();
    // Listed first, from the mutation's answer, by its prefix only.
    const rows = within(partner)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('key-row'));
    expect(rows.map((r) => r.dataset.prefix)).toEqual(['abcd1234', '00000002', '00000001']);
    expect(rows[0]).toHaveTextContent('1.500 điểm/giờ');
    expect(rows[0]).not.toHaveTextContent('SecretPart');

    // Closed, the key is gone from the page for good.
    await user.click(within(panel).getByRole('button', { name: 'Tôi đã lưu, đóng lại' }));
    expect(screen.queryByDisplayValue(/SecretPart/)).not.toBeInTheDocument();
    await waitFor(() =>
      expect(within(partner).getByRole('button', { name: 'Cấp khoá cho Sàn Chợ Quê' })).toHaveFocus(),
    );
    expect(document.body.textContent).not.toContain('SecretPart');
  });

  it('rotates a key after a confirmation (the new key shown once, the old one marked revoked) and revokes one', async () => {
    const user = userEvent.setup();
    renderPage();
    const partner = await card('Sàn Chợ Quê');
    const production = keyRow(partner, 'production');
    await user.click(within(production).getByRole('button', { name: 'Đổi khoá production (00000002)' }));
    expect(production).toHaveTextContent('Đổi khoá này? Khoá cũ bị thu hồi ngay');
    // "No" sends nothing.
    await user.click(within(production).getByRole('button', { name: 'Không' }));
    expect(api.sent.apiKeyRotate).toEqual([]);
    await user.click(within(production).getByRole('button', { name: 'Đổi khoá production (00000002)' }));
    await user.click(within(production).getByRole('button', { name: 'Đổi khoá' }));
    const panel = await within(partner).findByRole('region', {
      name: 'Đã đổi khoá production: khoá cũ đã bị thu hồi. Đây là khoá mới:',
    });
    expect(within(panel).getByLabelText('Khoá API')).toHaveValue(
      'ocop_ffff0000_TheRotatedKeyShownOnceOnly0123456789abcd',
    );
    expect(api.sent.apiKeyRotate).toEqual(['k2']);
    await waitFor(() => expect(production).toHaveClass('key-row-revoked'));
    expect(production).toHaveTextContent('Đã thu hồi');
    const fresh = within(partner).getByText('ocop_ffff0000_…').closest('li') as HTMLElement;
    expect(fresh).toHaveTextContent('Còn hiệu lực');
    expect(fresh).toHaveTextContent('readsync');

    await user.click(within(fresh).getByRole('button', { name: 'Thu hồi khoá production (ffff0000)' }));
    expect(fresh).toHaveTextContent('Thu hồi khoá này?');
    await user.click(within(fresh).getByRole('button', { name: 'Thu hồi' }));
    expect(await within(fresh).findByRole('status')).toHaveTextContent(
      'Đã thu hồi khoá production (ffff0000).',
    );
    expect(fresh).toHaveClass('key-row-revoked');
    expect(api.sent.apiKeyRevoke).toEqual([api.partners[0]!.apiKeys[0]!.id]);
  });

  it('shows the webhook endpoints with their state and deliveries, and adds one with its secret shown once', async () => {
    const user = userEvent.setup();
    renderPage();
    const partner = await card('Sàn Chợ Quê');
    const toggle = within(partner).getByRole('button', { name: 'Xem địa chỉ webhook' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(within(partner).getByRole('button', { name: 'Ẩn địa chỉ webhook' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const endpoint = (await within(partner).findByText('https://choque.vn/hooks/ocop')).closest(
      'li',
    ) as HTMLElement;
    expect(endpoint).toHaveTextContent('Đang hoạt động');
    expect(endpoint).toHaveTextContent('Chứng nhận bị thu hồi (certificate.revoked)');
    expect(endpoint).toHaveTextContent('2 lần gửi lỗi liên tiếp');
    const deliveries = within(endpoint).getAllByRole('listitem');
    expect(deliveries.map((d) => d.dataset.status)).toEqual(['503', '204']);
    expect(deliveries[0]).toHaveTextContent('Lỗi 503');
    expect(deliveries[0]).toHaveTextContent('Lần thử 2');
    expect(deliveries[0]).toHaveTextContent('HTTP 503');
    expect(deliveries[1]).toHaveTextContent('Đã nhận (204)');

    await user.click(within(partner).getByRole('button', { name: '+ Thêm địa chỉ webhook' }));
    await user.type(within(partner).getByLabelText('Địa chỉ (URL)'), 'http://choque.vn/new');
    await user.click(within(partner).getByRole('button', { name: 'Thêm địa chỉ' }));
    expect(
      await within(partner).findByText('Chọn ít nhất một sự kiện.', { selector: '.field-error' }),
    ).toBeInTheDocument();
    expect(api.sent.webhookEndpointCreate).toEqual([]);
    await user.click(within(partner).getByRole('checkbox', { name: 'Tin bán thay đổi (listing.changed)' }));
    await user.click(within(partner).getByRole('button', { name: 'Thêm địa chỉ' }));
    await waitFor(() =>
      expect(within(partner).getByLabelText('Địa chỉ (URL)')).toHaveAccessibleDescription(
        expect.stringContaining('Địa chỉ phải bắt đầu bằng https://.'),
      ),
    );
    expect(within(partner).getByLabelText('Địa chỉ (URL)')).toHaveValue('http://choque.vn/new');
    expect(
      within(partner).getByRole('checkbox', { name: 'Tin bán thay đổi (listing.changed)' }),
    ).toBeChecked();

    await user.clear(within(partner).getByLabelText('Địa chỉ (URL)'));
    await user.type(within(partner).getByLabelText('Địa chỉ (URL)'), 'https://choque.vn/new');
    await user.click(within(partner).getByRole('button', { name: 'Thêm địa chỉ' }));
    const panel = await within(partner).findByRole('region', {
      name: 'Đã đăng ký địa chỉ webhook https://choque.vn/new. Đây là khoá ký (signing secret):',
    });
    expect(within(panel).getByLabelText('Khoá ký webhook')).toHaveValue('whsec_TheSigningSecretShownOnce');
    expect(panel).toHaveTextContent('Khoá ký chỉ hiện một lần này');
    expect(api.sent.webhookEndpointCreate.at(-1)).toEqual({
      partnerId: 'p1',
      url: 'https://choque.vn/new',
      events: ['LISTING_CHANGED'],
    });
    const added = within(partner)
      .getByText('https://choque.vn/new', { selector: 'code' })
      .closest('li') as HTMLElement;
    expect(added).toHaveTextContent('Chưa gửi lần nào.');
    expect(added).toHaveTextContent('Không có lỗi gửi liên tiếp');
  });

  it('edits a partner: a refusal at its field, then a CONFLICT reloaded without losing what was typed', async () => {
    const user = userEvent.setup();
    renderPage();
    const partner = await card('Sàn Chợ Quê');
    expect(partner).toHaveAttribute('data-state', 'enabled');
    const editButton = within(partner).getByRole('button', { name: 'Sửa thông tin Sàn Chợ Quê' });
    await user.click(editButton);
    const name = within(partner).getByLabelText('Tên tổ chức');
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveValue('Sàn Chợ Quê');
    expect(within(partner).getByLabelText('Email liên hệ')).toHaveValue('lan@choque.vn');
    // Nothing changed: nothing sent.
    await user.click(within(partner).getByRole('button', { name: 'Lưu' }));
    expect(await within(partner).findByText('Bạn chưa thay đổi gì.')).toBeInTheDocument();
    expect(api.sent.partnerUpdate).toEqual([]);

    const email = within(partner).getByLabelText('Email liên hệ');
    await user.clear(email);
    await user.type(email, 'lan-at-choque');
    await user.click(within(partner).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(within(partner).getByLabelText('Email liên hệ')).toHaveAccessibleDescription(
        'Địa chỉ e-mail không hợp lệ.',
      ),
    );
    expect(api.sent.partnerUpdate).toEqual([{ id: 'p1', version: 3, contactEmail: 'lan-at-choque' }]);

    // Meanwhile another administrator changes the phone number.
    api.partners[0]!.contactPhone = '0988 000 111';
    api.partners[0]!.version = 4;
    await user.clear(email);
    await user.type(email, 'lan@choque.com.vn');
    await user.clear(name);
    await user.type(name, 'Sàn Chợ Quê Việt');
    await user.click(within(partner).getByRole('button', { name: 'Lưu' }));
    const conflict = (
      await within(partner).findByText('Đối tác vừa được người khác sửa từ khi bạn mở')
    ).closest('[role="alert"]') as HTMLElement;
    await waitFor(() => expect(conflict).toHaveFocus());
    expect(within(partner).getByRole('button', { name: 'Lưu' })).toBeDisabled();
    expect(name).toHaveValue('Sàn Chợ Quê Việt');
    await user.click(within(conflict).getByRole('button', { name: 'Tải bản mới, giữ nội dung đã nhập' }));
    expect(await within(partner).findByText(/Đã tải bản mới/)).toBeInTheDocument();
    // What was typed is kept; the field left alone takes the other person's value.
    expect(within(partner).getByLabelText('Tên tổ chức')).toHaveValue('Sàn Chợ Quê Việt');
    expect(within(partner).getByLabelText('Email liên hệ')).toHaveValue('lan@choque.com.vn');
    expect(within(partner).getByLabelText('Số điện thoại')).toHaveValue('0988 000 111');
    await user.click(within(partner).getByRole('button', { name: 'Lưu' }));
    expect(await within(partner).findByRole('status')).toHaveTextContent('Đã lưu thông tin đối tác.');
    expect(api.sent.partnerUpdate.at(-1)).toEqual({
      id: 'p1',
      version: 4,
      name: 'Sàn Chợ Quê Việt',
      contactEmail: 'lan@choque.com.vn',
    });
    const renamed = await card('Sàn Chợ Quê Việt');
    expect(within(renamed).getByRole('link', { name: 'lan@choque.com.vn' })).toBeInTheDocument();
    expect(within(renamed).getByRole('link', { name: '0988 000 111' })).toBeInTheDocument();
    await waitFor(() =>
      expect(within(renamed).getByRole('button', { name: 'Sửa thông tin Sàn Chợ Quê Việt' })).toHaveFocus(),
    );
    // "Saved" is said until the partner changes again.
    await user.click(within(renamed).getByRole('button', { name: 'Vô hiệu hoá đối tác Sàn Chợ Quê Việt' }));
    await user.click(within(renamed).getByRole('button', { name: 'Vô hiệu hoá' }));
    expect(await within(renamed).findByText('Đã vô hiệu hoá Sàn Chợ Quê Việt.')).toBeInTheDocument();
    expect(within(renamed).queryByText('Đã lưu thông tin đối tác.')).not.toBeInTheDocument();
    expect(api.sent.partnerUpdate.at(-1)).toEqual({ id: 'p1', version: 5, enabled: false });
  });

  it('disables a partner after a confirmation (marked so) and enables it again', async () => {
    const user = userEvent.setup();
    renderPage();
    const partner = await card('Sàn Chợ Quê');
    expect(within(partner).getByText('Đang hoạt động', { selector: '.badge' })).toBeInTheDocument();
    await user.click(within(partner).getByRole('button', { name: 'Vô hiệu hoá đối tác Sàn Chợ Quê' }));
    const question = within(partner).getByRole('group', { name: /^Vô hiệu hoá Sàn Chợ Quê\?/ });
    await waitFor(() => expect(question).toHaveFocus());
    expect(question).toHaveTextContent('bị từ chối trong vòng một giây');
    await user.click(within(question).getByRole('button', { name: 'Không' }));
    expect(api.sent.partnerUpdate).toEqual([]);
    await waitFor(() =>
      expect(within(partner).getByRole('button', { name: 'Vô hiệu hoá đối tác Sàn Chợ Quê' })).toHaveFocus(),
    );

    await user.click(within(partner).getByRole('button', { name: 'Vô hiệu hoá đối tác Sàn Chợ Quê' }));
    await user.click(within(partner).getByRole('button', { name: 'Vô hiệu hoá' }));
    expect(await within(partner).findByRole('status')).toHaveTextContent('Đã vô hiệu hoá Sàn Chợ Quê.');
    expect(api.sent.partnerUpdate).toEqual([{ id: 'p1', version: 3, enabled: false }]);
    expect(partner).toHaveAttribute('data-state', 'disabled');
    expect(partner).toHaveClass('partner-card-disabled');
    expect(within(partner).getByText('Đã vô hiệu hoá', { selector: '.badge' })).toBeInTheDocument();
    // 02:30 UTC is 09:30 in Vietnam.
    expect(partner).toHaveTextContent('Vô hiệu hoá từ 09:30 3/12/26: mọi khoá của đối tác bị API từ chối');
    // Its valid key says it is refused all the same; the revoked one stays revoked.
    expect(keyRow(partner, 'production')).toHaveTextContent('Bị từ chối: đối tác đã vô hiệu hoá');
    expect(keyRow(partner, 'cũ')).toHaveTextContent('Đã thu hồi');
    const enable = within(partner).getByRole('button', { name: 'Bật lại đối tác Sàn Chợ Quê' });
    await waitFor(() => expect(enable).toHaveFocus());

    await user.click(enable);
    await user.click(within(partner).getByRole('button', { name: 'Bật lại' }));
    expect(await within(partner).findByRole('status')).toHaveTextContent('Đã bật lại Sàn Chợ Quê.');
    expect(api.sent.partnerUpdate.at(-1)).toEqual({ id: 'p1', version: 4, enabled: true });
    expect(partner).toHaveAttribute('data-state', 'enabled');
    expect(partner).not.toHaveTextContent('Vô hiệu hoá từ');
    expect(keyRow(partner, 'production')).toHaveTextContent('Còn hiệu lực');
  });

  it('pauses and re-enables an endpoint, changes its events, gives it a new secret and deletes it', async () => {
    const user = userEvent.setup();
    renderPage();
    const partner = await card('Sàn Chợ Quê');
    await user.click(within(partner).getByRole('button', { name: 'Xem địa chỉ webhook' }));
    const url = 'https://choque.vn/hooks/ocop';
    const endpoint = (await within(partner).findByText(url)).closest('li') as HTMLElement;
    expect(within(endpoint).queryByRole('button', { name: `Bật lại ${url}` })).not.toBeInTheDocument();

    await user.click(within(endpoint).getByRole('button', { name: `Tạm dừng ${url}` }));
    expect(await within(endpoint).findByRole('status')).toHaveTextContent('Đã tạm dừng địa chỉ này.');
    expect(endpoint).toHaveAttribute('data-state', 'paused');
    expect(within(endpoint).getByText('Tạm dừng', { selector: '.badge' })).toBeInTheDocument();
    expect(endpoint).toHaveTextContent('Tạm dừng từ 10:00 3/12/26');
    await waitFor(() =>
      expect(within(endpoint).getByRole('button', { name: `Bật lại ${url}` })).toHaveFocus(),
    );
    await user.click(within(endpoint).getByRole('button', { name: `Bật lại ${url}` }));
    expect(await within(endpoint).findByRole('status')).toHaveTextContent('Đã bật lại');
    expect(endpoint).toHaveAttribute('data-state', 'active');
    expect(endpoint).toHaveTextContent('Không có lỗi gửi liên tiếp');
    expect(api.sent.webhookEndpointUpdate).toEqual([
      { id: 'w1', enabled: false },
      { id: 'w1', enabled: true },
    ]);

    // An endpoint disabled after failures is offered "re-enable" too.
    api.endpoints[0]!.disabledAt = '2026-12-03T04:00:00.000Z';
    api.endpoints[0]!.disabledReason = '10 failed deliveries in a row';

    await user.click(within(endpoint).getByRole('button', { name: `Đổi sự kiện của ${url}` }));
    const revoked = within(endpoint).getByRole('checkbox', {
      name: 'Chứng nhận bị thu hồi (certificate.revoked)',
    });
    expect(revoked).toBeChecked();
    await user.click(revoked);
    await user.click(within(endpoint).getByRole('button', { name: 'Lưu sự kiện' }));
    expect(within(endpoint).getByText('Chọn ít nhất một sự kiện.')).toBeInTheDocument();
    expect(api.sent.webhookEndpointUpdate).toHaveLength(2);
    await user.click(within(endpoint).getByRole('checkbox', { name: 'Sản phẩm mới (product.listed)' }));
    await user.click(within(endpoint).getByRole('checkbox', { name: 'Tin bán thay đổi (listing.changed)' }));
    await user.click(within(endpoint).getByRole('button', { name: 'Lưu sự kiện' }));
    expect(await within(endpoint).findByRole('status')).toHaveTextContent('Đã lưu các sự kiện.');
    expect(api.sent.webhookEndpointUpdate.at(-1)).toEqual({
      id: 'w1',
      events: ['PRODUCT_LISTED', 'LISTING_CHANGED'],
    });
    expect(endpoint).toHaveTextContent('Sản phẩm mới (product.listed)');
    expect(endpoint).not.toHaveTextContent('Chứng nhận bị thu hồi');
    expect(endpoint).toHaveAttribute('data-state', 'disabled');
    expect(within(endpoint).getByRole('button', { name: `Bật lại ${url}` })).toBeInTheDocument();

    // A new signing secret, after a confirmation, shown once in the same panel as a new one's.
    await user.click(within(endpoint).getByRole('button', { name: `Đổi khoá ký của ${url}` }));
    expect(endpoint).toHaveTextContent('Đổi khoá ký? Từ giờ mọi lần gửi được ký bằng khoá mới');
    await user.click(within(endpoint).getByRole('button', { name: 'Không' }));
    expect(api.sent.webhookEndpointRotateSecret).toEqual([]);
    await user.click(within(endpoint).getByRole('button', { name: `Đổi khoá ký của ${url}` }));
    await user.click(within(endpoint).getByRole('button', { name: 'Đổi khoá ký' }));
    const panel = await within(partner).findByRole('region', {
      name: `Đã đổi khoá ký của ${url}. Đây là khoá ký mới:`,
    });
    expect(within(panel).getByLabelText('Khoá ký webhook')).toHaveValue('whsec_Rotated1');
    await waitFor(() => expect(panel).toHaveFocus());
    await user.click(within(panel).getByRole('button', { name: 'Tôi đã lưu, đóng lại' }));
    expect(document.body.textContent).not.toContain('whsec_Rotated1');
    await waitFor(() =>
      expect(within(endpoint).getByRole('button', { name: `Đổi khoá ký của ${url}` })).toHaveFocus(),
    );
    expect(api.sent.webhookEndpointRotateSecret).toEqual(['w1']);

    // Deleted after a confirmation: gone from the list, and said so.
    await user.click(within(endpoint).getByRole('button', { name: `Xoá ${url}` }));
    expect(endpoint).toHaveTextContent('Không thể hoàn tác');
    await user.click(within(endpoint).getByRole('button', { name: 'Xoá' }));
    expect(await within(partner).findByRole('status')).toHaveTextContent(`Đã xoá địa chỉ webhook ${url}.`);
    expect(within(partner).queryByText(url, { selector: 'code' })).not.toBeInTheDocument();
    expect(within(partner).getByText('Chưa có địa chỉ webhook nào.')).toBeInTheDocument();
    expect(api.sent.webhookEndpointDelete).toEqual(['w1']);
    await waitFor(() =>
      expect(within(partner).getByRole('button', { name: '+ Thêm địa chỉ webhook' })).toHaveFocus(),
    );
  });

  it('reads in English too', async () => {
    renderWithProviders(<PartnersRoute />, {
      url: '/admin/partners',
      path: '/admin/partners',
      mocks: api.mocks(),
      locale: 'en',
    });
    const partner = await card('Sàn Chợ Quê');
    expect(screen.getByRole('heading', { level: 1, name: 'API partners' })).toBeInTheDocument();
    expect(keyRow(partner, 'cũ')).toHaveTextContent('Revoked');
    expect(within(partner).getByRole('button', { name: 'Issue a key to Sàn Chợ Quê' })).toBeInTheDocument();
    expect(keyRow(partner, 'production')).toHaveTextContent('This hour: 1,234 / 20,000 points');
    expect(keyRow(partner, 'cũ')).toHaveTextContent('This hour: 0 points / platform default');
    expect(
      within(partner).getByRole('button', { name: 'Disable the partner Sàn Chợ Quê' }),
    ).toBeInTheDocument();
  });
});

describe('parsePoints', () => {
  it('reads whole numbers, grouped as either language writes them, and refuses anything else', () => {
    expect(parsePoints('')).toBeNull();
    expect(parsePoints('  ')).toBeNull();
    expect(parsePoints('1500')).toBe(1500);
    expect(parsePoints('1.500')).toBe(1500);
    expect(parsePoints('1,500')).toBe(1500);
    expect(parsePoints(' 1 000 000 ')).toBe(1_000_000);
    for (const bad of ['1.5', '1,50', '0', '1000001', '-5', '2 triệu', '12.34.567', '1e3'])
      expect(parsePoints(bad), bad).toBeNaN();
  });
});
