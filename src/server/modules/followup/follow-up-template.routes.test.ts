import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { loginNewUser } from '../governance/governance-fixtures.test-helper';
import { agreementGovernance, followUpPayload, saveTemplate } from './follow-up-fixtures.test-helper';

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
});
afterAll(() => t.close());

const paths = (response: { json: () => { errors?: { path: string }[] } }) => (response.json().errors ?? []).map((e) => e.path).sort();
const templateUrl = (bodyId: string) => `/api/governance-bodies/${bodyId}/follow-up-template`;
const record = (cooperationId: string, payload: Record<string, unknown>, session = officer) =>
  t.as(session, { method: 'POST', url: `/api/cooperations/${cooperationId}/follow-up-records`, payload });
const QUESTIONS = ['Är de lokala rutinerna för samverkan uppdaterade?', 'Är rutinerna kända i verksamheterna?', 'Efterlevs rutinerna?'];

describe('the clusters’ routine template kept by the agreement’s joint beredningsgrupp (AGR-5)', () => {
  it('AGR-5: a member of the joint beredningsgrupp saves the template; each save is a new version', async () => {
    const g = await agreementGovernance(t, officer);
    const empty = await t.as(g.preparationMember, { method: 'GET', url: templateUrl(g.preparation.id) });
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toMatchObject({ keeperBodyId: g.preparation.id, templateId: null, currentVersion: 0, questions: [], mayEdit: true, version: 0 });
    const first = await saveTemplate(t, g.preparationMember, g.preparation.id, 0, QUESTIONS);
    expect(first).toMatchObject({ currentVersion: 1, questions: QUESTIONS.map((text) => ({ text })) });
    const stale = await t.as(g.preparationMember, { method: 'PUT', url: templateUrl(g.preparation.id), payload: { version: 0, questions: ['x'] } });
    expect(stale.statusCode).toBe(409);
    const second = await saveTemplate(t, officer, g.preparation.id, first.version, [...QUESTIONS, 'Finns behov av nya rutiner?']);
    expect(second.currentVersion).toBe(2);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('action', '=', 'follow-up-template.versioned').where('actor_id', '=', g.preparationMember.userId).execute();
    expect(audit).toHaveLength(1);
  });

  it('AGR-5: the internal review group of INI-7 and steering members outside the beredningsgrupp may not change the template', async () => {
    const g = await agreementGovernance(t, officer);
    const payload = { version: 0, questions: QUESTIONS };
    expect((await t.as(await t.loginAs('review_group'), { method: 'PUT', url: templateUrl(g.preparation.id), payload })).statusCode).toBe(403);
    const outsider = await loginNewUser(t, ['steering_member']);
    expect((await t.as(outsider, { method: 'PUT', url: templateUrl(g.preparation.id), payload })).statusCode).toBe(404);
    const otherBodyMember = (await agreementGovernance(t, officer)).preparationMember;
    expect((await t.as(otherBodyMember, { method: 'PUT', url: templateUrl(g.preparation.id), payload })).statusCode).toBe(404);
    const view = (await t.as(await t.loginAs('review_group'), { method: 'GET', url: templateUrl(g.preparation.id) })).json();
    expect(view.mayEdit).toBe(false);
  });

  it('AGR-5: only a joint beredningsgrupp keeps a template', async () => {
    const g = await agreementGovernance(t, officer);
    const refused = await t.as(officer, { method: 'PUT', url: templateUrl(g.clusterA.id), payload: { version: 0, questions: QUESTIONS } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: 'id', requirement: 'AGR-5' })]);
    const empty = await t.as(officer, { method: 'PUT', url: templateUrl(g.preparation.id), payload: { version: 0, questions: [] } });
    expect(paths(empty)).toEqual(['questions']);
    const blank = await t.as(officer, { method: 'PUT', url: templateUrl(g.preparation.id), payload: { version: 0, questions: [' '], extra: 1 } });
    expect(paths(blank)).toEqual(['extra', 'questions.0']);
  });
});

