import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { VidaPayoutList, VidaPayoutView } from '../../../shared/followup/vida.schemas';
import type { Role } from '../../../shared/users/roles';

let t: TestApp;
let officer: Session;
let manager: Session;
let responsible: Session;
let admin: Session;
let vida: string;
let managedVida: string;
let iop: string;
let paid: { id: string };
let unpaid: { id: string };
let sequence = 0;

async function insertCooperation(form: string, parties: string[], responsibleManagerId: string | null = null): Promise<string> {
  sequence += 1;
  const row = await t.database.db
    .insertInto('cooperation')
    .values({ case_number: `VIDA 2026-${String(sequence).padStart(4, '0')}`, case_year: 2026, case_sequence: sequence, title: `VIDA-aktiviteter ${sequence}`, form, status: 'active', responsible_manager_id: responsibleManagerId })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const organisationId of parties) await t.database.db.insertInto('cooperation_party').values({ cooperation_id: row.id, organisation_id: organisationId }).execute();
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  [officer, manager, responsible, admin] = await Promise.all([t.loginAs('officer'), t.loginAs('manager'), t.loginAs('manager'), t.loginAs('admin')]);
  paid = await makeOrganisation(t.database.db, { name: 'Bollklubben Framåt', orgNumber: '802400-6382' });
  await t.database.db.updateTable('organisation').set({ bankgiro: '5050-1055' }).where('id', '=', paid.id).execute();
  unpaid = await makeOrganisation(t.database.db, { name: 'Körföreningen Stämman' });
  vida = await insertCooperation('vida', [paid.id, unpaid.id]);
  managedVida = await insertCooperation('vida', [paid.id], responsible.userId);
  iop = await insertCooperation('iop', [paid.id]);
});
afterAll(() => t.close());

const create = (session: Session, payload: Record<string, unknown>) => t.as(session, { method: 'POST', url: '/api/vida/payouts', payload });
const list = (session: Session, period: string) => t.as(session, { method: 'GET', url: `/api/vida/payouts?period=${period}` });
const payout = (period: string, extra: Record<string, unknown> = {}) => ({ cooperationId: vida, organisationId: paid.id, period, participants: 12, occasions: 10, ...extra });

