import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './env';

describe('loadConfig', () => {
  it('has safe defaults: port 3000, ./data, 2 h idle and 12 h absolute session timeouts', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: path.resolve('./data'),
      databaseUrl: undefined,
      seedDemo: true,
      sessionIdleMinutes: 120,
      sessionAbsoluteMinutes: 720,
      loginMaxFailures: 10,
      loginWindowMinutes: 15,
    });
    expect(config.requestTimeoutMs).toBeGreaterThan(0);
    expect(config.connectionTimeoutMs).toBeGreaterThan(0);
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
});
