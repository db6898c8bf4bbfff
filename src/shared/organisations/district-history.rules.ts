import { addDays } from '../lifecycle/termination.rules';

/**
 * Districts as dated reference data with successors (AGR-9). A district's unit is carried on by its
 * successors from the succession's effective date: a merger has several predecessors and one
 * successor, a split one predecessor and several successors. Reports across years count a record
 * under the unit in force at the report date, so the history is not lost when districts change.
 * Dates are ISO `YYYY-MM-DD` strings, which compare in calendar order.
 */

/** A district with the days it is in force; `null` leaves that end open. */
export interface DatedDistrict {
  code: string;
  validFrom: string | null;
  validTo: string | null;
}

/** That `predecessorCode`'s unit is carried on by `successorCode` from `effectiveOn`. */
export interface DistrictSuccession {
  predecessorCode: string;
  successorCode: string;
  effectiveOn: string;
}

/** The districts and successions, read as one history. */
export interface DistrictHistory {
  /** The district code(s) that carry `code`'s unit on `onDate`, following successions transitively. */
  currentUnitOf(code: string, onDate: string): string[];
  /**
   * The one unit a record with `code` is counted under in a report at `reportDate`. A record from a
   * district that has been split cannot be divided between the successors, so it stays under the
   * code it was recorded with.
   */
  reportingUnitOf(code: string, reportDate: string): string;
  /** The distinct reporting units of a record that names several districts, so it is counted once per unit. */
  reportingUnitsOf(codes: readonly string[], reportDate: string): string[];
  /** The successions recorded from `code`. */
  successorsOf(code: string): DistrictSuccession[];
  /** Whether `code` is in force on `onDate`. */
  isValidOn(code: string, onDate: string): boolean;
}

/** Whether a district is in force on a day. */
export function districtValidOn(district: Pick<DatedDistrict, 'validFrom' | 'validTo'>, onDate: string): boolean {
  return (district.validFrom === null || district.validFrom <= onDate) && (district.validTo === null || onDate <= district.validTo);
}

/** The last day a predecessor is in force when its successors take over on `effectiveOn`. */
export function closingDateFor(effectiveOn: string): string {
  return addDays(effectiveOn, -1);
}

/** Reads districts and successions as one history (the successions are assumed acyclic, see `validateSuccession`). */
export function districtHistory(districts: readonly DatedDistrict[], successions: readonly DistrictSuccession[]): DistrictHistory {
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const outgoing = new Map<string, DistrictSuccession[]>();
  for (const s of successions) outgoing.set(s.predecessorCode, [...(outgoing.get(s.predecessorCode) ?? []), s]);

  function currentUnitOf(code: string, onDate: string): string[] {
    const result = new Set<string>();
    const seen = new Set<string>();
    const walk = (current: string): void => {
      // A cycle cannot be stored through validation; the guard keeps a damaged history from looping.
      if (seen.has(current)) return;
      seen.add(current);
      const next = (outgoing.get(current) ?? []).filter((s) => s.effectiveOn <= onDate);
      if (next.length === 0) {
        result.add(current);
        return;
      }
      for (const s of next) walk(s.successorCode);
    };
    walk(code);
    return [...result].sort();
  }

  function reportingUnitOf(code: string, reportDate: string): string {
    const units = currentUnitOf(code, reportDate);
    return units.length === 1 ? units[0]! : code;
  }

  return {
    currentUnitOf,
    reportingUnitOf,
    reportingUnitsOf: (codes, reportDate) => [...new Set(codes.map((c) => reportingUnitOf(c, reportDate)))].sort(),
    successorsOf: (code) => outgoing.get(code) ?? [],
    isValidOn: (code, onDate) => {
      const district = byCode.get(code);
      return district !== undefined && districtValidOn(district, onDate);
    },
  };
}

/** A merger or a split as an administrator records it: the predecessors' unit goes to one successor. */
export interface SuccessionProposal {
  effectiveOn: string;
  predecessors: readonly string[];
  /** The successor's code; `isNew` when it is created by this change (valid from `effectiveOn`). */
  successor: { code: string; isNew: boolean };
}

/** Why a proposed succession cannot be recorded, with the field it concerns. */
export interface SuccessionProblem {
  path: string;
  message:
    | 'validation.district.unknown'
    | 'validation.district.duplicate'
    | 'validation.district.ownSuccessor'
    | 'validation.district.beforeValidFrom'
    | 'validation.district.alreadyEnded'
    | 'validation.district.successorNotValid'
    | 'validation.district.successionCycle'
    | 'validation.code.taken';
}

/**
 * The problems with recording a succession: every predecessor must be a known district that began
 * before the effective date and is still in force the day before it (or was closed that very day by
 * the same change, as when a split is recorded one successor at a time); an existing successor must
 * be in force on the effective date; and no district may end up succeeding itself.
 */
export function validateSuccession(
  districts: readonly DatedDistrict[],
  successions: readonly DistrictSuccession[],
  proposal: SuccessionProposal,
): SuccessionProblem[] {
  const problems: SuccessionProblem[] = [];
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const closing = closingDateFor(proposal.effectiveOn);
  const { successor } = proposal;

  const existingSuccessor = byCode.get(successor.code);
  if (successor.isNew && existingSuccessor) problems.push({ path: 'successor.code', message: 'validation.code.taken' });
  if (!successor.isNew) {
    if (!existingSuccessor) problems.push({ path: 'successor.code', message: 'validation.district.unknown' });
    else if (!districtValidOn(existingSuccessor, proposal.effectiveOn)) {
      problems.push({ path: 'successor.code', message: 'validation.district.successorNotValid' });
    }
  }

  const seen = new Set<string>();
  proposal.predecessors.forEach((code, i) => {
    const path = `predecessors.${i}`;
    if (seen.has(code)) return problems.push({ path, message: 'validation.district.duplicate' });
    seen.add(code);
    if (code === successor.code) return problems.push({ path, message: 'validation.district.ownSuccessor' });
    const predecessor = byCode.get(code);
    if (!predecessor) return problems.push({ path, message: 'validation.district.unknown' });
    if (predecessor.validFrom !== null && proposal.effectiveOn <= predecessor.validFrom) {
      return problems.push({ path, message: 'validation.district.beforeValidFrom' });
    }
    if (successions.some((s) => s.predecessorCode === code && s.successorCode === successor.code)) {
      return problems.push({ path, message: 'validation.district.duplicate' });
    }
    if (predecessor.validTo !== null && predecessor.validTo !== closing) {
      return problems.push({ path, message: 'validation.district.alreadyEnded' });
    }
    if (!successor.isNew && reaches(successions, successor.code, code)) {
      return problems.push({ path, message: 'validation.district.successionCycle' });
    }
    return undefined;
  });
  return problems;
}

/** Whether `to` can be reached from `from` along recorded successions (any date). */
function reaches(successions: readonly DistrictSuccession[], from: string, to: string): boolean {
  const stack = [from];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current === to) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    for (const s of successions) if (s.predecessorCode === current) stack.push(s.successorCode);
  }
  return false;
}

/**
 * The code a new district gets from its Swedish name (`Norra innerstaden` → `norra_innerstaden`),
 * one rule for the API that records a succession and the form that warns before it is sent.
 */
export function districtCodeFromName(nameSv: string): string {
  return nameSv
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
}
