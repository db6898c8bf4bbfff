import { DEMOCRACY_CONDITIONS, EXCLUSION_GROUNDS } from '../../../shared/organisations/democracy.rules';
import { PARTNER_CONTROL_DOCUMENTS } from '../../../shared/organisations/partner-control.rules';
import type { Session, TestApp } from '../../../../tests/support/test-app';
import type { Db } from '../../db/database';

/** Signs a democracy assessment through the API, as a manager (DEM-3). */
export async function signDemocracy(t: TestApp, manager: Session, organisationId: string, eligible = true) {
  const response = await t.as(manager, {
    method: 'POST',
    url: `/api/organisations/${organisationId}/democracy-assessments`,
    payload: {
      conditions: DEMOCRACY_CONDITIONS.map((condition, i) => ({ condition, met: eligible || i !== 0, justification: 'Bedömt utifrån stadgar', evidence: [] })),
      exclusions: EXCLUSION_GROUNDS.map((ground) => ({ ground, applies: false, justification: 'Bedömt utifrån underlaget', evidence: [] })),
      basis: 'Stadgar, verksamhetsberättelse och referenser',
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

/** FRM-2 assessed in full: within competence and mission, and adding value to the basic mission. */
export const assessedCompetence = {
  withinCompetence: affirmed,
  withinMission: affirmed,
  addsValue: { affirmed: true, justification: 'Verksamheten erbjuds inte av förvaltningen i dag och kompletterar grunduppdraget' },
};

// The initiatives slice is tested on its own; here its records are inserted as they would stand.
/** Inserts an initiative in a given status, naming these organisations (the initiatives slice is tested on its own). */
export async function insertInitiative(
  db: Db,
  options: { status: string; proposedForm?: string | null; organisationIds?: string[]; areas?: string[]; targetGroups?: string[]; title?: string },
): Promise<string> {
  const row = await db
    .insertInto('initiative')
    .values({
      title: options.title ?? 'Initiativ om språkcaféer',
      origin: 'external',
      brief: 'Behov av språkträning för nyanlända',
      status: options.status,
      proposed_form: options.proposedForm ?? null,
      areas: options.areas ?? [],
      target_groups: options.targetGroups ?? [],
      facts: '{}',
      created_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const organisationId of options.organisationIds ?? []) {
    await db.insertInto('initiative_organisation').values({ initiative_id: row.id, organisation_id: organisationId }).execute();
  }
  return row.id;
}

/** Records the review group's recommendation of a form for an initiative (INI-2). */
export async function insertRecommendation(db: Db, initiativeId: string, form: string, recordedBy: string): Promise<void> {
  await db
    .insertInto('recommendation')
    .values({ initiative_id: initiativeId, outcome: 'form', recommended_form: form, justification: 'Passar som IOP', recorded_by: recordedBy, recorded_at: new Date() })
    .execute();
}
