import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makeUser } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { onPostgres } from '../../../../tests/support/test-database';
import { parseCaseNumber } from '../../../shared/cooperations/case-number.rules';
import { isoDateIn } from '../../../shared/time/dates';
import { ROLES } from '../../../shared/users/roles';
import { insertInitiative, insertRecommendation } from './cooperation-fixtures.test-helper';

let t: TestApp;
let officer: Session;
let manager: Session;
let orgId: string;
const year = Number(isoDateIn(new Date(), 'Europe/Stockholm').slice(0, 4));
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  manager = await t.loginAs('manager');
  orgId = (await makeOrganisation(t.database.db, { name: 'Språkcaféet' })).id;
});
afterAll(() => t.close());



const create = (payload: Record<string, unknown>, session = officer) => t.as(session, { method: 'POST', url: '/api/cooperations', payload });
const base = () => ({ title: 'Språkcafé för nyanlända', form: 'iop', organisationIds: [orgId] });

describe('registering a cooperation (OVR-1)', () => {
  it('OVR-1: creates a preparing cooperation with case number, parties and the readiness checklist', async () => {
    const response = await create({
      ...base(),
      responsibleManagerId: manager.userId,
      unitCode: 'jobbtorg',
      areas: ['newly_arrived_adults'],
      targetGroups: ['newly_arrived'],
      valueSek: 250_000,
      startDate: '2026-02-01',
      endDate: '2027-01-31',
      description: 'Språkträning i samverkan',
      facts: { competence: { withinCompetence: { affirmed: true, justification: 'Arbetsmarknadsinsats' }, withinMission: null } },
    });
    expect(response.statusCode, response.body).toBe(201);
    const c = response.json();
    expect(c).toMatchObject({
      title: 'Språkcafé för nyanlända',
      form: 'iop',
      status: 'preparing',
      parties: [{ id: orgId, name: 'Språkcaféet', kind: 'civil_society', democracyStatus: 'not_assessed' }],
      responsibleManager: { id: manager.userId },
      unitCode: 'jobbtorg',
      valueSek: 250_000,
      compensationSek: null,
      startDate: '2026-02-01',
      facts: { competence: { withinCompetence: { affirmed: true }, withinMission: null }, preStudy: null },
      reviewGroup: { consulted: false, informed: false },
      nextStatus: 'active',
      allowedTransitions: ['active', 'ended'],
      version: 1,
    });
    expect(c.caseNumber).toMatch(new RegExp(`^AMN ${year}-\\d{4}$`));
    const gates = c.gates as { gate: string; met: boolean }[];
    expect(gates.find((g) => g.gate === 'frm2.competence')?.met).toBe(true);
    expect(gates.find((g) => g.gate === 'iop4.pre-study')?.met).toBe(false);
    const fetched = await t.as(officer, { method: 'GET', url: `/api/cooperations/${c.id}` });
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toEqual(c);
  });

  it('refuses bad input with 400 and field paths', async () => {
    const response = await create({ title: '', form: 'partnership', organisationIds: ['nope'], valueSek: -1, startDate: '2026-13-01', surprise: 1 });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'form', 'organisationIds.0', 'valueSek', 'startDate', 'surprise']));
    const missing = await create({});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual(['title', 'form', 'organisationIds']);
  });

  it('checks references: parties, unit, areas, target groups, term', async () => {
    const archived = await makeOrganisation(t.database.db, { status: 'archived' });
    const response = await create({
      ...base(),
      organisationIds: [orgId, '00000000-0000-4000-8000-000000000000', archived.id],
      unitCode: 'moon_unit',
      areas: ['newly_arrived_adults', 'moon_base'],
      targetGroups: ['astronauts'],
      startDate: '2026-05-01',
      endDate: '2026-04-01',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'organisationIds.1',
      'organisationIds.2',
      'unitCode',
      'areas.1',
      'targetGroups.0',
      'endDate',
    ]);
  });

  it('INI-6: the responsible manager must be an active user with the manager role', async () => {
    const notManager = await create({ ...base(), responsibleManagerId: officer.userId });
    expect(notManager.statusCode).toBe(400);
    expect(notManager.json().errors).toEqual([{ path: 'responsibleManagerId', message: 'Ansvarig chef ska vara en aktiv användare med rollen chef', requirement: 'INI-6' }]);
    const disabled = await makeUser(t.database.db, { roles: ['manager'], status: 'disabled' });
    expect((await create({ ...base(), responsibleManagerId: disabled.id })).statusCode).toBe(400);
    expect((await create({ ...base(), responsibleManagerId: manager.userId })).statusCode).toBe(201);
  });

  it('FRM-3: informal cooperation with compensation 100 is refused', async () => {
    const response = await create({ ...base(), form: 'informal', compensationSek: 100 });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'compensationSek', message: 'Informell samverkan får inte innebära ersättning', requirement: 'FRM-3' }]);
    expect((await create({ ...base(), form: 'informal', compensationSek: 0 })).statusCode).toBe(201);
  });

  it('FRM-5: VIDA with 7 or 16 occasions is refused; 8 and 15 are accepted', async () => {
    for (const vidaOccasions of [7, 16]) {
      const response = await create({ ...base(), form: 'vida', facts: { vidaOccasions } });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(['facts.vidaOccasions']);
    }
    for (const vidaOccasions of [8, 15]) expect((await create({ ...base(), form: 'vida', facts: { vidaOccasions } })).statusCode).toBe(201);
  });

  it('FRM-6: a reserved contract of 37 months is refused; 36 months is accepted', async () => {
    const long = await create({ ...base(), form: 'reserved_contract', startDate: '2026-01-01', endDate: '2029-02-01' });
    expect(long.statusCode).toBe(400);
    expect(long.json().errors).toEqual([{ path: 'endDate', message: 'Ett reserverat kontrakt får löpa högst 36 månader', requirement: 'FRM-6' }]);
    expect((await create({ ...base(), form: 'reserved_contract', startDate: '2026-01-01', endDate: '2028-12-31' })).statusCode).toBe(201);
  });
});

