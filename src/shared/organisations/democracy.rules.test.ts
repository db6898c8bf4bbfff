import { describe, expect, it } from 'vitest';
import {
  addMonths,
  assessDemocracy,
  type ConditionAnswer,
  DEMOCRACY_CONDITIONS,
  democracyStatus,
  EXCLUSION_GROUNDS,
  type ExclusionAnswer,
  mayBecomeEligible,
} from './democracy.rules';

const conditions = (met = true): ConditionAnswer[] =>
  DEMOCRACY_CONDITIONS.map((condition) => ({ condition, met, justification: 'Bedömt', evidence: [] }));
const exclusions = (applies = false): ExclusionAnswer[] =>
  EXCLUSION_GROUNDS.map((ground) => ({ ground, applies, justification: 'Bedömt', evidence: [] }));

describe('democracy assessment (DEM-1, DEM-2)', () => {
  it('DEM-1/DEM-2: eligible when all four conditions are met and no ground applies', () => {
    expect(assessDemocracy(conditions(), exclusions())).toBe('eligible');
  });

  it('DEM-1: one unmet condition makes the organisation not eligible', () => {
    const answers = conditions();
    answers[1] = { ...answers[1]!, met: false };
    expect(assessDemocracy(answers, exclusions())).toBe('not_eligible');
  });

  it('DEM-2: one applying exclusion ground makes it not eligible', () => {
    const answers = exclusions();
    answers[3] = { ...answers[3]!, applies: true };
    expect(assessDemocracy(conditions(), answers)).toBe('not_eligible');
  });

  it('DEM-1: an unanswered condition never counts as met', () => {
    expect(assessDemocracy(conditions().slice(0, 3), exclusions())).toBe('not_eligible');
  });
});

describe('democracy status (DEM-3, DEM-4)', () => {
  const eligible = { id: 'a', result: 'eligible' as const, signedAt: '2026-01-15T10:00:00Z', validUntil: '2027-01-15' };

  it('DEM-3: not assessed without a signed assessment', () => {
    expect(democracyStatus({ assessments: [] }, '2026-06-01')).toBe('not_assessed');
  });

  it('DEM-3: eligible through the validity date, expired the day after', () => {
    expect(democracyStatus({ assessments: [eligible] }, '2027-01-15')).toBe('eligible');
    expect(democracyStatus({ assessments: [eligible] }, '2027-01-16')).toBe('expired');
  });

  it('DEM-3: the newest assessment decides, and assessments after the date are ignored', () => {
    const later = { id: 'b', result: 'not_eligible' as const, signedAt: '2026-05-01T10:00:00Z', validUntil: '2027-05-01' };
    expect(democracyStatus({ assessments: [eligible, later] }, '2026-06-01')).toBe('not_eligible');
    expect(democracyStatus({ assessments: [eligible, later] }, '2026-03-01')).toBe('eligible');
  });

  it('DEM-4: after a not-eligible assessment, eligibility needs a remediation recorded afterwards and completed', () => {
    const failed = { id: 'b', result: 'not_eligible' as const, signedAt: '2026-05-01T10:00:00Z', validUntil: '2027-05-01' };
    expect(mayBecomeEligible({ assessments: [failed], remediations: [] }, '2026-06-01')).toBe(false);
    const before = { id: 'r0', completedOn: '2026-04-01', recordedAt: '2026-04-02T00:00:00Z' };
    expect(mayBecomeEligible({ assessments: [failed], remediations: [before] }, '2026-06-01')).toBe(false);
    const future = { id: 'r1', completedOn: '2026-07-01', recordedAt: '2026-05-10T00:00:00Z' };
    expect(mayBecomeEligible({ assessments: [failed], remediations: [future] }, '2026-06-01')).toBe(false);
    const done = { id: 'r2', completedOn: '2026-05-20', recordedAt: '2026-05-21T00:00:00Z' };
    expect(mayBecomeEligible({ assessments: [failed], remediations: [done] }, '2026-06-01')).toBe(true);
    expect(mayBecomeEligible({ assessments: [eligible], remediations: [] }, '2026-06-01')).toBe(true);
  });

  it('adds months clamping to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-22', 12)).toBe('2027-11-22');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});
