import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, makeUser } from '../../../../tests/support/factories';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { deleteLoginLimitsQuietSince } from './login-limit.repository';

// Login limits (decision 005): per account, per account and address, per address; growing delays.

type Attempt = { email: string; password: string; ip?: string; forwardedFor?: string };

function attempt(t: TestApp, a: Attempt) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: a.email, password: a.password },
    remoteAddress: a.ip ?? '10.0.0.1',
    headers: a.forwardedFor === undefined ? {} : { 'x-forwarded-for': a.forwardedFor },
  });
}

/** Moves a counter's last failure back in time, as if that many seconds had passed. */
async function letTimePass(t: TestApp, seconds: number, key: { email?: string; ip?: string } = {}) {
  let query = t.database.db
    .updateTable('login_limit')
    .set({ last_failure_at: sql`last_failure_at - make_interval(secs => ${seconds})` });
  if (key.email !== undefined) query = query.where('email', 'in', [key.email, '']);
  if (key.ip !== undefined) query = query.where('ip', 'in', [key.ip, '']);
  await query.execute();
}

type Changes = Record<string, { after?: unknown } | undefined>;

/** The changes of an action's audit rows about one e-mail address, oldest first. */
async function auditChanges(t: TestApp, action: string, email: string): Promise<Changes[]> {
  const rows = await t.database.db.selectFrom('audit_log').select('changes').where('action', '=', action).orderBy('id').execute();
  return rows.map((r) => r.changes as Changes).filter((c) => c.email?.after === email);
}

async function auditCount(t: TestApp, action: string, email: string): Promise<number> {
  return (await auditChanges(t, action, email)).length;
}

describe('parallel guesses (check and count are one step)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A long first delay keeps the limit in force for the rest of the test, however slow the machine.
    t = await createTestApp({ LOGIN_MAX_FAILURES: '10', LOGIN_FIRST_DELAY_SECONDS: '120', LOGIN_MAX_DELAY_SECONDS: '600' });
  });
  afterAll(() => t.close());

  it('checks only as many of 60 parallel wrong passwords as the limit allows, refuses the rest and then the right one', async () => {
    const user = await makeUser(t.database.db);
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => attempt(t, { email: user.email, password: `wrong-guess-${i}`, ip: '10.10.0.1' })),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50);
    expect(await auditCount(t, 'auth.login.failed', user.email)).toBe(10);

    const right = await attempt(t, { email: user.email, password: DEMO_PASSWORD, ip: '10.10.0.1' });
    expect(right.statusCode).toBe(429);
    expect(right.json().code).toBe('too_many_attempts');
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(60);
    expect(Number(right.headers['retry-after'])).toBeLessThanOrEqual(120);
    // 51 refusals are audited at the 1st, 2nd, 4th, 8th, 16th and 32nd: the log shows the
    // hammering without a row per request.
    const blocked = await auditChanges(t, 'auth.login.blocked', user.email);
    expect(blocked.map((c) => c.refusedAttempts?.after)).toEqual([1, 2, 4, 8, 16, 32]);
    expect(blocked[0]?.reason?.after).toBe('account_address_limit');
  });
});

describe('a shared office address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_FIRST_DELAY_SECONDS: '60' });
  });
  afterAll(() => t.close());

  it('ten wrong passwords for one account do not keep a colleague at the same address out', async () => {
    const [anna, bertil] = [await makeUser(t.database.db), await makeUser(t.database.db)];
    const office = '192.0.2.10';
    const answers: number[] = [];
    for (let i = 0; i < 10; i += 1) answers.push((await attempt(t, { email: anna.email, password: `typo-${i}`, ip: office })).statusCode);
    // Five tries go through freely, then Anna must wait.
    expect(answers).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    expect((await attempt(t, { email: bertil.email, password: DEMO_PASSWORD, ip: office })).statusCode).toBe(200);
    // Anna herself can still log in from another address: the account as a whole is far from its limit.
    expect((await attempt(t, { email: anna.email, password: DEMO_PASSWORD, ip: '198.51.100.20' })).statusCode).toBe(200);
  });

  it('a successful login starts the count for that account and address again', async () => {
    const user = await makeUser(t.database.db);
    const ip = '192.0.2.11';
    for (let i = 0; i < 4; i += 1) expect((await attempt(t, { email: user.email, password: `typo-${i}`, ip })).statusCode).toBe(401);
    expect((await attempt(t, { email: user.email, password: DEMO_PASSWORD, ip })).statusCode).toBe(200);
    for (let i = 0; i < 5; i += 1) expect((await attempt(t, { email: user.email, password: `again-${i}`, ip })).statusCode).toBe(401);
    expect((await attempt(t, { email: user.email, password: DEMO_PASSWORD, ip })).statusCode).toBe(429);
  });

  it('ignores X-Forwarded-For entirely when no proxy is trusted', async () => {
    const user = await makeUser(t.database.db);
    const answers: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const forwardedFor = `198.51.100.${i + 1}`;
      answers.push((await attempt(t, { email: user.email, password: `guess-${i}`, ip: '203.0.113.79', forwardedFor })).statusCode);
    }
    expect(answers).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('deletes counters that have been quiet for a whole window, and only those', async () => {
    const now = Date.now();
    const rows = [
      { scope: 'address' as const, ip: '192.0.2.200', failures: 3, last_failure_at: new Date(now - 16 * 60_000) },
      { scope: 'address' as const, ip: '192.0.2.201', failures: 3, last_failure_at: new Date(now - 14 * 60_000) },
      { scope: 'address' as const, ip: '192.0.2.202', failures: 0, last_failure_at: null },
    ];
    await t.database.db.insertInto('login_limit').values(rows).execute();
    await deleteLoginLimitsQuietSince(t.database.db, new Date(now - 15 * 60_000));
    const left = await t.database.db
      .selectFrom('login_limit')
      .select('ip')
      .where('ip', 'in', rows.map((r) => r.ip))
      .execute();
    expect(left.map((r) => r.ip)).toEqual(['192.0.2.201']);
  });

  it('lets an account try again once its failures are older than the window', async () => {
    const user = await makeUser(t.database.db);
    const ip = '192.0.2.12';
    for (let i = 0; i < 5; i += 1) await attempt(t, { email: user.email, password: `typo-${i}`, ip });
    expect((await attempt(t, { email: user.email, password: DEMO_PASSWORD, ip })).statusCode).toBe(429);
    await letTimePass(t, 15 * 60, { email: user.email });
    expect((await attempt(t, { email: user.email, password: DEMO_PASSWORD, ip })).statusCode).toBe(200);
  });
});

