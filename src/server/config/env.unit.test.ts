import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './env';

describe('loadConfig', () => {
  it('has safe defaults: port 3000, ./data, no key of its own for sealing secrets (the database keeps one)', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: path.resolve('./data'),
      databaseUrl: undefined,
      seedDemo: true,
      secretEncryptionKey: undefined,
      loginLimits: {
        freeFailures: { account_address: 5, account: 20, address: 200 },
        firstDelaySeconds: 1,
        maxDelaySeconds: 300,
        windowSeconds: 15 * 60,
      },
      trustProxy: false,
    });
    expect(config.requestTimeoutMs).toBeGreaterThan(0);
    expect(config.connectionTimeoutMs).toBeGreaterThan(0);
  });

  it('reads SECRET_ENCRYPTION_KEY as 32 bytes in base64 and refuses anything else (decision 015)', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ SECRET_ENCRYPTION_KEY: key }).secretEncryptionKey).toEqual(Buffer.alloc(32, 7));
    expect(() => loadConfig({ SECRET_ENCRYPTION_KEY: 'too-short' })).toThrow(/SECRET_ENCRYPTION_KEY/);
  });

  it('loads no demo data on a PostgreSQL server unless SEED_DEMO=true', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/samverkan' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/samverkan', SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it('fails fast naming the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.se' })).toThrow(/ADMIN_EMAIL and ADMIN_PASSWORD/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.se', ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/);
  });

  it('reads login limits; the account’s limit follows the per-address one unless set', () => {
    expect(loadConfig({ LOGIN_MAX_FAILURES: '10' }).loginLimits.freeFailures).toEqual({ account_address: 10, account: 40, address: 200 });
    expect(loadConfig({ LOGIN_ACCOUNT_MAX_FAILURES: '8', LOGIN_ADDRESS_MAX_FAILURES: '300' }).loginLimits.freeFailures).toEqual({
      account_address: 5,
      account: 8,
      address: 300,
    });
    // A cap as long as the window would let a patient guesser start afresh between tries.
    expect(() => loadConfig({ LOGIN_MAX_DELAY_SECONDS: '900' })).toThrow(/LOGIN_MAX_DELAY_SECONDS/);
    expect(() => loadConfig({ LOGIN_FIRST_DELAY_SECONDS: '600' })).toThrow(/LOGIN_FIRST_DELAY_SECONDS/);
  });

  it('reads TRUST_PROXY as false, a number of proxy hops (true meaning one) or proxy addresses', () => {
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toEqual({ hops: 1 });
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toEqual({ hops: 1 });
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toEqual({ hops: 2 });
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5, ::1, fd00::/8, loopback' }).trustProxy).toEqual({
      addresses: ['10.0.0.0/8', '192.168.1.5', '::1', 'fd00::/8', 'loopback'],
    });
    for (const bad of ['maybe', '10.0.0.0/33', '300.1.1.1', '21', '10.0.0.1/8/8']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });

  it('reads SHUTDOWN_TIMEOUT_SECONDS (issue 16: graceful shutdown): 25 seconds unless set, whole seconds of at least one', () => {
    expect(loadConfig({}).shutdownTimeoutMs).toBe(25_000);
    expect(loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: '40' }).shutdownTimeoutMs).toBe(40_000);
    for (const bad of ['0', '-5', '2.5', 'soon']) {
      expect(() => loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: bad })).toThrow(/SHUTDOWN_TIMEOUT_SECONDS/);
    }
  });

  it('reads AUDIT_HEAD_FILE (issue 16: audit tail anchoring): beside the data by default, else where the operator says', () => {
    expect(loadConfig({}).auditHeadFile).toBe(path.resolve('./data/audit-heads.jsonl'));
    expect(loadConfig({ DATA_DIR: '/srv/samverkan' }).auditHeadFile).toBe('/srv/samverkan/audit-heads.jsonl');
    expect(loadConfig({ AUDIT_HEAD_FILE: '/var/log/samverkan/heads.jsonl' }).auditHeadFile).toBe('/var/log/samverkan/heads.jsonl');
    expect(() => loadConfig({ AUDIT_HEAD_FILE: ' ' })).toThrow(/AUDIT_HEAD_FILE/);
  });

  it('reads METRICS_TOKEN (issue 16): off when absent, refused when too short to resist guessing', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'a'.repeat(32) }).metricsToken).toBe('a'.repeat(32));
    expect(() => loadConfig({ METRICS_TOKEN: 'short-token' })).toThrow(/METRICS_TOKEN/);
  });
});
