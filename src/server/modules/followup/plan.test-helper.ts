import { expect } from 'vitest';
import type { Session, TestApp } from '../../../../tests/support/test-app';
import { insertCooperation, jointSteeringGroup } from '../governance/governance-fixtures.test-helper';

/** A plan's content with one goal of each kind of indicator, as the editor sends it (AGR-2). */
export const planContent = {
  summary: 'Fler deltagare går vidare till arbete eller studier',
  goals: [
    {
      title: 'Fler deltagare börjar arbeta',
      agendaGoal: 8,
      indicators: [
        { name: 'Antal deltagare som börjat arbeta', kind: 'quantitative', unit: 'personer', baseline: 20, target: 35, direction: 'higher' },
        { name: 'Deltagarna upplever stödet som relevant', kind: 'qualitative', expectedResult: 'Minst fyra av fem deltagare säger att stödet hjälpte dem' },
      ],
    },
    { title: 'Minskade skillnader mellan kvinnor och män', agendaGoal: 10, indicators: [] },
  ],
};

/**
 * An IOP cooperation governed by a steering group of the city and a partner, both of them the
 * parties of its decisions, with an agreement to annex the adopted plan to (IOP-6, IOP-7).
 */
export async function iopWithSteeringGroup(t: TestApp, officer: Session, options: { agreement?: boolean } = {}) {
  const g = await jointSteeringGroup(t, officer);
  const cooperationId = await insertCooperation(t, 'IOP om arbetsträning');
  const detail = (await t.as(officer, { method: 'GET', url: `/api/governance-bodies/${g.body.id}` })).json() as { version: number };
  const linked = await t.as(officer, {
    method: 'PATCH',
    url: `/api/governance-bodies/${g.body.id}`,
    payload: { version: detail.version, cooperationIds: [cooperationId], partyOrganisationIds: [g.city.id, g.partner.id] },
  });
  expect(linked.statusCode, linked.body).toBe(200);
  let agreementId: string | null = null;
  if (options.agreement !== false) {
    const agreement = await t.as(officer, { method: 'POST', url: '/api/agreements', payload: { title: 'Avtal om arbetsträning', cooperationId } });
    expect(agreement.statusCode, agreement.body).toBe(201);
    agreementId = (agreement.json() as { id: string }).id;
  }
  return { ...g, cooperationId, agreementId };
}

/** Creates a plan through the API and returns its view. */
export async function createPlan(t: TestApp, session: Session, cooperationId: string, year: number, periodKind = 'semester') {
  const response = await t.as(session, { method: 'POST', url: `/api/cooperations/${cooperationId}/plans`, payload: { year, periodKind } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; status: string };
}

/** A draft plan with content, ready to be proposed. */
export async function filledPlan(t: TestApp, session: Session, cooperationId: string, year: number) {
  const plan = await createPlan(t, session, cooperationId, year);
  const response = await t.as(session, { method: 'PATCH', url: `/api/plans/${plan.id}`, payload: { version: plan.version, ...planContent } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { id: string; version: number; goals: { id: string; indicators: { id: string; kind: string }[] }[] };
}
