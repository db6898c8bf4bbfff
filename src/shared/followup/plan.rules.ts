import type { DecisionStatus } from '../governance/decision.rules';

/** How often a plan's indicators are measured: each semester or once a year (AGR-5). */
export const PLAN_PERIOD_KINDS = ['semester', 'year'] as const;
export type PlanPeriodKind = (typeof PLAN_PERIOD_KINDS)[number];

/** A plan is a draft, proposed to the steering body for adoption, or adopted by its joint decision (IOP-6). */
export const PLAN_STATUSES = ['draft', 'proposed', 'adopted'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** An indicator is counted (quantitative) or described and assessed (qualitative) (AGR-2). */
export const INDICATOR_KINDS = ['quantitative', 'qualitative'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** In which direction a quantitative indicator improves. */
export const INDICATOR_DIRECTIONS = ['higher', 'lower'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** How far a qualitative indicator's expected result was reached. */
export const QUALITATIVE_ASSESSMENTS = ['met', 'partly', 'not_met'] as const;
export type QualitativeAssessment = (typeof QUALITATIVE_ASSESSMENTS)[number];

/** The long-term Agenda 2030 goals the agreement with Arbetsförmedlingen names (AGR-2). */
export const AGREEMENT_AGENDA_GOALS: readonly number[] = [1, 4, 5, 8, 10];

/** An indicator's content as a writer sends it; absent values are undefined or null. */
export type IndicatorContent = {
  name: string;
  kind: IndicatorKind;
  unit?: string | null;
  baseline?: number | null;
  target?: number | null;
  direction?: IndicatorDirection | null;
  expectedResult?: string | null;
};

/** A goal with its indicators as a writer sends it. */
export type GoalContent = { title: string; agendaGoal?: number | null; indicators: readonly IndicatorContent[] };

/** A problem with a field, as a message key at a dotted path. */
export type ContentProblem = { path: string; message: string };

const given = (v: unknown) => v !== undefined && v !== null && v !== '';

/**
 * What is wrong with one indicator (AGR-2): a quantitative indicator needs a unit and the direction
 * in which it improves and has no expected result; a qualitative one needs its expected result and
 * has no unit, baseline, target or direction.
 */
export function indicatorProblems(indicator: IndicatorContent, at = ''): ContentProblem[] {
  const p = (field: string, message: string) => ({ path: `${at}${field}`, message });
  const problems: ContentProblem[] = [];
  if (indicator.kind === 'quantitative') {
    if (!given(indicator.unit)) problems.push(p('unit', 'validation.plan.unitRequired'));
    if (!given(indicator.direction)) problems.push(p('direction', 'validation.plan.directionRequired'));
    if (given(indicator.expectedResult)) problems.push(p('expectedResult', 'validation.plan.quantitativeNoExpectedResult'));
  } else {
    if (!given(indicator.expectedResult)) problems.push(p('expectedResult', 'validation.plan.expectedResultRequired'));
    for (const field of ['unit', 'baseline', 'target', 'direction'] as const) {
      if (given(indicator[field])) problems.push(p(field, 'validation.plan.qualitativeNoMeasure'));
    }
  }
  return problems;
}

/** Every problem of a plan's goals and their indicators, with paths such as `goals.0.indicators.1.unit`. */
export function planContentProblems(goals: readonly GoalContent[]): ContentProblem[] {
  return goals.flatMap((goal, g) => goal.indicators.flatMap((indicator, i) => indicatorProblems(indicator, `goals.${g}.indicators.${i}.`)));
}

/** A plan's goals and indicators may change only while it is a draft; proposed and adopted plans are locked (IOP-6). */
export function isContentEditable(status: PlanStatus): boolean {
  return status === 'draft';
}

/** Only a draft with at least one goal can be proposed for adoption. */
export function proposalProblems(plan: { status: PlanStatus; goalCount: number }): ContentProblem[] {
  if (plan.status !== 'draft') return [{ path: 'status', message: 'validation.plan.notDraft' }];
  return plan.goalCount === 0 ? [{ path: 'goals', message: 'validation.plan.noGoals' }] : [];
}

/** A qualitative indicator is assessed as follow-up, once its plan has been adopted, always with a motivation. */
export function canAssess(plan: { status: PlanStatus }, indicator: { kind: IndicatorKind }): boolean {
  return plan.status === 'adopted' && indicator.kind === 'qualitative';
}

/**
 * What a settled joint decision does to the plan proposed by it (IOP-6): decided adopts it, a
 * party's rejection sends it back to draft, and while votes are missing it stays proposed.
 */
export function planStatusAfterDecision(decision: DecisionStatus): PlanStatus {
  if (decision === 'decided') return 'adopted';
  return decision === 'rejected' ? 'draft' : 'proposed';
}

const STEERING_ORDER = ['operative_steering_group', 'steering_group', 'strategic_steering_group'];

/**
 * The body that adopts a cooperation's plan among the bodies governing it: an active steering
 * group, the operative one first (AGR-2: the operative steering group sets the annual plan), then
 * an IOP's steering group, then a strategic one; ties by name. None when no steering group governs it.
 */
export function chooseSteeringBody<B extends { id: string; type: string; name: string; status: string }>(bodies: readonly B[]): B | undefined {
  return bodies
    .filter((b) => b.status === 'active' && STEERING_ORDER.includes(b.type))
    .sort((a, b) => STEERING_ORDER.indexOf(a.type) - STEERING_ORDER.indexOf(b.type) || a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id))[0];
}

/** The cycle year whose autumn task plans a given plan year (IOP-7: the steering group plans next year in the autumn). */
export function cycleYearOfPlan(planYear: number): number {
  return planYear - 1;
}

/** A plan as the annex text is generated from it. */
export type PlanForAnnex = {
  year: number;
  periodKind: PlanPeriodKind;
  summary: string | null;
  cooperation: { caseNumber: string; title: string };
  goals: readonly {
    title: string;
    description: string | null;
    agendaGoal: { number: number; name: string } | null;
    indicators: readonly (IndicatorContent & { baseline?: number | null; target?: number | null })[];
  }[];
};

const svNumber = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 6 });

