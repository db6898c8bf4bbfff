import { expect } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import type { Session, TestApp } from '../../../../tests/support/test-app';
import { assessedCompetence, insertInitiative, insertRecommendation } from '../cooperations/cooperation-fixtures.test-helper';

let sequence = 0;

/** The controls of the programme 004 cites (migration 0037). */
export const CONTROL_CODES = ['pay', 'working_hours', 'holidays', 'collective_agreement', 'work_environment', 'taxes', 'other_laws'] as const;

/** An employer in the register; a member of Integrationspakten when `member` (a running membership cooperation). */
export async function makeEmployer(t: TestApp, name: string, member = true): Promise<{ id: string; name: string }> {
  const employer = await makeOrganisation(t.database.db, { kind: 'employer', name });
  if (member) await insertMembership(t, employer.id);
  return employer;
}

/** A running membership of Integrationspakten (EMP-1; the membership slice is tested on its own). */
export async function insertMembership(t: TestApp, organisationId: string, status: 'active' | 'ended' = 'active'): Promise<string> {
  sequence += 1;
  const row = await t.database.db
    .insertInto('cooperation')
    .values({
      case_number: `EMP ${3000 + sequence}-${String(sequence).padStart(4, '0')}`,
      case_year: 3000 + sequence,
      case_sequence: sequence,
      title: 'Medlemskap i Integrationspakten',
      form: 'integration_pact_membership',
      status,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.database.db.insertInto('cooperation_party').values({ cooperation_id: row.id, organisation_id: organisationId }).execute();
  return row.id;
}

/** Records a check of one control through the API and returns the response. */
export function recordCheck(t: TestApp, session: Session, organisationId: string, payload: Record<string, unknown>) {
  return t.as(session, { method: 'POST', url: `/api/employers/${organisationId}/control-checks`, payload });
}

/** Records a passing, documented check of every control on a day. */
export async function passAllControls(t: TestApp, session: Session, organisationId: string, checkedOn: string): Promise<void> {
  for (const controlCode of CONTROL_CODES) {
    const response = await recordCheck(t, session, organisationId, {
      controlCode,
      result: 'pass',
      checkedOn,
      evidenceReference: `Underlag för ${controlCode} ${checkedOn}`,
      ...(controlCode === 'collective_agreement' ? { collectiveAgreement: 'yes' } : {}),
    });
    expect(response.statusCode, response.body).toBe(201);
  }
}

/** A job partnership recommended by the review group, with FRM-2 assessed, the manager responsible and the city's knowledge of the employer justified. */
export async function createJobPartnership(t: TestApp, officer: Session, manager: Session, employerIds: string[], extra: Record<string, unknown> = {}) {
  const initiativeId = await insertInitiative(t.database.db, { status: 'recommended', organisationIds: employerIds });
  await insertRecommendation(t.database.db, initiativeId, 'job_partnership', manager.userId);
  return t.as(officer, {
    method: 'POST',
    url: '/api/cooperations',
    payload: {
      initiativeId,
      organisationIds: employerIds,
      responsibleManagerId: manager.userId,
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      facts: { competence: assessedCompetence, knownEmployer: { affirmed: true, justification: 'Arbetsgivaren har tagit emot praktikanter från Jobbtorg sedan 2019' } },
      ...extra,
    },
  });
}