describe('VIDA payouts (FRM-5)', () => {
  it('FRM-5: 12 participants × 1 500 SEK → 18 000 SEK, stored with the rate used and audited', async () => {
    const response = await create(officer, payout('2026-spring'));
    expect(response.statusCode, response.body).toBe(201);
    const view = response.json() as VidaPayoutView;
    expect(view).toMatchObject({ amountSek: 18_000, rateSek: 1_500, rateValidFrom: '2019-01-01', periodStart: '2026-01-01', withinFrame: true, exception: null });
    expect(view).toMatchObject({ orgNumber: '802400-6382', bankgiro: '5050-1055', payeeProblems: [] });
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'changes']).where('entity_id', '=', view.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['vida-payout.created']);
  });

  it('FRM-5: fewer than 8 or more than 15 occasions are refused without the manager’s recorded exception', async () => {
    for (const occasions of [7, 16]) {
      const response = await create(officer, payout('2026-autumn', { occasions }));
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'vida_outside_frame', requirement: 'FRM-5' });
      expect(response.json().errors).toEqual([{ path: 'occasions', message: 'VIDA omfattar 8–15 tillfällen per deltagare', requirement: 'FRM-5' }]);
    }
    const byOfficer = await create(officer, payout('2026-autumn', { occasions: 7, exceptionMotivation: 'Två tillfällen ställdes in' }));
    expect(byOfficer.statusCode).toBe(403);
    expect(byOfficer.json()).toMatchObject({ code: 'vida_exception_manager_only', requirement: 'FRM-5' });
  });

  it('FRM-5: accepted with the manager’s exception and motivation; where a manager is named, only that manager', async () => {
    const accepted = await create(manager, payout('2026-autumn', { occasions: 7, exceptionMotivation: 'Två tillfällen ställdes in på grund av lokalbrist' }));
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json()).toMatchObject({ withinFrame: false, amountSek: 18_000, exception: { motivation: 'Två tillfällen ställdes in på grund av lokalbrist', byName: expect.any(String) } });

    const other = await create(manager, payout('2026-autumn', { cooperationId: managedVida, occasions: 16, exceptionMotivation: 'Extra tillfällen' }));
    expect(other.statusCode).toBe(403);
    expect(other.json().errors[0]).toMatchObject({ path: 'exceptionMotivation', message: 'Bara samverkans ansvariga chef kan registrera ett undantag' });
    const own = await create(responsible, payout('2026-autumn', { cooperationId: managedVida, occasions: 16, exceptionMotivation: 'Extra tillfällen' }));
    expect(own.statusCode, own.body).toBe(201);

    const needless = await create(manager, payout('2025-autumn', { occasions: 10, exceptionMotivation: 'Onödigt' }));
    expect(needless.statusCode).toBe(400);
    expect(needless.json().errors[0].path).toBe('exceptionMotivation');
  });

  it('FRM-5: a new dated rate applies from its date only; earlier periods keep the old rate', async () => {
    const before = (await create(officer, payout('2030-spring', { participants: 4 }))).json() as VidaPayoutView;
    const rate = await t.as(admin, { method: 'POST', url: '/api/thresholds', payload: { code: 'vida_rate_per_participant', validFrom: '2030-07-01', amountSek: 1_750, source: 'Nämndbeslut 2030' } });
    expect(rate.statusCode, rate.body).toBe(201);
    const autumn = (await create(officer, payout('2030-autumn', { participants: 4 }))).json() as VidaPayoutView;
    expect([autumn.rateSek, autumn.rateValidFrom, autumn.amountSek]).toEqual([1_750, '2030-07-01', 7_000]);
    // A payout of the earlier period registered after the change still gets the old rate.
    const spring = (await create(officer, payout('2030-spring', { organisationId: unpaid.id, participants: 4 }))).json() as VidaPayoutView;
    expect([spring.rateSek, spring.amountSek]).toEqual([1_500, 6_000]);
    // Correcting the earlier payout recomputes with the rate stored with it.
    const patched = await t.as(officer, { method: 'PATCH', url: `/api/vida/payouts/${before.id}`, payload: { version: before.version, participants: 5 } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ rateSek: 1_500, amountSek: 7_500, version: before.version + 1 });
    expect((await list(officer, '2030-autumn')).json().rate).toEqual({ amountSek: 1_750, validFrom: '2030-07-01' });
    expect((await list(officer, '2030-spring')).json().rate).toEqual({ amountSek: 1_500, validFrom: '2019-01-01' });
  });

  it('FRM-5: the list of a period has totals and names each association whose numbers must be fixed', async () => {
    const body = (await list(officer, '2030-spring')).json() as VidaPayoutList;
    expect(body.items.map((i) => [i.organisationName, i.amountSek])).toEqual([
      ['Bollklubben Framåt', 7_500],
      ['Körföreningen Stämman', 6_000],
    ]);
    expect(body.totals).toEqual({ payouts: 2, participants: 9, amountSek: 13_500 });
    expect(body.warnings).toEqual([{ organisationId: unpaid.id, organisationName: 'Körföreningen Stämman', problems: ['org_number_missing', 'giro_missing'] }]);
    const empty = (await list(officer, '2040-spring')).json() as VidaPayoutList;
    expect(empty).toMatchObject({ items: [], totals: { payouts: 0, participants: 0, amountSek: 0 }, warnings: [] });
  });

  it('FRM-5: exports the list as CSV and XLSX with organisation and giro numbers and what to fix', async () => {
    const csv = await t.as(officer, { method: 'GET', url: '/api/vida/payouts/export?period=2030-spring&format=csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['x-payee-warnings']).toBe('1');
    expect(csv.headers['content-disposition']).toContain('vida-ersattningar-2030-spring.csv');
    const text = csv.body;
    expect(text).toContain('Organisationsnummer');
    expect(text).toContain('802400-6382');
    expect(text).toContain('5050-1055');
    expect(text).toContain('organisationsnummer saknas; bankgiro eller plusgiro saknas');
    expect(text).toContain('VT 2030');
    const xlsx = await t.as(officer, { method: 'GET', url: '/api/vida/payouts/export?period=2030-spring&format=xlsx&lang=en' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('lists VIDA cooperations with their associations and what keeps each from being paid', async () => {
    const response = await t.as(officer, { method: 'GET', url: '/api/vida/cooperations' });
    expect(response.statusCode).toBe(200);
    const items = response.json() as { id: string; associations: { name: string; payeeProblems: string[] }[] }[];
    expect(items.map((c) => c.id)).toEqual([vida, managedVida]);
    expect(items[0]?.associations.map((a) => [a.name, a.payeeProblems])).toEqual([
      ['Bollklubben Framåt', []],
      ['Körföreningen Stämman', ['org_number_missing', 'giro_missing']],
    ]);
  });

  it('FRM-5: a correction that moves a period outside the frame needs the manager’s exception too', async () => {
    const created = (await create(officer, payout('2029-spring'))).json() as VidaPayoutView;
    const patch = (session: Session, body: Record<string, unknown>) => t.as(session, { method: 'PATCH', url: `/api/vida/payouts/${created.id}`, payload: body });
    const outside = await patch(officer, { version: created.version, occasions: 5 });
    expect(outside.statusCode).toBe(409);
    expect(outside.json().code).toBe('vida_outside_frame');
    expect((await patch(officer, { version: created.version, occasions: 5, exceptionMotivation: 'Kortare kurs' })).statusCode).toBe(403);
    const excepted = await patch(manager, { version: created.version, occasions: 5, exceptionMotivation: 'Kortare kurs efter omorganisation' });
    expect(excepted.statusCode, excepted.body).toBe(200);
    expect(excepted.json()).toMatchObject({ occasions: 5, withinFrame: false, exception: { motivation: 'Kortare kurs efter omorganisation' } });
    // An officer may still correct the participants; the manager's exception stays as recorded.
    const corrected = await patch(officer, { version: created.version + 1, participants: 10 });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ amountSek: 15_000, exception: { motivation: 'Kortare kurs efter omorganisation' } });
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', created.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['vida-payout.created', 'vida-payout.updated', 'vida-payout.updated']);
  });

  it('removes a payout with its version, audited; a stale version is a conflict', async () => {
    const created = (await create(officer, payout('2031-spring'))).json() as VidaPayoutView;
    const stale = await t.as(officer, { method: 'DELETE', url: `/api/vida/payouts/${created.id}?version=${created.version + 1}` });
    expect(stale.statusCode).toBe(409);
    const removed = await t.as(officer, { method: 'DELETE', url: `/api/vida/payouts/${created.id}?version=${created.version}` });
    expect(removed.statusCode).toBe(204);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', created.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['vida-payout.created', 'vida-payout.deleted']);
    expect((await t.as(officer, { method: 'DELETE', url: `/api/vida/payouts/${created.id}?version=1` })).statusCode).toBe(404);
  });
});

describe('VIDA payout routes: roles and bad input', () => {
  it('readers read, writers write; others are refused and the public must log in', async () => {
    const expectations: [Role, number, number][] = [
      ['officer', 200, 201],
      ['manager', 200, 201],
      ['economist', 200, 403],
      ['admin', 200, 403],
      ['review_group', 403, 403],
      ['steering_member', 403, 403],
      ['partner', 403, 403],
    ];
    let year = 2050;
    for (const [role, read, write] of expectations) {
      year += 1;
      const session = await t.loginAs(role);
      expect((await list(session, '2026-spring')).statusCode, role).toBe(read);
      expect((await t.as(session, { method: 'GET', url: '/api/vida/payouts/export?period=2026-spring' })).statusCode, role).toBe(read);
      expect((await create(session, payout(`${year}-spring`))).statusCode, role).toBe(write);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/vida/payouts?period=2026-spring' })).statusCode).toBe(401);
  });

  it('bad input is a 400 naming the field, never a 500', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [payout('2026-summer'), 'period'],
      [payout('2026-spring', { participants: 0 }), 'participants'],
      [payout('2026-spring', { occasions: 1.5 }), 'occasions'],
      [payout('2026-spring', { colour: 'red' }), ''],
      [payout('2026-spring', { cooperationId: 'not-a-uuid' }), 'cooperationId'],
      [payout('2026-spring', { cooperationId: iop }), 'cooperationId'],
      [payout('2026-spring', { organisationId: (await makeOrganisation(t.database.db)).id }), 'organisationId'],
    ];
    for (const [body, path] of cases) {
      const response = await create(officer, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      if (path) expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect((await list(officer, 'spring')).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: '/api/vida/payouts' })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: '/api/vida/payouts/export?period=2026-spring&format=pdf' })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'PATCH', url: '/api/vida/payouts/not-a-uuid', payload: { version: 1 } })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'DELETE', url: '/api/vida/payouts/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(400);
    const duplicate = await create(officer, payout('2026-spring'));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('vida_payout_exists');
  });
});

