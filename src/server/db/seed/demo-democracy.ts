import type { RequestContext } from '../../http/request-context';
import { createDemocracyDraft, handOverDemocracyDraft } from '../../modules/organisations/democracy-draft.service';
import { demoNotifyOptions } from './demo-notify';
import { findOrganisationIdsByName } from '../../modules/organisations/organisation.repository';
import type { Db } from '../database';
import { democracyAnswers } from './demo-organisations';

/** The demo association whose assessment the officer has prepared and handed to the manager. */
export const DEMO_PREPARED_ORGANISATION = 'Hässelby Cykelskola';

/**
 * A democracy assessment prepared by the demo officer and handed over to the demo manager
 * (DEM-3), so that the manager's "Att signera" list shows the hand-over from the first start.
 */
export async function seedDemoDemocracyDraft(db: Db, officer: RequestContext, managerId: string): Promise<void> {
  const id = (await findOrganisationIdsByName(db, [DEMO_PREPARED_ORGANISATION])).get(DEMO_PREPARED_ORGANISATION);
  if (!id) return;
  const { summary: _none, ...answers } = democracyAnswers(true);
  const draft = await createDemocracyDraft(db, officer, id, {
    ...answers,
    basis: 'Stadgar och verksamhetsberättelse 2025, föreningens webbplats, samtal med ordföranden och sökningar i media. Inget tyder på att något villkor inte är uppfyllt.',
  });
  await handOverDemocracyDraft(db, officer, draft.id, { signerId: managerId, version: draft.version }, demoNotifyOptions());
}
