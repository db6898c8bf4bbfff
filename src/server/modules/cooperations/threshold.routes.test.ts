import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../../shared/users/roles';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
let admin: Session;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('admin');
  officer = await t.loginAs('officer');
});
afterAll(() => t.close());

const list = (session: Session, query = '') => t.as(session, { method: 'GET', url: `/api/thresholds${query}` });
const create = (session: Session, payload: object) => t.as(session, { method: 'POST', url: '/api/thresholds', payload });
const patch = (session: Session, id: string, payload: object) => t.as(session, { method: 'PATCH', url: `/api/thresholds/${id}`, payload });
type Item = { id: string; code: string; validFrom: string; amountSek: number; source: string | null; version: number };

describe('GET /api/thresholds (FRM-5, FRM-7)', () => {
  it('lists the seeded values by code then date, with amounts as numbers', async () => {
    const response = await list(officer);
    expect(response.statusCode).toBe(200);
    const body = response.json() as { items: Item[]; nextCursor: string | null; total: number };
    expect(body.items.map((i) => [i.code, i.validFrom, i.amountSek])).toEqual([
      ['direct_award_limit', '2019-01-01', 586_907],
      ['social_services_threshold', '2019-01-01', 7_100_000],
      ['vida_rate_per_participant', '2019-01-01', 1_500],
      ['welfare_advertising_limit', '2019-01-01', 1_900_000],
    ]);
    expect(body).toMatchObject({ nextCursor: null, total: 4 });
    expect(body.items[0]).toMatchObject({ version: 1, source: expect.stringContaining('LOU') });
  });

  it('every role may read; the public may not', async () => {
    for (const role of ROLES) expect((await list(await t.loginAs(role))).statusCode, role).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/thresholds' })).statusCode).toBe(401);
  });

  it('pages with a cursor and filters by code; bad query → 400', async () => {
    const first = (await list(officer, '?limit=3')).json();
    expect(first.items).toHaveLength(3);
    expect(first.total).toBe(4);
    const second = (await list(officer, `?limit=3&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((i: Item) => i.code)).toEqual(['welfare_advertising_limit']);
    expect(second.nextCursor).toBeNull();
    const vida = (await list(officer, '?code=vida_rate_per_participant')).json();
    expect(vida.items.map((i: Item) => i.amountSek)).toEqual([1_500]);
    expect((await list(officer, '?code=moon_tax')).statusCode).toBe(400);
    expect((await list(officer, '?cursor=not-a-cursor')).statusCode).toBe(400);
    expect((await list(officer, '?limit=0')).statusCode).toBe(400);
  });
});

describe('POST /api/thresholds', () => {
  const value = { code: 'direct_award_limit', validFrom: '2030-01-01', amountSek: 700_000.5, source: 'LOU 19 kap. 30 § (2030)' };

  it('only an administrator may add a value; others get 403', async () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect((await create(await t.loginAs(role), value)).statusCode, role).toBe(403);
    }
  });

  it('an administrator adds a dated value (201), audited as threshold.created; the older value stays', async () => {
    const response = await create(admin, value);
    expect(response.statusCode).toBe(201);
    const created = response.json() as Item;
    expect(created).toMatchObject({ code: 'direct_award_limit', validFrom: '2030-01-01', amountSek: 700_000.5, version: 1 });
    const values = (await list(officer, '?code=direct_award_limit')).json().items.map((i: Item) => [i.validFrom, i.amountSek]);
    expect(values).toEqual([
      ['2019-01-01', 586_907],
      ['2030-01-01', 700_000.5],
    ]);
    const audit = (await t.as(admin, { method: 'GET', url: `/api/audit-log?entityId=${created.id}` })).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['threshold.created']);
  });

  it('a second value of the code from the same date → 409 threshold_exists', async () => {
    const again = await create(admin, { ...value, amountSek: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'threshold_exists', title: 'Det finns redan ett värde från det datumet' });
  });

  it('bad input → 400 with field paths, never 500', async () => {
    const cases: object[] = [
      {},
      { ...value, code: 'moon_tax' },
      { ...value, validFrom: '2030-02-30' },
      { ...value, amountSek: -5 },
      { ...value, amountSek: 1.001 },
      { ...value, amountSek: 1e15 },
      { ...value, source: '' },
      { ...value, unknown: 1 },
    ];
    for (const payload of cases) {
      const response = await create(admin, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().errors.length).toBeGreaterThan(0);
    }
    const negative = await create(admin, { ...value, amountSek: -5 });
    expect(negative.json().errors).toEqual([{ path: 'amountSek', message: 'Ange ett belopp i kronor, 0 eller mer, med högst två decimaler' }]);
  });
});

describe('PATCH /api/thresholds/:id', () => {
  it('an administrator corrects amount and source with the version, audited with before and after', async () => {
    const created = (await create(admin, { code: 'vida_rate_per_participant', validFrom: '2031-01-01', amountSek: 1_600, source: 'Förslag' })).json() as Item;
    const response = await patch(admin, created.id, { version: 1, amountSek: 1_650, source: 'Verksamhetsplan 2031' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: created.id, amountSek: 1_650, source: 'Verksamhetsplan 2031', version: 2, validFrom: '2031-01-01' });
    const audit = (await t.as(admin, { method: 'GET', url: `/api/audit-log?entityId=${created.id}&action=threshold.updated` })).json();
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0].changes.amountSek).toEqual({ before: 1_600, after: 1_650 });
  });

  it('a stale version → 409 version_conflict; an unknown id → 404', async () => {
    const created = (await create(admin, { code: 'vida_rate_per_participant', validFrom: '2032-01-01', amountSek: 1_700, source: 'Förslag' })).json() as Item;
    expect((await patch(admin, created.id, { version: 1, amountSek: 1_710 })).statusCode).toBe(200);
    const stale = await patch(admin, created.id, { version: 1, amountSek: 1_720 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect((await patch(admin, '00000000-0000-4000-8000-000000000000', { version: 1, amountSek: 1 })).statusCode).toBe(404);
  });

  it('only an administrator may correct; bad input → 400', async () => {
    const id = (await list(officer)).json().items[0].id as string;
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect((await patch(await t.loginAs(role), id, { version: 1, amountSek: 1 })).statusCode, role).toBe(403);
    }
    for (const payload of [{ version: 1 }, { amountSek: 5 }, { version: 1, amountSek: -1 }, { version: 1, validFrom: '2020-01-01' }]) {
      expect((await patch(admin, id, payload)).statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await patch(admin, 'not-a-uuid', { version: 1, amountSek: 1 })).statusCode).toBe(400);
  });
});
