import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { filledPlan, iopWithSteeringGroup } from './plan.test-helper';

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
});
afterAll(() => t.close());

const propose = (id: string, version: number, session: Session = officer) => t.as(session, { method: 'POST', url: `/api/plans/${id}/propose`, payload: { version } });
const vote = (decisionId: string, verb: 'approve' | 'reject', session: Session) => t.as(session, { method: 'POST', url: `/api/decisions/${decisionId}/${verb}` });
const getPlan = async (id: string) => (await t.as(officer, { method: 'GET', url: `/api/plans/${id}` })).json();
const cycle = async (bodyId: string, year: number) => (await t.as(officer, { method: 'GET', url: `/api/governance-bodies/${bodyId}/cycle?year=${year}` })).json();
const annexesOf = async (agreementId: string) => (await t.as(officer, { method: 'GET', url: `/api/agreements/${agreementId}` })).json().annexes;

async function proposedPlan(year: number) {
  const g = await iopWithSteeringGroup(t, officer);
  const plan = await filledPlan(t, officer, g.cooperationId, year);
  const proposed = await propose(plan.id, plan.version);
  expect(proposed.statusCode, proposed.body).toBe(200);
  return { g, plan: proposed.json() as { id: string; version: number; status: string; decision: { id: string; bodyId: string; status: string } } };
}

