/**
 * Creates an administrator account (the first one, when nobody can log in yet):
 *
 *   pnpm admin:create --email admin@example.vn --name "Nguyễn Văn A" [--locale vi|en]
 *
 * The password is asked twice on the terminal without echo, or read from ADMIN_PASSWORD (for
 * scripts), or from the first line of standard input when it is not a terminal. The database is
 * the platform's: DATABASE_URL, or the embedded PostgreSQL in DATA_DIR — the one a running
 * platform holds, or started here for the command and stopped after it. Migrations are applied
 * first, so it also works on a database the platform has never seen.
 *
 * It speaks Vietnamese, or English with --locale en (the language of the account it creates, so
 * of the operator who runs it). Exit codes: 0 created, 1 refused or failed (the reason on stderr),
 * 2 bad usage.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { connectAndMigrate } from '@ocop/db';
import type { DataSource } from 'typeorm';
import { say, type Language, type Localized } from '../common/language';
import { ConfigError, readConfig } from '../config';
import {
  AdministratorCreateError,
  createAdministrator,
  PASSWORD_PROBLEM,
} from '../modules/account/administrator-create';
import { passwordProblem } from '../modules/account/password-policy';
import { openDatabaseTarget } from './database-target';
import { runCli, UsageError } from './cli-run';

/**
 * The command's language, read before the arguments are checked (a usage error is said in it too):
 * English when --locale en (or --locale=en) is given, else Vietnamese.
 */
function languageOfArguments(args: readonly string[]): Language {
  for (let i = 0; i < args.length; i++) {
    const value =
      args[i] === '--locale' ? args[i + 1] : args[i]!.startsWith('--locale=') ? args[i]!.slice(9) : null;
    if (value !== null) return value === 'en' ? 'en' : 'vi';
  }
  return 'vi';
}

const LANGUAGE = languageOfArguments(process.argv.slice(2));
const t = (message: Localized): string => say(LANGUAGE, message);

const USAGE = t({
  vi: 'cách dùng: pnpm admin:create --email <email> --name <tên hiển thị> [--locale vi|en]',
  en: 'usage: pnpm admin:create --email <email> --name <display name> [--locale vi|en]',
});

function readArguments(): { email: string; name: string; locale: 'vi' | 'en' } {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        locale: { type: 'string', default: 'vi' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (!values.email || !values.name)
    throw new UsageError(t({ vi: 'cần có --email và --name', en: '--email and --name are required' }));
  if (values.locale !== 'vi' && values.locale !== 'en')
    throw new UsageError(t({ vi: '--locale là vi hoặc en', en: '--locale is vi or en' }));
  return { email: values.email, name: values.name, locale: values.locale };
}

/** One line typed on the terminal, not shown (raw mode: each key arrives as it is pressed). */
function askHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let answer = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new UsageError(t({ vi: 'đã hủy', en: 'cancelled' })));
        if (char === '\u007f' || char === '\b') answer = answer.slice(0, -1);
        else if (char >= ' ') answer += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readFirstLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += (chunk as Buffer).toString('utf8');
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) return readFirstLine();
  const password = await askHidden(
    t({ vi: 'Mật khẩu (ít nhất 10 ký tự): ', en: 'Password (at least 10 characters): ' }),
  );
  const again = await askHidden(t({ vi: 'Nhập lại mật khẩu: ', en: 'Password again: ' }));
  if (password !== again)
    throw new AdministratorCreateError(
      { vi: 'hai mật khẩu không khớp', en: 'the two passwords differ' },
      LANGUAGE,
    );
  return password;
}

async function main(): Promise<number> {
  const args = readArguments();
  const config = readConfig();
  const password = await readPassword();
  // Refused before any database is started: a typo costs no waiting.
  const problem = passwordProblem(password, LANGUAGE);
  if (problem) throw new AdministratorCreateError(PASSWORD_PROBLEM(problem), LANGUAGE);

  const target = await openDatabaseTarget(config, (line) => process.stderr.write(`${line}\n`));
  let dataSource: DataSource | null = null;
  try {
    process.stderr.write(`database: ${target.description}\n`);
    const url = target.url;
    dataSource = await connectAndMigrate({ url, applicationName: 'ocop-admin-create', poolSize: 2 });
    const created = await createAdministrator(dataSource.manager, {
      email: args.email,
      displayName: args.name,
      password,
      locale: args.locale,
    });
    process.stdout.write(
      `${t({ vi: 'đã tạo quản trị viên', en: 'administrator created' })}: ${created.email}\n`,
    );
    return 0;
  } finally {
    await dataSource?.destroy().catch(() => undefined);
    await target.close();
  }
}

runCli(main, USAGE, {
  failure: t({ vi: 'không tạo được quản trị viên', en: 'cannot create the administrator' }),
  known: [AdministratorCreateError, ConfigError],
});
