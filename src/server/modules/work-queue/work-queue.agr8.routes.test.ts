import { isoDateIn } from '../../../shared/time/dates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { agreementLevels, insertDecidedDecision } from '../governance/question-fixtures.test-helper';

let t: TestApp;
let officer: Session;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  admin = await t.loginAs('admin');
});
afterAll(() => t.close());

type Item = { key: string; type: string; title: string; subtitle: string | null; reason: string; requirement: string; since: string; link: string };

async function items(session: Session, scope?: 'mine' | 'all'): Promise<Item[]> {
  const response = await t.as(session, { method: 'GET', url: `/api/work-queue${scope ? `?scope=${scope}` : ''}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}
const has = async (session: Session, needle: string, scope?: 'mine' | 'all') => (await items(session, scope)).some((i) => i.key.includes(needle));

describe('"Att göra": questions raised and decisions spread (AGR-8)', () => {
  it('AGR-8: an open question raised to the operative group is on its members\' lists and for those who steer, until it is answered', async () => {
    const l = await agreementLevels(t, officer);
    const raised = await t.as(l.clusterRep, {
      method: 'POST',
      url: `/api/governance-bodies/${l.cluster.id}/questions`,
      payload: { text: 'Vem bekostar tolk vid gemensamma möten?', unresolvedReason: 'Budgetfrågan ligger utanför klustrets mandat' },
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const q = raised.json();

    const item = (await items(l.operativeRep)).find((i) => i.key.includes(q.id));
    expect(item).toMatchObject({
      type: 'governance_question_open',
      title: 'Vem bekostar tolk vid gemensamma möten?',
      subtitle: 'Kluster Järva → Operativ styrgrupp',
      reason: 'governance_question_open',
      requirement: 'AGR-8',
      // The day the question was raised, in the app's time zone.
      since: isoDateIn(new Date(q.raisedAt), t.app.timeZone),
      link: `/styrgrupper/${l.operative.id}`,
    });
    // Not for the raising cluster, the body above the operative one, other clusters or staff outside.
    for (const other of [l.clusterRep, l.strategicRep, l.otherClusterRep, officer]) expect(await has(other, q.id)).toBe(false);
    // Those who steer see it under everything; an officer cannot switch to everything.
    expect(await has(admin, q.id, 'all')).toBe(true);
    expect(await has(officer, q.id, 'all')).toBe(false);

    const answered = await t.as(l.operativeRep, { method: 'POST', url: `/api/governance-questions/${q.id}/answer`, payload: { version: q.version, answer: 'Arbetsförmedlingen står för tolk.' } });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(await has(l.operativeRep, q.id)).toBe(false);
    expect(await has(admin, q.id, 'all')).toBe(false);
  });

  it('AGR-8: a question raised further leaves the operative group\'s list and lands on the strategic group\'s', async () => {
    const l = await agreementLevels(t, officer);
    const q = (
      await t.as(l.clusterRep, {
        method: 'POST',
        url: `/api/governance-bodies/${l.cluster.id}/questions`,
        payload: { text: 'Kan klustren dela lokaler?', unresolvedReason: 'Kräver avtal mellan förvaltningarna' },
      })
    ).json();
    const further = await t.as(l.operativeRep, { method: 'POST', url: `/api/governance-questions/${q.id}/raise-further`, payload: { version: q.version, unresolvedReason: 'Strategisk fråga' } });
    expect(further.statusCode, further.body).toBe(200);
    const forwardedId = further.json().chain[1].id as string;
    expect(await has(l.operativeRep, q.id)).toBe(false);
    expect((await items(l.strategicRep)).find((i) => i.key.includes(forwardedId))).toMatchObject({ subtitle: 'Operativ styrgrupp → Strategisk styrgrupp', link: `/styrgrupper/${l.strategic.id}` });
  });

  it('AGR-8: a spread decision is on the list of each member of the receiving body until that member marks it seen', async () => {
    const l = await agreementLevels(t, officer);
    const decisionId = await insertDecidedDecision(t, l.operative.id, 'Gemensam introduktion för nyanställda införs');
    const spread = await t.as(l.operativeRep, { method: 'POST', url: `/api/decisions/${decisionId}/spread`, payload: {} });
    expect(spread.statusCode, spread.body).toBe(200);
    const jarva = spread.json().receivers.find((r: { body: { id: string } }) => r.body.id === l.cluster.id);
    const vallingby = spread.json().receivers.find((r: { body: { id: string } }) => r.body.id === l.otherCluster.id);

    const item = (await items(l.clusterRep)).find((i) => i.key.includes(jarva.spreadId));
    expect(item).toMatchObject({
      type: 'decision_spread_unseen',
      title: 'Gemensam introduktion för nyanställda införs',
      subtitle: 'Operativ styrgrupp → Kluster Järva',
      reason: 'decision_spread_unseen',
      requirement: 'AGR-8',
      link: `/styrgrupper/${l.cluster.id}`,
    });
    expect(await has(l.otherClusterRep, vallingby.spreadId)).toBe(true);
    // Not for the spreading body, the working group below (children only), or for those who steer.
    for (const other of [l.operativeRep, l.workingGroupRep, officer]) expect(await has(other, decisionId) || (await has(other, jarva.spreadId))).toBe(false);
    expect(await has(admin, jarva.spreadId, 'all')).toBe(false);

    expect((await t.as(l.clusterRep, { method: 'POST', url: `/api/decision-spreads/${jarva.spreadId}/seen` })).statusCode).toBe(200);
    expect(await has(l.clusterRep, jarva.spreadId)).toBe(false);
    // The other cluster's member still has it.
    expect(await has(l.otherClusterRep, vallingby.spreadId)).toBe(true);
  });
});
