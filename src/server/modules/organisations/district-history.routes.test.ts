import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { districtHistory } from '../../../shared/organisations/district-history.rules';
import type { DistrictHistoryView } from '../../../shared/organisations/district-history.schemas';
import { ROLES, type Role } from '../../../shared/users/roles';

// AGR-9: an administrator records a merger or split of districts from a date; the districts keep
// their history, so a report across years counts old records under the unit in force. The merged
// units' names ("Järva", "Norra innerstaden") and the date are test fixtures, not production data.

let t: TestApp;
const sessions = new Map<Role, Session>();
let admin: Session;
const URL = '/api/reference/districts/successions';

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  admin = sessions.get('admin')!;
}, 60_000);
afterAll(async () => t.close());

async function history(): Promise<DistrictHistoryView[]> {
  const response = await t.as(admin, { method: 'GET', url: '/api/reference/districts' });
  expect(response.statusCode).toBe(200);
  return response.json() as DistrictHistoryView[];
}

describe('POST /api/reference/districts/successions (AGR-9)', () => {
  it('is refused to every role but the administrator, and nothing changes', async () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const response = await t.as(sessions.get(role)!, {
        method: 'POST',
        url: URL,
        payload: { effectiveOn: '2023-07-01', predecessors: ['rinkeby_kista'], successor: { nameSv: 'Järva' } },
      });
      expect(response.statusCode, role).toBe(403);
    }
    expect((await history()).every((d) => d.validTo === null && d.successors.length === 0)).toBe(true);
  });

  it('lets every staff role and a partner read the districts with their validity', async () => {
    for (const role of ROLES) {
      const response = await t.as(sessions.get(role)!, { method: 'GET', url: '/api/reference/districts' });
      expect(response.statusCode, role).toBe(200);
    }
  });

  it('answers 400 for an unknown district, a date before the predecessor began, and a cycle', async () => {
    const unknown = await t.as(admin, { method: 'POST', url: URL, payload: { effectiveOn: '2023-07-01', predecessors: ['no_such'], successor: { nameSv: 'Järva' } } });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json())).toContain('predecessors.0');
    const noName = await t.as(admin, { method: 'POST', url: URL, payload: { effectiveOn: '2023-07-01', predecessors: ['bromma'], successor: { code: 'new_one' } } });
    expect(noName.statusCode).toBe(400);
    const badDate = await t.as(admin, { method: 'POST', url: URL, payload: { effectiveOn: '2023-02-30', predecessors: ['bromma'], successor: { nameSv: 'X' } } });
    expect(badDate.statusCode).toBe(400);
    expect((await history()).every((d) => d.validTo === null && d.successors.length === 0)).toBe(true);
  });

  it('records the 2023 mergers: creates the merged units, ends the predecessors the day before, and audits it', async () => {
    const jarva = await t.as(admin, {
      method: 'POST',
      url: URL,
      payload: { effectiveOn: '2023-07-01', predecessors: ['rinkeby_kista', 'spanga_tensta'], successor: { nameSv: 'Järva' } },
    });
    expect(jarva.statusCode).toBe(201);
    const inner = await t.as(admin, {
      method: 'POST',
      url: URL,
      payload: { effectiveOn: '2023-07-01', predecessors: ['norrmalm', 'ostermalm'], successor: { code: 'norra_innerstaden', nameSv: 'Norra innerstaden' } },
    });
    expect(inner.statusCode).toBe(201);

    const districts = await history();
    const byCode = new Map(districts.map((d) => [d.code, d]));
    expect(byCode.get('jarva')).toMatchObject({ nameSv: 'Järva', validFrom: '2023-07-01', validTo: null, successors: [] });
    expect(byCode.get('rinkeby_kista')).toMatchObject({ validTo: '2023-06-30', successors: [{ code: 'jarva', effectiveOn: '2023-07-01' }] });
    expect(byCode.get('ostermalm')).toMatchObject({ validTo: '2023-06-30', successors: [{ code: 'norra_innerstaden', effectiveOn: '2023-07-01' }] });
    expect(byCode.get('bromma')).toMatchObject({ validTo: null, successors: [] });

    // The forms' reference data keeps the ended districts (old records show their names) with their validity.
    const reference = (await t.as(sessions.get('officer')!, { method: 'GET', url: '/api/reference-data' })).json() as { districts: { code: string; validTo?: string | null }[] };
    expect(reference.districts.find((d) => d.code === 'rinkeby_kista')?.validTo).toBe('2023-06-30');
    expect(reference.districts.find((d) => d.code === 'jarva')?.validTo).toBeNull();

    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'district.succession.recorded').orderBy('occurred_at').execute();
    expect(audit.map((a) => a.entity_id)).toEqual(['jarva', 'norra_innerstaden']);
  });

  it('refuses an ended district on a new organisation and accepts the unit in force', async () => {
    const officer = sessions.get('officer')!;
    const base = { name: 'Ny förening', kind: 'civil_society', legalForm: 'non_profit_association' };
    const ended = await t.as(officer, { method: 'POST', url: '/api/organisations', payload: { ...base, districts: ['bromma', 'rinkeby_kista'] } });
    expect(ended.statusCode).toBe(400);
    expect(JSON.stringify(ended.json())).toContain('districts.1');
    const current = await t.as(officer, { method: 'POST', url: '/api/organisations', payload: { ...base, districts: ['jarva'] } });
    expect(current.statusCode).toBe(201);
  });

  it('refuses a merger into a district that would succeed itself, or from a district that already ended', async () => {
    const cycle = await t.as(admin, {
      method: 'POST',
      url: URL,
      payload: { effectiveOn: '2024-01-01', predecessors: ['jarva'], successor: { code: 'rinkeby_kista' } },
    });
    expect(cycle.statusCode).toBe(400);
    const ended = await t.as(admin, { method: 'POST', url: URL, payload: { effectiveOn: '2025-01-01', predecessors: ['rinkeby_kista'], successor: { nameSv: 'Senare' } } });
    expect(ended.statusCode).toBe(400);
    const early = await t.as(admin, { method: 'POST', url: URL, payload: { effectiveOn: '2023-07-01', predecessors: ['jarva'], successor: { nameSv: 'Tidig' } } });
    expect(early.statusCode).toBe(400);
    const again = await t.as(admin, { method: 'POST', url: URL, payload: { effectiveOn: '2023-07-01', predecessors: ['rinkeby_kista'], successor: { code: 'jarva' } } });
    expect(again.statusCode).toBe(400);
  });

  it('AGR-9: refuses a new successor whose name is an existing district, rather than quietly choosing that district', async () => {
    const response = await t.as(admin, { method: 'POST', url: URL, payload: { effectiveOn: '2026-01-01', predecessors: ['hasselby_vallingby'], successor: { nameSv: 'Bromma' } } });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'successor.nameSv', message: expect.stringContaining('finns redan') }]);
    // Nothing was recorded: the predecessor is still in force.
    const predecessor = (await history()).find((d) => d.code === 'hasselby_vallingby');
    expect(predecessor?.validTo ?? null).toBeNull();
  });

  it('counts organisations recorded with Rinkeby-Kista in 2022 under the merged unit in a 2024 report, and under Rinkeby-Kista in a 2022 report', async () => {
    const db = t.database.db;
    const recorded = [
      await makeOrganisation(db, { name: 'Föreningen i Kista', districts: ['rinkeby_kista'] }),
      await makeOrganisation(db, { name: 'Föreningen i Järvaområdet', districts: ['rinkeby_kista', 'spanga_tensta'] }),
      await makeOrganisation(db, { name: 'Föreningen i Bromma', districts: ['bromma'] }),
    ];
    const organisations = await db.selectFrom('organisation').select(['id', 'districts']).where('id', 'in', recorded.map((o) => o.id)).execute();
    const districts = await history();
    const dated = districtHistory(
      districts,
      districts.flatMap((d) => d.successors.map((s) => ({ predecessorCode: d.code, successorCode: s.code, effectiveOn: s.effectiveOn }))),
    );
    const count = (reportDate: string) => {
      const counts: Record<string, number> = {};
      for (const o of organisations) for (const unit of dated.reportingUnitsOf(o.districts, reportDate)) counts[unit] = (counts[unit] ?? 0) + 1;
      return counts;
    };
    expect(count('2024-12-31')).toEqual({ jarva: 2, bromma: 1 });
    expect(count('2022-12-31')).toEqual({ rinkeby_kista: 2, spanga_tensta: 1, bromma: 1 });
  });
});
