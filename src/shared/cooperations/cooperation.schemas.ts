import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { pageOf, pageQuery } from '../http/pagination.schemas';
import { democracyStatusSchema, organisationKindSchema } from '../organisations/organisation.schemas';
import { COOPERATION_FORMS, COOPERATION_STATUSES } from './forms';
import { IOP_GUIDING_CRITERIA, IOP_LEGAL_TESTS } from './gate.types';
import { registryNumberField } from './registry-number.schemas';

export const cooperationFormSchema = z.enum(COOPERATION_FORMS);
export const cooperationStatusSchema = z.enum(COOPERATION_STATUSES);

// numeric(14, 2) in the database: below 10^12 kronor.
const amount = z.number().min(0, { error: 'validation.money' }).max(999_999_999_999.99, { error: 'validation.money' });
const isoDate = z.iso.date({ error: 'validation.date' });
const requiredText = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max);
const justification = z.string().trim().min(1, { error: 'validation.justification' }).max(5_000);
const code = z.string().trim().min(1, { error: 'validation.required' }).max(100);

/** An affirmation with the justification behind it (FRM-2, FRM-3, IOP-2). */
export const affirmationSchema = z.strictObject({ affirmed: z.boolean(), justification });

/** The IOP legal assessment: three legal tests and seven guiding criteria, each justified (IOP-2). */
export const iopAssessmentSchema = z.strictObject({
  tests: z.partialRecord(z.enum(IOP_LEGAL_TESTS), affirmationSchema),
  criteria: z.partialRecord(z.enum(IOP_GUIDING_CRITERIA), z.strictObject({ answer: z.enum(['yes', 'no', 'partly']), justification })),
});

/** The pre-study done in dialogue before an IOP is signed (IOP-4). */
export const preStudySchema = z.strictObject({
  date: isoDate,
  scope: requiredText(5_000),
  goals: requiredText(5_000),
  structure: requiredText(5_000),
  roles: requiredText(5_000),
  participants: requiredText(2_000),
});

/**
 * FRM-6: the earlier reserved contract (another cooperation) this reserved contract is the next
 * procurement of, or the explicit statement that it is the first procurement of it.
 */
export const reservedPredecessorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('first') }),
  z.strictObject({ kind: z.literal('follows'), cooperationId: z.uuid({ error: 'validation.reservedPredecessor.unknown' }) }),
]);

/**
 * The facts of a cooperation that the gates read and people record (gate.types.ts
 * `CooperationGateFacts`, the parts not derived from other records). Each section given
 * replaces that section; sections left out stay as they were. Within `competence`, an
 * `addsValue` left out also stays as it was (FRM-2).
 */
export const cooperationFactsInput = z.strictObject({
  competence: z
    .strictObject({
      withinCompetence: affirmationSchema.nullable(),
      withinMission: affirmationSchema.nullable(),
      addsValue: affirmationSchema.nullable().optional(),
    })
    .optional(),
  iopAssessment: iopAssessmentSchema.nullable().optional(),
  preStudy: preStudySchema.nullable().optional(),
  vidaOccasions: z.number().int().min(0).max(1_000).nullable().optional(),
  organisationActsAsContractor: z.boolean().nullable().optional(),
  singlesOutOrganisation: affirmationSchema.nullable().optional(),
  reservedPredecessor: reservedPredecessorSchema.nullable().optional(),
  frameworkAgreement: z.boolean().nullable().optional(),
  /** EMP-2: a job partnership's justification that the city already knows the employer well. */
  knownEmployer: affirmationSchema.nullable().optional(),
});
export type CooperationFactsInput = z.infer<typeof cooperationFactsInput>;

/** The recorded facts as stored and shown: every section present, null when not yet recorded. */
export const cooperationFactsView = z.object({
  competence: z.object({
    withinCompetence: affirmationSchema.nullable(),
    withinMission: affirmationSchema.nullable(),
    addsValue: affirmationSchema.nullable(),
  }),
  iopAssessment: iopAssessmentSchema.nullable(),
  preStudy: preStudySchema.nullable(),
  vidaOccasions: z.number().int().nullable(),
  organisationActsAsContractor: z.boolean().nullable(),
  singlesOutOrganisation: affirmationSchema.nullable(),
  reservedPredecessor: reservedPredecessorSchema.nullable(),
  frameworkAgreement: z.boolean().nullable(),
  knownEmployer: affirmationSchema.nullable(),
});
export type CooperationFactsView = z.infer<typeof cooperationFactsView>;

