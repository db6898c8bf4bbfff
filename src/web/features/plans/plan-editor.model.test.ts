import { describe, expect, it } from 'vitest';
import { draftProblems, emptyIndicator, parseDecimal, toDrafts, toGoalInputs } from './plan-editor.model';

describe('the plan editor’s rows (AGR-2)', () => {
  it('AGR-2: reads decimal commas, leaves empty numbers null and marks text that is no number', () => {
    expect(parseDecimal('3,5')).toBe(3.5);
    expect(parseDecimal(' 1 200 ')).toBe(1200);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('tolv')).toBeNaN();
  });

  it('AGR-2: checks before saving with the rules the server applies', () => {
    const quantitative = { ...emptyIndicator('quantitative'), name: 'Antal', direction: '' as const, baseline: 'x' };
    const qualitative = { ...emptyIndicator('qualitative'), name: '' };
    const goals = [{ key: 'g', title: '', description: '', agendaGoal: '8', indicators: [quantitative, qualitative] }];
    expect(draftProblems(goals)).toEqual({
      'goals.0.title': 'plans.required',
      'goals.0.indicators.0.baseline': 'plans.numberInvalid',
      'goals.0.indicators.0.unit': 'plans.unitRequired',
      'goals.0.indicators.0.direction': 'plans.directionRequired',
      'goals.0.indicators.1.name': 'plans.required',
      'goals.0.indicators.1.expectedResult': 'plans.expectedResultRequired',
    });
  });

  it('AGR-2: a plan read back and sent again keeps its ids and values, each kind with only its own fields', () => {
    const goals = [
      {
        id: '11111111-1111-4111-8111-111111111111',
        position: 1,
        title: 'Arbete',
        description: null,
        agendaGoal: 8,
        indicators: [
          { id: '22222222-2222-4222-8222-222222222222', goalId: '11111111-1111-4111-8111-111111111111', position: 1, name: 'Antal', kind: 'quantitative' as const, unit: 'personer', baseline: 2.5, target: null, direction: 'lower' as const, expectedResult: null, assessment: null, assessmentMotivation: null },
        ],
      },
    ];
    expect(toGoalInputs(toDrafts(goals))).toEqual([
      {
        id: goals[0]!.id,
        title: 'Arbete',
        description: null,
        agendaGoal: 8,
        indicators: [{ id: goals[0]!.indicators[0]!.id, name: 'Antal', kind: 'quantitative', unit: 'personer', baseline: 2.5, target: null, direction: 'lower' }],
      },
    ]);
  });
});
