import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { ROLES, type Role } from '../../../shared/users/roles';
import { loginNewUser } from './governance-fixtures.test-helper';
import { agreementLevels, insertDecidedDecision } from './question-fixtures.test-helper';

let t: TestApp;
let officer: Session;
const sessions = new Map<Role, Session>();
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  officer = sessions.get('officer')!;
});
afterAll(() => t.close());

const question = { text: 'Hur delar vi deltagarlistor mellan Jobbtorg och Arbetsförmedlingen?', unresolvedReason: 'Frågan rör sekretess hos båda parter och kan inte avgöras lokalt' };
const raise = (session: Session, bodyId: string, payload: object = question) => t.as(session, { method: 'POST', url: `/api/governance-bodies/${bodyId}/questions`, payload });
const answer = (session: Session, id: string, payload: object) => t.as(session, { method: 'POST', url: `/api/governance-questions/${id}/answer`, payload });
const raiseFurther = (session: Session, id: string, payload: object) => t.as(session, { method: 'POST', url: `/api/governance-questions/${id}/raise-further`, payload });
const questionsOf = (session: Session, bodyId: string) => t.as(session, { method: 'GET', url: `/api/governance-bodies/${bodyId}/questions` });
const spread = (session: Session, decisionId: string, payload: object = {}) => t.as(session, { method: 'POST', url: `/api/decisions/${decisionId}/spread`, payload });
const spreadOf = (session: Session, decisionId: string) => t.as(session, { method: 'GET', url: `/api/decisions/${decisionId}/spread` });
const received = (session: Session, bodyId: string) => t.as(session, { method: 'GET', url: `/api/governance-bodies/${bodyId}/received-decisions` });
const markSeen = (session: Session, spreadId: string) => t.as(session, { method: 'POST', url: `/api/decision-spreads/${spreadId}/seen` });
const auditOf = (entityId: string) =>
  t.database.db.selectFrom('audit_log').select(['action', 'actor_id']).where('entity_id', '=', entityId).orderBy('id').execute();

