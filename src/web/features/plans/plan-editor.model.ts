import type { IndicatorDirection, IndicatorKind } from '../../../shared/followup/plan.rules';
import { planContentProblems } from '../../../shared/followup/plan.rules';
import type { GoalView, UpdatePlanInput } from '../../../shared/followup/plan.schemas';

/** An indicator as the editor holds it: numbers as typed text until saved. */
export type IndicatorDraft = {
  key: string;
  id?: string;
  name: string;
  kind: IndicatorKind;
  unit: string;
  baseline: string;
  target: string;
  direction: IndicatorDirection | '';
  expectedResult: string;
};

/** A goal as the editor holds it. */
export type GoalDraft = { key: string; id?: string; title: string; description: string; agendaGoal: string; indicators: IndicatorDraft[] };

let counter = 0;
/** A key for a row the editor adds, unique within the page. */
export const newKey = (): string => `new-${(counter += 1)}`;

/** The editor's rows from a plan's goals. */
export function toDrafts(goals: readonly GoalView[]): GoalDraft[] {
  return goals.map((g) => ({
    key: g.id,
    id: g.id,
    title: g.title,
    description: g.description ?? '',
    agendaGoal: g.agendaGoal === null ? '' : String(g.agendaGoal),
    indicators: g.indicators.map((i) => ({
      key: i.id,
      id: i.id,
      name: i.name,
      kind: i.kind,
      unit: i.unit ?? '',
      baseline: i.baseline === null ? '' : String(i.baseline),
      target: i.target === null ? '' : String(i.target),
      direction: i.direction ?? '',
      expectedResult: i.expectedResult ?? '',
    })),
  }));
}

/** An empty indicator of a kind; quantitative ones improve upwards unless changed. */
export function emptyIndicator(kind: IndicatorKind): IndicatorDraft {
  return { key: newKey(), name: '', kind, unit: '', baseline: '', target: '', direction: kind === 'quantitative' ? 'higher' : '', expectedResult: '' };
}

/** A typed number with a decimal comma or point; null when empty, NaN when not a number. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The goals as the API takes them. */
export function toGoalInputs(drafts: readonly GoalDraft[]): NonNullable<UpdatePlanInput['goals']> {
  return drafts.map((g) => ({
    ...(g.id ? { id: g.id } : {}),
    title: g.title.trim(),
    description: g.description.trim() === '' ? null : g.description.trim(),
    agendaGoal: g.agendaGoal === '' ? null : Number(g.agendaGoal),
    indicators: g.indicators.map((i) =>
      i.kind === 'quantitative'
        ? {
            ...(i.id ? { id: i.id } : {}),
            name: i.name.trim(),
            kind: i.kind,
            unit: i.unit.trim() === '' ? null : i.unit.trim(),
            baseline: parseDecimal(i.baseline),
            target: parseDecimal(i.target),
            direction: i.direction === '' ? null : i.direction,
          }
        : { ...(i.id ? { id: i.id } : {}), name: i.name.trim(), kind: i.kind, expectedResult: i.expectedResult.trim() === '' ? null : i.expectedResult.trim() },
    ),
  }));
}

/** The web catalogue's keys of the editor's own checks. */
export type DraftProblemKey = 'plans.required' | 'plans.numberInvalid' | 'plans.unitRequired' | 'plans.directionRequired' | 'plans.expectedResultRequired';

const clientMessages: Record<string, DraftProblemKey> = {
  'validation.plan.unitRequired': 'plans.unitRequired',
  'validation.plan.directionRequired': 'plans.directionRequired',
  'validation.plan.expectedResultRequired': 'plans.expectedResultRequired',
};

/**
 * What the editor can tell before saving, as message keys of the web catalogue by field path: the
 * required texts, numbers that are not numbers, and the indicator rules shared with the server (AGR-2).
 */
export function draftProblems(drafts: readonly GoalDraft[]): Record<string, DraftProblemKey> {
  const problems: Record<string, DraftProblemKey> = {};
  drafts.forEach((g, gi) => {
    if (g.title.trim() === '') problems[`goals.${gi}.title`] = 'plans.required';
    g.indicators.forEach((i, ii) => {
      if (i.name.trim() === '') problems[`goals.${gi}.indicators.${ii}.name`] = 'plans.required';
      if (i.kind !== 'quantitative') return;
      for (const field of ['baseline', 'target'] as const) {
        if (Number.isNaN(parseDecimal(i[field]))) problems[`goals.${gi}.indicators.${ii}.${field}`] = 'plans.numberInvalid';
      }
    });
  });
  for (const p of planContentProblems(toGoalInputs(drafts))) problems[p.path] ??= clientMessages[p.message] ?? 'plans.required';
  return problems;
}
