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
 * consulted (INI-2). One that asks for an association grant is always consulted, informal or not:
 * the group must refer it to a committee that handles grants (INI-4), which reporting cannot do.
 */
export function agendaKindFor(proposedForm: string | null, asksAssociationGrant = false): AgendaItemKind {
  if (asksAssociationGrant) return 'consultation';
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
export function awaitsReview(i: { status: string; proposedForm: string | null; reportedAtHeldMeeting: boolean; asksAssociationGrant?: boolean }): boolean {
  return isAwaitingReview(i.status) && !(agendaKindFor(i.proposedForm, i.asksAssociationGrant) === 'information' && i.reportedAtHeldMeeting);
}

/** The review group's judgement that a cooperation adds value and complements the administration's basic mission (FRM-2). */
export type AddedValue = { affirmed: boolean; justification: string };

export type RecommendationFacts = {
  outcome: RecommendationOutcome;
  recommendedForm?: string | null | undefined;
  referredTo?: string | null | undefined;
  justification?: string | null | undefined;
  addedValue?: AddedValue | null | undefined;
};

export type RecommendationProblem = {
  path: 'recommendedForm' | 'referredTo' | 'justification' | 'addedValue' | 'addedValue.affirmed';
  message: string;
};

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
  problems.push(...addedValueProblems(r));
  return problems;
}

/**
 * FRM-2: a formal form is recommended only with the group's motivated judgement that the
 * cooperation adds value and complements the administration's basic mission (for an IOP: an
 * activity that otherwise might not be offered to Stockholmers). A judgement that it does not
 * add value contradicts recommending the form — the outcome is then "not appropriate". For
 * informal cooperation the judgement may be given; with other outcomes it would mislead.
 */
function addedValueProblems(r: RecommendationFacts): RecommendationProblem[] {
  const given = r.addedValue !== undefined && r.addedValue !== null;
  if (r.outcome !== 'form') return given ? [{ path: 'addedValue', message: 'validation.recommendation.notApplicable' }] : [];
  if (!given) return isCooperationForm(r.recommendedForm) && isFormalForm(r.recommendedForm) ? [{ path: 'addedValue', message: 'validation.addedValue.required' }] : [];
  return r.addedValue?.affirmed ? [] : [{ path: 'addedValue.affirmed', message: 'validation.addedValue.notAffirmed' }];
}

/**
 * The order of a newly built agenda: consultation items first, then information items (reported
 * only, INI-3), each oldest initiative first.
 */
export function orderAgenda<T extends { proposedForm: string | null; createdAt: string; id: string; asksAssociationGrant?: boolean }>(
  initiatives: T[],
): (T & { kind: AgendaItemKind; position: number })[] {
  const rank = (kind: AgendaItemKind) => (kind === 'consultation' ? 0 : 1);
  return initiatives
    .map((i) => ({ ...i, kind: agendaKindFor(i.proposedForm, i.asksAssociationGrant) }))
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((i, index) => ({ ...i, position: index + 1 }));
}
