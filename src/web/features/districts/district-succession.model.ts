import { districtCodeFromName } from '../../../shared/organisations/district-history.rules';
import type { DistrictHistoryView, RecordDistrictSuccessionInput } from '../../../shared/organisations/district-history.schemas';

/**
 * The district successions screen's model (AGR-9): districts as dated rows with their successors,
 * and a merger (several districts become one) or split (one becomes several) as the requests the
 * API takes — one per successor, all on the same effective date.
 */

/** A successor in the form: a district that exists, or a new one named here. */
export type SuccessorDraft = { kind: 'existing'; code: string } | { kind: 'new'; nameSv: string };

export type SuccessionDraft = { effectiveOn: string; predecessors: string[]; successors: SuccessorDraft[] };

/** Form fields a message belongs to: the date, the predecessors, or one successor by its place. */
export type SuccessionField = 'effectiveOn' | 'predecessors' | `successors.${number}`;

/** A district as a row of the list: validity, whether it is in force on the day, and its successors by name. */
export type DistrictRow = {
  code: string;
  nameSv: string;
  validFrom: string | null;
  validTo: string | null;
  state: 'inForce' | 'ended' | 'future';
  successors: { code: string; nameSv: string; effectiveOn: string }[];
  predecessors: { code: string; nameSv: string; effectiveOn: string }[];
};

export const emptyDraft = (): SuccessionDraft => ({ effectiveOn: '', predecessors: [], successors: [{ kind: 'existing', code: '' }] });

/** The districts in the register's order, those in force first, with their successors and predecessors named. */
export function districtRows(districts: readonly DistrictHistoryView[], today: string): DistrictRow[] {
  const name = (code: string) => districts.find((d) => d.code === code)?.nameSv ?? code;
  const stateOf = (d: DistrictHistoryView): DistrictRow['state'] =>
    d.validTo !== null && d.validTo < today ? 'ended' : d.validFrom !== null && d.validFrom > today ? 'future' : 'inForce';
  const order: Record<DistrictRow['state'], number> = { inForce: 0, future: 1, ended: 2 };
  return districts
    .map((d) => ({
      code: d.code,
      nameSv: d.nameSv,
      validFrom: d.validFrom,
      validTo: d.validTo,
      state: stateOf(d),
      successors: d.successors.map((s) => ({ code: s.code, nameSv: name(s.code), effectiveOn: s.effectiveOn })),
      predecessors: districts.flatMap((p) => p.successors.filter((s) => s.code === d.code).map((s) => ({ code: p.code, nameSv: p.nameSv, effectiveOn: s.effectiveOn }))),
    }))
    .sort((a, b) => order[a.state] - order[b.state] || a.nameSv.localeCompare(b.nameSv, 'sv'));
}

/** The districts a change can end or hand over to: those not yet ended (an ended one has its successors already). */
export function openDistricts(districts: readonly DistrictHistoryView[]): DistrictHistoryView[] {
  return districts.filter((d) => d.validTo === null).sort((a, b) => a.nameSv.localeCompare(b.nameSv, 'sv'));
}

/**
 * What is missing or contradictory before the change is sent, as message keys by field (the API
 * checks the history itself: dates, cycles, districts already ended). A change with several
 * successors is a split, so it has one predecessor.
 */
/** The message key of a problem the form finds itself. */
export type DraftProblemKey = `districts.problem_${'effectiveOn' | 'predecessors' | 'splitOnePredecessor' | 'successorChoose' | 'successorName' | 'successorNameTaken' | 'ownSuccessor' | 'successorTwice'}`;

export function draftProblems(draft: SuccessionDraft, districts: readonly DistrictHistoryView[] = []): Partial<Record<SuccessionField, DraftProblemKey>> {
  const problems: Partial<Record<SuccessionField, DraftProblemKey>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.effectiveOn)) problems.effectiveOn = 'districts.problem_effectiveOn';
  if (draft.predecessors.length === 0) problems.predecessors = 'districts.problem_predecessors';
  else if (draft.successors.length > 1 && draft.predecessors.length > 1) problems.predecessors = 'districts.problem_splitOnePredecessor';
  const chosen = new Set<string>();
  draft.successors.forEach((s, i) => {
    const field: SuccessionField = `successors.${i}`;
    if (s.kind === 'new') {
      if (s.nameSv.trim() === '') problems[field] = 'districts.problem_successorName';
      // The API names a new district by a code made from its name, and takes a name whose code
      // exists as that district: say so here rather than merge into it unasked.
      else if (districts.some((d) => d.code === districtCodeFromName(s.nameSv))) problems[field] = 'districts.problem_successorNameTaken';
      return;
    }
    if (s.code === '') problems[field] = 'districts.problem_successorChoose';
    else if (draft.predecessors.includes(s.code)) problems[field] = 'districts.problem_ownSuccessor';
    else if (chosen.has(s.code)) problems[field] = 'districts.problem_successorTwice';
    chosen.add(s.code);
  });
  return problems;
}

/** The API requests of a draft without problems: one per successor, in the form's order. */
export function successionRequests(draft: SuccessionDraft): RecordDistrictSuccessionInput[] {
  return draft.successors.map((s) => ({
    effectiveOn: draft.effectiveOn,
    predecessors: [...draft.predecessors],
    successor: s.kind === 'existing' ? { code: s.code } : { nameSv: s.nameSv.trim() },
  }));
}

/** The API's field errors for the request of successor `index`, moved onto the form's fields. */
export function formErrorsOf(fieldErrors: Record<string, string>, index: number): Partial<Record<SuccessionField, string>> {
  const result: Partial<Record<SuccessionField, string>> = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field: SuccessionField | null = path.startsWith('predecessors')
      ? 'predecessors'
      : path.startsWith('successor')
        ? `successors.${index}`
        : path === 'effectiveOn'
          ? 'effectiveOn'
          : null;
    if (field && result[field] === undefined) result[field] = message;
  }
  return result;
}
