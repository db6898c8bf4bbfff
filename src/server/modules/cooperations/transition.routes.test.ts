import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { IOP_GUIDING_CRITERIA, IOP_LEGAL_TESTS } from '../../../shared/cooperations/gate.types';
import { ROLES } from '../../../shared/users/roles';
import type { Db } from '../../db/database';
import { affirmed, assessedCompetence, completePartnerControl, insertInitiative, insertRecommendation, signDemocracy } from './cooperation-fixtures.test-helper';
import { readyIopForActivation } from './iop-activation.test-helper';

let t: TestApp;
let officer: Session;
let manager: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  manager = await t.loginAs('manager');
});
afterAll(() => t.close());

/** Puts an initiative on a meeting's agenda as an information item, and holds the meeting when asked (INI-3). */
async function insertInformationItem(db: Db, initiativeId: string, held: boolean): Promise<void> {
  const meeting = await db
    .insertInto('review_meeting')
    .values({ meeting_date: '2026-01-15', status: held ? 'held' : 'planned', created_at: new Date(), updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('review_agenda_item').values({ meeting_id: meeting.id, initiative_id: initiativeId, kind: 'information', position: 1 }).execute();
}

/** Moves an organisation's democracy assessments back in time until they have expired. */
async function expireDemocracy(db: Db, organisationId: string): Promise<void> {
  await sql`UPDATE democracy_assessment SET signed_at = signed_at - interval '13 months', valid_until = valid_until - interval '13 months' WHERE organisation_id = ${organisationId}`.execute(db);
  await sql`UPDATE organisation SET democracy_valid_until = democracy_valid_until - interval '13 months' WHERE id = ${organisationId}`.execute(db);
}

type Gate = { gate: string; met: boolean; requirement: string; why: string };

const get = async (id: string) => (await t.as(officer, { method: 'GET', url: `/api/cooperations/${id}` })).json();
const patch = async (id: string, payload: Record<string, unknown>) => {
  const response = await t.as(officer, { method: 'PATCH', url: `/api/cooperations/${id}`, payload: { version: (await get(id)).version, ...payload } });
  expect(response.statusCode, response.body).toBe(200);
};
const transition = async (id: string, to: string, extra: Record<string, unknown> = {}, session = manager) =>
  t.as(session, { method: 'POST', url: `/api/cooperations/${id}/transitions`, payload: { to, version: (await get(id)).version, ...extra } });
const unmetOf = async (id: string) => {
  const response = await transition(id, 'active');
  expect(response.statusCode, response.body).toBe(409);
  expect(response.json().code).toBe('gates_unmet');
  return (response.json().gates as Gate[]).map((g) => g.gate);
};

const iopAssessment = {
  tests: Object.fromEntries(IOP_LEGAL_TESTS.map((test) => [test, affirmed])),
  criteria: Object.fromEntries(IOP_GUIDING_CRITERIA.map((c) => [c, { answer: 'yes', justification: 'Föreningen har tagit initiativet' }])),
};
const preStudy = { date: '2026-01-20', scope: 'Språkcafé', goals: 'Fler i arbete', structure: 'Veckovisa träffar', roles: 'Föreningen driver', participants: 'Båda parter' };

describe('IOP activation gates (IOP-1–6, FRM-2, DEM-3, INI-2, INI-6)', () => {
  it('refuses with exactly the unmet gates, which shrink one by one until the transition succeeds', async () => {
    const org = await makeOrganisation(t.database.db, { name: 'IOP-föreningen' });
    // Recommended, but the recommendation itself is recorded later, to see that gate go.
    const initiativeId = await insertInitiative(t.database.db, { status: 'recommended', organisationIds: [org.id] });
    const created = await t.as(officer, { method: 'POST', url: '/api/cooperations', payload: { initiativeId, form: 'iop', title: 'Språkcafé IOP' } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;

    const all = [
      'frm2.competence',
      'frm2.mission',
      'frm2.adds-value',
      'dem3.democracy',
      'ini6.responsible-manager',
      'ini2.review-consulted',
      'iop2.legal-tests',
      'iop2.guiding-criteria',
      'iop3.partner-control',
      'iop4.pre-study',
      'iop5.terms-checklist',
      'iop5.signed-agreement',
      'iop6.steering-group',
    ];
    const first = await transition(id, 'active');
    expect(first.statusCode).toBe(409);
    expect(first.json()).toMatchObject({ code: 'gates_unmet', status: 409, title: 'Övergången kan inte göras: alla villkor är inte uppfyllda', from: 'preparing', to: 'active' });
    const firstGates = first.json().gates as Gate[];
    expect(firstGates.map((g) => g.gate).sort()).toEqual([...all].sort());
    expect(firstGates.every((g) => !g.met && g.requirement !== '' && g.why !== '')).toBe(true);
    expect((await get(id)).status).toBe('preparing');
    // The readiness checklist of the view and the gates endpoint agree with the refusal.
    const view = await get(id);
    expect(view.gates.filter((g: Gate) => !g.met).map((g: Gate) => g.gate).sort()).toEqual([...all].sort());
    const gates = (await t.as(officer, { method: 'GET', url: `/api/cooperations/${id}/gates?to=active` })).json() as Gate[];
    expect(gates.filter((g) => g.met).map((g) => g.gate)).toEqual(['iop1.civil-society-party']);

    const steps: [string[], () => Promise<void>][] = [
      [['frm2.competence', 'frm2.mission', 'frm2.adds-value'], () => patch(id, { facts: { competence: assessedCompetence } })],
      [['ini6.responsible-manager'], () => patch(id, { responsibleManagerId: manager.userId })],
      [['ini2.review-consulted'], () => insertRecommendation(t.database.db, initiativeId, 'iop', manager.userId)],
      [['iop2.legal-tests', 'iop2.guiding-criteria'], () => patch(id, { facts: { iopAssessment } })],
      [['iop4.pre-study'], () => patch(id, { facts: { preStudy } })],
      [['iop3.partner-control'], () => completePartnerControl(t, officer, org.id)],
      [['iop5.terms-checklist', 'iop5.signed-agreement', 'iop6.steering-group'], async () => void (await readyIopForActivation(t, officer, id, org.id))],
    ];
    let expected = [...all];
    for (const [met, step] of steps) {
      await step();
      expected = expected.filter((g) => !met.includes(g));
      expect((await unmetOf(id)).sort(), `after meeting ${met.join(', ')}`).toEqual([...expected].sort());
    }
    expect(expected).toEqual(['dem3.democracy']);
    await signDemocracy(t, manager, org.id);

    const done = await transition(id, 'active');
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'active', nextStatus: 'under_review', allowedTransitions: ['under_review', 'ended'] });
    const history = (await t.as(officer, { method: 'GET', url: `/api/cooperations/${id}/history` })).json();
    const entry = history.items[0];
    expect(entry.action).toBe('cooperation.transitioned');
    expect(entry.changes.status).toEqual({ before: 'preparing', after: 'active' });
    expect((entry.changes.gates.after as Gate[]).every((g) => g.met)).toBe(true);
  });
});

describe('democracy conditions block activation (DEM-3, FRM-2)', () => {
  it('DEM-3: an expired or not-eligible assessment of a party blocks activation of informal cooperation', async () => {
    const org = await makeOrganisation(t.database.db, { name: 'Informella föreningen' });
    const initiativeId = await insertInitiative(t.database.db, { status: 'in_review', proposedForm: 'informal', organisationIds: [org.id] });
    await insertInformationItem(t.database.db, initiativeId, true);
    const created = await t.as(officer, {
      method: 'POST',
      url: '/api/cooperations',
      payload: { initiativeId, responsibleManagerId: manager.userId, facts: { competence: assessedCompetence } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(await unmetOf(id)).toEqual(['dem3.democracy']);

    await signDemocracy(t, manager, org.id);
    await expireDemocracy(t.database.db, org.id);
    const expired = await transition(id, 'active');
    expect(expired.statusCode).toBe(409);
    expect(expired.json().gates).toEqual([expect.objectContaining({ gate: 'dem3.democracy', requirement: 'DEM-3', met: false })]);
    expect(expired.json().gates[0].why).toContain('bedömningen har gått ut');

    await signDemocracy(t, manager, org.id, false);
    expect(await unmetOf(id)).toEqual(['dem3.democracy']);
    expect((await get(id)).parties[0].democracyStatus).toBe('not_eligible');
  });

  it('INI-3: informal cooperation needs to have been reported at a held meeting', async () => {
    const org = await makeOrganisation(t.database.db);
    await signDemocracy(t, manager, org.id);
    const initiativeId = await insertInitiative(t.database.db, { status: 'submitted', proposedForm: 'informal', organisationIds: [org.id] });
    await insertInformationItem(t.database.db, initiativeId, false);
    const created = await t.as(officer, {
      method: 'POST',
      url: '/api/cooperations',
      payload: { initiativeId, responsibleManagerId: manager.userId, facts: { competence: assessedCompetence } },
    });
    const id = created.json().id as string;
    expect(await unmetOf(id)).toEqual(['ini3.review-informed']);
    await insertInformationItem(t.database.db, initiativeId, true);
    expect((await transition(id, 'active')).statusCode).toBe(200);
  });
});

describe('the lifecycle', () => {
  async function activeCooperation(): Promise<string> {
    const org = await makeOrganisation(t.database.db, { kind: 'public_body' });
    const initiativeId = await insertInitiative(t.database.db, { status: 'recommended', organisationIds: [org.id] });
    await insertRecommendation(t.database.db, initiativeId, 'public_agreement', manager.userId);
    const created = await t.as(officer, {
      method: 'POST',
      url: '/api/cooperations',
      payload: { initiativeId, responsibleManagerId: manager.userId, facts: { competence: assessedCompetence } },
    });
    expect(created.json().form).toBe('public_agreement');
    const id = created.json().id as string;
    expect((await transition(id, 'active')).statusCode).toBe(200);
    return id;
  }

  it('refuses steps the lifecycle does not allow (409 transition_not_allowed)', async () => {
    const id = await activeCooperation();
    const response = await transition(id, 'preparing');
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'transition_not_allowed', from: 'active', to: 'preparing' });
    expect((await transition(id, 'under_review')).statusCode).toBe(200);
    expect((await transition(id, 'active')).statusCode).toBe(200);
  });

  it('ending needs a reason, is recorded, and is final', async () => {
    const id = await activeCooperation();
    const noReason = await transition(id, 'ended');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([{ path: 'reason', message: 'Ange ett skäl' }]);
    const ended = await transition(id, 'ended', { reason: 'Behovet har upphört' });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ status: 'ended', endedReason: 'Behovet har upphört', allowedTransitions: [], nextStatus: null, gates: [] });
    expect((await transition(id, 'active')).json().code).toBe('transition_not_allowed');
  });

  it('refuses a stale version and bad input', async () => {
    const id = await activeCooperation();
    const stale = await t.as(manager, { method: 'POST', url: `/api/cooperations/${id}/transitions`, payload: { to: 'under_review', version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const bad = await t.as(manager, { method: 'POST', url: `/api/cooperations/${id}/transitions`, payload: { to: 'paused' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['to', 'version']);
    const missing = await t.as(manager, { method: 'POST', url: '/api/cooperations/00000000-0000-4000-8000-000000000000/transitions', payload: { to: 'active', version: 1 } });
    expect(missing.statusCode).toBe(404);
  });

  it('INI-6: only a manager moves a cooperation through its lifecycle', async () => {
    const id = await activeCooperation();
    for (const role of ROLES.filter((r) => r !== 'manager')) {
      const session = await t.loginAs(role);
      expect((await transition(id, 'under_review', {}, session)).statusCode, role).toBe(403);
    }
    expect((await transition(id, 'under_review')).statusCode).toBe(200);
  });
});
