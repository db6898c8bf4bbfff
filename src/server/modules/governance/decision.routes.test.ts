import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { addMember, createBody, jointSteeringGroup, loginNewUser } from './governance-fixtures.test-helper';

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
});
afterAll(() => t.close());

const propose = (bodyId: string, payload: object, session = officer) =>
  t.as(session, { method: 'POST', url: `/api/governance-bodies/${bodyId}/decisions`, payload });
const approve = (id: string, session: Session) => t.as(session, { method: 'POST', url: `/api/decisions/${id}/approve` });
const reject = (id: string, session: Session) => t.as(session, { method: 'POST', url: `/api/decisions/${id}/reject` });

async function proposed(bodyId: string): Promise<string> {
  const response = await propose(bodyId, { text: 'Verksamhetsplan och budget för nästa år fastställs' });
  expect(response.statusCode).toBe(201);
  expect(response.json().status).toBe('proposed');
  return response.json().id as string;
}

describe('joint decisions (IOP-6: no party decides alone)', () => {
  it("IOP-6: a decision approved only by the city's representative stays proposed; the partner's approval decides it", async () => {
    const g = await jointSteeringGroup(t, officer);
    const id = await proposed(g.body.id);
    const byCity = await approve(id, g.cityRep);
    expect(byCity.statusCode).toBe(200);
    expect(byCity.json()).toMatchObject({ status: 'proposed', decidedAt: null, awaitingOrganisationIds: [g.partner.id] });
    const byPartner = await approve(id, g.partnerRep);
    expect(byPartner.statusCode).toBe(200);
    const decided = byPartner.json();
    expect(decided.status).toBe('decided');
    expect(decided.decidedAt).not.toBeNull();
    // Who approved, for which organisation and when is kept.
    expect(decided.votes).toMatchObject([
      { memberId: g.cityMember.id, organisationId: g.city.id, vote: 'approve', userId: g.cityRep.userId },
      { memberId: g.partnerMember.id, organisationId: g.partner.id, vote: 'approve', userId: g.partnerRep.userId },
    ]);
    const body = (await t.as(officer, { method: 'GET', url: `/api/governance-bodies/${g.body.id}` })).json();
    expect(body.decisions).toMatchObject([{ id, status: 'decided' }]);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['governance-decision.proposed', 'governance-decision.approved', 'governance-decision.approved']);
  });

  it('IOP-6: a rejection by the partner stops the decision even after the city approved', async () => {
    const g = await jointSteeringGroup(t, officer);
    const id = await proposed(g.body.id);
    await approve(id, g.cityRep);
    const rejected = await reject(id, g.partnerRep);
    expect(rejected.json()).toMatchObject({ status: 'rejected' });
    expect(rejected.json().decidedAt).not.toBeNull();
  });

  it('IOP-6: a rejection by the city stops it too, and a stopped decision takes no more votes (409)', async () => {
    const g = await jointSteeringGroup(t, officer);
    const id = await proposed(g.body.id);
    expect((await reject(id, g.cityRep)).json().status).toBe('rejected');
    const late = await approve(id, g.partnerRep);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('decision_closed');
  });

  it('IOP-6: a decided decision takes no more votes (409), and a member votes only once (409)', async () => {
    const g = await jointSteeringGroup(t, officer);
    const id = await proposed(g.body.id);
    await approve(id, g.cityRep);
    const twice = await approve(id, g.cityRep);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('vote_already_cast');
    await approve(id, g.partnerRep);
    expect((await reject(id, g.cityRep)).json().code).toBe('decision_closed');
  });

  it('IOP-6: a steering member of another body cannot approve (403), nor can a manager who is not a member', async () => {
    const g = await jointSteeringGroup(t, officer);
    const other = await jointSteeringGroup(t, officer);
    const id = await proposed(g.body.id);
    expect((await approve(id, other.partnerRep)).statusCode).toBe(403);
    expect((await reject(id, other.partnerRep)).statusCode).toBe(403);
    expect((await approve(id, await loginNewUser(t, ['manager']))).statusCode).toBe(403);
    const votes = await t.database.db.selectFrom('governance_decision_vote').select('member_id').where('decision_id', '=', id).execute();
    expect(votes).toEqual([]);
  });

  it('IOP-6: a deactivated member can no longer vote, but its organisation stays a party: the decision waits for its new representative', async () => {
    const g = await jointSteeringGroup(t, officer);
    const id = await proposed(g.body.id);
    await t.as(officer, { method: 'PATCH', url: `/api/governance-members/${g.partnerMember.id}`, payload: { version: g.partnerMember.version, active: false } });
    expect((await approve(id, g.partnerRep)).statusCode).toBe(403);
    expect((await approve(id, g.cityRep)).json()).toMatchObject({ status: 'proposed', awaitingOrganisationIds: [g.partner.id] });
    const successor = await loginNewUser(t, ['steering_member']);
    await addMember(t, officer, g.body.id, { organisationId: g.partner.id, userId: successor.userId, name: 'Ny företrädare' });
    expect((await approve(id, successor)).json().status).toBe('decided');
  });

  it('IOP-6: when a writer takes an organisation off the parties, an open decision the remaining parties approved is settled (audited)', async () => {
    const g = await jointSteeringGroup(t, officer);
    const id = await proposed(g.body.id);
    await approve(id, g.cityRep);
    const body = (await t.as(officer, { method: 'GET', url: `/api/governance-bodies/${g.body.id}` })).json();
    const changed = await t.as(officer, { method: 'PATCH', url: `/api/governance-bodies/${g.body.id}`, payload: { version: body.version, partyOrganisationIds: [g.city.id] } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().parties).toEqual([{ id: g.city.id, name: g.city.name, activeMembers: 1 }]);
    expect(changed.json().decisions).toMatchObject([{ id, status: 'decided' }]);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toContain('governance-decision.settled');
  });

  it('IOP-6: in a body whose members all come from one organisation one approval decides (not a joint decision)', async () => {
    const city = await makeOrganisation(t.database.db, { kind: 'public_body' });
    const manager = await loginNewUser(t, ['manager']);
    const body = await createBody(t, officer, { type: 'working_group' });
    await addMember(t, officer, body.id, { organisationId: city.id, userId: manager.userId });
    await addMember(t, officer, body.id, { organisationId: city.id });
    const id = await proposed(body.id);
    expect((await approve(id, manager)).json().status).toBe('decided');
  });

  it('bad input: text required, meeting must belong to the body, ids must be uuids, unknown decision 404', async () => {
    const g = await jointSteeringGroup(t, officer);
    const bad = await propose(g.body.id, { text: '', extra: true });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['extra', 'text']);
    const other = await createBody(t, officer);
    const meeting = (await t.as(officer, { method: 'POST', url: `/api/governance-bodies/${other.id}/meetings`, payload: { meetingDate: '2026-03-01' } })).json();
    const foreign = await propose(g.body.id, { text: 'Beslut', meetingId: meeting.id });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].path).toBe('meetingId');
    expect((await approve('nope', g.cityRep)).statusCode).toBe(400);
    expect((await approve('00000000-0000-4000-8000-000000000000', g.cityRep)).statusCode).toBe(404);
  });

  it('a decision proposed at a meeting is shown with the meeting', async () => {
    const g = await jointSteeringGroup(t, officer);
    const meeting = (await t.as(officer, { method: 'POST', url: `/api/governance-bodies/${g.body.id}/meetings`, payload: { meetingDate: '2026-03-01' } })).json();
    const decision = (await propose(g.body.id, { text: 'Beslut vid mötet', meetingId: meeting.id })).json();
    const detail = (await t.as(g.partnerRep, { method: 'GET', url: `/api/meetings/${meeting.id}` })).json();
    expect(detail.decisions).toMatchObject([{ id: decision.id, meetingId: meeting.id, status: 'proposed' }]);
  });
});