describe('questions raised to the body above (AGR-8)', () => {
  it('AGR-8: a cluster member raises a question to the operative steering group, whose member answers it with one of its decisions', async () => {
    const l = await agreementLevels(t, officer);
    const meeting = await t.as(officer, { method: 'POST', url: `/api/governance-bodies/${l.cluster.id}/meetings`, payload: { meetingDate: '2026-03-02' } });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const raised = await raise(l.clusterRep, l.cluster.id, { ...question, meetingId: meeting.json().id });
    expect(raised.statusCode, raised.body).toBe(201);
    const q = raised.json();
    expect(q).toMatchObject({
      raisedByBody: { id: l.cluster.id, name: 'Kluster Järva' },
      raisedToBody: { id: l.operative.id, name: 'Operativ styrgrupp' },
      status: 'open',
      text: question.text,
      unresolvedReason: question.unresolvedReason,
      meeting: { id: meeting.json().id, meetingDate: '2026-03-02' },
      raisedBy: { id: l.clusterRep.userId },
      canAnswer: false,
      canRaiseFurther: true,
    });

    // The operative group sees it among the questions raised to it and may answer it.
    const toOperative = (await questionsOf(l.operativeRep, l.operative.id)).json();
    expect(toOperative.raisedToBody.map((x: { id: string }) => x.id)).toEqual([q.id]);
    expect(toOperative.raisedToBody[0].canAnswer).toBe(true);
    const decisionId = await insertDecidedDecision(t, l.operative.id, 'Deltagarlistor delas enligt bilaga 4');
    const answered = await answer(l.operativeRep, q.id, { version: q.version, answer: 'Följ rutinen i bilaga 4.', decisionId });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({
      status: 'answered',
      answer: 'Följ rutinen i bilaga 4.',
      answerDecision: { id: decisionId, text: 'Deltagarlistor delas enligt bilaga 4' },
      answeredBy: { id: l.operativeRep.userId },
      finalAnswer: { id: q.id, answer: 'Följ rutinen i bilaga 4.' },
    });
    // The cluster sees the answer on its own page.
    const byCluster = (await questionsOf(l.clusterRep, l.cluster.id)).json();
    expect(byCluster).toMatchObject({ bodyAbove: { id: l.operative.id }, canRaise: true, raisedByBody: [{ id: q.id, status: 'answered' }] });
    expect((await answer(l.operativeRep, q.id, { version: answered.json().version, answer: 'Igen' })).statusCode).toBe(409);
    expect((await auditOf(q.id)).map((a) => a.action)).toEqual(['governance-question.raised', 'governance-question.answered']);
  });

  it('AGR-8: the operative group raises a question further to the strategic group; the chain stays visible and the answer reaches the cluster', async () => {
    const l = await agreementLevels(t, officer);
    const q = (await raise(l.clusterRep, l.cluster.id)).json();
    const further = await raiseFurther(l.operativeRep, q.id, { version: q.version, unresolvedReason: 'Kräver beslut om gemensamma styrdokument' });
    expect(further.statusCode, further.body).toBe(200);
    expect(further.json()).toMatchObject({ id: q.id, status: 'raised_further', finalAnswer: null });
    expect(further.json().chain).toMatchObject([
      { id: q.id, raisedByBody: { id: l.cluster.id }, raisedToBody: { id: l.operative.id }, status: 'raised_further' },
      { raisedByBody: { id: l.operative.id }, raisedToBody: { id: l.strategic.id }, status: 'open', unresolvedReason: 'Kräver beslut om gemensamma styrdokument' },
    ]);
    const forwardedId = further.json().chain[1].id as string;
    // Passed on once only.
    expect((await raiseFurther(l.operativeRep, q.id, { version: further.json().version, unresolvedReason: 'Igen' })).statusCode).toBe(409);

    const toStrategic = (await questionsOf(l.strategicRep, l.strategic.id)).json();
    expect(toStrategic.raisedToBody).toMatchObject([{ id: forwardedId, text: question.text, canAnswer: true, canRaiseFurther: false }]);
    // The strategic group is the top: nothing above to pass it on to.
    const top = await raiseFurther(l.strategicRep, forwardedId, { version: 1, unresolvedReason: 'Ingen ovanför' });
    expect(top.statusCode).toBe(400);
    expect(top.json().code).toBe('question_no_body_above');
    const answered = await answer(l.strategicRep, forwardedId, { version: 1, answer: 'Styrdokumenten revideras i höst.' });
    expect(answered.statusCode, answered.body).toBe(200);

    const byCluster = (await questionsOf(l.clusterRep, l.cluster.id)).json();
    expect(byCluster.raisedByBody[0]).toMatchObject({ id: q.id, status: 'raised_further', finalAnswer: { id: forwardedId, answer: 'Styrdokumenten revideras i höst.', raisedToBody: { id: l.strategic.id } } });
    expect((await auditOf(q.id)).map((a) => a.action)).toEqual(['governance-question.raised', 'governance-question.raised-further']);
    expect((await auditOf(forwardedId)).map((a) => a.action)).toEqual(['governance-question.raised', 'governance-question.answered']);
  });

  it('AGR-8: the top body has no body above and cannot raise a question (400, in Swedish)', async () => {
    const l = await agreementLevels(t, officer);
    const response = await raise(l.strategicRep, l.strategic.id);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'question_no_body_above', requirement: 'AGR-8' });
    expect(response.json().title).toContain('ingen grupp över sig');
    expect((await questionsOf(l.strategicRep, l.strategic.id)).json()).toMatchObject({ bodyAbove: null, canRaise: false, hasBodiesBelow: true });
    expect((await questionsOf(l.workingGroupRep, l.workingGroup.id)).json()).toMatchObject({ bodyAbove: { id: l.cluster.id }, canRaise: true, hasBodiesBelow: false });
  });

  it('AGR-8: members act for their own body only; governance writers for any; other roles are refused', async () => {
    const l = await agreementLevels(t, officer);
    // Governance writers raise for any body.
    for (const role of ['officer', 'manager', 'admin'] as const) expect((await raise(sessions.get(role)!, l.cluster.id)).statusCode, role).toBe(201);
    // Staff who read but do not keep governance records, and do not sit on the body.
    for (const role of ['review_group', 'economist'] as const) expect((await raise(sessions.get(role)!, l.cluster.id)).statusCode, role).toBe(403);
    // A steering member of another body does not see this one at all.
    expect((await raise(l.otherClusterRep, l.cluster.id)).statusCode).toBe(404);
    expect((await questionsOf(l.otherClusterRep, l.cluster.id)).statusCode).toBe(404);
    expect((await raise(sessions.get('partner')!, l.cluster.id)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/api/governance-bodies/${l.cluster.id}/questions`, payload: question })).statusCode).toBe(401);

    const q = (await raise(l.clusterRep, l.cluster.id)).json();
    // The raising cluster's member sees the question but does not answer for the operative group.
    expect((await answer(l.clusterRep, q.id, { version: q.version, answer: 'Själv' })).statusCode).toBe(403);
    expect((await answer(l.otherClusterRep, q.id, { version: q.version, answer: 'Främmande' })).statusCode).toBe(404);
    expect((await answer(sessions.get('review_group')!, q.id, { version: q.version, answer: 'Läsare' })).statusCode).toBe(403);
    expect((await raiseFurther(l.clusterRep, q.id, { version: q.version, unresolvedReason: 'Själv' })).statusCode).toBe(403);
    expect((await answer(officer, q.id, { version: q.version, answer: 'Handläggaren svarar för gruppen' })).statusCode).toBe(200);
  });

  it('AGR-8: bad input is refused with 400 and field paths', async () => {
    const l = await agreementLevels(t, officer);
    expect((await raise(l.clusterRep, l.cluster.id, { text: '', unresolvedReason: 'x' })).json().errors[0].path).toBe('text');
    expect((await raise(l.clusterRep, l.cluster.id, { text: 'Fråga' })).statusCode).toBe(400);
    expect((await raise(l.clusterRep, l.cluster.id, { ...question, extra: 1 })).statusCode).toBe(400);
    expect((await raise(l.clusterRep, 'inte-ett-id')).statusCode).toBe(400);
    const otherMeeting = await t.as(officer, { method: 'POST', url: `/api/governance-bodies/${l.operative.id}/meetings`, payload: { meetingDate: '2026-03-03' } });
    const wrongMeeting = await raise(l.clusterRep, l.cluster.id, { ...question, meetingId: otherMeeting.json().id });
    expect(wrongMeeting.statusCode).toBe(400);
    expect(wrongMeeting.json().errors[0].path).toBe('meetingId');

    const q = (await raise(l.clusterRep, l.cluster.id)).json();
    expect((await answer(l.operativeRep, q.id, { version: q.version, answer: ' ' })).statusCode).toBe(400);
    expect((await answer(l.operativeRep, q.id, { answer: 'Svar' })).statusCode).toBe(400);
    const decisionOfCluster = await insertDecidedDecision(t, l.cluster.id, 'Klustrets eget beslut');
    const wrongDecision = await answer(l.operativeRep, q.id, { version: q.version, answer: 'Svar', decisionId: decisionOfCluster });
    expect(wrongDecision.statusCode).toBe(400);
    expect(wrongDecision.json().errors[0]).toMatchObject({ path: 'decisionId', requirement: 'AGR-8' });
    expect((await answer(l.operativeRep, q.id, { version: 0, answer: 'Svar' })).statusCode).toBe(409);
    expect((await raiseFurther(l.operativeRep, q.id, { version: q.version, unresolvedReason: '' })).statusCode).toBe(400);
  });
});

describe('decisions spread to the bodies below (AGR-8)', () => {
  it('AGR-8: a decided decision is spread to the clusters; members mark it seen and the operative group sees who has and has not', async () => {
    const l = await agreementLevels(t, officer);
    const decisionId = await insertDecidedDecision(t, l.operative.id, 'Ny rutin för gemensam kartläggning gäller från 1 april');
    const spreadResponse = await spread(l.operativeRep, decisionId);
    expect(spreadResponse.statusCode, spreadResponse.body).toBe(200);
    const view = spreadResponse.json();
    // Direct children only by default: both clusters, not the working group under the first.
    expect(view.receivers.map((r: { body: { name: string } }) => r.body.name)).toEqual(['Kluster Järva', 'Kluster Vällingby–City']);
    const jarva = view.receivers[0];
    expect(jarva).toMatchObject({ spreadBy: { id: l.operativeRep.userId }, seen: [] });
    expect(jarva.notSeen.map((m: { name: string; hasLogin: boolean }) => [m.name, m.hasLogin])).toEqual([
      ['Enhetschef Jobbtorg Kista', false],
      ['Sektionschef Järva', true],
    ]);

    const inbox = (await received(l.clusterRep, l.cluster.id)).json();
    expect(inbox.items).toMatchObject([{ spreadId: jarva.spreadId, decision: { id: decisionId }, fromBody: { id: l.operative.id }, seenByMeAt: null, canMarkSeen: true, seenCount: 0, memberCount: 2 }]);
    const seen = await markSeen(l.clusterRep, jarva.spreadId);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().seenByMeAt).not.toBeNull();
    expect(seen.json().seenCount).toBe(1);
    // Marking again changes nothing.
    expect((await markSeen(l.clusterRep, jarva.spreadId)).json().seenByMeAt).toBe(seen.json().seenByMeAt);

    const after = (await spreadOf(l.operativeRep, decisionId)).json();
    expect(after.receivers[0]).toMatchObject({ seen: [{ name: 'Sektionschef Järva', seenAt: seen.json().seenByMeAt }], notSeen: [{ name: 'Enhetschef Jobbtorg Kista' }] });
    expect(after.receivers[1]).toMatchObject({ body: { name: 'Kluster Vällingby–City' }, seen: [], notSeen: [{ name: 'Sektionschef Vällingby' }] });
    expect((await auditOf(decisionId)).map((a) => a.action)).toEqual(['governance-decision.spread', 'governance-decision.spread-seen']);
  });

  it('AGR-8: all bodies below can be chosen, and spreading again adds only the bodies not yet reached', async () => {
    const l = await agreementLevels(t, officer);
    const decisionId = await insertDecidedDecision(t, l.operative.id, 'Alla kluster följer upp rutinerna två gånger per år');
    expect((await spread(officer, decisionId)).json().receivers).toHaveLength(2);
    const all = await spread(officer, decisionId, { scope: 'descendants' });
    expect(all.statusCode).toBe(200);
    expect(all.json().receivers.map((r: { body: { name: string } }) => r.body.name)).toEqual(['Arbetsgrupp Järva unga', 'Kluster Järva', 'Kluster Vällingby–City']);
    expect((await auditOf(decisionId)).length).toBe(2);
  });

  it('AGR-8: only a decided decision of a body with bodies below is spread, by its members or governance writers', async () => {
    const l = await agreementLevels(t, officer);
    const proposed = await insertDecidedDecision(t, l.operative.id, 'Förslag', 'proposed');
    expect((await spread(l.operativeRep, proposed)).json().code).toBe('decision_not_decided');
    const ofWorkingGroup = await insertDecidedDecision(t, l.workingGroup.id, 'Arbetsgruppens beslut');
    const none = await spread(l.workingGroupRep, ofWorkingGroup);
    expect(none.statusCode).toBe(409);
    expect(none.json().code).toBe('no_bodies_below');

    const decisionId = await insertDecidedDecision(t, l.operative.id, 'Beslut att sprida');
    expect((await spread(l.clusterRep, decisionId)).statusCode).toBe(404);
    expect((await spread(sessions.get('economist')!, decisionId)).statusCode).toBe(403);
    expect((await spread(sessions.get('partner')!, decisionId)).statusCode).toBe(403);
    expect((await spread(l.operativeRep, decisionId, { scope: 'everyone' })).statusCode).toBe(400);
    expect((await spread(sessions.get('manager')!, decisionId)).statusCode).toBe(200);
    expect((await spreadOf(l.clusterRep, decisionId)).statusCode).toBe(404);
    expect((await spreadOf(sessions.get('review_group')!, decisionId)).statusCode).toBe(200);
  });

  it('AGR-8: only a member of the receiving body marks a spread decision seen', async () => {
    const l = await agreementLevels(t, officer);
    const decisionId = await insertDecidedDecision(t, l.operative.id, 'Beslut om gemensam introduktion');
    const jarva = (await spread(officer, decisionId)).json().receivers[0];
    const notMember = await markSeen(officer, jarva.spreadId);
    expect(notMember.statusCode).toBe(403);
    expect(notMember.json().code).toBe('not_body_member');
    expect((await markSeen(l.otherClusterRep, jarva.spreadId)).statusCode).toBe(404);
    expect((await markSeen(l.operativeRep, jarva.spreadId)).statusCode).toBe(404);
    expect((await markSeen(sessions.get('partner')!, jarva.spreadId)).statusCode).toBe(403);
    expect((await markSeen(l.clusterRep, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await received(officer, l.cluster.id)).json().items[0]).toMatchObject({ canMarkSeen: false });
    const outsider = await loginNewUser(t, ['steering_member']);
    expect((await received(outsider, l.cluster.id)).statusCode).toBe(404);
  });
});
