import type { CooperationForm } from '../../../shared/cooperations/forms';
import type { RecommendationOutcome } from '../../../shared/initiatives/review.rules';
import type { AgendaItemView, RecordRecommendationInput } from '../../../shared/initiatives/review.schemas';

/** What the recommendation dialog holds while the member fills it in. */
export type RecommendationFormValues = {
  outcome: RecommendationOutcome | '';
  recommendedForm: CooperationForm | '';
  referredTo: string;
  justification: string;
};

/** An empty recommendation, with the initiative's proposed form as the likely choice. */
export function emptyRecommendation(proposedForm: CooperationForm | null): RecommendationFormValues {
  return { outcome: '', recommendedForm: proposedForm ?? '', referredTo: '', justification: '' };
}

/**
 * The API input: a form is sent only with the outcome "form" and a committee only with "referred",
 * because the server refuses either with another outcome (it would mislead in the minutes).
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