const cooperationFields = {
  title: requiredText(300),
  form: cooperationFormSchema,
  /** The parties: organisations from the register. */
  organisationIds: z.array(z.uuid()).min(1, { error: 'validation.parties' }).max(50),
  responsibleManagerId: z.uuid().nullable(),
  unitCode: code.nullable(),
  areas: z.array(code).max(50),
  targetGroups: z.array(code).max(50),
  valueSek: amount.nullable(),
  compensationSek: amount.nullable(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  description: z.string().trim().max(10_000).nullable(),
  facts: cooperationFactsInput,
  /** The registry's own number (diarienummer), beside the app's case number; empty clears it. */
  registryNumber: registryNumberField,
};

/**
 * A new cooperation (OVR-1). With an initiative, its title, form (the recommended one),
 * organisations, areas and target groups are taken over where not given; without one, title,
 * form and at least one party are needed.
 */
export const createCooperationInput = z
  .strictObject(cooperationFields)
  .partial()
  .extend({ initiativeId: z.uuid().optional() });
export type CreateCooperationInput = z.infer<typeof createCooperationInput>;

/** A change of any fields of a cooperation, including fact sections and parties. */
export const updateCooperationInput = z.strictObject(cooperationFields).partial().extend({ version: recordVersion });
export type UpdateCooperationInput = z.infer<typeof updateCooperationInput>;

/** One stage gate's verdict as the readiness checklist shows it (gate.types.ts `GateResult`). */
export const gateResultView = z.object({
  gate: z.string(),
  met: z.boolean(),
  why: z.string(),
  whyEn: z.string(),
  requirement: z.string(),
  fixAt: z.enum(['overview', 'competence', 'parties', 'review', 'iop-assessment', 'pre-study', 'terms', 'organisation']),
});

export const partyView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: organisationKindSchema,
  democracyStatus: democracyStatusSchema,
});

export const cooperationView = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  /** The registry's own number (diarienummer), if recorded; never the app's case number. */
  registryNumber: z.string().nullable(),
  title: z.string(),
  form: cooperationFormSchema,
  status: cooperationStatusSchema,
  endedReason: z.string().nullable(),
  initiativeId: z.uuid().nullable(),
  parties: z.array(partyView),
  responsibleManager: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  unitCode: z.string().nullable(),
  areas: z.array(z.string()),
  targetGroups: z.array(z.string()),
  valueSek: z.number().nullable(),
  compensationSek: z.number().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  description: z.string().nullable(),
  facts: cooperationFactsView,
  /** INI-2/INI-3 as the gates see them: consulted by, or reported to, the review group. */
  reviewGroup: z.object({ consulted: z.boolean(), informed: z.boolean() }),
  /** The next step of the natural lifecycle (preparing → active → under_review → active), if any. */
  nextStatus: cooperationStatusSchema.nullable(),
  /** The gates of that step on today's date: the readiness checklist. */
  gates: z.array(gateResultView),
  allowedTransitions: z.array(cooperationStatusSchema),
  /** EMP-2: a running job partnership whose employer's control failed or expired beyond the grace period. */
  controlsFlagged: z.boolean().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type CooperationView = z.infer<typeof cooperationView>;

export const gatesQuery = z.strictObject({ to: cooperationStatusSchema });

/** A lifecycle step; ending needs a reason (e.g. terminated, need ended). */
export const transitionInput = z.strictObject({
  to: cooperationStatusSchema,
  version: recordVersion,
  reason: z.string().trim().min(1, { error: 'validation.reason' }).max(2_000).optional(),
});
export type TransitionInput = z.infer<typeof transitionInput>;

/** What a cooperation may have done within a period, as the report counts and the list filters it (OVR-2). */
export const COOPERATION_PERIOD_EVENTS = ['running', 'started', 'ended', 'terminated'] as const;
export type CooperationPeriodEvent = (typeof COOPERATION_PERIOD_EVENTS)[number];

// A query string holds one value as a string and repeated ones as an array; "a,b" also works.
const listParam = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter((s) => s !== '') : v), z.array(item).max(20));

