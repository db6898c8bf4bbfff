import type { TFunction } from 'i18next';
import { answerIsYes, type DemocracySection } from '../../../shared/organisations/democracy.rules';

/** "Ja", "Nej" or "Obesvarad" for a stored value, as the reworded question reads it. */
export function answerText(t: TFunction, section: DemocracySection, stored: boolean | null): string {
  if (stored === null) return t('democracy.unanswered');
  return answerIsYes(section, stored) ? t('democracy.yes') : t('democracy.no');
}
