import { DEMOCRACY_CONDITIONS, EXCLUSION_GROUNDS } from '../../../shared/organisations/democracy.rules';
import { PARTNER_CONTROL_DOCUMENTS } from '../../../shared/organisations/partner-control.rules';
import type { Session, TestApp } from '../../../../tests/support/test-app';

/** Signs a democracy assessment through the API, as a manager (DEM-3). */
export async function signDemocracy(t: TestApp, manager: Session, organisationId: string, eligible = true) {
  const response = await t.as(manager, {
    method: 'POST',
    url: `/api/organisations/${organisationId}/democracy-assessments`,
    payload: {
      conditions: DEMOCRACY_CONDITIONS.map((condition, i) => ({ condition, met: eligible || i !== 0, justification: 'Bedömt utifrån stadgar', evidence: [] })),
      exclusions: EXCLUSION_GROUNDS.map((ground) => ({ ground, applies: false, justification: 'Bedömt utifrån underlaget', evidence: [] })),
    },
  });
  if (response.statusCode !== 201) throw new Error(`signing failed: ${response.body}`);
}

/** Completes the partner-control checklist through the API by noting every document as not existing (ORG-4). */
export async function completePartnerControl(t: TestApp, session: Session, organisationId: string): Promise<void> {
  for (const documentType of PARTNER_CONTROL_DOCUMENTS) {
    const response = await t.as(session, {
      method: 'PUT',
      url: `/api/organisations/${organisationId}/partner-control/${documentType}`,
      payload: { reason: 'Nystartad förening, dokumentet finns inte ännu' },
    });
    if (response.statusCode !== 200) throw new Error(`partner control failed: ${response.body}`);
  }
}

/** An affirmation with a justification. */
export const affirmed = { affirmed: true, justification: 'Bedömt av ansvarig chef' };
