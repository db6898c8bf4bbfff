import { describe, expect, it } from 'vitest';
import {
  checkAnswers,
  cycleYearCompletedBy,
  holdingBodyTypes,
  JOINT_PREPARATION_GROUP_TYPE,
  mayEditTemplate,
  mayHold,
  periodKindOf,
  periodKindOfText,
  periodMatchesKind,
  semesterOf,
} from './follow-up-record.rules';

describe('follow-up records', () => {
  it('AGR-5: the operative follow-up and the clusters\u2019 routine follow-up are held each semester, the strategic each year', () => {
    expect(periodKindOf('operative_semester')).toBe('semester');
    expect(periodKindOf('cluster_routine')).toBe('semester');
    expect(periodKindOf('strategic_yearly')).toBe('year');
    expect(periodMatchesKind('operative_semester', '2026-H1')).toBe(true);
    expect(periodMatchesKind('operative_semester', '2026')).toBe(false);
    expect(periodMatchesKind('strategic_yearly', '2026')).toBe(true);
    expect(periodMatchesKind('strategic_yearly', '2026-H2')).toBe(false);
    expect(periodMatchesKind('cluster_routine', '2026-H3')).toBe(false);
  });

  it('IOP-7: the IOP steering group follows up once a year', () => {
    expect(periodKindOf('iop_yearly')).toBe('year');
    expect(periodMatchesKind('iop_yearly', '2025')).toBe(true);
    expect(periodMatchesKind('iop_yearly', '2025-H1')).toBe(false);
  });

  it('IOP-7: a yearly follow-up of 2025 completes the spring follow-up task of the 2026 cycle', () => {
    expect(cycleYearCompletedBy('2025')).toBe(2026);
  });

  it('periods are recognised as semesters or years, nothing else', () => {
    expect(periodKindOfText('2026-H2')).toBe('semester');
    expect(periodKindOfText('2026')).toBe('year');
    for (const bad of ['26', '2026-H0', '2026-1', '2026-H1 ', 'H1-2026']) expect(periodKindOfText(bad)).toBeNull();
    expect(semesterOf('2026-06-30')).toBe('2026-H1');
    expect(semesterOf('2026-07-01')).toBe('2026-H2');
  });

  it('AGR-5, IOP-7: each kind is held by its own body', () => {
    expect(mayHold('operative_semester', 'operative_steering_group')).toBe(true);
    expect(mayHold('operative_semester', 'strategic_steering_group')).toBe(false);
    expect(mayHold('strategic_yearly', 'strategic_steering_group')).toBe(true);
    expect(mayHold('cluster_routine', 'cluster')).toBe(true);
    expect(mayHold('cluster_routine', 'review_group')).toBe(false);
    expect(mayHold('iop_yearly', 'steering_group')).toBe(true);
    expect(holdingBodyTypes('iop_yearly')).not.toContain('cluster');
  });

  it('AGR-5: a routine follow-up answers every question of its template version once', () => {
    const questions = ['q1', 'q2'];
    expect(checkAnswers(questions, [{ questionId: 'q1' }, { questionId: 'q2' }])).toEqual({ invalid: [], missing: false });
    expect(checkAnswers(questions, [{ questionId: 'q1' }])).toEqual({ invalid: [], missing: true });
    expect(checkAnswers(questions, [{ questionId: 'q1' }, { questionId: 'q1' }, { questionId: 'x' }, { questionId: 'q2' }])).toEqual({ invalid: [1, 2], missing: false });
  });

  it('AGR-5: the template is kept by the agreement\u2019s joint beredningsgrupp or by governance writers, never by the internal review group\u2019s role', () => {
    expect(JOINT_PREPARATION_GROUP_TYPE).toBe('review_group');
    expect(mayEditTemplate({ writesGovernance: true, memberOfKeeper: false })).toBe(true);
    expect(mayEditTemplate({ writesGovernance: false, memberOfKeeper: true })).toBe(true);
    expect(mayEditTemplate({ writesGovernance: false, memberOfKeeper: false })).toBe(false);
  });
});