describe('from an initiative (INI-2, INI-3)', () => {
  it('INI-2: a recommended initiative becomes a cooperation with the recommended form, its organisations, areas and target groups', async () => {
    const other = await makeOrganisation(t.database.db, { name: 'Andra föreningen' });
    const initiativeId = await insertInitiative(t.database.db, {
      status: 'recommended',
      title: 'Mentorer för unga',
      organisationIds: [other.id],
      areas: ['summer_jobs'],
      targetGroups: ['youth_16_29'],
    });
    await insertRecommendation(t.database.db, initiativeId, 'iop', manager.userId);
    const response = await create({ initiativeId, organisationIds: [orgId] });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      initiativeId,
      title: 'Mentorer för unga',
      form: 'iop',
      areas: ['summer_jobs'],
      targetGroups: ['youth_16_29'],
      reviewGroup: { consulted: true, informed: true },
    });
    expect(response.json().parties.map((p: { id: string }) => p.id).sort()).toEqual([orgId, other.id].sort());
    const status = await t.database.db.selectFrom('initiative').select('status').where('id', '=', initiativeId).executeTakeFirstOrThrow();
    expect(status.status).toBe('converted');
    const again = await create({ initiativeId });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('initiative_not_convertible');
  });

  it('FRM-2: the added value the review group motivated in its recommendation becomes the cooperation\'s added-value fact', async () => {
    const initiativeId = await insertInitiative(t.database.db, { status: 'recommended', organisationIds: [orgId] });
    await insertRecommendation(t.database.db, initiativeId, 'iop', manager.userId);
    const addedValue = { affirmed: true, justification: 'Mentorskapet når unga som förvaltningens ordinarie insatser inte når.' };
    await t.database.db.updateTable('recommendation').set({ added_value: JSON.stringify(addedValue) }).where('initiative_id', '=', initiativeId).execute();
    const response = await create({ initiativeId });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().facts.competence.addsValue).toEqual(addedValue);
    expect(response.json().gates.find((g: { gate: string }) => g.gate === 'frm2.adds-value')?.met).toBe(true);
  });

  it('INI-2: the form is the recommended one: another is refused at creation and cannot be switched afterwards', async () => {
    const initiativeId = await insertInitiative(t.database.db, { status: 'recommended', organisationIds: [orgId] });
    await insertRecommendation(t.database.db, initiativeId, 'iop', manager.userId);
    const other = await create({ initiativeId, form: 'direct_award' });
    expect(other.statusCode).toBe(400);
    expect(other.json().errors).toEqual([{ path: 'form', message: 'Samverkansformen ska vara den som beredningsgruppen rekommenderade' }]);
    const created = await create({ initiativeId, form: 'iop' });
    expect(created.statusCode).toBe(201);
    const switched = await t.as(officer, { method: 'PATCH', url: `/api/cooperations/${created.json().id}`, payload: { version: 1, form: 'informal' } });
    expect(switched.statusCode).toBe(400);
    expect(switched.json().errors[0].path).toBe('form');
  });

  it('INI-3: an informal initiative may become informal cooperation before any recommendation, but no other form', async () => {
    const initiativeId = await insertInitiative(t.database.db, { status: 'in_review', proposedForm: 'informal', organisationIds: [orgId] });
    expect((await create({ initiativeId, form: 'iop' })).statusCode).toBe(409);
    const response = await create({ initiativeId });
    expect(response.statusCode).toBe(201);
    expect(response.json().form).toBe('informal');
  });

  it('refuses initiatives that are not convertible or do not exist', async () => {
    for (const status of ['submitted', 'not_recommended', 'referred', 'withdrawn']) {
      const initiativeId = await insertInitiative(t.database.db, { status, proposedForm: status === 'submitted' ? 'iop' : 'informal', organisationIds: [orgId] });
      const response = await create({ initiativeId });
      expect(response.statusCode, status).toBe(409);
      expect(response.json().code).toBe('initiative_not_convertible');
    }
    const unknown = await create({ initiativeId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('initiativeId');
  });
});

