import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import {
  basisSchema,
  draftConditionAnswerSchema,
  draftExclusionAnswerSchema,
  evidenceSchema,
  exactlyOnce,
  personSchema,
  reviewChangeSchema,
} from './democracy-answers.schemas';
import { DEMOCRACY_CONDITIONS, DRAFT_STATUSES, EXCLUSION_GROUNDS, OPEN_DRAFT_STATUSES } from './democracy.rules';

const version = recordVersion;

/**
 * The content of an assessment in preparation (DEM-3). Every field may be left out: a new draft
 * starts with nine unanswered questions, and an edit changes only the fields it names. Given
 * answers list every question of their section once, `null` where not yet answered.
 */
const draftContent = {
  conditions: z
    .array(draftConditionAnswerSchema)
    .refine(exactlyOnce(DEMOCRACY_CONDITIONS, 'condition'), { error: 'validation.allConditions' })
    .optional(),
  exclusions: z
    .array(draftExclusionAnswerSchema)
    .refine(exactlyOnce(EXCLUSION_GROUNDS, 'ground'), { error: 'validation.allExclusions' })
    .optional(),
  basis: basisSchema.optional(),
  evidence: z.array(evidenceSchema).max(20).optional(),
  summary: z.string().trim().max(5_000).optional(),
};

export const createDraftInput = z.strictObject(draftContent);
export type CreateDraftInput = z.input<typeof createDraftInput>;

export const updateDraftInput = z.strictObject({ ...draftContent, version });
export type UpdateDraftInput = z.input<typeof updateDraftInput>;

/** The hand-over: the draft is ready, and this manager is asked to review and sign it. */
export const handOverDraftInput = z.strictObject({ signerId: z.uuid({ error: 'validation.signer' }), version });
export type HandOverDraftInput = z.infer<typeof handOverDraftInput>;

/** The manager sends the draft back to be worked on, saying why. */
export const returnDraftInput = z.strictObject({
  comment: z.string().trim().min(1, { error: 'validation.returnComment' }).max(5_000),
  version,
});
export type ReturnDraftInput = z.infer<typeof returnDraftInput>;

export const draftVersionInput = z.strictObject({ version });
export type DraftVersionInput = z.infer<typeof draftVersionInput>;

export const draftStatusSchema = z.enum(DRAFT_STATUSES);

export const democracyDraftView = z.object({
  id: z.uuid(),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  status: draftStatusSchema,
  conditions: z.array(draftConditionAnswerSchema),
  exclusions: z.array(draftExclusionAnswerSchema),
  basis: z.string(),
  evidence: z.array(evidenceSchema),
  summary: z.string(),
  /** What the answers lead to once all are given; null while any is open. */
  result: z.enum(['eligible', 'not_eligible']).nullable(),
  createdBy: personSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The manager it was handed to (also kept after it was sent back). */
  signer: personSchema.nullable(),
  handedOverBy: personSchema.nullable(),
  handedOverAt: z.string().nullable(),
  returnedBy: personSchema.nullable(),
  returnedAt: z.string().nullable(),
  returnComment: z.string().nullable(),
  /** Answers changed since the hand-over (the review's changes), while it awaits signing. */
  changesSinceHandOver: z.array(reviewChangeSchema),
  assessmentId: z.uuid().nullable(),
  version,
});
export type DemocracyDraftView = z.infer<typeof democracyDraftView>;

export const draftListQuery = z.strictObject({
  status: z.enum(OPEN_DRAFT_STATUSES).optional(),
  signerId: z.uuid().optional(),
  createdById: z.uuid().optional(),
});
export type DraftListQuery = z.infer<typeof draftListQuery>;

export const draftListView = z.object({ items: z.array(democracyDraftView) });
export type DraftListView = z.infer<typeof draftListView>;
