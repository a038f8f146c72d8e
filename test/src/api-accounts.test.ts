import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource, databaseUrl, now } from '@ocop/db';
import { MAX_SEARCH_LENGTH } from '@ocop/server/dist/common/sql/search';
import { sweepExpiredAuthState } from '@ocop/server/dist/modules/auth/housekeeping';
import { inject } from 'vitest';
import { sha256, type Loose, type TypedDocument } from './client';
import { DEMO } from './demo-accounts';
import { startDemoPlatform, type DemoPlatform } from './demo-platform';
import { gql } from './gql';
import type { UserInviteInput } from './gql/graphql';

/**
 * User administration over HTTP, on a platform of its own: invitations, disabling, roles, the
 * users list and password changes — who may do each, what is written, what is audited.
 */

gql(`fragment AccountsUser on User {
  id email displayName status locale version lastLoginAt createdAt
  roles { id role producer { name } unit { code name level } }
}`);
const INVITE = gql(`mutation Invite($input: UserInviteInput!) {
  userInvite(input: $input) { user { ...AccountsUser } invitationUrl userErrors { field code message } }
}`);
const ACCEPT = gql(`mutation Accept($input: InvitationAcceptInput!) {
  invitationAccept(input: $input) { viewer { id email displayName roles { role } } userErrors { field code message } }
}`);
const DISABLE = gql(`mutation Disable($input: UserStatusChangeInput!) {
  userDisable(input: $input) { user { status version } userErrors { field code currentVersion } }
}`);
const ENABLE = gql(`mutation Enable($input: UserStatusChangeInput!) {
  userEnable(input: $input) { user { status version } userErrors { field code currentVersion } }
}`);
const GRANT = gql(`mutation Grant($input: RoleGrantInput!) {
  roleGrant(input: $input) { user { roles { id role unit { code } producer { name } } } userErrors { field code } }
}`);
const REVOKE = gql(`mutation Revoke($input: RoleRevokeInput!) {
  roleRevoke(input: $input) { user { roles { role } } userErrors { field code } }
}`);
const USERS = gql(`query Users($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) {
    totalCount nodes { email status roles { role } } pageInfo { hasNextPage endCursor }
  }
}`);
const PASSWORD_CHANGE = gql(`mutation Change($input: PasswordChangeInput!) {
  passwordChange(input: $input) { changed otherSessionsEnded userErrors { field code retryAfterSeconds } }
}`);
const VIEWER = gql(`query AccountsViewer { viewer { email roles { role } } }`);

const nodeId = (type: string, uuid: string): string => Buffer.from(`${type}:${uuid}`).toString('base64');

let api: DemoPlatform;
let admin: string;
let editor: string;
let official: string;
const ids: Record<string, string> = {};

interface UserRow {
  id: string;
  status: string;
  version: number;
  password_hash: string | null;
}

async function userRow(email: string): Promise<UserRow | undefined> {
  const { rows } = await api.db.query<UserRow>(
    `SELECT id, status, version, password_hash FROM app_user WHERE email_normalized = $1`,
    [email.toLowerCase()],
  );
  return rows[0];
}