describe('editing and history', () => {
  it('changes fields, facts and parties with optimistic concurrency, keeping the history', async () => {
    const c = (await create(base())).json();
    const second = await makeOrganisation(t.database.db, { name: 'Partnerföreningen', kind: 'civil_society' });
    const url = `/api/cooperations/${c.id}`;
    const ok = await t.as(officer, {
      method: 'PATCH',
      url,
      payload: { version: 1, title: 'Språkcafé i Rinkeby', organisationIds: [second.id], facts: { preStudy: { date: '2026-01-10', scope: 'Språk', goals: 'Fler i arbete', structure: 'Veckovis', roles: 'Föreningen leder', participants: 'Båda parter' } } },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ title: 'Språkcafé i Rinkeby', version: 2, parties: [{ id: second.id }], facts: { preStudy: { goals: 'Fler i arbete' } } });
    const keepFacts = await t.as(officer, { method: 'PATCH', url, payload: { version: 2, facts: { vidaOccasions: null } } });
    expect(keepFacts.json().facts.preStudy).not.toBeNull();
    const stale = await t.as(officer, { method: 'PATCH', url, payload: { version: 1, title: 'Gammalt' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const history = (await t.as(officer, { method: 'GET', url: `${url}/history` })).json();
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(['cooperation.updated', 'cooperation.updated', 'cooperation.created']);
    expect(history.items[1].changes.title).toEqual({ before: 'Språkcafé för nyanlända', after: 'Språkcafé i Rinkeby' });
    expect(history.items[1].changes.parties).toEqual({ before: [orgId], after: [second.id] });
  });

  it('the form is fixed once active, and an ended cooperation is not changed at all', async () => {
    const c = (await create(base())).json();
    const url = `/api/cooperations/${c.id}`;
    expect((await t.as(officer, { method: 'PATCH', url, payload: { version: 1, form: 'procurement' } })).statusCode).toBe(200);
    await t.database.db.updateTable('cooperation').set({ status: 'active' }).where('id', '=', c.id).execute();
    const locked = await t.as(officer, { method: 'PATCH', url, payload: { version: 2, form: 'direct_award' } });
    expect(locked.statusCode).toBe(400);
    expect(locked.json().errors[0].path).toBe('form');
    await t.database.db.updateTable('cooperation').set({ status: 'ended' }).where('id', '=', c.id).execute();
    const ended = await t.as(officer, { method: 'PATCH', url, payload: { version: 2, title: 'Ny titel' } });
    expect(ended.statusCode).toBe(409);
    expect(ended.json().code).toBe('cooperation_ended');
  });

  it('FRM-3: a change that makes an informal cooperation paid is refused', async () => {
    const c = (await create({ ...base(), form: 'informal' })).json();
    const response = await t.as(officer, { method: 'PATCH', url: `/api/cooperations/${c.id}`, payload: { version: 1, compensationSek: 5_000 } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('compensationSek');
  });

  it('refuses bad input and unknown ids', async () => {
    const c = (await create(base())).json();
    const bad = await t.as(officer, { method: 'PATCH', url: `/api/cooperations/${c.id}`, payload: { title: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('version');
    const badFacts = await t.as(officer, { method: 'PATCH', url: `/api/cooperations/${c.id}`, payload: { version: 1, facts: { competence: { withinCompetence: { affirmed: true, justification: '' }, withinMission: null } } } });
    expect(badFacts.statusCode).toBe(400);
    expect(badFacts.json().errors[0].path).toBe('facts.competence.withinCompetence.justification');
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await t.as(officer, { method: 'GET', url: `/api/cooperations/${missing}` })).statusCode).toBe(404);
    expect((await t.as(officer, { method: 'GET', url: '/api/cooperations/not-a-uuid' })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: `/api/cooperations/${c.id}/gates?to=paused` })).statusCode).toBe(400);
  });
});

describe('case numbers (DESIGN "Central model")', () => {
  it('are sequential within the year and use the configured prefix, also after it changes', async () => {
    const numbers = [];
    for (let i = 0; i < 3; i += 1) numbers.push((await create(base())).json().caseNumber as string);
    const sequences = numbers.map((n) => parseCaseNumber(n)?.sequence ?? 0);
    expect(sequences[1]).toBe((sequences[0] ?? 0) + 1);
    expect(sequences[2]).toBe((sequences[0] ?? 0) + 2);
    await sql`UPDATE setting SET value = '"KS"'::jsonb WHERE key = 'case_number.prefix'`.execute(t.database.db);
    try {
      // A prefix changed mid-year continues the year's sequence: numbers stay unique per year.
      const ks = await create(base());
      expect(ks.json().caseNumber).toBe(`KS ${year}-${String((sequences[2] ?? 0) + 1).padStart(4, '0')}`);
      await sql`UPDATE setting SET value = '"AMN"'::jsonb WHERE key = 'case_number.prefix'`.execute(t.database.db);
      const back = await create(base());
      expect(back.json().caseNumber).toBe(`AMN ${year}-${String((sequences[2] ?? 0) + 2).padStart(4, '0')}`);
    } finally {
      await sql`UPDATE setting SET value = '"AMN"'::jsonb WHERE key = 'case_number.prefix'`.execute(t.database.db);
    }
  });

  it('a refused creation takes no number (gap-free)', async () => {
    const before = (await create(base())).json().caseNumber as string;
    expect((await create({ ...base(), form: 'informal', compensationSek: 1 })).statusCode).toBe(400);
    const after = (await create(base())).json().caseNumber as string;
    expect(parseCaseNumber(after)?.sequence).toBe((parseCaseNumber(before)?.sequence ?? 0) + 1);
  });

  // PGlite is a single session, which serialises creators anyway (and takes ~5 s here); on PostgreSQL
  // the counter row lock is what keeps 50 concurrent transactions apart.
  it.runIf(onPostgres)('50 cooperations created at once get 50 distinct consecutive numbers', { timeout: 120_000 }, async () => {
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => create({ ...base(), title: `Samtidig ${i}` })));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const sequences = responses.map((r) => parseCaseNumber(r.json().caseNumber)?.sequence ?? 0).sort((a, b) => a - b);
    expect(new Set(sequences).size).toBe(50);
    const first = sequences[0] ?? 0;
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => first + i));
  });
});

describe('access per role', () => {
  it('reading is for staff roles, writing for officers, managers and admins', async () => {
    const c = (await create(base())).json();
    for (const role of ROLES) {
      const session = await t.loginAs(role);
      const readable = ['officer', 'manager', 'review_group', 'economist', 'admin'].includes(role);
      const writable = ['officer', 'manager', 'admin'].includes(role);
      for (const url of [`/api/cooperations/${c.id}`, `/api/cooperations/${c.id}/history`, `/api/cooperations/${c.id}/gates?to=active`]) {
        expect((await t.as(session, { method: 'GET', url })).statusCode, `${role} GET ${url}`).toBe(readable ? 200 : 403);
      }
      expect((await create(base(), session)).statusCode, `${role} POST`).toBe(writable ? 201 : 403);
      const current = (await t.as(officer, { method: 'GET', url: `/api/cooperations/${c.id}` })).json();
      const patch = await t.as(session, { method: 'PATCH', url: `/api/cooperations/${c.id}`, payload: { version: current.version, description: role } });
      expect(patch.statusCode, `${role} PATCH`).toBe(writable ? 200 : 403);
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/cooperations/${c.id}` })).statusCode).toBe(401);
  });
});
