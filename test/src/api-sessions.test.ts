import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { now } from '@ocop/db';
import { sha256, tokenOf, type Answer, type RequestOptions } from './client';
import { DEMO } from './demo-accounts';
import { startDemoPlatform, type DemoPlatform } from './demo-platform';
import { gql } from './gql';

/**
 * The session and login guarantees, over real HTTP against a platform of its own (this file
 * locks accounts, disables a user and moves sessions back in time: nothing another suite reads).
 * The platform trusts one proxy hop (TRUST_PROXY=1), so each test speaks from addresses of its
 * own through `x-forwarded-for` and the per-address login counters never mix between tests.
 */

const VIEWER = gql(`query SessionsViewer { viewer { id email } }`);
const LOGOUT = gql(`mutation SessionsLogout { logout { loggedOut } }`);
const LISTING_UPDATE = gql(`mutation Update($input: ProductListingUpdateInput!) {
  productListingUpdate(input: $input) { listing { version } userErrors { code } }
}`);

const from = (address: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'x-forwarded-for': address,
  ...extra,
});

let api: DemoPlatform;
/** A listing of the Séng Cù cooperative, which its editor may change. */
let listing: { id: string; uuid: string };

async function viewerEmail(cookie: string | null): Promise<string | null> {
  const answer = await api.client.request(VIEWER, {}, { cookie });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data?.viewer?.email ?? null;
}

async function listingVersion(): Promise<number> {
  const { rows } = await api.db.query<{ version: number }>(
    `SELECT version FROM product_listing WHERE id = $1`,
    [listing.uuid],
  );
  return rows[0]!.version;
}

async function loggedIn(email: string, options: RequestOptions = {}): Promise<string> {
  const answer = await api.client.login(email, DEMO.password, options);
  expect(answer.body.data?.login.userErrors).toEqual([]);
  expect(answer.cookie).not.toBeNull();
  return answer.cookie!;
}

