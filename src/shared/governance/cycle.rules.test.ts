import { describe, expect, it } from 'vitest';
import { cycleTasksOf, cycleTaskStatus, hasAnnualCycle, planAnnexTitle } from './cycle.rules';

describe('the annual cycle of a steering group (IOP-7)', () => {
  it('IOP-7: a year has a spring follow-up and an autumn plan for next year', () => {
    expect(cycleTasksOf(2026)).toEqual([
      { kind: 'follow_up', cycleYear: 2026, dueOn: '2026-06-30' },
      { kind: 'plan_next_year', cycleYear: 2026, dueOn: '2026-11-30' },
    ]);
  });

  it('IOP-7: a task is overdue only after its due date and while not done', () => {
    expect(cycleTaskStatus({ dueOn: '2026-06-30', done: false }, '2026-06-30')).toBe('open');
    expect(cycleTaskStatus({ dueOn: '2026-06-30', done: false }, '2026-07-01')).toBe('overdue');
    expect(cycleTaskStatus({ dueOn: '2026-06-30', done: true }, '2026-12-01')).toBe('done');
    expect(cycleTaskStatus({ dueOn: '2026-11-30', done: false }, '2026-01-15')).toBe('open');
  });

  it('IOP-6, IOP-7: only steering groups that govern an IOP keep the cycle', () => {
    expect(hasAnnualCycle({ type: 'steering_group' }, ['iop'])).toBe(true);
    expect(hasAnnualCycle({ type: 'operative_steering_group' }, ['procurement', 'iop'])).toBe(true);
    expect(hasAnnualCycle({ type: 'steering_group' }, [])).toBe(false);
    expect(hasAnnualCycle({ type: 'steering_group' }, ['procurement'])).toBe(false);
    expect(hasAnnualCycle({ type: 'working_group' }, ['iop'])).toBe(false);
  });

  it('IOP-7: the plan adopted in a year is annexed for the year after', () => {
    expect(planAnnexTitle(2026)).toBe('Verksamhetsplan och budget 2027');
  });
});