describe('the clusters’ routine follow-up (AGR-5)', () => {
  it('AGR-5: each cluster follows up twice a year on the current template version, answering every question; a later version leaves it as answered', async () => {
    const g = await agreementGovernance(t, officer);
    const none = await record(g.cooperationId, followUpPayload('cluster_routine', '2026-H1', g.clusterA.id, { answers: [] }));
    expect(none.statusCode).toBe(400);
    expect(none.json().errors).toEqual([expect.objectContaining({ path: 'answers', requirement: 'AGR-5' })]);
    const v1 = await saveTemplate(t, g.preparationMember, g.preparation.id, 0, QUESTIONS);
    const answers = v1.questions.map((q, i) => ({ questionId: q.id, answer: i === 2 ? 'partly' : 'yes', ...(i === 2 ? { comment: 'Ny rutin för arbetsgivarkontakter behöver spridas' } : {}) }));
    const partial = await record(g.cooperationId, followUpPayload('cluster_routine', '2026-H1', g.clusterA.id, { answers: answers.slice(1) }));
    expect(paths(partial)).toEqual(['answers']);
    const repeated = await record(g.cooperationId, followUpPayload('cluster_routine', '2026-H1', g.clusterA.id, { answers: [...answers, answers[0]] }));
    expect(paths(repeated)).toEqual(['answers.3.questionId']);
    const yearly = await record(g.cooperationId, followUpPayload('cluster_routine', '2026', g.clusterA.id, { answers }));
    expect(paths(yearly)).toEqual(['period']);

    const created = await record(g.cooperationId, followUpPayload('cluster_routine', '2026-H1', g.clusterA.id, { answers }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'cluster_routine',
      body: { id: g.clusterA.id, type: 'cluster' },
      template: { keeperBodyId: g.preparation.id, versionNumber: 1 },
      answers: [
        { position: 1, question: QUESTIONS[0], answer: 'yes', comment: null },
        { position: 2, answer: 'yes' },
        { position: 3, answer: 'partly', comment: 'Ny rutin för arbetsgivarkontakter behöver spridas' },
      ],
    });
    // One per cluster and semester: the other cluster records its own, the same cluster is refused.
    expect((await record(g.cooperationId, followUpPayload('cluster_routine', '2026-H1', g.clusterB.id, { answers }))).statusCode).toBe(201);
    expect((await record(g.cooperationId, followUpPayload('cluster_routine', '2026-H1', g.clusterA.id, { answers }))).statusCode).toBe(409);

    const v2 = await saveTemplate(t, g.preparationMember, g.preparation.id, 2, ['Är rutinerna uppdaterade, kända och efterlevda?']);
    expect(v2.currentVersion).toBe(2);
    const old = (await t.as(officer, { method: 'GET', url: `/api/follow-up-records/${created.json().id}` })).json();
    expect(old.template.versionNumber).toBe(1);
    expect(old.answers).toHaveLength(3);
    // The record keeps answering its own version when edited; the next semester answers version 2.
    const edited = await t.as(officer, { method: 'PATCH', url: `/api/follow-up-records/${old.id}`, payload: { version: old.version, answers: answers.map((a) => ({ ...a, answer: 'yes' })) } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().answers.map((a: { answer: string }) => a.answer)).toEqual(['yes', 'yes', 'yes']);
    const wrongVersion = await record(g.cooperationId, followUpPayload('cluster_routine', '2026-H2', g.clusterA.id, { answers }));
    expect(wrongVersion.statusCode).toBe(400);
    const next = await record(g.cooperationId, followUpPayload('cluster_routine', '2026-H2', g.clusterA.id, { answers: [{ questionId: v2.questions[0]!.id, answer: 'no', comment: 'Rutinerna är inte kända' }] }));
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json().template.versionNumber).toBe(2);
  });
});
