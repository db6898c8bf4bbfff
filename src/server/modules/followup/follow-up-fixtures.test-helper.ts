import { expect } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import type { Session, TestApp } from '../../../../tests/support/test-app';
import { addMember, createBody, insertCooperation, loginNewUser } from '../governance/governance-fixtures.test-helper';

/**
 * A cooperation governed like the agreement with Arbetsförmedlingen (AGR-3): a strategic and an
 * operative steering group, the agreement's joint beredningsgrupp with a steering member sitting
 * on it, and two clusters; plus an IOP steering group that keeps the annual cycle (IOP-7).
 */
export async function agreementGovernance(t: TestApp, writer: Session) {
  const cooperationId = await insertCooperation(t, 'Samverkan med Arbetsförmedlingen');
  const body = (type: string, name: string) => createBody(t, writer, { type, name, cooperationIds: [cooperationId] });
  const strategic = await body('strategic_steering_group', 'Strategisk styrgrupp');
  const operative = await body('operative_steering_group', 'Operativ styrgrupp');
  const preparation = await body('review_group', 'Beredningsgrupp');
  const clusterA = await body('cluster', 'Kluster Järva');
  const clusterB = await body('cluster', 'Kluster Vällingby–City');
  const iopGroup = await body('steering_group', 'Styrgrupp för IOP');
  const organisation = await makeOrganisation(t.database.db, { kind: 'public_body', name: `Arbetsförmedlingen ${cooperationId.slice(0, 8)}` });
  const preparationMember = await loginNewUser(t, ['steering_member']);
  await addMember(t, writer, preparation.id, { organisationId: organisation.id, userId: preparationMember.userId, name: 'Medarbetare från regionstaben' });
  return { cooperationId, strategic, operative, preparation, clusterA, clusterB, iopGroup, preparationMember };
}

/** A follow-up as a form would send it. */
export function followUpPayload(kind: string, period: string, bodyId: string, extra: Record<string, unknown> = {}) {
  return {
    kind,
    period,
    bodyId,
    heldOn: '2026-06-10',
    participants: 'Förvaltningschef, regionchef, föredragande från beredningsgruppen',
    results: 'Andelen som börjar arbeta eller studera ökade enligt plan.',
    deviations: 'Arbetsgivarsamverkan försenad en månad.',
    conclusion: 'Samverkan fungerar; arbetsgivarsamverkan prioriteras.',
    ...extra,
  };
}

/** Saves the routine template of a joint beredningsgrupp and returns its view. */
export async function saveTemplate(t: TestApp, session: Session, bodyId: string, version: number, questions: string[]) {
  const response = await t.as(session, { method: 'PUT', url: `/api/governance-bodies/${bodyId}/follow-up-template`, payload: { version, questions } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { currentVersion: number; version: number; questions: { id: string; text: string }[] };
}