async function count(table: string): Promise<number> {
  const { rows } = await api.db.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table}`);
  return rows[0]!.count;
}

async function cookieOf(email: string, password: string = DEMO.password): Promise<string> {
  const answer = await api.client.login(email, password);
  expect(answer.body.data?.login.userErrors).toEqual([]);
  return answer.cookie!;
}

function tokenFrom(url: string | null): string {
  expect(url).toMatch(/^\/invitation\/[A-Za-z0-9_-]{43}$/);
  return url!.slice('/invitation/'.length);
}

beforeAll(async () => {
  api = await startDemoPlatform('ocop_accounts');
  admin = await cookieOf(DEMO.administrator);
  editor = await cookieOf(DEMO.producerEditor);
  official = await cookieOf(DEMO.provinceOfficial);
  const { rows } = await api.db.query<{ key: string; id: string }>(
    `SELECT 'province' AS key, id FROM admin_unit WHERE level = 'province' AND code = '11' AND valid_to IS NULL
     UNION ALL SELECT 'oldProvince', id FROM admin_unit WHERE level = 'province' AND code = '11' AND valid_to IS NOT NULL
     UNION ALL (SELECT 'commune', id FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL ORDER BY code LIMIT 1)
     UNION ALL (SELECT 'producer', id FROM producer WHERE deleted_at IS NULL ORDER BY name LIMIT 1)`,
  );
  for (const row of rows) {
    ids[row.key] = nodeId(row.key === 'producer' ? 'Producer' : 'AdministrativeUnit', row.id);
  }
  expect(Object.keys(ids).sort()).toEqual(['commune', 'oldProvince', 'producer', 'province']);
});
afterAll(async () => {
  await api?.stop();
});

describe('who may administer accounts', () => {
  it('refuses every administration to the public (UNAUTHENTICATED) and to non-administrators (FORBIDDEN), writing nothing but the audit of each attempt', async () => {
    const target = await userRow(DEMO.producerEditor);
    const targetId = nodeId('User', target!.id);
    const { rows: grants } = await api.db.query<{ id: string }>(`SELECT id FROM role_assignment LIMIT 1`);
    const attempts: [TypedDocument<Loose, Loose>, unknown][] = [
      [INVITE, { input: { email: 'intruder@example.vn', displayName: 'Intruder', role: 'ADMINISTRATOR' } }],
      [DISABLE, { input: { id: targetId, version: target!.version } }],
      [ENABLE, { input: { id: targetId, version: target!.version } }],
      [GRANT, { input: { userId: targetId, role: 'ADMINISTRATOR' } }],
      [REVOKE, { input: { id: nodeId('RoleAssignment', grants[0]!.id) } }],
    ];
    const before = {
      users: await count('app_user'),
      roles: await count('role_assignment'),
      invitations: await count('user_invitation'),
      denied: Number(
        (await api.db.query(`SELECT count(*) FROM audit_log WHERE outcome = 'denied'`)).rows[0].count,
      ),
    };
    for (const [cookie, code] of [
      [null, 'UNAUTHENTICATED'],
      [editor, 'FORBIDDEN'],
      [official, 'FORBIDDEN'],
    ] as const) {
      for (const [query, variables] of attempts) {
        const answer = await api.client.request(query, variables, { cookie });
        expect(answer.body.errors?.[0]?.extensions?.code, String(query).split('(')[0]).toBe(code);
      }
      const list = await api.client.request(USERS, {}, { cookie });
      expect(list.body.errors?.[0]?.extensions?.code).toBe(code);
      expect(list.body.data).toBeNull();
    }
    expect(await count('app_user')).toBe(before.users);
    expect(await count('role_assignment')).toBe(before.roles);
    expect(await count('user_invitation')).toBe(before.invitations);
    expect((await userRow(DEMO.producerEditor))?.version).toBe(target!.version);
    const denied = Number(
      (await api.db.query(`SELECT count(*) FROM audit_log WHERE outcome = 'denied'`)).rows[0].count,
    );
    // Each refused mutation, and each refused read of the users list.
    expect(denied - before.denied).toBe(3 * (attempts.length + 1));
    // The user is still who they were: nothing above reached them.
    expect((await api.client.request(VIEWER, {}, { cookie: editor })).body.data).toEqual({
      viewer: { email: DEMO.producerEditor, roles: [{ role: 'PRODUCER_EDITOR' }] },
    });
  });
});

describe('invitations', () => {
  it('invite a user without a password and hand the administrator a one-time link, stored only as a hash', async () => {
    const answer = await api.client.request(
      INVITE,
      {
        input: {
          email: '  Can.Bo.Xa@Example.vn ',
          displayName: 'Cán bộ xã',
          role: 'COMMUNE_OFFICIAL',
          unitId: ids.commune,
          locale: 'en',
        },
      },
      { cookie: admin, headers: { 'x-request-id': 'accounts-invite-1' } },
    );
    const payload = answer.body.data!.userInvite;
    expect(payload.userErrors).toEqual([]);
    expect(payload.user).toMatchObject({
      email: 'Can.Bo.Xa@Example.vn',
      displayName: 'Cán bộ xã',
      status: 'INVITED',
      locale: 'en',
      version: 1,
      lastLoginAt: null,
      roles: [{ role: 'COMMUNE_OFFICIAL', producer: null, unit: { level: 'COMMUNE' } }],
    });
    expect(JSON.stringify(answer.body)).not.toMatch(/hash|argon/i);
    const token = tokenFrom(payload.invitationUrl);
    const row = await userRow('can.bo.xa@example.vn');
    expect(row).toMatchObject({ status: 'invited', password_hash: null });
    const { rows } = await api.db.query<{ token_hash: string; days: number; used: boolean }>(
      `SELECT token_hash, round(extract(epoch FROM expires_at - created_at) / 86400)::int AS days,
              used_at IS NOT NULL AS used
       FROM user_invitation WHERE user_id = $1`,
      [row!.id],
    );
    expect(rows).toEqual([{ token_hash: sha256(token), days: 7, used: false }]);
    // The invited user cannot log in yet, and the answer says nothing more than for a wrong password.
    const login = await api.client.login('can.bo.xa@example.vn', 'any password at all');
    expect(login.body.data?.login.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    const audit = await api.db.query<{ outcome: string; actor: boolean; after: string }>(
      `SELECT outcome, actor_user_id = (SELECT id FROM app_user WHERE email_normalized = $1) AS actor, after::text
       FROM audit_log WHERE action = 'userInvite' AND request_id = 'accounts-invite-1'`,
      [DEMO.administrator],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ outcome: 'applied', actor: true });
    expect(audit.rows[0]!.after).not.toContain(token);
    expect(audit.rows[0]!.after).not.toContain(sha256(token));

    // Accepting: a weak password changes nothing…
    const weak = await api.client.request(ACCEPT, { input: { token, password: 'short' } });
    expect(weak.body.data?.invitationAccept.viewer).toBeNull();
    expect(weak.body.data?.invitationAccept.userErrors).toMatchObject([
      { field: ['input', 'password'], code: 'TOO_SHORT' },
    ]);
    expect(await userRow('can.bo.xa@example.vn')).toMatchObject({
      status: 'invited',
      password_hash: null,
      version: 1,
    });

    // …a good one activates the account and logs in with a new session.
    const accepted = await api.client.request(ACCEPT, {
      input: { token, password: 'commune official password', displayName: 'Cán bộ xã Thanh Xương' },
    });
    expect(accepted.body.data?.invitationAccept).toEqual({
      viewer: {
        id: nodeId('User', row!.id),
        email: 'Can.Bo.Xa@Example.vn',
        displayName: 'Cán bộ xã Thanh Xương',
        roles: [{ role: 'COMMUNE_OFFICIAL' }],
      },
      userErrors: [],
    });
    expect(accepted.setCookie).toMatch(/HttpOnly/);
    expect((await api.client.request(VIEWER, {}, { cookie: accepted.cookie })).body.data).toEqual({
      viewer: { email: 'Can.Bo.Xa@Example.vn', roles: [{ role: 'COMMUNE_OFFICIAL' }] },
    });
    const active = await userRow('can.bo.xa@example.vn');
    expect(active).toMatchObject({ status: 'active', version: 2 });
    expect(active!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await cookieOf('can.bo.xa@example.vn', 'commune official password');

    // The link works once.
    const again = await api.client.request(ACCEPT, { input: { token, password: 'another password 123' } });
    expect(again.body.data?.invitationAccept.userErrors).toMatchObject([
      { field: ['input', 'token'], code: 'INVALID' },
    ]);
    expect((await userRow('can.bo.xa@example.vn'))?.password_hash).toBe(active!.password_hash);
  });

  it('refuse an unknown, malformed or expired token with one and the same answer', async () => {
    const invite = await api.client.request(
      INVITE,
      {
        input: {
          email: 'late@example.vn',
          displayName: 'Late',
          role: 'PRODUCER_EDITOR',
          producerId: ids.producer,
        },
      },
      { cookie: admin },
    );
    const token = tokenFrom(invite.body.data!.userInvite.invitationUrl);
    await api.db.query(
      `UPDATE user_invitation SET created_at = $2::timestamptz - interval '8 days',
                                  expires_at = $2::timestamptz - interval '1 day'
       WHERE token_hash = $1`,
      [sha256(token), now()],
    );
    const answers = [];
    for (const candidate of [token, 'A'.repeat(43), 'not-a-token']) {
      const answer = await api.client.request(ACCEPT, {
        input: { token: candidate, password: 'a perfectly good password' },
      });
      answers.push(answer.body.data?.invitationAccept);
    }
    expect(answers[0]).toMatchObject({
      viewer: null,
      userErrors: [{ field: ['input', 'token'], code: 'INVALID' }],
    });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(await userRow('late@example.vn')).toMatchObject({ status: 'invited', password_hash: null });
  });

  it('with an idempotency key, a retried invitation creates one user and answers a fresh link (the first one stops working)', async () => {
    const input: UserInviteInput = {
      email: 'retry@example.vn',
      displayName: 'Retry',
      role: 'PROVINCE_OFFICIAL',
      unitId: ids.province,
      idempotencyKey: 'invite-retry-0001',
    };
    const users = await count('app_user');
    const first = await api.client.request(
      INVITE,
      { input },
      {
        cookie: admin,
      },
    );
    const second = await api.client.request(
      INVITE,
      { input },
      {
        cookie: admin,
      },
    );
    expect(second.body.data?.userInvite.user!.id).toBe(first.body.data?.userInvite.user!.id);
    expect(await count('app_user')).toBe(users + 1);
    const oldToken = tokenFrom(first.body.data!.userInvite.invitationUrl);
    const newToken = tokenFrom(second.body.data!.userInvite.invitationUrl);
    expect(newToken).not.toBe(oldToken);
    const old = await api.client.request(ACCEPT, {
      input: { token: oldToken, password: 'retry user password' },
    });
    expect(old.body.data?.invitationAccept.userErrors[0]?.code).toBe('INVALID');
    const fresh = await api.client.request(ACCEPT, {
      input: { token: newToken, password: 'retry user password' },
    });
    expect(fresh.body.data?.invitationAccept.userErrors).toEqual([]);
    // The same key with another input is a client bug, not a retry.
    const misuse = await api.client.request(
      INVITE,
      { input: { ...input, email: 'other@example.vn' } },
      { cookie: admin },
    );
    expect(misuse.body.data?.userInvite.userErrors[0]?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await count('app_user')).toBe(users + 1);
  });

  it('refuse a taken email and a role bound to the wrong thing, writing nothing', async () => {
    const users = await count('app_user');
    const roles = await count('role_assignment');
    const cases: [Omit<UserInviteInput, 'email' | 'displayName'> & { email?: string }, string[], string][] = [
      [{ email: DEMO.producerEditor.toUpperCase(), role: 'ADMINISTRATOR' }, ['input', 'email'], 'DUPLICATE'],
      [{ email: 'not an email', role: 'ADMINISTRATOR' }, ['input', 'email'], 'INVALID'],
      [{ role: 'PRODUCER_EDITOR' }, ['input', 'producerId'], 'REQUIRED'],
      [{ role: 'PRODUCER_EDITOR', producerId: ids.commune }, ['input', 'producerId'], 'NOT_FOUND'],
      [{ role: 'PROVINCE_OFFICIAL' }, ['input', 'unitId'], 'REQUIRED'],
      [{ role: 'PROVINCE_OFFICIAL', unitId: ids.commune }, ['input', 'unitId'], 'INVALID'],
      [{ role: 'PROVINCE_OFFICIAL', unitId: ids.oldProvince }, ['input', 'unitId'], 'INVALID'],
      [{ role: 'COMMUNE_OFFICIAL', unitId: ids.province }, ['input', 'unitId'], 'INVALID'],
      [{ role: 'ADMINISTRATOR', unitId: ids.province }, ['input', 'unitId'], 'INVALID'],
      [
        { role: 'COMMUNE_OFFICIAL', unitId: ids.commune, producerId: ids.producer },
        ['input', 'producerId'],
        'INVALID',
      ],
    ];
    for (const [fields, field, code] of cases) {
      const answer = await api.client.request(
        INVITE,
        { input: { email: 'someone.new@example.vn', displayName: 'Someone', ...fields } },
        { cookie: admin },
      );
      expect(answer.body.data?.userInvite, JSON.stringify(fields)).toMatchObject({
        user: null,
        invitationUrl: null,
        userErrors: [{ field, code }],
      });
    }
    expect(await count('app_user')).toBe(users);
    expect(await count('role_assignment')).toBe(roles);
  });
});

describe('disabling and enabling', () => {
  let target: { id: string; email: string };
  beforeAll(async () => {
    const email = 'producer.staff@example.vn';
    const invite = await api.client.request(
      INVITE,
      { input: { email, displayName: 'Staff', role: 'PRODUCER_EDITOR', producerId: ids.producer } },
      { cookie: admin },
    );
    await api.client.request(ACCEPT, {
      input: { token: tokenFrom(invite.body.data!.userInvite.invitationUrl), password: 'staff password 1' },
    });
    target = { id: invite.body.data!.userInvite.user!.id, email };
  });

  it('disable with the current version only, end the sessions, refuse the login; enable restores it', async () => {
    const session = await cookieOf(target.email, 'staff password 1');
    const row = await userRow(target.email);
    const stale = await api.client.request(
      DISABLE,
      { input: { id: target.id, version: row!.version - 1 } },
      { cookie: admin },
    );
    expect(stale.body.data?.userDisable.userErrors).toEqual([
      { field: ['input', 'version'], code: 'CONFLICT', currentVersion: row!.version },
    ]);
    expect((await userRow(target.email))?.status).toBe('active');

    const disabled = await api.client.request(
      DISABLE,
      { input: { id: target.id, version: row!.version } },
      { cookie: admin },
    );
    expect(disabled.body.data?.userDisable).toEqual({
      user: { status: 'DISABLED', version: row!.version + 1 },
      userErrors: [],
    });
    expect((await api.client.request(VIEWER, {}, { cookie: session })).body.data).toEqual({ viewer: null });
    const login = await api.client.login(target.email, 'staff password 1');
    expect(login.body.data?.login.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    const twice = await api.client.request(
      DISABLE,
      { input: { id: target.id, version: row!.version + 1 } },
      { cookie: admin },
    );
    expect(twice.body.data?.userDisable.userErrors[0]?.code).toBe('INVALID');

    const enabled = await api.client.request(
      ENABLE,
      { input: { id: target.id, version: row!.version + 1 } },
      { cookie: admin },
    );
    expect(enabled.body.data?.userEnable).toEqual({
      user: { status: 'ACTIVE', version: row!.version + 2 },
      userErrors: [],
    });
    // The old session stays ended; a new login works.
    expect((await api.client.request(VIEWER, {}, { cookie: session })).body.data).toEqual({ viewer: null });
    await cookieOf(target.email, 'staff password 1');
    const audit = await api.db.query<{ action: string; outcome: string }>(
      `SELECT action, outcome FROM audit_log WHERE action IN ('userDisable', 'userEnable') AND entity_id = $1 ORDER BY id`,
      [row!.id],
    );
    expect(audit.rows).toEqual([
      { action: 'userDisable', outcome: 'rejected' },
      { action: 'userDisable', outcome: 'applied' },
      { action: 'userDisable', outcome: 'rejected' },
      { action: 'userEnable', outcome: 'applied' },
    ]);
  });

  it('refuses to disable yourself, and to act on an unknown user', async () => {
    const me = await userRow(DEMO.administrator);
    const self = await api.client.request(
      DISABLE,
      { input: { id: nodeId('User', me!.id), version: me!.version } },
      { cookie: admin },
    );
    expect(self.body.data?.userDisable.userErrors).toMatchObject([
      { field: ['input', 'id'], code: 'INVALID' },
    ]);
    expect((await userRow(DEMO.administrator))?.status).toBe('active');
    const unknown = await api.client.request(
      DISABLE,
      { input: { id: nodeId('User', '00000000-0000-4000-8000-000000000000'), version: 1 } },
      { cookie: admin },
    );
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('roles', () => {
  it('grant with the binding checked, once; take effect at the next request; revoke', async () => {
    const official = await userRow(DEMO.provinceOfficial);
    const userId = nodeId('User', official!.id);
    const session = await cookieOf(DEMO.provinceOfficial);
    const granted = await api.client.request(
      GRANT,
      { input: { userId, role: 'PRODUCER_EDITOR', producerId: ids.producer } },
      { cookie: admin },
    );
    expect(granted.body.data?.roleGrant.userErrors).toEqual([]);
    expect(granted.body.data?.roleGrant.user!.roles.map((r) => r.role).sort()).toEqual([
      'PRODUCER_EDITOR',
      'PROVINCE_OFFICIAL',
    ]);
    expect((await api.client.request(VIEWER, {}, { cookie: session })).body.data).toEqual({
      viewer: {
        email: DEMO.provinceOfficial,
        roles: [{ role: 'PRODUCER_EDITOR' }, { role: 'PROVINCE_OFFICIAL' }],
      },
    });
    const roles = await count('role_assignment');
    const twice = await api.client.request(
      GRANT,
      { input: { userId, role: 'PRODUCER_EDITOR', producerId: ids.producer } },
      { cookie: admin },
    );
    expect(twice.body.data?.roleGrant.userErrors).toEqual([{ field: ['input', 'role'], code: 'DUPLICATE' }]);
    const wrong = await api.client.request(
      GRANT,
      { input: { userId, role: 'COMMUNE_OFFICIAL', unitId: ids.province } },
      { cookie: admin },
    );
    expect(wrong.body.data?.roleGrant.userErrors).toEqual([{ field: ['input', 'unitId'], code: 'INVALID' }]);
    expect(await count('role_assignment')).toBe(roles);

    const assignment = granted.body.data!.roleGrant.user!.roles.find((r) => r.role === 'PRODUCER_EDITOR')!;
    const revoked = await api.client.request(REVOKE, { input: { id: assignment.id } }, { cookie: admin });
    expect(revoked.body.data?.roleRevoke).toEqual({
      user: { roles: [{ role: 'PROVINCE_OFFICIAL' }] },
      userErrors: [],
    });
    expect(await count('role_assignment')).toBe(roles - 1);
    expect((await api.client.request(VIEWER, {}, { cookie: session })).body.data).toEqual({
      viewer: { email: DEMO.provinceOfficial, roles: [{ role: 'PROVINCE_OFFICIAL' }] },
    });
    const gone = await api.client.request(REVOKE, { input: { id: assignment.id } }, { cookie: admin });
    expect(gone.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses to revoke your own administrator role', async () => {
    const me = await userRow(DEMO.administrator);
    const { rows } = await api.db.query<{ id: string }>(
      `SELECT id FROM role_assignment WHERE user_id = $1 AND role = 'administrator'`,
      [me!.id],
    );
    const answer = await api.client.request(
      REVOKE,
      { input: { id: nodeId('RoleAssignment', rows[0]!.id) } },
      { cookie: admin },
    );
    expect(answer.body.data?.roleRevoke.userErrors).toEqual([{ field: ['input', 'id'], code: 'INVALID' }]);
    const still = await api.db.query(`SELECT 1 FROM role_assignment WHERE id = $1`, [rows[0]!.id]);
    expect(still.rows).toHaveLength(1);
  });
});

describe('the users list', () => {
  it('filters by search (case and diacritics folded), role and status, and pages without gaps or repeats', async () => {
    type Users = {
      users: {
        totalCount: number;
        nodes: { email: string; status: string; roles: { role: string }[] }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const all = (
      await api.db.query<{ email: string }>(`SELECT email FROM app_user ORDER BY email_normalized, id`)
    ).rows.map((r) => r.email);
    const walked: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const answer: { body: { data?: Users | null } } = await api.client.request(
        USERS,
        { first: 2, after },
        { cookie: admin },
      );
      const users: Users['users'] = answer.body.data!.users;
      expect(users.totalCount).toBe(all.length);
      walked.push(...users.nodes.map((n) => n.email));
      if (!users.pageInfo.hasNextPage) break;
      after = users.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);

    const search = await api.client.request(USERS, { filter: { search: 'QUAN TRI' } }, { cookie: admin });
    expect(search.body.data?.users.nodes.map((n) => n.email)).toEqual([DEMO.administrator]);
    const byRole = await api.client.request(
      USERS,
      { filter: { role: 'COMMUNE_OFFICIAL' } },
      { cookie: admin },
    );
    expect(byRole.body.data?.users.nodes.map((n) => n.email)).toEqual(['Can.Bo.Xa@Example.vn']);
    const invited = await api.client.request(USERS, { filter: { status: 'INVITED' } }, { cookie: admin });
    const expected = (
      await api.db.query<{ email: string }>(
        `SELECT email FROM app_user WHERE status = 'invited' ORDER BY email_normalized`,
      )
    ).rows.map((r) => r.email);
    expect(expected.length).toBeGreaterThan(0);
    expect(invited.body.data?.users.nodes.map((n) => n.email)).toEqual(expected);
    const none = await api.client.request(USERS, { filter: { search: '100%_' } }, { cookie: admin });
    expect(none.body.data?.users.totalCount).toBe(0);
    // One search limit for every list, the catalogue's: as long is searched, one more refused.
    const longest = await api.client.request(
      USERS,
      { filter: { search: `quan ${'t'.repeat(MAX_SEARCH_LENGTH - 5)}` } },
      { cookie: admin },
    );
    expect(longest.body.errors).toBeUndefined();
    expect(longest.body.data?.users.totalCount).toBe(0);
    const overlong = await api.client.request(
      USERS,
      { filter: { search: 'q'.repeat(MAX_SEARCH_LENGTH + 1) } },
      { cookie: admin },
    );
    expect(overlong.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(overlong.body.data?.users ?? null).toBeNull();
    const tooMany = await api.client.request(USERS, { first: 101 }, { cookie: admin });
    expect(tooMany.status).toBe(400);
  });
});

describe('passwordChange', () => {
  it('needs the current password, counts wrong ones against the account, and ends the other sessions', async () => {
    const email = 'changer@example.vn';
    const invite = await api.client.request(
      INVITE,
      { input: { email, displayName: 'Changer', role: 'PRODUCER_EDITOR', producerId: ids.producer } },
      { cookie: admin },
    );
    // Three sessions: the one accepting the invitation opened, and two logins.
    const accepted = await api.client.request(ACCEPT, {
      input: { token: tokenFrom(invite.body.data!.userInvite.invitationUrl), password: 'first password 1' },
    });
    const here = await cookieOf(email, 'first password 1');
    const elsewhere = await cookieOf(email, 'first password 1');

    const anonymous = await api.client.request(PASSWORD_CHANGE, {
      input: { currentPassword: 'x', newPassword: 'second password 2' },
    });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await api.client.request(
      PASSWORD_CHANGE,
      { input: { currentPassword: 'not it at all', newPassword: 'second password 2' } },
      { cookie: here },
    );
    expect(wrong.body.data?.passwordChange).toEqual({
      changed: false,
      otherSessionsEnded: 0,
      userErrors: [
        { field: ['input', 'currentPassword'], code: 'INVALID_CREDENTIALS', retryAfterSeconds: null },
      ],
    });
    const { rows } = await api.db.query<{ failures: number }>(
      `SELECT failures FROM login_throttle WHERE key = $1`,
      [`email:${email}`],
    );
    expect(rows).toEqual([{ failures: 1 }]);
    const weak = await api.client.request(
      PASSWORD_CHANGE,
      { input: { currentPassword: 'first password 1', newPassword: 'short' } },
      { cookie: here },
    );
    expect(weak.body.data?.passwordChange.userErrors).toMatchObject([
      { field: ['input', 'newPassword'], code: 'TOO_SHORT' },
    ]);

    const changed = await api.client.request(
      PASSWORD_CHANGE,
      { input: { currentPassword: 'first password 1', newPassword: 'second password 2' } },
      { cookie: here },
    );
    expect(changed.body.data?.passwordChange).toEqual({
      changed: true,
      otherSessionsEnded: 2,
      userErrors: [],
    });
    expect((await api.client.request(VIEWER, {}, { cookie: here })).body.data?.viewer?.email).toBe(email);
    expect((await api.client.request(VIEWER, {}, { cookie: elsewhere })).body.data).toEqual({ viewer: null });
    expect((await api.client.request(VIEWER, {}, { cookie: accepted.cookie })).body.data).toEqual({
      viewer: null,
    });
    expect((await api.client.login(email, 'first password 1')).body.data?.login.userErrors[0]?.code).toBe(
      'INVALID_CREDENTIALS',
    );
    await cookieOf(email, 'second password 2');
  });

  it('is throttled after 5 wrong current passwords', async () => {
    const email = 'changer@example.vn';
    const session = await cookieOf(email, 'second password 2');
    for (let i = 0; i < 5; i += 1) {
      await api.client.request(
        PASSWORD_CHANGE,
        { input: { currentPassword: `guess ${i}`, newPassword: 'third password 3' } },
        {
          cookie: session,
        },
      );
    }
    const answer = await api.client.request(
      PASSWORD_CHANGE,
      { input: { currentPassword: 'second password 2', newPassword: 'third password 3' } },
      { cookie: session },
    );
    expect(answer.body.data?.passwordChange.changed).toBe(false);
    expect(answer.body.data?.passwordChange.userErrors[0]?.code).toBe('THROTTLED');
    expect(answer.body.data?.passwordChange.userErrors[0]?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('checks at most 5 current passwords of 40 concurrent wrong ones; a weak new password is no guess', async () => {
    const email = 'burst.changer@example.vn';
    const invite = await api.client.request(
      INVITE,
      { input: { email, displayName: 'Burst changer', role: 'PRODUCER_EDITOR', producerId: ids.producer } },
      { cookie: admin },
    );
    await api.client.request(ACCEPT, {
      input: { token: tokenFrom(invite.body.data!.userInvite.invitationUrl), password: 'burst password 1' },
    });
    const session = await cookieOf(email, 'burst password 1');
    const change = (currentPassword: string, newPassword: string) =>
      api.client.request(PASSWORD_CHANGE, { input: { currentPassword, newPassword } }, { cookie: session });
    const failures = async () =>
      (
        await api.db.query<{ failures: number }>(`SELECT failures FROM login_throttle WHERE key = $1`, [
          `email:${email}`,
        ])
      ).rows[0]?.failures ?? 0;

    const passwordHash = async () =>
      (
        await api.db.query<{ password_hash: string }>(
          `SELECT password_hash FROM app_user WHERE email_normalized = $1`,
          [email],
        )
      ).rows[0]!.password_hash;
    const hashBefore = await passwordHash();

    // Refused for a weak new password, with the right current one: its slot is given back.
    const weak = await change('burst password 1', 'short');
    expect(weak.body.data?.passwordChange.userErrors.map((e) => e.code)).toEqual(['TOO_SHORT']);
    expect(await failures()).toBe(0);

    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => change(`wrong guess ${i}`, 'burst password 2')),
    );
    const codes: Record<string, number> = {};
    for (const answer of answers) {
      expect(answer.body.data?.passwordChange.changed).toBe(false);
      const code = answer.body.data!.passwordChange.userErrors[0]!.code;
      codes[code] = (codes[code] ?? 0) + 1;
    }
    expect(codes).toEqual({ INVALID_CREDENTIALS: 5, THROTTLED: 35 });
    expect(await failures()).toBe(5);
    // The right password is refused too until the lock ends; the password is unchanged.
    const right = await change('burst password 1', 'burst password 2');
    expect(right.body.data?.passwordChange.userErrors[0]?.code).toBe('THROTTLED');
    expect(await passwordHash()).toBe(hashBefore);
  });
});

describe('housekeeping', () => {
  it('deletes invitations ended more than 30 days ago (used, replaced or expired) and keeps the others', async () => {
    const { rows: users } = await api.db.query<{ id: string }>(
      `SELECT id FROM app_user ORDER BY email LIMIT 1`,
    );
    const userId = users[0]!.id;
    const insert = (
      name: string,
      created: string,
      expires: string,
      used: string | null,
      revoked: string | null,
    ) =>
      api.db.query(
        `INSERT INTO user_invitation (token_hash, user_id, created_at, expires_at, used_at, revoked_at)
         VALUES ($1, $2, $7::timestamptz - $3::interval, $7::timestamptz - $4::interval,
                 $7::timestamptz - $5::interval, $7::timestamptz - $6::interval)`,
        [sha256(name), userId, created, expires, used, revoked, now()],
      );
    await insert('expired long ago', '40 days', '33 days', null, null);
    await insert('used long ago', '40 days', '-7 days', '31 days', null);
    await insert('replaced long ago', '40 days', '-7 days', null, '31 days');
    await insert('expired lately', '20 days', '13 days', null, null);
    await insert('used lately', '40 days', '33 days', '29 days', null);
    const total = await count('user_invitation');

    const dataSource = createDataSource({
      url: databaseUrl(inject('serverUrl'), 'ocop_accounts'),
      poolSize: 1,
    });
    await dataSource.initialize();
    try {
      await sweepExpiredAuthState(dataSource);
    } finally {
      await dataSource.destroy();
    }
    const kept = await api.db.query<{ token_hash: string }>(`SELECT token_hash FROM user_invitation`);
    const hashes = new Set(kept.rows.map((r) => r.token_hash));
    expect(kept.rows).toHaveLength(total - 3);
    expect(
      ['expired long ago', 'used long ago', 'replaced long ago'].filter((n) => hashes.has(sha256(n))),
    ).toEqual([]);
    expect(['expired lately', 'used lately'].every((n) => hashes.has(sha256(n)))).toBe(true);
  });
});

describe('the audit of account administration', () => {
  it('holds no password, password hash, or invitation token hash', async () => {
    const { rows } = await api.db.query<{ row: string }>(
      `SELECT row_to_json(a)::text AS row FROM audit_log a
       WHERE action IN ('userInvite', 'invitationAccept', 'userDisable', 'userEnable', 'roleGrant', 'roleRevoke', 'passwordChange', 'login')`,
    );
    expect(rows.length).toBeGreaterThan(30);
    const text = rows.map((r) => r.row).join('\n');
    const hashes = (
      await api.db.query<{ h: string }>(
        `SELECT password_hash AS h FROM app_user WHERE password_hash IS NOT NULL`,
      )
    ).rows;
    const tokens = (await api.db.query<{ h: string }>(`SELECT token_hash AS h FROM user_invitation`)).rows;
    const secrets = [
      'commune official password',
      'first password 1',
      'second password 2',
      'staff password 1',
      'retry user password',
      '$argon2',
      ...hashes.map((r) => r.h),
      ...tokens.map((r) => r.h),
    ];
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
  });
});