function indicatorLine(indicator: PlanForAnnex['goals'][number]['indicators'][number]): string {
  if (indicator.kind === 'qualitative') return `   - ${indicator.name} (kvalitativ). Förväntat resultat: ${indicator.expectedResult ?? ''}`;
  const parts = [
    `enhet: ${indicator.unit ?? ''}`,
    `utgångsvärde: ${indicator.baseline === null || indicator.baseline === undefined ? 'saknas' : svNumber.format(indicator.baseline)}`,
    `mål: ${indicator.target === null || indicator.target === undefined ? 'saknas' : svNumber.format(indicator.target)}`,
    indicator.direction === 'lower' ? 'lägre är bättre' : 'högre är bättre',
  ];
  return `   - ${indicator.name} (kvantitativ; ${parts.join('; ')})`;
}

/**
 * The text of the year's annex generated from an adopted plan (AGR-2, IOP-7): heading, summary,
 * the Agenda 2030 goals it serves, then each goal with its indicators, in the plan's order. The
 * annex is an official document, so it is in Swedish whatever the reader's language.
 */
export function planAnnexText(plan: PlanForAnnex): string {
  const agenda = [...new Map(plan.goals.flatMap((g) => (g.agendaGoal ? [[g.agendaGoal.number, g.agendaGoal.name] as const] : []))).entries()].sort((a, b) => a[0] - b[0]);
  const lines = [
    `Verksamhetsplan ${plan.year} för ${plan.cooperation.caseNumber} ${plan.cooperation.title}`,
    `Uppföljning per ${plan.periodKind === 'semester' ? 'termin' : 'år'}.`,
  ];
  if (plan.summary) lines.push('', plan.summary);
  if (agenda.length > 0) lines.push('', `Agenda 2030-mål: ${agenda.map(([n, name]) => `${n} ${name}`).join(', ')}.`);
  lines.push('', 'Mål och indikatorer');
  plan.goals.forEach((goal, i) => {
    lines.push(`${i + 1}. ${goal.title}${goal.agendaGoal ? ` (Agenda 2030-mål ${goal.agendaGoal.number})` : ''}`);
    if (goal.description) lines.push(`   ${goal.description}`);
    if (goal.indicators.length === 0) lines.push('   - Inga indikatorer');
    for (const indicator of goal.indicators) lines.push(indicatorLine(indicator));
  });
  return lines.join('\n');
}
