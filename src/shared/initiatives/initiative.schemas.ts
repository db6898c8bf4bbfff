import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { COOPERATION_FORMS, INITIATIVE_STATUSES } from '../cooperations/forms';
import { pageOf, pageQuery } from '../http/pagination.schemas';
import { registryNumberField } from '../cooperations/registry-number.schemas';
import { orgNumberSchema, organisationKindSchema } from '../organisations/organisation.schemas';

export const INITIATIVE_ORIGINS = ['external', 'internal'] as const;
export const initiativeOriginSchema = z.enum(INITIATIVE_ORIGINS);
export const initiativeStatusSchema = z.enum(INITIATIVE_STATUSES);
export const cooperationFormSchema = z.enum(COOPERATION_FORMS);
export const submittedViaSchema = z.enum(['staff', 'public_form']);

/** The facts object may hold what the form-guidance panel collected, but never unbounded data. */
export const MAX_FACTS_JSON_LENGTH = 20_000;

const requiredText = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max);
const codes = (max: number) => z.array(z.string().trim().min(1, { error: 'validation.required' }).max(100)).max(max);
// numeric(14, 2) in the database: amounts stay well inside it, and never below zero.
const money = z.number().min(0, { error: 'validation.money' }).max(100_000_000_000, { error: 'validation.money' }).nullable().optional();

/** Facts for form guidance, kept as the guidance panel sends them, bounded in size. */
export const initiativeFactsSchema = z
  .record(z.string().max(100), z.unknown())
  .refine((facts) => JSON.stringify(facts).length <= MAX_FACTS_JSON_LENGTH, { error: 'validation.facts.tooLarge' });

const initiativeFields = {
  title: requiredText(300),
  origin: initiativeOriginSchema,
  /** Description of need and purpose, the brief the review group reads (INI-1). */
  brief: requiredText(20_000),
  /** Organisations from the register; a new one is registered first (POST /api/organisations). */
  organisationIds: z.array(z.uuid()).max(20).optional(),
  targetGroups: codes(30).optional(),
  /** Area codes from the INI-8 taxonomy (top-level areas or sub-areas). */
  areas: codes(50).optional(),
  /** The administration's unit the initiative comes from or belongs to. */
  unitCode: z.string().trim().min(1).max(100).nullable().optional(),
  proposedForm: cooperationFormSchema.nullable().optional(),
  expectedCompensationSek: money,
  estimatedValueSek: money,
  intendedDurationMonths: z.number().int().min(1, { error: 'validation.duration' }).max(600, { error: 'validation.duration' }).nullable().optional(),
  facts: initiativeFactsSchema.optional(),
  /** The registry's own number (diarienummer), when the case is registered there. */
  registryNumber: registryNumberField.optional(),
};

export const createInitiativeInput = z.strictObject(initiativeFields);
export type CreateInitiativeInput = z.infer<typeof createInitiativeInput>;

export const updateInitiativeInput = createInitiativeInput.partial().extend({ version: recordVersion });
export type UpdateInitiativeInput = z.infer<typeof updateInitiativeInput>;

const statusList = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').filter((s) => s !== '') : v),
  z.array(initiativeStatusSchema).max(INITIATIVE_STATUSES.length),
);

export const initiativeQuery = pageQuery.extend({
  q: z.string().trim().max(200).optional(),
  /** One status, several (`status=a&status=b` or `status=a,b`), or none for every status. */
  status: statusList.optional(),
  origin: initiativeOriginSchema.optional(),
  /** An area; its sub-areas match too. */
  area: z.string().trim().max(100).optional(),
  targetGroup: z.string().trim().max(100).optional(),
  organisationId: z.uuid().optional(),
});
export type InitiativeQuery = z.infer<typeof initiativeQuery>;

/** Who proposed an initiative through the public form: the organisation and one contact. */
export const proposerView = z.object({
  organisationName: z.string(),
  orgNumber: z.string().nullable(),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string().nullable(),
});
export type ProposerView = z.infer<typeof proposerView>;

