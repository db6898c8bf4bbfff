import type { CooperationForm } from '../../../shared/cooperations/forms';
import { GRANT_COMMITTEES } from '../../../shared/initiatives/association-grant.rules';
import { RECOMMENDATION_OUTCOMES, type RecommendationOutcome } from '../../../shared/initiatives/review.rules';
import type { AgendaItemView, RecordRecommendationInput } from '../../../shared/initiatives/review.schemas';

/** What the recommendation dialog holds while the member fills it in. */
export type RecommendationFormValues = {
  outcome: RecommendationOutcome | '';
  recommendedForm: CooperationForm | '';
  referredTo: string;
  justification: string;
  /** FRM-2: the group's judgement that the cooperation adds value, with a motivation (with a recommended form). */
  addedValueAffirmed: boolean;
  addedValueJustification: string;
};

/** An empty recommendation, with the initiative's proposed form as the likely choice. */
export function emptyRecommendation(proposedForm: CooperationForm | null): RecommendationFormValues {
  return { outcome: '', recommendedForm: proposedForm ?? '', referredTo: '', justification: '', addedValueAffirmed: false, addedValueJustification: '' };
}

/**
 * The outcomes the group may choose for an initiative: for one asking for an association grant
 * only a referral or a request for more information (INI-4), otherwise all of them.
 */
export function outcomesFor(asksAssociationGrant: boolean): RecommendationOutcome[] {
  return asksAssociationGrant ? RECOMMENDATION_OUTCOMES.filter((o) => o === 'referred' || o === 'more_information') : [...RECOMMENDATION_OUTCOMES];
}

/** The committees a referral may go to: for an association grant only those that handle grants (INI-4). */
export function committeesFor<T extends { code: string }>(committees: readonly T[], asksAssociationGrant: boolean): T[] {
  return asksAssociationGrant ? committees.filter((c) => GRANT_COMMITTEES.includes(c.code)) : [...committees];
}

/**
 * The API input: a form is sent only with the outcome "form" and a committee only with "referred",
 * because the server refuses either with another outcome (it would mislead in the minutes); the
 * added value likewise only with "form", and only once the member has said something about it.
 * `null` for a missing outcome lets the caller refuse before sending.
 */
export function toRecommendationInput(values: RecommendationFormValues, meetingId: string | null): RecordRecommendationInput | null {
  if (values.outcome === '') return null;
  return {
    outcome: values.outcome,
    recommendedForm: values.outcome === 'form' && values.recommendedForm !== '' ? values.recommendedForm : null,
    referredTo: values.outcome === 'referred' && values.referredTo !== '' ? values.referredTo : null,
    justification: values.justification,
    meetingId,
    addedValue:
      values.outcome === 'form' && (values.addedValueAffirmed || values.addedValueJustification.trim() !== '')
        ? { affirmed: values.addedValueAffirmed, justification: values.addedValueJustification }
        : null,
  };
}

/** The agenda in its two sections: consulted initiatives (INI-2) and information items (INI-3), each in agenda order. */
export function splitAgenda(agenda: readonly AgendaItemView[]): { consultation: AgendaItemView[]; information: AgendaItemView[] } {
  const sorted = [...agenda].sort((a, b) => a.position - b.position);
  return { consultation: sorted.filter((i) => i.kind === 'consultation'), information: sorted.filter((i) => i.kind === 'information') };
}

/** Today as YYYY-MM-DD in local time, the default date of a new meeting. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
