import { z } from 'zod';
import {
  basisSchema,
  conditionAnswerSchema,
  evidenceListSchema,
  evidenceSchema,
  exactlyOnce,
  exclusionAnswerSchema,
  pathSegments,
  personSchema,
  reviewChangeSchema,
} from './democracy-answers.schemas';
import { DEMOCRACY_CONDITIONS, EXCLUSION_GROUNDS, signingProblems } from './democracy.rules';
import { democracyDraftView } from './democracy-draft.schemas';
import { democracyStatusSchema } from './organisation.schemas';

/**
 * A manager's assessment prepared and signed in one step (DEM-1–3), e.g. by an integration:
 * the nine answers, a motivation for every unsafe one, and the basis.
 */
export const signAssessmentInput = z
  .strictObject({
    conditions: z
      .array(conditionAnswerSchema)
      .refine(exactlyOnce(DEMOCRACY_CONDITIONS, 'condition'), { error: 'validation.allConditions' }),
    exclusions: z
      .array(exclusionAnswerSchema)
      .refine(exactlyOnce(EXCLUSION_GROUNDS, 'ground'), { error: 'validation.allExclusions' }),
    basis: basisSchema.default(''),
    evidence: evidenceListSchema,
    summary: z.string().trim().max(5_000).optional(),
  })
  .superRefine((value, ctx) => {
    for (const p of signingProblems(value)) ctx.addIssue({ code: 'custom', path: pathSegments(p.path), message: p.message });
  });
export type SignAssessmentInput = z.input<typeof signAssessmentInput>;
export type SignAssessmentData = z.output<typeof signAssessmentInput>;

export const assessmentView = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  result: z.enum(['eligible', 'not_eligible']),
  conditions: z.array(conditionAnswerSchema),
  exclusions: z.array(exclusionAnswerSchema),
  /** Null for assessments signed before the common basis was asked for (each answer was motivated then). */
  basis: z.string().nullable(),
  evidence: z.array(evidenceSchema),
  summary: z.string().nullable(),
  preparedBy: personSchema,
  preparedAt: z.string(),
  signedBy: personSchema,
  signedAt: z.string(),
  validUntil: z.string(),
  /** Answers the signing manager changed after the assessment was handed over. */
  reviewChanges: z.array(reviewChangeSchema),
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
  recordedBy: personSchema,
  recordedAt: z.string(),
});
export type RemediationView = z.infer<typeof remediationView>;

export const democracyOverviewView = z.object({
  status: democracyStatusSchema,
  validUntil: z.string().nullable(),
  mayBecomeEligible: z.boolean(),
  /** The assessment in preparation, if any; it never counts for the status. */
  draft: democracyDraftView.nullable(),
  assessments: z.array(assessmentView),
  remediations: z.array(remediationView),
});
export type DemocracyOverviewView = z.infer<typeof democracyOverviewView>;