export const initiativeView = z.object({
  id: z.uuid(),
  /** The readable number people refer to it by, `INI YYYY-NNNN` (also a public proposer's receipt). */
  number: z.string(),
  /** The registry's own number (diarienummer), if recorded; never the same thing as `number`. */
  registryNumber: z.string().nullable(),
  title: z.string(),
  origin: initiativeOriginSchema,
  submittedVia: submittedViaSchema,
  brief: z.string(),
  targetGroups: z.array(z.string()),
  areas: z.array(z.string()),
  unitCode: z.string().nullable(),
  proposedForm: cooperationFormSchema.nullable(),
  expectedCompensationSek: z.number().nullable(),
  estimatedValueSek: z.number().nullable(),
  intendedDurationMonths: z.number().int().nullable(),
  facts: z.record(z.string(), z.unknown()),
  status: initiativeStatusSchema,
  organisations: z.array(z.object({ id: z.uuid(), name: z.string(), kind: organisationKindSchema })),
  proposer: proposerView.nullable(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type InitiativeView = z.infer<typeof initiativeView>;

export const initiativeAttachmentView = z.object({
  id: z.uuid(),
  file: z.object({ id: z.uuid(), originalName: z.string(), mediaType: z.string(), sizeBytes: z.number().int() }),
  uploadedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  uploadedAt: z.string(),
});
export type InitiativeAttachmentView = z.infer<typeof initiativeAttachmentView>;

/** The review group's newest recommendation on an initiative (INI-2, INI-4). */
export const recommendationSummaryView = z.object({
  outcome: z.enum(['form', 'not_appropriate', 'referred', 'more_information']),
  recommendedForm: z.string().nullable(),
  referredTo: z.string().nullable(),
  justification: z.string(),
  /** The group's judgement that the cooperation adds value (FRM-2), given with a recommended form. */
  addedValue: z.object({ affirmed: z.boolean(), justification: z.string() }).nullable(),
  recordedAt: z.string(),
  meetingId: z.uuid().nullable(),
});
export type RecommendationSummaryView = z.infer<typeof recommendationSummaryView>;

export const initiativeDetailView = initiativeView.extend({
  attachments: z.array(initiativeAttachmentView),
  latestRecommendation: recommendationSummaryView.nullable(),
  /** The planned review-group meeting whose agenda has the initiative, if any. */
  plannedMeeting: z.object({ id: z.uuid(), meetingDate: z.string() }).nullable(),
});
export type InitiativeDetailView = z.infer<typeof initiativeDetailView>;

export const initiativePage = pageOf(initiativeView);
export type InitiativePage = z.infer<typeof initiativePage>;

const optionalOrgNumber = z.preprocess((v) => (v === '' || v === null ? undefined : v), orgNumberSchema.optional());

/**
 * The public proposal form (IOP-10): no login, so it takes only what a proposal needs and a
 * contact. `website` is a honeypot: hidden from people, filled in by bots; it must stay empty.
 */
export const publicInitiativeInput = z.strictObject({
  organisationName: requiredText(300),
  orgNumber: optionalOrgNumber,
  contactName: requiredText(200),
  contactEmail: z
    .string()
    .trim()
    .max(254)
    .transform((v) => v.toLowerCase())
    .pipe(z.email({ error: 'validation.email' })),
  contactPhone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+\d\s()-]*$/, { error: 'validation.phone' })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  title: requiredText(300),
  brief: requiredText(10_000),
  areas: codes(20).optional(),
  targetGroups: codes(20).optional(),
  website: z.string().max(2_000).optional(),
});
export type PublicInitiativeInput = z.infer<typeof publicInitiativeInput>;

/** All a public proposer gets back: a receipt (the initiative's number), never the stored record. */
export const publicInitiativeReceipt = z.object({ reference: z.string(), receivedAt: z.string() });
export type PublicInitiativeReceipt = z.infer<typeof publicInitiativeReceipt>;

/** The reference data the public form offers: areas (INI-8) and target groups, nothing else. */
export const publicReferenceDataView = z.object({
  areas: z.array(z.object({ code: z.string(), parentCode: z.string().nullable(), nameSv: z.string(), nameEn: z.string() })),
  targetGroups: z.array(z.object({ code: z.string(), nameSv: z.string(), nameEn: z.string() })),
});
export type PublicReferenceDataView = z.infer<typeof publicReferenceDataView>;