describe('adopting an activity plan by joint decision (IOP-6, IOP-7, AGR-2)', () => {
  it("IOP-7/AGR-2: a plan approved only by the city's representative is not adopted; approved by both it is adopted and annexed in the same transaction", async () => {
    const { g, plan } = await proposedPlan(2031);
    expect(plan).toMatchObject({ status: 'proposed', body: { id: g.body.id }, decision: { bodyId: g.body.id, status: 'proposed' } });

    const byCity = await vote(plan.decision.id, 'approve', g.cityRep);
    expect(byCity.statusCode, byCity.body).toBe(200);
    expect(await getPlan(plan.id)).toMatchObject({ status: 'proposed', adoptedAt: null });
    expect(await annexesOf(g.agreementId!)).toEqual([]);

    const byPartner = await vote(plan.decision.id, 'approve', g.partnerRep);
    expect(byPartner.statusCode, byPartner.body).toBe(200);
    const adopted = await getPlan(plan.id);
    expect(adopted).toMatchObject({ status: 'adopted', decision: { status: 'decided' }, editable: false });
    expect(adopted.adoptedAt).not.toBeNull();

    // The annex version holds the text generated from the structured plan.
    const annexes = await annexesOf(g.agreementId!);
    expect(annexes).toMatchObject([{ title: 'Verksamhetsplan och budget 2031', versions: [{ number: 1 }] }]);
    const text: string = annexes[0].versions[0].text;
    expect(text).toContain('Verksamhetsplan 2031');
    expect(text).toContain('Agenda 2030-mål: 8 Anständiga arbetsvillkor och ekonomisk tillväxt, 10 Minskad ojämlikhet.');
    expect(text).toContain('Antal deltagare som börjat arbeta (kvantitativ; enhet: personer; utgångsvärde: 20; mål: 35; högre är bättre)');

    // The autumn plan task of the year before is done with that annex version.
    const task = (await cycle(g.body.id, 2030)).tasks.find((x: { kind: string }) => x.kind === 'plan_next_year');
    expect(task).toMatchObject({ status: 'done', annex: { agreementId: g.agreementId, title: 'Verksamhetsplan och budget 2031', version: 1 } });

    // One request, one transaction: the plan's adoption, the annex and the task share the partner's vote request.
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'request_id'])
      .where('action', 'in', ['governance-decision.approved', 'activity-plan.adopted', 'agreement.annex.created', 'agreement.annex.versioned', 'governance-cycle-task.completed'])
      .where('entity_id', 'in', [plan.id, plan.decision.id, g.agreementId!, task.id])
      .orderBy('id')
      .execute();
    const last = rows.slice(1);
    expect(last.map((r) => r.action)).toEqual([
      'governance-decision.approved',
      'agreement.annex.created',
      'agreement.annex.versioned',
      'governance-cycle-task.completed',
      'activity-plan.adopted',
    ]);
    expect(new Set(last.map((r) => r.request_id)).size).toBe(1);
  });

  it('IOP-7: when the annex cannot be written, the deciding vote and the adoption roll back together', async () => {
    const { g, plan } = await proposedPlan(2032);
    await vote(plan.decision.id, 'approve', g.cityRep);
    await sql`CREATE FUNCTION refuse_annex_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'annex store unavailable'; END $$`.execute(t.database.db);
    await sql`CREATE TRIGGER refuse_annex_version BEFORE INSERT ON agreement_annex_version FOR EACH ROW EXECUTE FUNCTION refuse_annex_version()`.execute(t.database.db);
    try {
      const failed = await vote(plan.decision.id, 'approve', g.partnerRep);
      expect(failed.statusCode).toBe(500);
    } finally {
      await sql`DROP TRIGGER refuse_annex_version ON agreement_annex_version`.execute(t.database.db);
      await sql`DROP FUNCTION refuse_annex_version()`.execute(t.database.db);
    }
    expect(await getPlan(plan.id)).toMatchObject({ status: 'proposed', adoptedAt: null, decision: { status: 'proposed' } });
    const votes = await t.database.db.selectFrom('governance_decision_vote').select('organisation_id').where('decision_id', '=', plan.decision.id).execute();
    expect(votes.map((v) => v.organisation_id)).toEqual([g.city.id]);
    expect(await annexesOf(g.agreementId!)).toEqual([]);
    // Once the annex can be written, the same vote adopts the plan.
    expect((await vote(plan.decision.id, 'approve', g.partnerRep)).statusCode).toBe(200);
    expect((await getPlan(plan.id)).status).toBe('adopted');
  });

  it('IOP-6: a party’s rejection sends the plan back to draft, editable again and open to a new proposal', async () => {
    const { g, plan } = await proposedPlan(2033);
    const locked = await t.as(officer, { method: 'PATCH', url: `/api/plans/${plan.id}`, payload: { version: plan.version, summary: 'Ändrad' } });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('plan_locked');
    expect((await vote(plan.decision.id, 'reject', g.partnerRep)).json().status).toBe('rejected');
    const back = await getPlan(plan.id);
    expect(back).toMatchObject({ status: 'draft', adoptedAt: null, editable: true, decision: { id: plan.decision.id, status: 'rejected' } });
    const again = await propose(plan.id, back.version);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().decision.id).not.toBe(plan.decision.id);
  });

  it('IOP-7: the autumn plan task is no longer completed by hand; it points to the plan (409)', async () => {
    const g = await iopWithSteeringGroup(t, officer);
    const task = (await cycle(g.body.id, 2034)).tasks.find((x: { kind: string }) => x.kind === 'plan_next_year');
    const manual = await t.as(officer, {
      method: 'POST',
      url: `/api/cycle-tasks/${task.id}/complete`,
      payload: { version: task.version, decisionReference: 'Styrgruppen § 4', decidedOn: '2034-11-12', planText: 'Plan' },
    });
    expect(manual.statusCode).toBe(409);
    expect(manual.json()).toMatchObject({ code: 'cycle_task_by_plan', requirement: 'IOP-7' });
  });

  it('IOP-6: without a steering group there is nobody to adopt the plan (409); an IOP without an agreement cannot annex it (409)', async () => {
    const g = await iopWithSteeringGroup(t, officer, { agreement: false });
    const noAgreement = await filledPlan(t, officer, g.cooperationId, 2035);
    const refused = await propose(noAgreement.id, noAgreement.version);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('plan_no_agreement');
    const { insertCooperation } = await import('../governance/governance-fixtures.test-helper');
    const lonely = await insertCooperation(t, 'Samverkan utan styrgrupp');
    const plan = await filledPlan(t, officer, lonely, 2035);
    const none = await propose(plan.id, plan.version);
    expect(none.statusCode).toBe(409);
    expect(none.json()).toMatchObject({ code: 'plan_no_steering_body', requirement: 'IOP-6' });
    expect((await getPlan(plan.id)).status).toBe('draft');
  });
});
