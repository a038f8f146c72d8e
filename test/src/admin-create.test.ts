import { runNodeScript } from './processes';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase, dropDatabase, findFreePort, REPO_ROOT } from '@ocop/db';
import { client, type LoginAnswer } from './client';
import { startPlatform, START_SCRIPT, type RunningPlatform } from './platform';

/**
 * `pnpm admin:create` (server/dist/cli/create-administrator.js) creates the first administrator
 * on a database nobody can log in to yet — external (DATABASE_URL) or embedded (DATA_DIR),
 * with the platform stopped or running — and that administrator then logs in over HTTP.
 */

const CLI = path.join(REPO_ROOT, 'server', 'dist', 'cli', 'create-administrator.js');

const runCli = (args: string[], env: Record<string, string>, stdin?: string) =>
  runNodeScript(CLI, args, env, stdin);

async function login(baseUrl: string, email: string, password: string) {
  const answer: LoginAnswer = await client(baseUrl).login(email, password);
  return answer.body.data!.login;
}

const platformEnv = { SEED_DEMO: 'false', ADMIN_UNITS_DIR: path.join('/nonexistent', 'admin-units') };

describe('pnpm admin:create with DATABASE_URL', () => {
  const database = 'ocop_admin_create';
  let url: string;
  let client: pg.Client;
  let platform: RunningPlatform | undefined;

  beforeAll(async () => {
    url = await createDatabase(inject('serverUrl'), database);
    client = new pg.Client({ connectionString: url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await platform?.stop();
    await dropDatabase(inject('serverUrl'), database);
  });

  it('creates the first administrator on a fresh database (platform stopped), who then logs in over HTTP', async () => {
    const run = await runCli(['--email', ' Root@Example.VN ', '--name', 'Quản trị đầu tiên'], {
      DATABASE_URL: url,
      ADMIN_PASSWORD: 'first administrator password',
    });
    expect(run.stderr).not.toMatch(/không tạo được|cannot/);
    expect(run.code).toBe(0);
    // Vietnamese without --locale (issue 13: each message in the language asked for).
    expect(run.stdout).toBe('đã tạo quản trị viên: root@example.vn\n');

    const { rows } = await client.query<{ status: string; hash: string; roles: string[] }>(
      `SELECT u.status, u.password_hash AS hash, array_agg(r.role ORDER BY r.role) AS roles
       FROM app_user u JOIN role_assignment r ON r.user_id = u.id GROUP BY u.id`,
    );
    expect(rows).toEqual([
      {
        status: 'active',
        hash: expect.stringMatching(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/) as string,
        roles: ['administrator'],
      },
    ]);
    const audit = await client.query<{ actor_user_id: string | null; outcome: string; after: string }>(
      `SELECT actor_user_id, outcome, after::text FROM audit_log WHERE action = 'administratorCreate'`,
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ actor_user_id: null, outcome: 'applied' });
    expect(audit.rows[0]!.after).toContain('root@example.vn');
    expect(audit.rows[0]!.after).not.toMatch(/first administrator password|argon2/);

    platform = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env: { ...platformEnv, DATABASE_URL: url },
      port: await findFreePort(),
    });
    const answer = await login(platform.baseUrl, 'root@example.vn', 'first administrator password');
    expect(answer).toMatchObject({
      viewer: { email: 'Root@Example.VN', roles: [{ role: 'ADMINISTRATOR' }] },
      userErrors: [],
    });
  });

  it('refuses a weak password, a taken email and bad usage with a clear message, creating nothing', async () => {
    const users = async () => Number((await client.query(`SELECT count(*) FROM app_user`)).rows[0].count);
    const before = await users();
    const weak = await runCli(['--email', 'weak@example.vn', '--name', 'Weak'], {
      DATABASE_URL: url,
      ADMIN_PASSWORD: 'short',
    });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toBe('không tạo được quản trị viên: mật khẩu: Mật khẩu cần ít nhất 10 ký tự.\n');
    const taken = await runCli(['--email', 'ROOT@example.vn', '--name', 'Again'], {
      DATABASE_URL: url,
      ADMIN_PASSWORD: 'another long password',
    });
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(
      /không tạo được quản trị viên: đã có tài khoản với email root@example\.vn\n$/,
    );
    const usage = await runCli(['--email', 'x@example.vn'], {
      DATABASE_URL: url,
      ADMIN_PASSWORD: 'long enough 123',
    });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^cần có --email và --name\ncách dùng: pnpm admin:create/);
    // The same refusals in English with --locale en: nothing of the Vietnamese beside them.
    const en = ['--locale', 'en'];
    const weakEn = await runCli(['--email', 'weak@example.vn', '--name', 'Weak', ...en], {
      DATABASE_URL: url,
      ADMIN_PASSWORD: 'short',
    });
    expect(weakEn.code).toBe(1);
    expect(weakEn.stderr).toBe(
      'cannot create the administrator: password: A password needs at least 10 characters.\n',
    );
    const takenEn = await runCli(['--email', 'ROOT@example.vn', '--name', 'Again', '--locale=en'], {
      DATABASE_URL: url,
      ADMIN_PASSWORD: 'another long password',
    });
    expect(takenEn.code).toBe(1);
    expect(takenEn.stderr).toMatch(
      /cannot create the administrator: an account with the email root@example\.vn already exists\n$/,
    );
    const usageEn = await runCli(['--email', 'x@example.vn', ...en], {
      DATABASE_URL: url,
      ADMIN_PASSWORD: 'long enough 123',
    });
    expect(usageEn.code).toBe(2);
    expect(usageEn.stderr).toMatch(/^--email and --name are required\nusage: pnpm admin:create/);
    for (const run of [weakEn, takenEn, usageEn]) expect(run.stderr).not.toMatch(/[ăâđêôơư]/i);
    const badEmail = await runCli(['--email', 'not-an-email', '--name', 'X'], {
      DATABASE_URL: url,
      ADMIN_PASSWORD: 'long enough 123',
    });
    expect(badEmail.code).toBe(1);
    expect(badEmail.stderr).toMatch(/--email: /);
    expect(await users()).toBe(before);
  });

  it('works while the platform runs, with the password on standard input; the new administrator logs in at once', async () => {
    const run = await runCli(
      ['--email', 'second@example.vn', '--name', 'Second', '--locale', 'en'],
      { DATABASE_URL: url },
      'piped password 123\n',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('administrator created: second@example.vn\n');
    const answer = await login(platform!.baseUrl, 'second@example.vn', 'piped password 123');
    expect(answer).toMatchObject({ viewer: { roles: [{ role: 'ADMINISTRATOR' }] }, userErrors: [] });
    const { rows } = await client.query<{ locale: string }>(
      `SELECT locale FROM app_user WHERE email = 'second@example.vn'`,
    );
    expect(rows).toEqual([{ locale: 'en' }]);
  });
});

