import { z } from 'zod';
import { DECISION_STATUSES } from '../governance/decision.rules';
import { recordVersion } from '../http/number.schemas';
import { INDICATOR_DIRECTIONS, INDICATOR_KINDS, PLAN_PERIOD_KINDS, PLAN_STATUSES, planContentProblems, QUALITATIVE_ASSESSMENTS } from './plan.rules';

const requiredText = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();
// Plan values are counts, shares and amounts; a bound keeps them far inside double precision.
const measureValue = z.number().min(-1_000_000_000_000).max(1_000_000_000_000).nullable().optional();
const planYear = z.number().int().min(1900).max(2200);

/** One of the 17 Agenda 2030 goals (reference data); `namedInAgreement` marks the goals AGR-2 names. */
export const agendaGoalView = z.object({ number: z.number().int(), nameSv: z.string(), nameEn: z.string(), namedInAgreement: z.boolean() });
export type AgendaGoalView = z.infer<typeof agendaGoalView>;
export const agendaGoalList = z.object({ items: z.array(agendaGoalView) });
export type AgendaGoalList = z.infer<typeof agendaGoalList>;

/** A new plan for a cooperation and year (AGR-2): how often it is measured and an optional summary. */
export const createPlanInput = z.strictObject({
  year: planYear,
  periodKind: z.enum(PLAN_PERIOD_KINDS),
  summary: optionalText(10_000),
});
export type CreatePlanInput = z.infer<typeof createPlanInput>;

/** An indicator as sent by the editor; `id` keeps an existing indicator (and what is measured against it). */
export const indicatorInput = z.strictObject({
  id: z.uuid().optional(),
  name: requiredText(500),
  kind: z.enum(INDICATOR_KINDS),
  unit: optionalText(100),
  baseline: measureValue,
  target: measureValue,
  direction: z.enum(INDICATOR_DIRECTIONS).nullable().optional(),
  expectedResult: optionalText(5_000),
});
export type IndicatorInput = z.infer<typeof indicatorInput>;

/** A goal as sent by the editor, optionally serving one Agenda 2030 goal (AGR-2). */
export const goalInput = z.strictObject({
  id: z.uuid().optional(),
  title: requiredText(500),
  description: optionalText(5_000),
  agendaGoal: z.number().int().min(1).max(17).nullable().optional(),
  indicators: z.array(indicatorInput).max(50),
});
export type GoalInput = z.infer<typeof goalInput>;

/**
 * A draft's new content at the version read (stale → 409). `goals`, when sent, replaces the list:
 * goals and indicators sent with their id are kept and changed, those left out are removed.
 */
export const updatePlanInput = z
  .strictObject({
    version: recordVersion,
    periodKind: z.enum(PLAN_PERIOD_KINDS).optional(),
    summary: optionalText(10_000),
    goals: z.array(goalInput).max(50).optional(),
  })
  .superRefine((value, ctx) => {
    for (const p of planContentProblems(value.goals ?? [])) ctx.addIssue({ code: 'custom', path: p.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), message: p.message });
  });
export type UpdatePlanInput = z.infer<typeof updatePlanInput>;

/** Proposing a draft for adoption by the steering body, at the version read. */
export const proposePlanInput = z.strictObject({ version: recordVersion });
export type ProposePlanInput = z.infer<typeof proposePlanInput>;

/** The follow-up assessment of a qualitative indicator of an adopted plan, with its motivation. */
export const assessIndicatorInput = z.strictObject({
  version: recordVersion,
  assessment: z.enum(QUALITATIVE_ASSESSMENTS),
  motivation: requiredText(5_000),
});
export type AssessIndicatorInput = z.infer<typeof assessIndicatorInput>;

export const planIndicatorParams = z.strictObject({ id: z.uuid(), indicatorId: z.uuid() });

export const indicatorView = z.object({
  id: z.uuid(),
  goalId: z.uuid(),
  position: z.number().int(),
  name: z.string(),
  kind: z.enum(INDICATOR_KINDS),
  unit: z.string().nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  direction: z.enum(INDICATOR_DIRECTIONS).nullable(),
  expectedResult: z.string().nullable(),
  assessment: z.enum(QUALITATIVE_ASSESSMENTS).nullable(),
  assessmentMotivation: z.string().nullable(),
});
export type IndicatorView = z.infer<typeof indicatorView>;

export const goalView = z.object({
  id: z.uuid(),
  position: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  agendaGoal: z.number().int().nullable(),
  indicators: z.array(indicatorView),
});
export type GoalView = z.infer<typeof goalView>;

/** The joint decision a plan was last proposed by, and where it stands (IOP-6). */
export const planDecisionView = z.object({ id: z.uuid(), bodyId: z.uuid(), status: z.enum(DECISION_STATUSES) });

/** A plan in a cooperation's list of plans. */
export const planListItemView = z.object({
  id: z.uuid(),
  cooperationId: z.uuid(),
  year: z.number().int(),
  periodKind: z.enum(PLAN_PERIOD_KINDS),
  status: z.enum(PLAN_STATUSES),
  adoptedAt: z.string().nullable(),
  decision: planDecisionView.nullable(),
  goalCount: z.number().int(),
  indicatorCount: z.number().int(),
  version: z.number().int(),
});
export type PlanListItemView = z.infer<typeof planListItemView>;
export const planList = z.object({ items: z.array(planListItemView) });
export type PlanList = z.infer<typeof planList>;

/** One plan with its goals and indicators, the body that adopts it and the decision it was proposed by. */
export const planView = planListItemView.extend({
  summary: z.string().nullable(),
  cooperation: z.object({ id: z.uuid(), caseNumber: z.string(), title: z.string() }),
  body: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  goals: z.array(goalView),
  /** The writer may change the content (a draft, and the caller holds the write permission). */
  editable: z.boolean(),
});
export type PlanView = z.infer<typeof planView>;
