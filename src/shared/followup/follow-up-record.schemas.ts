import { z } from 'zod';
import { int4FromText, recordVersion } from '../http/number.schemas';
import { governanceBodyTypeSchema } from '../governance/governance.schemas';
import { FOLLOW_UP_KINDS, ROUTINE_ANSWERS } from './follow-up-record.rules';

const requiredText = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();
const isoDate = z.iso.date({ error: 'validation.date' });

export const followUpKindSchema = z.enum(FOLLOW_UP_KINDS);
/** A semester ('2026-H1', '2026-H2') or a year ('2026'), 1900–2200. */
export const followUpPeriodSchema = z
  .string()
  .regex(/^(19\d\d|2[01]\d\d|2200)(-H[12])?$/, { error: 'validation.followUp.period' });

/** One answer to a question of the routine template (AGR-5). */
export const routineAnswerInput = z.strictObject({
  questionId: z.uuid(),
  answer: z.enum(ROUTINE_ANSWERS),
  comment: optionalText(2000),
});

/** Recording a follow-up of a cooperation (AGR-5, IOP-7). */
export const createFollowUpRecordInput = z.strictObject({
  kind: followUpKindSchema,
  period: followUpPeriodSchema,
  bodyId: z.uuid(),
  meetingId: z.uuid().nullable().optional(),
  heldOn: isoDate,
  participants: requiredText(5000),
  results: optionalText(20_000),
  deviations: optionalText(20_000),
  conclusion: requiredText(20_000),
  answers: z.array(routineAnswerInput).max(100).optional(),
});
export type CreateFollowUpRecordInput = z.infer<typeof createFollowUpRecordInput>;

/** Editing a follow-up at the version read; kind, period and body stay as recorded. */
export const updateFollowUpRecordInput = z.strictObject({
  version: recordVersion,
  meetingId: z.uuid().nullable().optional(),
  heldOn: isoDate.optional(),
  participants: requiredText(5000).optional(),
  results: optionalText(20_000),
  deviations: optionalText(20_000),
  conclusion: requiredText(20_000).optional(),
  answers: z.array(routineAnswerInput).max(100).optional(),
});
export type UpdateFollowUpRecordInput = z.infer<typeof updateFollowUpRecordInput>;

const bodyRef = z.object({ id: z.uuid(), name: z.string(), type: governanceBodyTypeSchema });

/** A follow-up as listed on its cooperation. */
export const followUpRecordSummary = z.object({
  id: z.uuid(),
  cooperationId: z.uuid(),
  kind: followUpKindSchema,
  period: z.string(),
  body: bodyRef,
  heldOn: z.string(),
  conclusion: z.string(),
  recordedAt: z.string(),
  version: z.number().int(),
});
export type FollowUpRecordSummary = z.infer<typeof followUpRecordSummary>;

/** An indicator of the cooperation's activity plan for the period's year, shown as context. */
export const planIndicatorContext = z.object({
  id: z.uuid(),
  goal: z.string(),
  name: z.string(),
  kind: z.enum(['quantitative', 'qualitative']),
  unit: z.string().nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  expectedResult: z.string().nullable(),
});
export type PlanIndicatorContext = z.infer<typeof planIndicatorContext>;

/** The activity plan of a year as context for a follow-up: its status and indicators, or none. */
export const followUpPlanContext = z.object({
  year: z.number().int(),
  plan: z.object({ id: z.uuid(), status: z.enum(['draft', 'proposed', 'adopted']) }).nullable(),
  indicators: z.array(planIndicatorContext),
});
export type FollowUpPlanContext = z.infer<typeof followUpPlanContext>;
export const followUpPlanQuery = z.strictObject({
  year: int4FromText().min(1900, { error: 'validation.year' }).max(2200, { error: 'validation.year' }),
});

/** A follow-up with its text, answers and the plan it was held against. */
export const followUpRecordView = followUpRecordSummary.extend({
  meeting: z.object({ id: z.uuid(), meetingDate: z.string() }).nullable(),
  participants: z.string(),
  results: z.string().nullable(),
  deviations: z.string().nullable(),
  template: z.object({ templateId: z.uuid(), keeperBodyId: z.uuid(), versionNumber: z.number().int() }).nullable(),
  answers: z.array(
    z.object({ questionId: z.uuid(), position: z.number().int(), question: z.string(), answer: z.enum(ROUTINE_ANSWERS), comment: z.string().nullable() }),
  ),
  cycleTask: z.object({ id: z.uuid(), cycleYear: z.number().int() }).nullable(),
  recordedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  updatedAt: z.string(),
  plan: followUpPlanContext,
});
export type FollowUpRecordView = z.infer<typeof followUpRecordView>;

/** The routine template as its keeper sees it: the current version's questions and earlier versions (AGR-5). */
export const followUpTemplateView = z.object({
  keeperBodyId: z.uuid(),
  templateId: z.uuid().nullable(),
  currentVersion: z.number().int(),
  questions: z.array(z.object({ id: z.uuid(), position: z.number().int(), text: z.string() })),
  versions: z.array(z.object({ number: z.number().int(), createdAt: z.string(), createdBy: z.string().nullable() })),
  mayEdit: z.boolean(),
  /** The record version to send back when saving; 0 before the first version. */
  version: z.number().int(),
});
export type FollowUpTemplateView = z.infer<typeof followUpTemplateView>;

/** Saving the template makes a new version with these questions (AGR-5). */
export const saveFollowUpTemplateInput = z.strictObject({
  version: recordVersion,
  questions: z.array(requiredText(1000)).min(1, { error: 'validation.followUp.questions' }).max(50),
});
export type SaveFollowUpTemplateInput = z.infer<typeof saveFollowUpTemplateInput>;

/** A cooperation's follow-ups, newest first, with the bodies that may hold them and the routine template. */
export const cooperationFollowUpsView = z.object({
  cooperationId: z.uuid(),
  items: z.array(followUpRecordSummary),
  bodies: z.array(bodyRef),
  template: followUpTemplateView.nullable(),
});
export type CooperationFollowUpsView = z.infer<typeof cooperationFollowUpsView>;

/** The latest strategic follow-up of an agreement's cooperation, the basis for its revision (AGR-5). */
export const agreementStrategicFollowUpView = z.object({
  agreementId: z.uuid(),
  cooperationId: z.uuid(),
  record: followUpRecordSummary.nullable(),
});
export type AgreementStrategicFollowUpView = z.infer<typeof agreementStrategicFollowUpView>;

/** The cooperation's latest follow-up record, linked from the internal review group's follow-up (INI-7). */
export const latestFollowUpRecordRef = z.object({ id: z.uuid(), kind: followUpKindSchema, period: z.string(), heldOn: z.string() }).nullable();
export type LatestFollowUpRecordRef = z.infer<typeof latestFollowUpRecordRef>;