/** The filters of the overview (OVR-1); `year` is the case-number year (the year of registration). */
export const cooperationFilter = z.strictObject({
  q: z.string().trim().max(200).optional(),
  form: listParam(cooperationFormSchema).optional(),
  status: listParam(cooperationStatusSchema).optional(),
  area: code.optional(),
  unitCode: code.optional(),
  organisationId: z.uuid().optional(),
  responsibleManagerId: z.uuid().optional(),
  targetGroup: code.optional(),
  year: z.coerce.number().int().min(1900, { error: 'validation.year' }).max(2200, { error: 'validation.year' }).optional(),
  /** Only cooperations with a steering group that has not met this semester (IOP-6); "true" in a query string. */
  steeringGroupFlag: z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean()).optional(),
  /**
   * What happened within the period `periodFrom`–`periodTo` (the committee's report, OVR-2): in force
   * (`running`), became active (`started`), ended (`ended`), or ended by a termination (`terminated`).
   * All three go together; the service refuses one without the others or a reversed period.
   */
  periodEvent: z.enum(COOPERATION_PERIOD_EVENTS).optional(),
  periodFrom: isoDate.optional(),
  periodTo: isoDate.optional(),
  /** Only cooperations with a budget or an outcome in this year (IOP-9): the committee's report links its economy figures here. */
  economyYear: z.coerce.number().int().min(1900, { error: 'validation.year' }).max(2200, { error: 'validation.year' }).optional(),
});
export type CooperationFilter = z.infer<typeof cooperationFilter>;

export const COOPERATION_SORTS = ['caseNumber', 'title', 'updatedAt'] as const;

export const cooperationQuery = pageQuery.extend({ ...cooperationFilter.shape, sort: z.enum(COOPERATION_SORTS).default('caseNumber') });
export type CooperationQuery = z.infer<typeof cooperationQuery>;

export const cooperationListItem = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  registryNumber: z.string().nullable(),
  title: z.string(),
  form: cooperationFormSchema,
  status: cooperationStatusSchema,
  partyNames: z.array(z.string()),
  managerName: z.string().nullable(),
  unitCode: z.string().nullable(),
  areas: z.array(z.string()),
  targetGroups: z.array(z.string()),
  valueSek: z.number().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  updatedAt: z.string(),
  /** A steering group of the cooperation has not met in the current semester (IOP-6). */
  steeringGroupFlag: z.boolean(),
  /** A welfare-service procurement's accumulated value near or past a threshold, or one that must be advertised (FRM-7); absent otherwise. */
  welfareValueFlag: z.enum(['warning', 'exceeded', 'must_advertise']).optional(),
  /** EMP-2: a running job partnership whose employer's control failed or expired beyond the grace period; absent otherwise. */
  controlsFlag: z.boolean().optional(),
});
export type CooperationListItem = z.infer<typeof cooperationListItem>;

/** A page of the overview; `total` stops counting at a cap, and then `totalIsCapped` is true. */
export const cooperationPage = pageOf(cooperationListItem).extend({ totalIsCapped: z.boolean() });
export type CooperationPage = z.infer<typeof cooperationPage>;

export const cooperationExportQuery = cooperationFilter.extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  /** Language of headers and names; a download link cannot send Accept-Language itself. */
  lang: z.enum(['sv', 'en']).optional(),
});
export type CooperationExportQuery = z.infer<typeof cooperationExportQuery>;

/** Lists a saved filter can belong to. */
export const savedFilterScopeSchema = z.enum(['cooperations']);

/** A saved overview filter as stored and shown (the same fields as the overview query). */
export const savedFilterQueryView = z.object({
  q: z.string().optional(),
  form: z.array(cooperationFormSchema).optional(),
  status: z.array(cooperationStatusSchema).optional(),
  area: z.string().optional(),
  unitCode: z.string().optional(),
  organisationId: z.string().optional(),
  responsibleManagerId: z.string().optional(),
  targetGroup: z.string().optional(),
  year: z.number().int().optional(),
  steeringGroupFlag: z.boolean().optional(),
});

export const savedFilterInput = z.strictObject({
  scope: savedFilterScopeSchema,
  name: requiredText(100),
  query: cooperationFilter,
});
export type SavedFilterInput = z.infer<typeof savedFilterInput>;

export const savedFilterView = z.object({
  id: z.uuid(),
  scope: savedFilterScopeSchema,
  name: z.string(),
  query: savedFilterQueryView,
  createdAt: z.string(),
});
export type SavedFilterView = z.infer<typeof savedFilterView>;

export const savedFilterQuery = pageQuery.extend({ scope: savedFilterScopeSchema });
export const savedFilterPage = pageOf(savedFilterView);
