import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { economyMatrix } from '../../../../tests/support/authorization-matrix.economy';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { ROLES, type Role } from '../../../shared/users/roles';
import { insertEconomyCooperation } from './economy-fixtures.test-helper';

let t: TestApp;
const sessions = new Map<Role, Session>();
let officer: Session;
let reader: Session;
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  officer = sessions.get('officer')!;
  reader = sessions.get('review_group')!;
  // A dated change of both limits from 2031-01-01 (the 2019 values hold before it).
  for (const [code, amountSek] of [
    ['welfare_advertising_limit', 2_500_000],
    ['social_services_threshold', 8_000_000],
  ] as const) {
    const response = await t.as(sessions.get('admin')!, { method: 'POST', url: '/api/thresholds', payload: { code, validFrom: '2031-01-01', amountSek, source: 'Test av ändrade belopp' } });
    expect(response.statusCode, response.body).toBe(201);
  }
});
afterAll(() => t.close());

const NIL = '00000000-0000-4000-8000-000000000000';
type Status = { level: string; limit: string | null; mustAdvertise: boolean; accumulatedSek: number; advertisingLimitSek: number | null };
type WelfareValue = { applicable: boolean; advertised: boolean; advertisingVersion: number; flagged: boolean; status: Status; entries: { id: string; accumulatedSek: number; status: Status; version: number }[] };

const entry = (cooperationId: string, payload: Record<string, unknown>, session = officer) =>
  t.as(session, { method: 'POST', url: `/api/cooperations/${cooperationId}/welfare-value/entries`, payload });
