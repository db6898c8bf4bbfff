import { describe, expect, it } from 'vitest';
import {
  collectiveAgreementShare,
  type ControlProgramme,
  controlFollowUp,
  controlGate,
  controlStatuses,
  programmeInForce,
  type RecordedControl,
  validUntil,
} from './employer-controls.rules';

const control = (code: string, recheckMonths: number | null = null, mayNotApply = false) => ({ code, nameSv: code, nameEn: code, recheckMonths, mayNotApply });
const P2020: ControlProgramme = {
  code: 'inkop-2020',
  name: 'Program för inköp 2020–2023',
  validFrom: '2020-01-01',
  controls: [control('pay'), control('working_hours'), control('taxes', 6), control('collective_agreement', null, true)],
};
const P2027: ControlProgramme = { ...P2020, code: 'inkop-2027', name: 'Nytt program', validFrom: '2027-01-01', controls: [...P2020.controls, control('work_environment')] };
const check = (controlCode: string, checkedOn: string, result: RecordedControl['result'] = 'pass', evidence: string | null = 'Utdrag ur skattekontot'): RecordedControl => ({
  controlCode,
  result,
  checkedOn,
  evidence,
});
const allPassed = (on: string) => P2020.controls.map((c) => check(c.code, on));

describe('the controls of a job partnership (EMP-2)', () => {
  it('EMP-2: the programme in force on a date is the latest that has begun', () => {
    expect(programmeInForce([P2020, P2027], '2019-12-31')).toBeNull();
    expect(programmeInForce([P2027, P2020], '2026-06-01')?.code).toBe('inkop-2020');
    expect(programmeInForce([P2020, P2027], '2027-01-01')?.code).toBe('inkop-2027');
  });

  it('EMP-2: a check holds for its re-check interval, 12 months unless the control says otherwise', () => {
    expect(validUntil(control('pay'), '2026-03-15')).toBe('2027-03-14');
    expect(validUntil(control('taxes', 6), '2026-08-31')).toBe('2027-02-27');
  });

  it('EMP-2: activation needs every control of the programme passed, documented and still valid', () => {
    expect(controlGate([P2020], allPassed('2026-05-01'), '2026-06-01')).toMatchObject({ met: true, requirement: 'EMP-2', unmet: [], programme: 'inkop-2020' });
    const missingOne = controlGate([P2020], allPassed('2026-05-01').slice(1), '2026-06-01');
    expect(missingOne.met).toBe(false);
    expect(missingOne.unmet.map((s) => [s.control.code, s.state])).toEqual([['pay', 'missing']]);
    const failed = controlGate([P2020], [...allPassed('2026-05-01'), check('working_hours', '2026-05-20', 'fail')], '2026-06-01');
    expect(failed.unmet.map((s) => [s.control.code, s.state])).toEqual([['working_hours', 'failed']]);
    const undocumented = controlGate([P2020], [...allPassed('2026-05-01'), check('pay', '2026-05-02', 'pass', '  ')], '2026-06-01');
    expect(undocumented.unmet.map((s) => s.state)).toEqual(['no_evidence']);
    // Six months for taxes: checked in May, expired by December.
    expect(controlGate([P2020], allPassed('2026-05-01'), '2026-12-01').unmet.map((s) => [s.control.code, s.state])).toEqual([['taxes', 'expired']]);
    expect(controlGate([], allPassed('2026-05-01'), '2026-06-01')).toMatchObject({ met: false, programme: null });
  });

  it('EMP-2: "not applicable" passes only a control that allows it', () => {
    const answers = [...allPassed('2026-05-01'), check('collective_agreement', '2026-05-02', 'not_applicable'), check('pay', '2026-05-02', 'not_applicable')];
    expect(controlStatuses(P2020, answers, '2026-06-01').map((s) => [s.control.code, s.state])).toEqual([
      ['pay', 'failed'],
      ['working_hours', 'passed'],
      ['taxes', 'passed'],
      ['collective_agreement', 'passed'],
    ]);
  });

  it('EMP-2: a check made after the day judged does not count on that day', () => {
    expect(controlGate([P2020], allPassed('2026-07-01'), '2026-06-01').unmet.map((s) => s.state)).toEqual(['missing', 'missing', 'missing', 'missing']);
  });

  it('EMP-2: an expired control is due at once and flags the running partnership after the grace period', () => {
    const checks = allPassed('2026-01-10'); // taxes hold to 2026-07-09
    expect(controlFollowUp([P2020], checks, '2026-07-09')).toEqual({ due: [], flagged: false });
    const justExpired = controlFollowUp([P2020], checks, '2026-07-10');
    expect(justExpired.due.map((s) => s.control.code)).toEqual(['taxes']);
    expect(justExpired.flagged).toBe(false);
    expect(controlFollowUp([P2020], checks, '2026-08-08').flagged).toBe(false);
    expect(controlFollowUp([P2020], checks, '2026-08-09').flagged).toBe(true);
    expect(controlFollowUp([P2020], checks, '2026-07-20', 5).flagged).toBe(true);
  });

  it('EMP-2, EMP-3: a failed control flags the partnership at once', () => {
    const checks = [...allPassed('2026-01-10'), check('pay', '2026-03-01', 'fail')];
    expect(controlFollowUp([P2020], checks, '2026-03-01')).toMatchObject({ flagged: true, due: [{ state: 'failed' }] });
  });

  it('EMP-2: a new programme changes the controls from its date; its new control is due, and flags after the grace period', () => {
    const checks = allPassed('2026-12-01');
    expect(controlGate([P2020, P2027], checks, '2026-12-31').met).toBe(true);
    const next = controlFollowUp([P2020, P2027], checks, '2027-01-15');
    expect(next.due.map((s) => [s.control.code, s.state])).toEqual([['work_environment', 'missing']]);
    expect(next.flagged).toBe(false);
    expect(controlFollowUp([P2020, P2027], checks, '2027-01-31').flagged).toBe(true);
  });
});

describe('collective agreements (EMP-2, reported to the committee)', () => {
  it('EMP-2: the share with a collective agreement or equivalent terms among those who answered', () => {
    expect(collectiveAgreementShare(['yes', 'no', 'equivalent_terms', null])).toBe(66.7);
    expect(collectiveAgreementShare([null])).toBeNull();
    expect(collectiveAgreementShare(['no', 'no'])).toBe(0);
  });
});