beforeAll(async () => {
  api = await startDemoPlatform('ocop_sessions', { TRUST_PROXY: '1' });
  const { rows } = await api.db.query<{ id: string }>(
    `SELECT l.id FROM product_listing l JOIN ocop_product p ON p.id = l.product_id
     JOIN producer pr ON pr.id = p.producer_id
     JOIN role_assignment r ON r.producer_id = pr.id JOIN app_user u ON u.id = r.user_id
     WHERE u.email_normalized = $1 ORDER BY l.id LIMIT 1`,
    [DEMO.producerEditor],
  );
  listing = { uuid: rows[0]!.id, id: Buffer.from(`ProductListing:${rows[0]!.id}`).toString('base64') };
});
afterAll(async () => {
  await api?.stop();
});

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, Path=/, with an expiry, and not Secure over plain http', async () => {
    const answer = await api.client.login(DEMO.producerEditor, DEMO.password, { headers: from('10.1.0.1') });
    const attributes = answer.setCookie!.split(';').map((part) => part.trim());
    expect(attributes[0]).toMatch(/^ocop_session=[A-Za-z0-9_-]{43}$/);
    expect(attributes).toContain('HttpOnly');
    expect(attributes).toContain('SameSite=Lax');
    expect(attributes).toContain('Path=/');
    expect(attributes.some((a) => a.startsWith('Expires='))).toBe(true);
    expect(attributes).not.toContain('Secure');
    // Only the token's hash is stored.
    const { rows } = await api.db.query(`SELECT 1 FROM user_session WHERE token_hash = $1`, [
      sha256(tokenOf(answer.cookie!)),
    ]);
    expect(rows).toHaveLength(1);
    const raw = await api.db.query(`SELECT 1 FROM user_session WHERE token_hash = $1`, [
      tokenOf(answer.cookie!),
    ]);
    expect(raw.rows).toHaveLength(0);
  });

  it('is Secure when a trusted proxy says the request came over https', async () => {
    const answer = await api.client.login(DEMO.producerEditor, DEMO.password, {
      headers: from('10.1.0.2', { 'x-forwarded-proto': 'https' }),
    });
    expect(answer.setCookie!.split(';').map((part) => part.trim())).toContain('Secure');
  });

  it('gets a new token at every login, and the one the browser sent before stops working', async () => {
    const first = await loggedIn(DEMO.producerEditor, { headers: from('10.1.0.3') });
    expect(await viewerEmail(first)).toBe(DEMO.producerEditor);
    const second = await loggedIn(DEMO.producerEditor, { cookie: first, headers: from('10.1.0.3') });
    expect(second).not.toBe(first);
    expect(await viewerEmail(second)).toBe(DEMO.producerEditor);
    expect(await viewerEmail(first)).toBeNull();
    const { rows } = await api.db.query<{ revoked: boolean }>(
      `SELECT revoked_at IS NOT NULL AS revoked FROM user_session WHERE token_hash = $1`,
      [sha256(tokenOf(first))],
    );
    expect(rows).toEqual([{ revoked: true }]);
  });

  it('no longer works after logout: the viewer is null and a write is UNAUTHENTICATED', async () => {
    const cookie = await loggedIn(DEMO.producerEditor, { headers: from('10.1.0.4') });
    const version = await listingVersion();
    const before = await api.client.request(
      LISTING_UPDATE,
      { input: { id: listing.id, version, season: 'Tháng 10' } },
      { cookie },
    );
    expect(before.body.errors).toBeUndefined();
    expect(await listingVersion()).toBe(version + 1);

    const logout = await api.client.request(LOGOUT, {}, { cookie });
    expect(logout.body.data?.logout.loggedOut).toBe(true);
    // The browser is told to forget the cookie…
    expect(logout.setCookie).toMatch(/^ocop_session=;.*Expires=Thu, 01 Jan 1970/);
    // …and a copy of it sent again is worth nothing.
    expect(await viewerEmail(cookie)).toBeNull();
    const after = await api.client.request(
      LISTING_UPDATE,
      { input: { id: listing.id, version: version + 1, season: 'Tháng 11' } },
      { cookie },
    );
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await listingVersion()).toBe(version + 1);
  });

  it('ends after 2 hours without a request (idle expiry)', async () => {
    const cookie = await loggedIn(DEMO.producerEditor, { headers: from('10.1.0.5') });
    const hash = sha256(tokenOf(cookie));
    await api.db.query(
      `UPDATE user_session SET last_seen_at = $2::timestamptz - interval '119 minutes' WHERE token_hash = $1`,
      [hash, now()],
    );
    expect(await viewerEmail(cookie)).toBe(DEMO.producerEditor);
    // That request refreshed last_seen_at: idle again for just over the limit.
    await api.db.query(
      `UPDATE user_session SET last_seen_at = $2::timestamptz - interval '121 minutes' WHERE token_hash = $1`,
      [hash, now()],
    );
    expect(await viewerEmail(cookie)).toBeNull();
    const write = await api.client.request(
      LISTING_UPDATE,
      { input: { id: listing.id, version: 1, season: 'x' } },
      { cookie },
    );
    expect(write.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends at its absolute expiry (12 hours after login), however active', async () => {
    const cookie = await loggedIn(DEMO.producerEditor, { headers: from('10.1.0.6') });
    const hash = sha256(tokenOf(cookie));
    const { rows } = await api.db.query<{ hours: number }>(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM user_session WHERE token_hash = $1`,
      [hash],
    );
    expect(rows[0]!.hours).toBe(12);
    await api.db.query(
      `UPDATE user_session SET expires_at = $2::timestamptz + interval '1 minute' WHERE token_hash = $1`,
      [hash, now()],
    );
    expect(await viewerEmail(cookie)).toBe(DEMO.producerEditor);
    await api.db.query(
      `UPDATE user_session SET expires_at = $2::timestamptz - interval '1 second' WHERE token_hash = $1`,
      [hash, now()],
    );
    expect(await viewerEmail(cookie)).toBeNull();
  });

  it('of a user an administrator disables stops working at once, and every other session of theirs too', async () => {
    const admin = await loggedIn(DEMO.administrator, { headers: from('10.1.0.7') });
    // A user of this test: invited, then logged in from two browsers.
    const invite = await api.client.request(
      gql(
        `mutation SessionsUserInvite($input: UserInviteInput!) { userInvite(input: $input) { user { id version } invitationUrl } }`,
      ),
      { input: { email: 'disable.me@example.vn', displayName: 'Disable me', role: 'ADMINISTRATOR' } },
      { cookie: admin },
    );
    const token = invite.body.data!.userInvite.invitationUrl!.split('/').pop()!;
    const accepted = await api.client.request(
      gql(
        `mutation SessionsInvitationAccept($input: InvitationAcceptInput!) { invitationAccept(input: $input) { viewer { email } } }`,
      ),
      { input: { token, password: 'a long enough password' } },
    );
    const browserA = accepted.cookie!;
    const browserB = (
      await api.client.login('disable.me@example.vn', 'a long enough password', { headers: from('10.1.0.8') })
    ).cookie!;
    expect(await viewerEmail(browserA)).toBe('disable.me@example.vn');
    expect(await viewerEmail(browserB)).toBe('disable.me@example.vn');

    const { rows } = await api.db.query<{ id: string; version: number }>(
      `SELECT id, version FROM app_user WHERE email_normalized = 'disable.me@example.vn'`,
    );
    const disabled = await api.client.request(
      gql(
        `mutation SessionsUserDisable($input: UserStatusChangeInput!) { userDisable(input: $input) { user { status } userErrors { code } } }`,
      ),
      { input: { id: invite.body.data!.userInvite.user!.id, version: rows[0]!.version } },
      { cookie: admin },
    );
    expect(disabled.body.data?.userDisable).toEqual({ user: { status: 'DISABLED' }, userErrors: [] });
    expect(await viewerEmail(browserA)).toBeNull();
    expect(await viewerEmail(browserB)).toBeNull();
    const write = await api.client.request(
      gql(
        `mutation SessionsUserInvite2 { userInvite(input: { email: "x@example.vn", displayName: "X", role: ADMINISTRATOR }) { invitationUrl } }`,
      ),
      {},
      { cookie: browserA },
    );
    expect(write.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const live = await api.db.query(`SELECT 1 FROM user_session WHERE user_id = $1 AND revoked_at IS NULL`, [
      rows[0]!.id,
    ]);
    expect(live.rows).toHaveLength(0);
    const users = await api.db.query(`SELECT 1 FROM app_user WHERE email_normalized = 'x@example.vn'`);
    expect(users.rows).toHaveLength(0);
  });
});

describe('HTTP caching of a logged-in person’s answers', () => {
  it('public queries are `public` for the public and `private` with a session; accounts are `no-store`', async () => {
    const catalogue = gql(`query SessionsOcopProducts { ocopProducts(first: 2) { nodes { name } } }`);
    const anonymous = await api.client.request(catalogue, {});
    expect(anonymous.headers.get('cache-control')).toBe('max-age=60, public');
    const cookie = await loggedIn(DEMO.administrator, { headers: from('10.1.0.90') });
    const mine = await api.client.request(catalogue, {}, { cookie });
    expect(mine.headers.get('cache-control')).toBe('max-age=60, private');
    const users = await api.client.request(
      gql(`query SessionsUsers { users(first: 5) { nodes { email } } }`),
      {},
      { cookie },
    );
    expect(users.body.errors).toBeUndefined();
    expect(users.headers.get('cache-control')).toBe('no-store');
    const viewer = await api.client.request(
      gql(`query SessionsViewer2 { viewer { email } }`),
      {},
      { cookie },
    );
    expect(viewer.headers.get('cache-control')).toBe('no-store');
  });
});

describe('login', () => {
  it('answers an unknown email and a wrong password identically, and audits both as denied', async () => {
    const unknown = await api.client.login('nobody@example.vn', DEMO.password, {
      headers: from('10.2.0.1', { 'x-request-id': 'sessions-unknown-email' }),
    });
    const wrong = await api.client.login(DEMO.provinceOfficial, 'not the password', {
      headers: from('10.2.0.1', { 'x-request-id': 'sessions-wrong-password' }),
    });
    expect(unknown.status).toBe(200);
    expect(wrong.status).toBe(200);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.body.data?.login).toEqual({
      viewer: null,
      userErrors: [
        {
          field: ['input'],
          code: 'INVALID_CREDENTIALS',
          message: expect.any(String) as string,
          retryAfterSeconds: null,
        },
      ],
    });
    expect(unknown.cookie).toBeNull();
    expect(wrong.cookie).toBeNull();
    const { rows } = await api.db.query<{ request_id: string; outcome: string; ip_address: string }>(
      `SELECT request_id, outcome, ip_address FROM audit_log
       WHERE action = 'login' AND request_id IN ('sessions-unknown-email', 'sessions-wrong-password') ORDER BY request_id`,
    );
    expect(rows).toEqual([
      { request_id: 'sessions-unknown-email', outcome: 'denied', ip_address: '10.2.0.1' },
      { request_id: 'sessions-wrong-password', outcome: 'denied', ip_address: '10.2.0.1' },
    ]);
  });

  it('audits a successful login as applied, by the user', async () => {
    await loggedIn(DEMO.provinceOfficial, {
      headers: from('10.2.0.2', { 'x-request-id': 'sessions-login-ok' }),
    });
    const { rows } = await api.db.query<{ outcome: string; email: string; actor: string }>(
      `SELECT a.outcome, u.email, a.actor_user_id = u.id AS actor FROM audit_log a JOIN app_user u ON u.id::text = a.entity_id
       WHERE a.action = 'login' AND a.request_id = 'sessions-login-ok'`,
    );
    expect(rows).toEqual([{ outcome: 'applied', email: DEMO.provinceOfficial, actor: true }]);
  });

  it('throttles an account after 5 failures: the 6th attempt, even with the right password, is THROTTLED', async () => {
    const victim = 'throttle.victim@example.vn';
    await api.db.query(
      `INSERT INTO app_user (email, email_normalized, display_name, password_hash, status)
       SELECT $1, $1, 'Throttle victim', password_hash, 'active' FROM app_user WHERE email_normalized = $2`,
      [victim, DEMO.administrator],
    );
    for (let i = 1; i <= 5; i += 1) {
      // From five addresses: the limit is per account, whatever the address.
      const answer = await api.client.login(victim, `wrong password ${i}`, { headers: from(`10.3.0.${i}`) });
      expect(answer.body.data?.login.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    const sixth = await api.client.login(victim, DEMO.password, { headers: from('10.3.0.6') });
    const error = sixth.body.data?.login.userErrors[0];
    expect(sixth.body.data?.login.viewer).toBeNull();
    expect(sixth.cookie).toBeNull();
    expect(error?.code).toBe('THROTTLED');
    expect(error?.retryAfterSeconds).toBeGreaterThan(890);
    expect(error?.retryAfterSeconds).toBeLessThanOrEqual(900);
    const { rows } = await api.db.query<{ failures: number; locked: boolean }>(
      `SELECT failures, locked_until > $2::timestamptz AS locked FROM login_throttle WHERE key = $1`,
      [`email:${victim}`, now()],
    );
    expect(rows).toEqual([{ failures: 5, locked: true }]);
    // Another account, from another address, is not affected.
    await loggedIn(DEMO.provinceOfficial, { headers: from('10.3.0.7') });
    // The lock ends: the right password works again and clears the count.
    await api.db.query(
      `UPDATE login_throttle SET locked_until = $2::timestamptz - interval '1 second' WHERE key = $1`,
      [`email:${victim}`, now()],
    );
    const later = await api.client.login(victim, DEMO.password, { headers: from('10.3.0.6') });
    expect(later.body.data?.login.userErrors).toEqual([]);
    const cleared = await api.db.query(`SELECT 1 FROM login_throttle WHERE key = $1`, [`email:${victim}`]);
    expect(cleared.rows).toHaveLength(0);
  });

  it('refuses attempts on a locked account without waiting on its throttle row (a burst cannot hold the pool)', async () => {
    const victim = 'throttle.burst@example.vn';
    for (let i = 1; i <= 5; i += 1) {
      const answer = await api.client.login(victim, `wrong password ${i}`, { headers: from(`10.3.1.${i}`) });
      expect(answer.body.data?.login.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    // Another transaction holds the locked key's row, as a burst of attempts in flight would.
    await api.db.query('BEGIN');
    try {
      await api.db.query(`SELECT 1 FROM login_throttle WHERE key = $1 FOR UPDATE`, [`email:${victim}`]);
      const attempts = await Promise.race([
        Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            api.client.login(victim, `wrong again ${i}`, { headers: from(`10.3.1.${10 + i}`) }),
          ),
        ),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000)),
      ]);
      expect(attempts).not.toBeNull();
      for (const answer of attempts!) expect(answer.body.data?.login.userErrors[0]?.code).toBe('THROTTLED');
    } finally {
      await api.db.query('ROLLBACK');
    }
  });

  it('throttles an address after 30 failures, while other addresses still log in', async () => {
    const address = '10.4.0.1';
    // 30 different unknown accounts, so that no per-account limit is reached first.
    for (let i = 1; i <= 30; i += 1) {
      const answer = await api.client.login(`guess${i}@example.vn`, 'a guess', { headers: from(address) });
      expect(answer.body.data?.login.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    const { rows } = await api.db.query<{ failures: number; locked: boolean }>(
      `SELECT failures, locked_until > $2::timestamptz AS locked FROM login_throttle WHERE key = $1`,
      [`ip:${address}`, now()],
    );
    expect(rows).toEqual([{ failures: 30, locked: true }]);
    const blocked = await api.client.login(DEMO.provinceOfficial, DEMO.password, { headers: from(address) });
    expect(blocked.body.data?.login.userErrors[0]?.code).toBe('THROTTLED');
    expect(blocked.body.data?.login.userErrors[0]?.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.cookie).toBeNull();
    await loggedIn(DEMO.provinceOfficial, { headers: from('10.4.0.2') });
  });
});

describe('concurrent logins and the throttle', () => {
  /** Accounts of this describe's own, with the demo password, so no other test's counts move. */
  async function accounts(prefix: string, count: number): Promise<string[]> {
    const emails = Array.from({ length: count }, (_, i) => `${prefix}${i + 1}@example.vn`);
    await api.db.query(
      `INSERT INTO app_user (email, email_normalized, display_name, password_hash, status)
       SELECT e, e, 'Concurrent login test', (SELECT password_hash FROM app_user WHERE email_normalized = $2), 'active'
       FROM unnest($1::text[]) AS e`,
      [emails, DEMO.administrator],
    );
    return emails;
  }

  const codeOf = (answer: Answer<{ login: { userErrors: { code: string }[] } }>): string =>
    answer.body.data?.login.userErrors[0]?.code ?? (answer.cookie ? 'OK' : 'NO COOKIE');

  function tally(codes: string[]): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
    return counts;
  }

  async function counter(key: string): Promise<{ failures: number; locked: boolean } | undefined> {
    const { rows } = await api.db.query<{ failures: number; locked: boolean }>(
      `SELECT failures, locked_until IS NOT NULL AND locked_until > $2::timestamptz AS locked
       FROM login_throttle WHERE key = $1`,
      [key, now()],
    );
    return rows[0];
  }

  /** The failures recorded, in the audit log, for these accounts. */
  async function failuresAudited(emails: string[]): Promise<number> {
    const { rows } = await api.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log
       WHERE action = 'login' AND outcome = 'denied' AND after->>'reason' = 'INVALID_CREDENTIALS'
         AND after->>'email' = ANY($1::text[])`,
      [emails],
    );
    return rows[0]!.n;
  }

  async function sessionsOf(email: string): Promise<number> {
    const { rows } = await api.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.email_normalized = $1`,
      [email],
    );
    return rows[0]!.n;
  }

  it('checks at most 5 passwords of 300 concurrent wrong ones for one account from one address; another login succeeds alongside', async () => {
    const [victim, bystander] = await accounts('burst.account.', 2);
    const address = '10.20.0.1';
    const [others, ...answers] = await Promise.all([
      api.client.login(bystander!, DEMO.password, { headers: from('10.20.0.2') }),
      ...Array.from({ length: 300 }, (_, i) =>
        api.client.login(victim!, `wrong password ${i}`, { headers: from(address) }),
      ),
    ]);
    expect(tally(answers.map(codeOf))).toEqual({ INVALID_CREDENTIALS: 5, THROTTLED: 295 });
    for (const answer of answers) {
      expect(answer.cookie).toBeNull();
      if (codeOf(answer) === 'THROTTLED') {
        expect(answer.body.data?.login.userErrors[0]?.retryAfterSeconds).toBeGreaterThan(0);
      }
    }
    // The failures recorded: 5 in the account's counter (locked), 5 in the address's, 5 audited.
    expect(await counter(`email:${victim}`)).toEqual({ failures: 5, locked: true });
    expect(await counter(`ip:${address}`)).toEqual({ failures: 5, locked: false });
    expect(await failuresAudited([victim!])).toBe(5);
    // The ordinary login beside the burst, of another account from another address, succeeded.
    expect(others.body.data?.login.userErrors).toEqual([]);
    expect(others.cookie).not.toBeNull();
    expect(await counter(`ip:10.20.0.2`)).toBeUndefined();
  }, 180_000);

  it('a right password inside a concurrent burst of 30 wrong ones logs in only if checked before the 5th failure', async () => {
    // The limit is reached when the 5th failure's attempt is counted (each attempt is counted
    // before its password is checked, and a successful login gives its count back). From then
    // on no password of the account is checked: the right one either was checked before (and
    // logged in) or is THROTTLED with no session; in both cases exactly 5 wrong ones are checked.
    const [victim] = await accounts('burst.right.', 1);
    const wrong = Array.from({ length: 30 }, (_, i) =>
      api.client.login(victim!, `wrong password ${i}`, { headers: from(`10.21.0.${i + 1}`) }),
    );
    // Sent in the middle of the burst, from an address of its own.
    const right = api.client.login(victim!, DEMO.password, { headers: from('10.21.1.1') });
    const answers = await Promise.all(wrong);
    const rightAnswer = await right;
    expect(tally(answers.map(codeOf))).toEqual({ INVALID_CREDENTIALS: 5, THROTTLED: 25 });
    expect(await failuresAudited([victim!])).toBe(5);
    expect(await counter(`email:${victim}`)).toEqual({ failures: 5, locked: true });
    const loggedInInBurst = codeOf(rightAnswer) === 'OK';
    if (!loggedInInBurst) {
      expect(codeOf(rightAnswer)).toBe('THROTTLED');
      expect(rightAnswer.body.data?.login.viewer).toBeNull();
      expect(rightAnswer.cookie).toBeNull();
    }
    expect(await sessionsOf(victim!)).toBe(loggedInInBurst ? 1 : 0);
    // After the 5th failure, the right password is refused and creates no session.
    const after = await api.client.login(victim!, DEMO.password, { headers: from('10.21.1.2') });
    expect(codeOf(after)).toBe('THROTTLED');
    expect(after.body.data?.login.userErrors[0]?.retryAfterSeconds).toBeGreaterThan(890);
    expect(after.cookie).toBeNull();
    expect(await sessionsOf(victim!)).toBe(loggedInInBurst ? 1 : 0);
  }, 180_000);

  it('checks at most 30 passwords of 100 concurrent wrong ones for distinct accounts from one address', async () => {
    const victims = await accounts('burst.address.', 101);
    const address = '10.22.0.1';
    const [others, ...answers] = await Promise.all([
      api.client.login(victims[100]!, DEMO.password, { headers: from('10.22.0.2') }),
      ...victims
        .slice(0, 100)
        .map((email, i) => api.client.login(email, `wrong password ${i}`, { headers: from(address) })),
    ]);
    expect(tally(answers.map(codeOf))).toEqual({ INVALID_CREDENTIALS: 30, THROTTLED: 70 });
    expect(await counter(`ip:${address}`)).toEqual({ failures: 30, locked: true });
    expect(await failuresAudited(victims)).toBe(30);
    // The address is locked even for a right password of an account with no failure.
    const blocked = await api.client.login(victims[99]!, DEMO.password, { headers: from(address) });
    expect(codeOf(blocked)).toBe('THROTTLED');
    expect(blocked.cookie).toBeNull();
    expect(await sessionsOf(victims[99]!)).toBe(0);
    expect(others.body.data?.login.userErrors).toEqual([]);
    expect(others.cookie).not.toBeNull();
  }, 180_000);
});

describe('CSRF prevention with a valid session cookie', () => {
  let cookie: string;
  let auditRows: number;
  beforeAll(async () => {
    cookie = await loggedIn(DEMO.producerEditor, { headers: from('10.5.0.1') });
    auditRows = await countAudit();
  });

  async function countAudit(): Promise<number> {
    const { rows } = await api.db.query<{ count: number }>(`SELECT count(*)::int AS count FROM audit_log`);
    return rows[0]!.count;
  }

  async function raw(init: RequestInit & { query?: string }): Promise<Answer> {
    const url = `${api.baseUrl}/graphql${init.query ? `?${init.query}` : ''}`;
    const response = await fetch(url, {
      ...init,
      headers: { cookie, ...(init.headers as Record<string, string>) },
    });
    return {
      status: response.status,
      headers: response.headers,
      requestId: null,
      setCookie: null,
      cookie: null,
      body: (await response.json().catch(() => ({}))) as Answer['body'],
    };
  }

  it('refuses a simple cross-site POST (text/plain, form-encoded) and writes nothing', async () => {
    const version = await listingVersion();
    const body = JSON.stringify({
      query: LISTING_UPDATE,
      variables: { input: { id: listing.id, version, season: 'CSRF' } },
    });
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const answer = await raw({ method: 'POST', body, headers: { 'content-type': contentType } });
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.body)).not.toContain('productListingUpdate');
    }
    const logout = await raw({
      method: 'POST',
      body: JSON.stringify({ query: LOGOUT }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(logout.status).toBe(400);
    expect(await listingVersion()).toBe(version);
    expect(await viewerEmail(cookie)).toBe(DEMO.producerEditor);
    expect(await countAudit()).toBe(auditRows);
  });

  it('refuses a mutation sent as GET, with or without the preflight header, and writes nothing', async () => {
    const version = await listingVersion();
    const query = new URLSearchParams({
      query: String(LISTING_UPDATE),
      variables: JSON.stringify({ input: { id: listing.id, version, season: 'GET' } }),
    }).toString();
    const simple = await raw({ method: 'GET', query });
    expect(simple.status).toBe(400);
    const preflighted = await raw({ method: 'GET', query, headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(405);
    const logout = await raw({
      method: 'GET',
      query: new URLSearchParams({ query: String(LOGOUT) }).toString(),
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(logout.status).toBe(405);
    expect(await listingVersion()).toBe(version);
    expect(await viewerEmail(cookie)).toBe(DEMO.producerEditor);
    expect(await countAudit()).toBe(auditRows);
  });
});

describe('without TRUST_PROXY (the default)', () => {
  let direct: DemoPlatform;
  beforeAll(async () => {
    direct = await startDemoPlatform('ocop_sessions_direct');
  });
  afterAll(async () => {
    await direct?.stop();
  });

  it('ignores X-Forwarded-Proto: the cookie is not Secure over plain http', async () => {
    const answer = await direct.client.login(DEMO.producerEditor, DEMO.password, {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(answer.cookie).not.toBeNull();
    const attributes = answer.setCookie!.split(';').map((part) => part.trim());
    expect(attributes).toContain('HttpOnly');
    expect(attributes).not.toContain('Secure');
  });

  it('ignores X-Forwarded-For: rotating it does not escape the per-address limit', async () => {
    for (let i = 1; i <= 30; i += 1) {
      const answer = await direct.client.login(`spoof${i}@example.vn`, 'a guess', {
        headers: { 'x-forwarded-for': `192.0.2.${i}` },
      });
      expect(answer.body.data?.login.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await direct.client.login(DEMO.provinceOfficial, DEMO.password, {
      headers: { 'x-forwarded-for': '192.0.2.200' },
    });
    expect(blocked.body.data?.login.userErrors[0]?.code).toBe('THROTTLED');
    const { rows } = await direct.db.query<{ key: string; failures: number }>(
      `SELECT key, failures FROM login_throttle WHERE key LIKE 'ip:%'`,
    );
    // One counter, for the connection's own address; none for the forged ones.
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).toMatch(/^ip:(::ffff:)?127\.0\.0\.1$/);
    expect(rows[0]!.failures).toBe(30);
  });
});

describe('the audit log', () => {
  it('never holds a password, a password hash or a session token', async () => {
    const { rows: audit } = await api.db.query<{ row: string }>(
      `SELECT row_to_json(a)::text AS row FROM audit_log a`,
    );
    expect(audit.length).toBeGreaterThan(50);
    const text = audit.map((r) => r.row).join('\n');
    const { rows: hashes } = await api.db.query<{ password_hash: string }>(
      `SELECT password_hash FROM app_user WHERE password_hash IS NOT NULL`,
    );
    const { rows: sessions } = await api.db.query<{ token_hash: string }>(
      `SELECT token_hash FROM user_session`,
    );
    expect(hashes.length).toBeGreaterThan(3);
    expect(sessions.length).toBeGreaterThan(10);
    const secrets = [
      DEMO.password,
      'not the password',
      'a long enough password',
      'wrong password 1',
      'a guess',
      '$argon2',
      ...hashes.map((h) => h.password_hash),
      ...sessions.map((s) => s.token_hash),
    ];
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
  });
});
