import { ASSOCIATION_GRANT_COMMITTEES } from '../cooperations/form-guidance.rules';
import type { RecommendationOutcome } from './review.rules';

/** The committees (codes of the `committee` reference table) that handle association grants (INI-4). */
export const GRANT_COMMITTEES: readonly string[] = ASSOCIATION_GRANT_COMMITTEES;

/**
 * Whether an initiative asks for an association grant (föreningsbidrag): the form-guidance fact
 * `associationGrantRequested` recorded with it is yes. Unknown counts as no: the review group
 * can ask for more information when it is unsure.
 */
export function requestsAssociationGrant(facts: Record<string, unknown> | null | undefined): boolean {
  return facts?.associationGrantRequested === true;
}

export type AssociationGrantProblem = { path: 'outcome' | 'referredTo'; message: string };

/**
 * What the review group may not recommend for an initiative that asks for an association grant
 * (INI-4): grants are not the committee's mandate, so no form of cooperation fits and the
 * initiative is not judged on its merits here either — it must be referred to a committee that
 * handles grants. Asking for more information stays open, since the group may doubt that the
 * initiative really asks for a grant and the proposer can then correct it.
 */
export function associationGrantProblems(
  asksAssociationGrant: boolean,
  r: { outcome: RecommendationOutcome; referredTo?: string | null | undefined },
): AssociationGrantProblem[] {
  if (!asksAssociationGrant) return [];
  if (r.outcome === 'form' || r.outcome === 'not_appropriate') return [{ path: 'outcome', message: 'validation.associationGrant.referOnly' }];
  if (r.outcome === 'referred' && r.referredTo && !GRANT_COMMITTEES.includes(r.referredTo)) {
    return [{ path: 'referredTo', message: 'validation.associationGrant.committee' }];
  }
  return [];
}

/**
 * Whether an initiative may become a cooperation as far as INI-4 goes: never when it asks for an
 * association grant, whatever its status or form (an earlier recommendation included).
 */
export function mayBecomeCooperation(facts: Record<string, unknown> | null | undefined): boolean {
  return !requestsAssociationGrant(facts);
}
