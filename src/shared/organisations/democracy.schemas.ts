import { z } from 'zod';
import { DEMOCRACY_CONDITIONS, EXCLUSION_GROUNDS } from './democracy.rules';
import { democracyStatusSchema } from './organisation.schemas';

const justification = z.string().trim().min(1, { error: 'validation.justification' }).max(5_000);

export const evidenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('document'), documentId: z.uuid() }),
  z.strictObject({ kind: z.literal('url'), url: z.url({ protocol: /^https?$/, error: 'validation.url' }).max(1_000) }),
]);

export const conditionAnswerSchema = z.strictObject({
  condition: z.enum(DEMOCRACY_CONDITIONS),
  met: z.boolean(),
  justification,
  evidence: z.array(evidenceSchema).max(20).default([]),
});

export const exclusionAnswerSchema = z.strictObject({
  ground: z.enum(EXCLUSION_GROUNDS),
  applies: z.boolean(),
  justification,
  evidence: z.array(evidenceSchema).max(20).default([]),
});

const exactlyOnce = <T extends string>(all: readonly T[], key: 'condition' | 'ground') => (answers: Record<string, unknown>[]) =>
  answers.length === all.length && all.every((v) => answers.filter((a) => a[key] === v).length === 1);

export const signAssessmentInput = z.strictObject({
  conditions: z
    .array(conditionAnswerSchema)
    .refine(exactlyOnce(DEMOCRACY_CONDITIONS, 'condition'), { error: 'validation.allConditions' }),
  exclusions: z
    .array(exclusionAnswerSchema)
    .refine(exactlyOnce(EXCLUSION_GROUNDS, 'ground'), { error: 'validation.allExclusions' }),
  summary: z.string().trim().max(5_000).optional(),
});
export type SignAssessmentInput = z.infer<typeof signAssessmentInput>;

export const assessmentView = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  result: z.enum(['eligible', 'not_eligible']),
  conditions: z.array(conditionAnswerSchema),
  exclusions: z.array(exclusionAnswerSchema),
  summary: z.string().nullable(),
  signedBy: z.object({ id: z.uuid(), name: z.string() }),
  signedAt: z.string(),
  validUntil: z.string(),
});
export type AssessmentView = z.infer<typeof assessmentView>;

export const remediationInput = z.strictObject({
  description: z.string().trim().min(1, { error: 'validation.required' }).max(5_000),
  completedOn: z.iso.date({ error: 'validation.date' }),
  evidence: z.array(evidenceSchema).min(1, { error: 'validation.evidence' }).max(20),
});
export type RemediationInput = z.infer<typeof remediationInput>;

export const remediationView = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  description: z.string(),
  completedOn: z.string(),
  evidence: z.array(evidenceSchema),
  recordedBy: z.object({ id: z.uuid(), name: z.string() }),
  recordedAt: z.string(),
});
export type RemediationView = z.infer<typeof remediationView>;

export const democracyOverviewView = z.object({
  status: democracyStatusSchema,
  validUntil: z.string().nullable(),
  mayBecomeEligible: z.boolean(),
  assessments: z.array(assessmentView),
  remediations: z.array(remediationView),
});
export type DemocracyOverviewView = z.infer<typeof democracyOverviewView>;