async function add(cooperationId: string, payload: Record<string, unknown>): Promise<WelfareValue> {
  const response = await entry(cooperationId, payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}
async function overviewFlag(cooperationId: string): Promise<string | undefined> {
  const response = await t.as(reader, { method: 'GET', url: '/api/cooperations?form=welfare_procurement&limit=100' });
  expect(response.statusCode, response.body).toBe(200);
  const item = (response.json().items as { id: string; welfareValueFlag?: string }[]).find((i) => i.id === cooperationId);
  expect(item).toBeDefined();
  return item!.welfareValueFlag;
}

describe('welfare-value access', () => {
  const routes = Object.entries(economyMatrix).filter(([route]) => route.includes('welfare-value'));
  for (const [route, allowed] of routes) {
    it(`${route}: allowed for ${Array.isArray(allowed) ? allowed.join(', ') : allowed}, 403 for the others, 401 for the public`, async () => {
      const [method = 'GET', url = ''] = route.split(' ');
      const concrete = url.replace(/:[a-zA-Z]+/g, NIL);
      expect((await t.app.inject({ method: method as 'GET', url: concrete })).statusCode).toBe(401);
      for (const role of ROLES) {
        const response = await t.as(sessions.get(role)!, { method: method as 'GET', url: concrete, ...(method === 'GET' ? {} : { payload: {} }) });
        if (Array.isArray(allowed) && allowed.includes(role)) {
          expect([401, 403], `${role}: ${response.body}`).not.toContain(response.statusCode);
          expect(response.statusCode).toBeLessThan(500);
        } else {
          expect(response.statusCode, role).toBe(403);
        }
      }
    });
  }
});

describe('welfare-service value (FRM-7)', () => {
  it('FRM-7: the 80 % warning and the exceeded flag appear at the right accumulated values, on the cooperation and in the overview', async () => {
    const { cooperationId } = await insertEconomyCooperation(t, 'welfare_procurement');
    let view = await add(cooperationId, { kind: 'initial', date: '2030-01-15', amountSek: 1_519_999 });
    expect(view).toMatchObject({ applicable: true, flagged: false, status: { level: 'below', limit: 'welfare_advertising_limit', accumulatedSek: 1_519_999 } });
    expect(await overviewFlag(cooperationId)).toBeUndefined();

    // One krona more reaches 80 % of the 1 900 000 kr advertising limit.
    view = await add(cooperationId, { kind: 'call_off', date: '2030-03-01', amountSek: 1 });
    expect(view).toMatchObject({ flagged: true, status: { level: 'warning', accumulatedSek: 1_520_000, mustAdvertise: false } });
    expect(await overviewFlag(cooperationId)).toBe('warning');

    // Reaching the limit: exceeded, and unadvertised it must be advertised.
    view = await add(cooperationId, { kind: 'extension', date: '2030-06-01', amountSek: 380_000, note: 'Förlängning ett år' });
    expect(view).toMatchObject({ flagged: true, status: { level: 'exceeded', limit: 'welfare_advertising_limit', mustAdvertise: true, accumulatedSek: 1_900_000 } });
    expect(view.entries.map((e) => [e.accumulatedSek, e.status.level])).toEqual([
      [1_519_999, 'below'],
      [1_520_000, 'warning'],
      [1_900_000, 'exceeded'],
    ]);
    expect(await overviewFlag(cooperationId)).toBe('must_advertise');

    // Once advertised, the next limit is the social-services threshold, far off: no flag.
    const advertised = await t.as(officer, { method: 'PUT', url: `/api/cooperations/${cooperationId}/welfare-value/advertising`, payload: { advertised: true, version: view.advertisingVersion } });
    expect(advertised.statusCode, advertised.body).toBe(200);
    expect(advertised.json()).toMatchObject({ advertised: true, advertisingVersion: 1, flagged: false, status: { level: 'below', limit: 'social_services_threshold' } });
    expect(await overviewFlag(cooperationId)).toBeUndefined();
    expect((await t.as(officer, { method: 'PUT', url: `/api/cooperations/${cooperationId}/welfare-value/advertising`, payload: { advertised: false, version: 0 } })).statusCode).toBe(409);
  });

  it('FRM-7: around a dated threshold change the same value is exceeded before it and only a warning after it', async () => {
    const before = await insertEconomyCooperation(t, 'welfare_procurement');
    const after = await insertEconomyCooperation(t, 'welfare_procurement');
    expect((await add(before.cooperationId, { kind: 'initial', date: '2030-12-31', amountSek: 2_000_000 })).status).toMatchObject({ level: 'exceeded', advertisingLimitSek: 1_900_000, mustAdvertise: true });
    expect((await add(after.cooperationId, { kind: 'initial', date: '2031-01-01', amountSek: 2_000_000 })).status).toMatchObject({ level: 'warning', advertisingLimitSek: 2_500_000, mustAdvertise: false });
    // 80 % of the new 2 500 000 kr limit is 2 000 000 kr: one krona less is below.
    const edge = await insertEconomyCooperation(t, 'welfare_procurement');
    expect((await add(edge.cooperationId, { kind: 'initial', date: '2031-02-01', amountSek: 1_999_999 })).status.level).toBe('below');
    expect(await overviewFlag(before.cooperationId)).toBe('must_advertise');
    expect(await overviewFlag(after.cooperationId)).toBe('warning');
    expect(await overviewFlag(edge.cooperationId)).toBeUndefined();
  });

  it('FRM-7: entries are corrected by version and removed with confirmation, audited; the status follows', async () => {
    const { cooperationId } = await insertEconomyCooperation(t, 'welfare_procurement');
    const view = await add(cooperationId, { kind: 'initial', date: '2030-01-15', amountSek: 1_000_000 });
    const first = view.entries[0]!;
    const url = `/api/cooperations/${cooperationId}/welfare-value/entries/${first.id}`;
    const corrected = await t.as(officer, { method: 'PATCH', url, payload: { version: first.version, amountSek: 1_600_000 } });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().status).toMatchObject({ level: 'warning', accumulatedSek: 1_600_000 });
    expect((await t.as(officer, { method: 'PATCH', url, payload: { version: first.version, amountSek: 1 } })).statusCode).toBe(409);
    const removed = await t.as(officer, { method: 'POST', url: `${url}/remove`, payload: { version: first.version + 1 } });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toMatchObject({ entries: [], flagged: false, status: { accumulatedSek: 0 } });
    const history = JSON.stringify((await t.as(sessions.get('admin')!, { method: 'GET', url: `/api/audit-log?entityType=cooperation&entityId=${cooperationId}` })).json());
    for (const action of ['welfare-value.entry.recorded', 'welfare-value.entry.corrected', 'welfare-value.entry.removed']) expect(history).toContain(action);
  });

  it('FRM-7: only a welfare-service procurement takes value entries; other forms read as not applicable', async () => {
    const { cooperationId } = await insertEconomyCooperation(t, 'iop');
    const refused = await entry(cooperationId, { kind: 'initial', date: '2030-01-15', amountSek: 1 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'welfare_value_not_applicable', requirement: 'FRM-7' });
    const read = await t.as(reader, { method: 'GET', url: `/api/cooperations/${cooperationId}/welfare-value` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ applicable: false, flagged: false, entries: [] });
    expect((await t.as(reader, { method: 'GET', url: `/api/cooperations/${NIL}/welfare-value` })).statusCode).toBe(404);
  });

  it('bad input is a 400 naming the field, never a 500', async () => {
    const { cooperationId } = await insertEconomyCooperation(t, 'welfare_procurement');
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'initial', date: '2030-01-15', amountSek: -5 }, 'amountSek'],
      [{ kind: 'initial', date: '2030-01-15', amountSek: 2_147_483_648 }, 'amountSek'],
      [{ kind: 'initial', date: '15/01/2030', amountSek: 5 }, 'date'],
      [{ kind: 'option', date: '2030-01-15', amountSek: 5 }, 'kind'],
    ];
    for (const [payload, path] of cases) {
      const response = await entry(cooperationId, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect((response.json().errors as { path: string }[]).map((e) => e.path)).toContain(path);
    }
    const advertising = await t.as(officer, { method: 'PUT', url: `/api/cooperations/${cooperationId}/welfare-value/advertising`, payload: { advertised: 'ja', version: 0 } });
    expect(advertising.statusCode).toBe(400);
  });
});
