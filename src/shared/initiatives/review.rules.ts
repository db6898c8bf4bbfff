import { COOPERATION_FORMS, type CooperationForm, type InitiativeStatus, isFormalForm } from '../cooperations/forms';

/** How an initiative appears on the review group's agenda: consulted (INI-2) or reported (INI-3). */
export const AGENDA_ITEM_KINDS = ['consultation', 'information'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** What the review group can recommend for a consulted initiative (INI-2, INI-4, INI-5). */
export const RECOMMENDATION_OUTCOMES = ['form', 'not_appropriate', 'referred', 'more_information'] as const;
export type RecommendationOutcome = (typeof RECOMMENDATION_OUTCOMES)[number];

/** Statuses of an initiative that still waits for the review group. */
export const AWAITING_REVIEW_STATUSES = ['submitted', 'in_review', 'more_information'] as const satisfies readonly InitiativeStatus[];
export type AwaitingReviewStatus = (typeof AWAITING_REVIEW_STATUSES)[number];

/** Whether a text is one of the known cooperation forms. */
export function isCooperationForm(value: string | null | undefined): value is CooperationForm {
  return (COOPERATION_FORMS as readonly string[]).includes(value ?? '');
}

/**
 * The agenda kind of an initiative: an informal cooperation is only reported (INI-3); every other
 * initiative — including one whose form is still open, since choosing it is the group's job — is
 * consulted (INI-2).
 */
export function agendaKindFor(proposedForm: string | null): AgendaItemKind {
  return isCooperationForm(proposedForm) && !isFormalForm(proposedForm) ? 'information' : 'consultation';
}

/** Whether an initiative in this status still waits for the review group (queue, agenda, recommendation). */
export function isAwaitingReview(status: string): status is AwaitingReviewStatus {
  return (AWAITING_REVIEW_STATUSES as readonly string[]).includes(status);
}

/** The initiative status that a recorded recommendation leads to (INI-2, INI-4). */
export function statusAfterRecommendation(outcome: RecommendationOutcome): InitiativeStatus {
  const next = {
    form: 'recommended',
    not_appropriate: 'not_recommended',
    referred: 'referred',
    more_information: 'more_information',
  } as const satisfies Record<RecommendationOutcome, InitiativeStatus>;
  return next[outcome];
}

/**
 * Whether an initiative still waits for the review group: it is in an awaiting status, unless it
 * is an informal cooperation already reported at a held meeting — reporting is all it needs
 * (INI-3), and its status stays as it was until it becomes a cooperation.
 */
export function awaitsReview(i: { status: string; proposedForm: string | null; reportedAtHeldMeeting: boolean }): boolean {
  return isAwaitingReview(i.status) && !(agendaKindFor(i.proposedForm) === 'information' && i.reportedAtHeldMeeting);
}

export type RecommendationFacts = {
  outcome: RecommendationOutcome;
  recommendedForm?: string | null | undefined;
  referredTo?: string | null | undefined;
  justification?: string | null | undefined;
};

export type RecommendationProblem = { path: 'recommendedForm' | 'referredTo' | 'justification'; message: string };

/**
 * What is wrong with a recommendation: a recommended form needs the form (INI-2), a referral needs
 * the committee it goes to (INI-4), and every recommendation needs a justification. A form or a
 * committee given with another outcome would be misleading in the minutes, so it is refused too.
 */
export function recommendationProblems(r: RecommendationFacts): RecommendationProblem[] {
  const problems: RecommendationProblem[] = [];
  const hasForm = r.recommendedForm !== undefined && r.recommendedForm !== null && r.recommendedForm !== '';
  const hasCommittee = r.referredTo !== undefined && r.referredTo !== null && r.referredTo.trim() !== '';
  if (r.outcome === 'form' && !hasForm) problems.push({ path: 'recommendedForm', message: 'validation.required' });
  if (r.outcome === 'form' && hasForm && !isCooperationForm(r.recommendedForm)) {
    problems.push({ path: 'recommendedForm', message: 'validation.form.unknown' });
  }
  if (r.outcome !== 'form' && hasForm) problems.push({ path: 'recommendedForm', message: 'validation.recommendation.notApplicable' });
  if (r.outcome === 'referred' && !hasCommittee) problems.push({ path: 'referredTo', message: 'validation.required' });
  if (r.outcome !== 'referred' && hasCommittee) problems.push({ path: 'referredTo', message: 'validation.recommendation.notApplicable' });
  if (!r.justification || r.justification.trim() === '') problems.push({ path: 'justification', message: 'validation.justification' });
  return problems;
}

/**
 * The order of a newly built agenda: consultation items first, then information items (reported
 * only, INI-3), each oldest initiative first.
 */
export function orderAgenda<T extends { proposedForm: string | null; createdAt: string; id: string }>(
  initiatives: T[],
): (T & { kind: AgendaItemKind; position: number })[] {
  const rank = (kind: AgendaItemKind) => (kind === 'consultation' ? 0 : 1);
  return initiatives
    .map((i) => ({ ...i, kind: agendaKindFor(i.proposedForm) }))
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((i, index) => ({ ...i, position: index + 1 }));
}
