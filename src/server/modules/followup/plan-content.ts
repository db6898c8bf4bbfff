import type { GoalInput, IndicatorInput } from '../../../shared/followup/plan.schemas';
import type { Db } from '../../db/database';
import { DomainError, type FieldError } from '../../http/errors';
import { deleteGoals, deleteIndicators, findGoals, findIndicators, insertGoal, insertIndicator, updateGoal, updateIndicator } from './plan.repository';

/** The columns of an indicator from the editor's input, with the other kind's fields cleared (AGR-2). */
function indicatorColumns(input: IndicatorInput, goalId: string, position: number) {
  const quantitative = input.kind === 'quantitative';
  return {
    goal_id: goalId,
    position,
    name: input.name,
    kind: input.kind,
    unit: quantitative ? (input.unit ?? null) : null,
    baseline: quantitative ? (input.baseline ?? null) : null,
    target: quantitative ? (input.target ?? null) : null,
    direction: quantitative ? (input.direction ?? null) : null,
    expected_result: quantitative ? null : (input.expectedResult ?? null),
    assessment: null,
    assessment_motivation: null,
  };
}

/** Field errors for ids that are not this plan's, or sent twice. */
function unknownIds(goals: readonly GoalInput[], goalIds: Set<string>, indicatorIds: Set<string>): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const check = (id: string | undefined, known: Set<string>, path: string, message: string) => {
    if (id === undefined) return;
    if (!known.has(id) || seen.has(id)) errors.push({ path, message });
    seen.add(id);
  };
  goals.forEach((goal, g) => {
    check(goal.id, goalIds, `goals.${g}.id`, 'validation.plan.unknownGoal');
    goal.indicators.forEach((indicator, i) => check(indicator.id, indicatorIds, `goals.${g}.indicators.${i}.id`, 'validation.plan.unknownIndicator'));
  });
  return errors;
}

/**
 * Replaces a draft's goals and indicators with the editor's list, in its order. Goals and
 * indicators sent with their id keep it (an indicator may move to another goal); those left out
 * are removed. Returns how many goals and indicators the plan now has.
 */
export async function replacePlanContent(trx: Db, planId: string, goals: readonly GoalInput[]): Promise<{ goals: number; indicators: number }> {
  const [existingGoals, existingIndicators] = await Promise.all([findGoals(trx, [planId]), findIndicators(trx, [planId])]);
  const errors = unknownIds(goals, new Set(existingGoals.map((g) => g.id)), new Set(existingIndicators.map((i) => i.id)));
  if (errors.length > 0) throw new DomainError('validation_failed', { errors });
  const keptGoals = new Set(goals.flatMap((g) => (g.id ? [g.id] : [])));
  const keptIndicators = new Set(goals.flatMap((g) => g.indicators.flatMap((i) => (i.id ? [i.id] : []))));
  await deleteIndicators(
    trx,
    planId,
    existingIndicators.filter((i) => !keptIndicators.has(i.id)).map((i) => i.id),
  );
  // Kept indicators of a removed goal move first, so removing the goal does not take them along.
  let indicatorCount = 0;
  const goalIdsInOrder: string[] = [];
  for (const [g, goal] of goals.entries()) {
    const columns = { position: g + 1, title: goal.title, description: goal.description ?? null, agenda_goal: goal.agendaGoal ?? null };
    if (goal.id) {
      await updateGoal(trx, planId, goal.id, columns);
      goalIdsInOrder.push(goal.id);
    } else {
      goalIdsInOrder.push(await insertGoal(trx, { plan_id: planId, ...columns }));
    }
  }
  for (const [g, goal] of goals.entries()) {
    const goalId = goalIdsInOrder[g]!;
    for (const [i, indicator] of goal.indicators.entries()) {
      const columns = indicatorColumns(indicator, goalId, i + 1);
      if (indicator.id) await updateIndicator(trx, planId, indicator.id, columns);
      else await insertIndicator(trx, { plan_id: planId, ...columns });
      indicatorCount += 1;
    }
  }
  await deleteGoals(
    trx,
    planId,
    existingGoals.filter((goal) => !keptGoals.has(goal.id)).map((goal) => goal.id),
  );
  return { goals: goals.length, indicators: indicatorCount };
}
