import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_AGENDA_GOALS,
  canAssess,
  chooseSteeringBody,
  cycleYearOfPlan,
  indicatorProblems,
  isContentEditable,
  planAnnexText,
  planContentProblems,
  planStatusAfterDecision,
  proposalProblems,
} from './plan.rules';
import { updatePlanInput } from './plan.schemas';

describe('indicators of an activity plan (AGR-2)', () => {
  it('AGR-2: a quantitative indicator needs a unit and the direction in which it improves', () => {
    expect(indicatorProblems({ name: 'Antal i arbete', kind: 'quantitative' })).toEqual([
      { path: 'unit', message: 'validation.plan.unitRequired' },
      { path: 'direction', message: 'validation.plan.directionRequired' },
    ]);
    expect(indicatorProblems({ name: 'Antal i arbete', kind: 'quantitative', unit: 'personer', direction: 'higher', baseline: 3, target: 8 })).toEqual([]);
    expect(indicatorProblems({ name: 'Antal i arbete', kind: 'quantitative', unit: 'personer', direction: 'lower', expectedResult: 'x' })).toEqual([
      { path: 'expectedResult', message: 'validation.plan.quantitativeNoExpectedResult' },
    ]);
  });

  it('AGR-2: a qualitative indicator needs an expected result and has no unit, baseline, target or direction', () => {
    expect(indicatorProblems({ name: 'Nöjdhet', kind: 'qualitative' })).toEqual([{ path: 'expectedResult', message: 'validation.plan.expectedResultRequired' }]);
    expect(indicatorProblems({ name: 'Nöjdhet', kind: 'qualitative', expectedResult: 'Deltagarna är nöjda', unit: 'st', target: 0 }).map((p) => p.path)).toEqual([
      'unit',
      'target',
    ]);
    expect(indicatorProblems({ name: 'Nöjdhet', kind: 'qualitative', expectedResult: 'Deltagarna är nöjda', unit: null })).toEqual([]);
  });

  it('AGR-2: problems of a whole plan name the goal and indicator', () => {
    const goals = [
      { title: 'A', indicators: [{ name: 'ok', kind: 'qualitative' as const, expectedResult: 'x' }] },
      { title: 'B', indicators: [{ name: 'ok', kind: 'qualitative' as const, expectedResult: 'x' }, { name: 'bad', kind: 'quantitative' as const, unit: 'st' }] },
    ];
    expect(planContentProblems(goals)).toEqual([{ path: 'goals.1.indicators.1.direction', message: 'validation.plan.directionRequired' }]);
    const parsed = updatePlanInput.safeParse({ version: 1, goals });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['goals.1.indicators.1.direction', 'validation.plan.directionRequired']]);
  });

  it('AGR-2: the five Agenda 2030 goals the agreement names', () => {
    expect(AGREEMENT_AGENDA_GOALS).toEqual([1, 4, 5, 8, 10]);
  });
});

describe('a plan’s status (IOP-6)', () => {
  it('IOP-6: only a draft is edited or proposed, and it needs a goal', () => {
    expect(isContentEditable('draft')).toBe(true);
    expect(isContentEditable('proposed')).toBe(false);
    expect(isContentEditable('adopted')).toBe(false);
    expect(proposalProblems({ status: 'draft', goalCount: 0 })).toEqual([{ path: 'goals', message: 'validation.plan.noGoals' }]);
    expect(proposalProblems({ status: 'draft', goalCount: 2 })).toEqual([]);
    expect(proposalProblems({ status: 'adopted', goalCount: 2 })).toHaveLength(1);
  });

  it('IOP-6: the joint decision adopts the plan when decided, sends it back when rejected, and waits otherwise', () => {
    expect(planStatusAfterDecision('decided')).toBe('adopted');
    expect(planStatusAfterDecision('rejected')).toBe('draft');
    expect(planStatusAfterDecision('proposed')).toBe('proposed');
  });

  it('AGR-2: qualitative indicators are assessed only on an adopted plan', () => {
    expect(canAssess({ status: 'adopted' }, { kind: 'qualitative' })).toBe(true);
    expect(canAssess({ status: 'proposed' }, { kind: 'qualitative' })).toBe(false);
    expect(canAssess({ status: 'adopted' }, { kind: 'quantitative' })).toBe(false);
  });

  it('AGR-2: the operative steering group adopts the plan before other active steering groups; working groups never', () => {
    const bodies = [
      { id: '1', type: 'working_group', name: 'Arbetsgrupp', status: 'active' },
      { id: '2', type: 'strategic_steering_group', name: 'Strategisk styrgrupp', status: 'active' },
      { id: '3', type: 'operative_steering_group', name: 'Operativ styrgrupp', status: 'closed' },
      { id: '4', type: 'operative_steering_group', name: 'Operativ styrgrupp', status: 'active' },
    ];
    expect(chooseSteeringBody(bodies)?.id).toBe('4');
    expect(chooseSteeringBody(bodies.slice(0, 3))?.id).toBe('2');
    expect(chooseSteeringBody(bodies.slice(0, 1))).toBeUndefined();
  });

  it('IOP-7: a plan for a year is planned in the autumn of the year before', () => {
    expect(cycleYearOfPlan(2027)).toBe(2026);
  });
});

describe('the annex text generated from an adopted plan (AGR-2, IOP-7)', () => {
  it('AGR-2: lists the Agenda 2030 goals once, each goal with its indicators in order', () => {
    const text = planAnnexText({
      year: 2027,
      periodKind: 'semester',
      summary: 'Fler i arbete.',
      cooperation: { caseNumber: 'AMN 2026-0001', title: 'IOP om arbetsträning' },
      goals: [
        {
          title: 'Fler börjar arbeta',
          description: 'Genom arbetsträning hos arbetsgivare.',
          agendaGoal: { number: 8, name: 'Anständiga arbetsvillkor och ekonomisk tillväxt' },
          indicators: [
            { name: 'Antal som börjat arbeta', kind: 'quantitative', unit: 'personer', baseline: 1200.5, target: null, direction: 'higher' },
            { name: 'Stödet upplevs relevant', kind: 'qualitative', expectedResult: 'De flesta deltagare är nöjda' },
          ],
        },
        { title: 'Mindre ojämlikhet', description: null, agendaGoal: { number: 10, name: 'Minskad ojämlikhet' }, indicators: [] },
        { title: 'Fler arbetsgivare får stöd', description: null, agendaGoal: { number: 8, name: 'Anständiga arbetsvillkor och ekonomisk tillväxt' }, indicators: [] },
      ],
    });
    expect(text.split('\n')).toEqual([
      'Verksamhetsplan 2027 för AMN 2026-0001 IOP om arbetsträning',
      'Uppföljning per termin.',
      '',
      'Fler i arbete.',
      '',
      'Agenda 2030-mål: 8 Anständiga arbetsvillkor och ekonomisk tillväxt, 10 Minskad ojämlikhet.',
      '',
      'Mål och indikatorer',
      '1. Fler börjar arbeta (Agenda 2030-mål 8)',
      '   Genom arbetsträning hos arbetsgivare.',
      '   - Antal som börjat arbeta (kvantitativ; enhet: personer; utgångsvärde: 1\u00a0200,5; mål: saknas; högre är bättre)',
      '   - Stödet upplevs relevant (kvalitativ). Förväntat resultat: De flesta deltagare är nöjda',
      '2. Mindre ojämlikhet (Agenda 2030-mål 10)',
      '   - Inga indikatorer',
      '3. Fler arbetsgivare får stöd (Agenda 2030-mål 8)',
      '   - Inga indikatorer',
    ]);
  });
});