describe('growing delays', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_FIRST_DELAY_SECONDS: '10', LOGIN_MAX_DELAY_SECONDS: '40' });
  });
  afterAll(() => t.close());

  it('makes each attempt after the free ones wait twice as long as the one before, up to the cap', async () => {
    const user = await makeUser(t.database.db);
    const ip = '203.0.113.30';
    for (let i = 0; i < 3; i += 1) expect((await attempt(t, { email: user.email, password: `typo-${i}`, ip })).statusCode).toBe(401);
    const waits: number[] = [];
    for (let round = 0; round < 4; round += 1) {
      const refused = await attempt(t, { email: user.email, password: DEMO_PASSWORD, ip });
      expect(refused.statusCode).toBe(429);
      const wait = Number(refused.headers['retry-after']);
      waits.push(wait);
      await letTimePass(t, wait, { email: user.email, ip });
      expect((await attempt(t, { email: user.email, password: `later-${round}`, ip })).statusCode).toBe(401);
    }
    // Retry-After is rounded up from the time already passed since the failure (at most 1 s here).
    expect(waits.map((w) => Math.round(w / 10) * 10)).toEqual([10, 20, 40, 40]);
    expect(waits[1]! - waits[0]!).toBeGreaterThanOrEqual(9);
  });
});

describe('guessing spread over many addresses, and spraying from one', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      LOGIN_MAX_FAILURES: '10',
      LOGIN_ACCOUNT_MAX_FAILURES: '4',
      LOGIN_ADDRESS_MAX_FAILURES: '12',
      LOGIN_FIRST_DELAY_SECONDS: '60',
    });
  });
  afterAll(() => t.close());

  it('holds one account back after its limit even when every guess comes from a new address', async () => {
    const user = await makeUser(t.database.db);
    for (let i = 0; i < 4; i += 1) {
      expect((await attempt(t, { email: user.email, password: `guess-${i}`, ip: `198.18.0.${i + 1}` })).statusCode).toBe(401);
    }
    const refused = await attempt(t, { email: user.email, password: DEMO_PASSWORD, ip: '198.18.0.99' });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('stops an address that tries one password on many accounts, and only that address', async () => {
    const sprayer = '198.19.0.1';
    for (let i = 0; i < 12; i += 1) {
      expect((await attempt(t, { email: `staff${i}@example.org`, password: 'Sommar2026!', ip: sprayer })).statusCode).toBe(401);
    }
    const user = await makeUser(t.database.db);
    expect((await attempt(t, { email: user.email, password: DEMO_PASSWORD, ip: sprayer })).statusCode).toBe(429);
    expect((await attempt(t, { email: user.email, password: DEMO_PASSWORD, ip: '198.19.0.2' })).statusCode).toBe(200);
  });
});

describe('client address behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '1', LOGIN_MAX_FAILURES: '3', LOGIN_FIRST_DELAY_SECONDS: '60' });
  });
  afterAll(() => t.close());

  it('takes the address the proxy saw, so forged X-Forwarded-For entries cannot split the count', async () => {
    const user = await makeUser(t.database.db);
    const proxy = '10.99.0.1';
    const client = '203.0.113.77';
    const answers: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      // The client forges a different address each time; the proxy appends the real one.
      const forwardedFor = `198.51.100.${i + 1}, 192.0.2.${i + 1}, ${client}`;
      answers.push((await attempt(t, { email: user.email, password: `guess-${i}`, ip: proxy, forwardedFor })).statusCode);
    }
    expect(answers).toEqual([401, 401, 401, 429, 429]);
    const rows = await t.database.db.selectFrom('login_limit').select(['scope', 'ip']).where('email', '=', user.email).execute();
    expect(rows.find((r) => r.scope === 'account_address')?.ip).toBe(client);
    const audited = await t.database.db
      .selectFrom('audit_log')
      .select('ip')
      .where('action', '=', 'auth.login.failed')
      .where('entity_id', '=', user.id)
      .execute();
    expect(new Set(audited.map((r) => r.ip))).toEqual(new Set([client]));
  });

  it('treats TRUST_PROXY=true as one proxy, not as a licence to believe the whole header', async () => {
    const legacy = await createTestApp({ TRUST_PROXY: 'true' });
    try {
      const user = await makeUser(legacy.database.db);
      await legacy.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: 'not-the-password' },
        remoteAddress: '10.99.0.1',
        headers: { 'x-forwarded-for': '1.2.3.4, 203.0.113.78' },
      });
      const row = await legacy.database.db
        .selectFrom('audit_log')
        .select('ip')
        .where('action', '=', 'auth.login.failed')
        .where('entity_id', '=', user.id)
        .executeTakeFirstOrThrow();
      expect(row.ip).toBe('203.0.113.78');
    } finally {
      await legacy.close();
    }
  });
});