describe('pnpm admin:create with the embedded database (DATA_DIR)', () => {
  let dataDir: string;
  let platform: RunningPlatform | undefined;

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'ocop-admin-create-'));
  });
  afterAll(async () => {
    await platform?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts the embedded PostgreSQL for itself when the platform is stopped, and uses the running one otherwise', async () => {
    const stopped = await runCli(['--email', 'embedded@example.vn', '--name', 'Embedded'], {
      DATA_DIR: dataDir,
      ADMIN_PASSWORD: 'embedded password 1',
    });
    expect(stopped.code).toBe(0);
    expect(stopped.stderr).toContain(`database: embedded PostgreSQL in ${dataDir}`);

    platform = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env: { ...platformEnv, DATA_DIR: dataDir },
      port: await findFreePort(),
    });
    expect(await login(platform.baseUrl, 'embedded@example.vn', 'embedded password 1')).toMatchObject({
      viewer: { roles: [{ role: 'ADMINISTRATOR' }] },
      userErrors: [],
    });

    const running = await runCli(['--email', 'beside@example.vn', '--name', 'Beside'], {
      DATA_DIR: dataDir,
      ADMIN_PASSWORD: 'beside password 1',
    });
    expect(running.code).toBe(0);
    expect(running.stderr).toContain("database: the running platform's embedded PostgreSQL");
    expect(await login(platform.baseUrl, 'beside@example.vn', 'beside password 1')).toMatchObject({
      viewer: { roles: [{ role: 'ADMINISTRATOR' }] },
      userErrors: [],
    });
    // The platform was not disturbed.
    expect((await fetch(`${platform.baseUrl}/readyz`)).status).toBe(200);
  });
});
