import { describe, expect, it } from 'vitest';
import {
  addMonths,
  answerIsYes,
  assessDemocracy,
  type ConditionAnswer,
  DEMOCRACY_CONDITIONS,
  DEMOCRACY_QUESTIONS,
  democracyStatus,
  EXCLUSION_GROUNDS,
  type ExclusionAnswer,
  mayBecomeEligible,
  mayEditDraft,
  maySignDraft,
  reviewChanges,
  signingProblems,
  storedValueOf,
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

describe('the questions as worded: "Ja" is always the safe answer (DEM-1, DEM-2)', () => {
  it('DEM-1/DEM-2: "Ja" is a met condition and a ground that does not apply, and that is always eligible', () => {
    expect(answerIsYes('conditions', true)).toBe(true);
    expect(answerIsYes('exclusions', false)).toBe(true);
    expect(answerIsYes('exclusions', true)).toBe(false);
    expect(storedValueOf('exclusions', true)).toBe(false);
    expect(storedValueOf('conditions', false)).toBe(false);
    // Nine "Ja" answers stored the way the form stores them are eligible; any one "Nej" is not.
    const yes = (section: 'conditions' | 'exclusions') => storedValueOf(section, true);
    const allYes = {
      conditions: DEMOCRACY_CONDITIONS.map((condition) => ({ condition, met: yes('conditions'), justification: '', evidence: [] })),
      exclusions: EXCLUSION_GROUNDS.map((ground) => ({ ground, applies: yes('exclusions'), justification: '', evidence: [] })),
    };
    expect(assessDemocracy(allYes.conditions, allYes.exclusions)).toBe('eligible');
    for (const [i, q] of DEMOCRACY_QUESTIONS.entries()) {
      const c = allYes.conditions.map((a) => (q.section === 'conditions' && a.condition === q.key ? { ...a, met: storedValueOf('conditions', false) } : a));
      const e = allYes.exclusions.map((a) => (q.section === 'exclusions' && a.ground === q.key ? { ...a, applies: storedValueOf('exclusions', false) } : a));
      expect(assessDemocracy(c, e), `question ${i + 1}`).toBe('not_eligible');
    }
  });

  it('DEM-1/DEM-2: nine questions, the four conditions first', () => {
    expect(DEMOCRACY_QUESTIONS.map((q) => q.requirement)).toEqual(['DEM-1', 'DEM-1', 'DEM-1', 'DEM-1', 'DEM-2', 'DEM-2', 'DEM-2', 'DEM-2', 'DEM-2']);
  });
});

describe('what an assessment needs before hand-over and signing (DEM-1–3)', () => {
  const open = () => ({
    conditions: DEMOCRACY_CONDITIONS.map((condition) => ({ condition, met: null as boolean | null, justification: '', evidence: [] })),
    exclusions: EXCLUSION_GROUNDS.map((ground) => ({ ground, applies: null as boolean | null, justification: '', evidence: [] })),
    basis: '',
  });

  it('DEM-3: every question answered and the basis given', () => {
    const problems = signingProblems(open());
    expect(problems).toHaveLength(10);
    expect(problems[0]).toEqual({ path: 'conditions.0.met', message: 'validation.answer' });
    expect(problems[4]).toEqual({ path: 'exclusions.0.applies', message: 'validation.answer' });
    expect(problems[9]).toEqual({ path: 'basis', message: 'validation.basis' });
  });

  it('DEM-1/DEM-2: an unsafe answer needs a motivation, a safe one does not', () => {
    const content = open();
    content.conditions.forEach((a) => (a.met = true));
    content.exclusions.forEach((a) => (a.applies = false));
    content.basis = 'Stadgar och verksamhetsberättelse';
    expect(signingProblems(content)).toEqual([]);
    content.conditions[1]!.met = false;
    content.exclusions[2]!.applies = true;
    content.exclusions[2]!.justification = ' ';
    expect(signingProblems(content)).toEqual([
      { path: 'conditions.1.justification', message: 'validation.motivation' },
      { path: 'exclusions.2.justification', message: 'validation.motivation' },
    ]);
    content.conditions[1]!.justification = 'Företrädaren har uttalat sig hotfullt';
    content.exclusions[2]!.justification = 'Polisens lägesbild';
    expect(signingProblems(content)).toEqual([]);
  });

  it('DEM-3: the review changes are the answers that differ from the hand-over', () => {
    const before = open();
    before.conditions.forEach((a) => (a.met = true));
    before.exclusions.forEach((a) => (a.applies = false));
    const after = structuredClone(before);
    after.exclusions[1]!.applies = true;
    after.conditions[0]!.justification = 'Bara motiveringen ändrad';
    expect(reviewChanges(before, after)).toEqual([{ section: 'exclusions', key: 'no_identified_need', before: false, after: true }]);
  });
});

describe('who may change and sign an assessment in preparation (DEM-3)', () => {
  const draft = { status: 'draft' as const, createdBy: 'officer', signerId: null };
  const ready = { status: 'ready_for_signing' as const, createdBy: 'officer', signerId: 'manager' };

  it('DEM-3: anyone preparing edits a draft; once handed over only the named manager', () => {
    expect(mayEditDraft(draft, 'another-officer')).toBe('yes');
    expect(mayEditDraft(ready, 'officer')).toBe('not_signer');
    expect(mayEditDraft(ready, 'manager')).toBe('yes');
    expect(mayEditDraft({ ...ready, status: 'returned' }, 'officer')).toBe('yes');
    expect(mayEditDraft({ ...ready, status: 'signed' }, 'manager')).toBe('closed');
  });

  it('DEM-3: a manager signs what was handed to them, or their own draft', () => {
    expect(maySignDraft(ready, 'manager')).toBe('yes');
    expect(maySignDraft(ready, 'another-manager')).toBe('not_signer');
    expect(maySignDraft(draft, 'manager')).toBe('not_signer');
    expect(maySignDraft({ ...draft, createdBy: 'manager' }, 'manager')).toBe('yes');
    expect(maySignDraft({ ...ready, status: 'discarded' }, 'manager')).toBe('closed');
  });
});
