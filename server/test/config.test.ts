import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config';

describe('readConfig', () => {
  it('defaults to the embedded database with demo data on port 4000', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ databaseUrl: null, port: 4000, host: '0.0.0.0', seedDemo: true });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('turns the demo off for an external database unless asked', () => {
    const url = 'postgres://u:p@db.example:5432/ocop';
    expect(readConfig({ DATABASE_URL: url }).seedDemo).toBe(false);
    expect(readConfig({ DATABASE_URL: url, SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ HOST: 'not a host' }, /HOST/],
    [{ OCOP_TODAY: '2031-02-30' }, /OCOP_TODAY/],
    [{ OCOP_TODAY: '15/07/2031' }, /OCOP_TODAY/],
    [{ OCOP_TODAY: 'tomorrow' }, /OCOP_TODAY/],
    [{ SHUTDOWN_DELAY_MS: '30001' }, /SHUTDOWN_DELAY_MS/],
    [{ SHUTDOWN_DELAY_MS: '-1' }, /SHUTDOWN_DELAY_MS/],
    [{ SHUTDOWN_DELAY_MS: '1.5' }, /SHUTDOWN_DELAY_MS/],
    [{ RATE_LIMIT_PER_MINUTE: '5' }, /RATE_LIMIT_PER_MINUTE/],
    [{ RATE_LIMIT_PER_MINUTE: 'many' }, /RATE_LIMIT_PER_MINUTE/],
    [{ STATEMENT_TIMEOUT_MS: '5s' }, /STATEMENT_TIMEOUT_MS/],
    [{ STATEMENT_TIMEOUT_MS: '-1' }, /STATEMENT_TIMEOUT_MS/],
    [{ REQUEST_TIMEOUT_MS: '0' }, /REQUEST_TIMEOUT_MS/],
    [{ REQUEST_TIMEOUT_MS: '3600001' }, /REQUEST_TIMEOUT_MS/],
  ])('rejects %o with a one-line message naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });

  it('reads the webhook settings, with their defaults, and refuses bad ones', () => {
    expect(readConfig({}).webhookDisableAfterFailures).toBe(15);
    expect(readConfig({}).webhookAllowInsecureLocal).toBe(false);
    expect(readConfig({ WEBHOOK_DISABLE_AFTER_FAILURES: '3' }).webhookDisableAfterFailures).toBe(3);
    expect(readConfig({ WEBHOOK_ALLOW_INSECURE_LOCAL: 'true' }).webhookAllowInsecureLocal).toBe(true);
    expect(() => readConfig({ WEBHOOK_DISABLE_AFTER_FAILURES: '0' })).toThrow(
      'WEBHOOK_DISABLE_AFTER_FAILURES',
    );
    expect(() => readConfig({ WEBHOOK_ALLOW_INSECURE_LOCAL: 'maybe' })).toThrow(
      'WEBHOOK_ALLOW_INSECURE_LOCAL',
    );
  });

  it('reads SHUTDOWN_DELAY_MS in milliseconds, 0 when unset', () => {
    expect(readConfig({}).shutdownDelayMs).toBe(0);
    expect(readConfig({ SHUTDOWN_DELAY_MS: '10000' }).shutdownDelayMs).toBe(10_000);
  });

  it('reads the day OCOP_TODAY pins, and none when it is unset or empty', () => {
    expect(readConfig({ OCOP_TODAY: '2031-07-15' }).pinnedToday).toBe('2031-07-15');
    expect(readConfig({ OCOP_TODAY: ' 2029-02-28 ' }).pinnedToday).toBe('2029-02-28');
    expect(readConfig({}).pinnedToday).toBeNull();
    expect(readConfig({ OCOP_TODAY: '' }).pinnedToday).toBeNull();
  });

  it('reads the time limits: 5 s per statement and 15 s per request by default, 0 turns the statement limit off', () => {
    expect(readConfig({})).toMatchObject({ statementTimeoutMs: 5_000, requestTimeoutMs: 15_000 });
    expect(readConfig({ STATEMENT_TIMEOUT_MS: '250', REQUEST_TIMEOUT_MS: '1000' })).toMatchObject({
      statementTimeoutMs: 250,
      requestTimeoutMs: 1_000,
    });
    expect(readConfig({ STATEMENT_TIMEOUT_MS: '0' }).statementTimeoutMs).toBe(0);
  });

  it('never echoes a database password in its error', () => {
    expect(() => readConfig({ DATABASE_URL: 'mysql://user:secret@host/db' })).toThrow(/^(?!.*secret)/);
  });
});