describe('giro numbers in the organisation register (FRM-5)', () => {
  it('FRM-5: stores a bankgiro or plusgiro number normalised and refuses a wrong check digit in Swedish', async () => {
    const org = await makeOrganisation(t.database.db);
    const ok = await t.as(officer, { method: 'PATCH', url: `/api/organisations/${org.id}`, payload: { version: 1, bankgiro: '50501055', plusgiro: '900800-4' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ bankgiro: '5050-1055', plusgiro: '90 08 00-4', version: 2 });
    const bad = await t.as(officer, { method: 'PATCH', url: `/api/organisations/${org.id}`, payload: { version: 2, bankgiro: '5050-1056' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'bankgiro', message: 'Bankgironumret har fel kontrollsiffra' }]);
    const cleared = await t.as(officer, { method: 'PATCH', url: `/api/organisations/${org.id}`, payload: { version: 2, plusgiro: '' } });
    expect(cleared.json()).toMatchObject({ bankgiro: '5050-1055', plusgiro: null });
    // The longest plusgiro number, eight digits, is stored in its standard form too.
    const longest = await t.as(officer, { method: 'PATCH', url: `/api/organisations/${org.id}`, payload: { version: cleared.json().version, plusgiro: '4711234-7' } });
    expect(longest.statusCode, longest.body).toBe(200);
    expect(longest.json()).toMatchObject({ plusgiro: '4 71 12 34-7' });
  });
});
