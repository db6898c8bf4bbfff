import { addDays, addMonths } from '../lifecycle/termination.rules';

/**
 * The controls of an employer in a job partnership or a job track (EMP-2, 004): as extensive as
 * for procured suppliers under the city's procurement programme in force. The catalogue is dated
 * reference data — a programme and its controls, valid from a date — so a new programme changes
 * the controls from its date without code. These rules judge what is recorded against the
 * catalogue in force: whether a partnership may become active, what is due for a new check, and
 * when an expired control flags a running partnership.
 */

/** A control's result as the checker records it. */
export const CONTROL_RESULTS = ['pass', 'fail', 'not_applicable'] as const;
export type ControlResult = (typeof CONTROL_RESULTS)[number];

/** Whether the employer has a collective agreement, recorded apart because the committee reports on it (EMP-2). */
export const COLLECTIVE_AGREEMENT_ANSWERS = ['yes', 'no', 'equivalent_terms'] as const;
export type CollectiveAgreementAnswer = (typeof COLLECTIVE_AGREEMENT_ANSWERS)[number];

/** The re-check interval when a control of the catalogue names none. */
export const DEFAULT_RECHECK_MONTHS = 12;
/** Days an expired control may wait for its new check before it flags the partnership. */
export const DEFAULT_GRACE_DAYS = 30;

/** One control of a programme: what is checked, and how long a check holds. */
export type ControlDefinition = {
  code: string;
  nameSv: string;
  nameEn: string;
  /** Months a passing check holds; null means the default. */
  recheckMonths: number | null;
  /** Whether "not applicable" is an acceptable answer (e.g. no collective-agreement sector). */
  mayNotApply: boolean;
};

/** A procurement programme (e.g. "Program för inköp 2020–2023") and its controls, in force from a date. */
export type ControlProgramme = { code: string; name: string; validFrom: string; controls: readonly ControlDefinition[] };

/** A check of one control as recorded: its result, when it was made, and the evidence behind it. */
export type RecordedControl = {
  controlCode: string;
  result: ControlResult;
  checkedOn: string;
  /** A document or a reference (e.g. an extract of the tax account); a check without one proves nothing. */
  evidence: string | null;
};

/** The programme in force on a date: the one with the latest start on or before it, if any. */
export function programmeInForce(programmes: readonly ControlProgramme[], onDate: string): ControlProgramme | null {
  let current: ControlProgramme | null = null;
  for (const p of programmes) {
    if (p.validFrom <= onDate && (current === null || p.validFrom > current.validFrom)) current = p;
  }
  return current;
}

/** The last day a check holds: its day plus the control's re-check interval, less a day. */
export function validUntil(control: Pick<ControlDefinition, 'recheckMonths'>, checkedOn: string): string {
  return addDays(addMonths(checkedOn, control.recheckMonths ?? DEFAULT_RECHECK_MONTHS), -1);
}

export type ControlState = 'missing' | 'passed' | 'failed' | 'expired' | 'no_evidence';

/** A control of the catalogue with the state of its latest check on a date. */
export type ControlStatus = { control: ControlDefinition; state: ControlState; validUntil: string | null };

/**
 * The state of every control of the programme on a date from the checks recorded (the latest per
 * control counts): missing (never checked), failed, expired (its interval has run out), without
 * evidence, or passed. "Not applicable" passes only where the control allows it. Of two checks on
 * one day the later in the list counts, so callers pass them in the order they were recorded.
 */
export function controlStatuses(programme: ControlProgramme, checks: readonly RecordedControl[], onDate: string): ControlStatus[] {
  return programme.controls.map((control) => {
    const latest = checks
      .filter((c) => c.controlCode === control.code && c.checkedOn <= onDate)
      .reduce<RecordedControl | null>((best, c) => (best === null || c.checkedOn >= best.checkedOn ? c : best), null);
    if (!latest) return { control, state: 'missing', validUntil: null };
    const until = validUntil(control, latest.checkedOn);
    if (latest.result === 'fail' || (latest.result === 'not_applicable' && !control.mayNotApply)) return { control, state: 'failed', validUntil: until };
    if (latest.evidence === null || latest.evidence.trim() === '') return { control, state: 'no_evidence', validUntil: until };
    if (until < onDate) return { control, state: 'expired', validUntil: until };
    return { control, state: 'passed', validUntil: until };
  });
}

/** The activation gate's verdict (EMP-2): met only when every control of the programme in force has passed. */
export type ControlGate = { met: boolean; requirement: 'EMP-2'; unmet: ControlStatus[]; programme: string | null };

/**
 * Whether a job partnership may become active on a date (EMP-2): a programme must be in force, and
 * every one of its controls must have a passing, documented check that still holds.
 */
export function controlGate(programmes: readonly ControlProgramme[], checks: readonly RecordedControl[], onDate: string): ControlGate {
  const programme = programmeInForce(programmes, onDate);
  if (!programme) return { met: false, requirement: 'EMP-2', unmet: [], programme: null };
  const unmet = controlStatuses(programme, checks, onDate).filter((s) => s.state !== 'passed');
  return { met: unmet.length === 0, requirement: 'EMP-2', unmet, programme: programme.code };
}

/** What an expired or failing control means for a running partnership on a date. */
export type ControlFollowUp = { due: ControlStatus[]; flagged: boolean };

/**
 * A running partnership's controls on a date (EMP-2): the controls due for a new check (expired,
 * failed, missing under a new programme, or without evidence), and whether the partnership is
 * flagged — a control that failed, or one expired (or added by a new programme) longer ago than
 * the grace period.
 */
export function controlFollowUp(
  programmes: readonly ControlProgramme[],
  checks: readonly RecordedControl[],
  onDate: string,
  graceDays = DEFAULT_GRACE_DAYS,
): ControlFollowUp {
  const programme = programmeInForce(programmes, onDate);
  if (!programme) return { due: [], flagged: false };
  const due = controlStatuses(programme, checks, onDate).filter((s) => s.state !== 'passed');
  // A control a new programme added has been due since the programme's first day.
  const overdue = (s: ControlStatus) =>
    (s.state === 'expired' && s.validUntil !== null && addDays(s.validUntil, graceDays) < onDate) ||
    (s.state === 'missing' && addDays(programme.validFrom, graceDays - 1) < onDate);
  const flagged = due.some((s) => s.state === 'failed' || overdue(s));
  return { due, flagged };
}

/** The share of employers with a collective agreement or equivalent terms, in per cent with one decimal; null without answers. */
export function collectiveAgreementShare(answers: readonly (CollectiveAgreementAnswer | null)[]): number | null {
  const given = answers.filter((a): a is CollectiveAgreementAnswer => a !== null);
  if (given.length === 0) return null;
  const covered = given.filter((a) => a === 'yes' || a === 'equivalent_terms').length;
  return Math.round((covered / given.length) * 1000) / 10;
}
