import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ViewerQuery } from '../../app/viewer';
import { renderWithProviders } from '../../test-utils';
import AuditRoute, { AuditRouteQuery } from './AuditRoute';

const viewer = {
  __typename: 'User',
  id: 'u1',
  email: 'admin@example.vn',
  displayName: 'Quản trị',
  locale: 'vi',
  roles: [{ __typename: 'RoleGrant', role: 'ADMINISTRATOR', producer: null, unit: null }],
};

const entry = (id: string, over: object) => ({
  __typename: 'AuditEntry',
  id,
  occurredAt: '2026-12-03T03:00:00.000Z',
  action: 'webhookEndpointCreate',
  entityType: 'WebhookEndpoint',
  entityId: null,
  outcome: 'APPLIED',
  requestId: null,
  before: null,
  after: { url: 'https://choque.vn/hook' },
  actor: null,
  partner: null,
  unit: null,
  ...over,
});

const renderAudit = (locale: 'vi' | 'en' = 'vi') =>
  renderWithProviders(<AuditRoute />, {
    url: '/official/audit',
    path: '/official/audit',
    locale,
    mocks: [
      { request: { query: ViewerQuery }, result: { data: { viewer } }, maxUsageCount: Infinity },
      {
        request: { query: AuditRouteQuery, variables: () => true },
        result: {
          data: {
            auditLog: {
              __typename: 'AuditEntryConnection',
              edges: [
                {
                  __typename: 'AuditEntryEdge',
                  cursor: 'c2',
                  node: entry('a2', {
                    partner: { __typename: 'AuditPartner', name: 'Sàn Chợ Quê', keyPrefix: 'abcd1234' },
                  }),
                },
                {
                  __typename: 'AuditEntryEdge',
                  cursor: 'c1',
                  node: entry('a1', {
                    actor: { __typename: 'User', id: 'u9', displayName: 'Chị Hoa', email: 'hoa@example.vn' },
                  }),
                },
              ],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
            },
          },
        },
        maxUsageCount: Infinity,
      },
    ],
  });

describe('AuditRoute', () => {
  it('names the partner and the key’s prefix for an entry made with an API key, the person otherwise', async () => {
    renderAudit();
    const byKey = (await screen.findByText(/^Đối tác: Sàn Chợ Quê/)).closest('tr') as HTMLElement;
    expect(within(byKey).getByText('Đối tác: Sàn Chợ Quê (khoá ocop_abcd1234_…)')).toBeInTheDocument();
    expect(byKey).not.toHaveTextContent('Ẩn danh');
    const byPerson = screen.getByText('Chị Hoa').closest('tr') as HTMLElement;
    expect(byPerson).toHaveTextContent('hoa@example.vn');
    expect(byPerson).not.toHaveTextContent('Đối tác:');
  });

  it('reads in English too', async () => {
    renderAudit('en');
    expect(await screen.findByText('Partner: Sàn Chợ Quê (key ocop_abcd1234_…)')).toBeInTheDocument();
  });
});
