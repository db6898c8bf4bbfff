import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { HALF_YEAR_PATTERN, JOB_TRACK_STATUSES, OFFER_KINDS, OFFER_STATUSES } from './employer-offers.rules';

const requiredText = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const isoDate = z.iso.date({ error: 'validation.date' });
const places = z.number({ error: 'validation.offer.places' }).int({ error: 'validation.offer.places' }).min(1, { error: 'validation.offer.places' }).max(100_000, { error: 'validation.offer.places' });
const unitCode = z.string().trim().min(1).max(100);
const count = z.number({ error: 'validation.offerOutcome.count' }).int({ error: 'validation.offerOutcome.count' }).min(0, { error: 'validation.offerOutcome.count' }).max(1_000_000, { error: 'validation.offerOutcome.count' });
const categoryCode = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'validation.measurement.category' });

export const offerKindSchema = z.enum(OFFER_KINDS);
export const offerStatusSchema = z.enum(OFFER_STATUSES);
export const jobTrackStatusSchema = z.enum(JOB_TRACK_STATUSES);

/** A new offer of a job partnership (EMP-2, EMP-4): a job track offer names its track. */
export const createOfferInput = z
  .strictObject({
    kind: offerKindSchema,
    title: requiredText(200),
    description: optionalText(5_000),
    places,
    startDate: isoDate,
    endDate: isoDate.nullable().optional(),
    unitCodes: z.array(unitCode).max(20).default([]),
    jobTrackId: z.uuid().nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.endDate && v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.periodOrder' });
    if (v.kind === 'job_track' && !v.jobTrackId) ctx.addIssue({ code: 'custom', path: ['jobTrackId'], message: 'validation.required' });
    if (v.kind !== 'job_track' && v.jobTrackId) ctx.addIssue({ code: 'custom', path: ['jobTrackId'], message: 'validation.offer.jobTrackOnlyForTrack' });
  });
export type CreateOfferInput = z.infer<typeof createOfferInput>;

/** Closing or ending by hand needs a reason. */
export const closeInput = z.strictObject({ version: recordVersion, reason: requiredText(2_000) });
export type CloseInput = z.infer<typeof closeInput>;

const outcomeCounts = z.strictObject({
  total: count,
  byGender: z.record(categoryCode, count).default({}),
  byTargetGroup: z.record(categoryCode, count).default({}),
});

/** The outcomes of an offer for a half-year, aggregates only (EMP-4, AGR-6). */
export const offerOutcomeInput = z.strictObject({
  period: z.string().regex(HALF_YEAR_PATTERN, { error: 'validation.offerOutcome.period' }),
  started: outcomeCounts,
  employed: outcomeCounts,
});
export type OfferOutcomeInput = z.infer<typeof offerOutcomeInput>;

const countsView = z.object({ total: z.number(), byGender: z.record(z.string(), z.number()), byTargetGroup: z.record(z.string(), z.number()) });
export const offerOutcomeView = z.object({ period: z.string(), started: countsView, employed: countsView, recordedAt: z.string() });
export type OfferOutcomeView = z.infer<typeof offerOutcomeView>;

const named = z.object({ id: z.string(), name: z.string() });
const codeName = z.object({ code: z.string(), name: z.string() });

export const offerView = z.object({
  id: z.string(),
  cooperationId: z.string(),
  kind: offerKindSchema,
  title: z.string(),
  description: z.string().nullable(),
  places: z.number(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  units: z.array(codeName),
  jobTrack: z.object({ id: z.string(), title: z.string(), status: jobTrackStatusSchema }).nullable(),
  status: offerStatusSchema,
  closedAt: z.string().nullable(),
  closedReason: z.string().nullable(),
  closedBy: named.nullable(),
  /** Places filled: the participants who started, summed over the recorded half-years. */
  placesFilled: z.number(),
  outcomes: z.array(offerOutcomeView),
  version: z.number(),
});
export type OfferView = z.infer<typeof offerView>;

export const offerList = z.object({ items: z.array(offerView), mayWrite: z.boolean() });
export type OfferList = z.infer<typeof offerList>;

/** A new job track (EMP-4): run jointly with Arbetsförmedlingen it names the agreement and maybe its working group. */
export const createJobTrackInput = z
  .strictObject({
    title: requiredText(200),
    occupation: requiredText(200),
    description: optionalText(5_000),
    places,
    startDate: isoDate,
    endDate: isoDate,
    unitCode: unitCode.nullable().optional(),
    agreementCooperationId: z.uuid().nullable().optional(),
    workingGroupId: z.uuid().nullable().optional(),
    employerIds: z.array(z.uuid()).min(1, { error: 'validation.jobTrack.employers' }).max(50),
  })
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.periodOrder' });
    if (v.workingGroupId && !v.agreementCooperationId) ctx.addIssue({ code: 'custom', path: ['workingGroupId'], message: 'validation.jobTrack.workingGroupNeedsAgreement' });
  });
export type CreateJobTrackInput = z.infer<typeof createJobTrackInput>;

export const addJobTrackEmployerInput = z.strictObject({ version: recordVersion, organisationId: z.uuid() });
export type AddJobTrackEmployerInput = z.infer<typeof addJobTrackEmployerInput>;

export const startJobTrackInput = z.strictObject({ version: recordVersion });

export const JOB_TRACK_SORTS = ['start', 'title', 'status', 'places'] as const;

export const jobTrackQuery = z.strictObject({
  status: jobTrackStatusSchema.optional(),
  withAf: z.enum(['true', 'false']).optional(),
  agreementId: z.uuid().optional(),
  workingGroupId: z.uuid().optional(),
  employerId: z.uuid().optional(),
  sort: z.enum(JOB_TRACK_SORTS).default('start'),
  direction: z.enum(['asc', 'desc']).default('desc'),
});
export type JobTrackQuery = z.infer<typeof jobTrackQuery>;

export const jobTrackExportQuery = jobTrackQuery.extend({ format: z.enum(['csv', 'xlsx']).default('xlsx'), lang: z.enum(['sv', 'en']).optional() });
export type JobTrackExportQuery = z.infer<typeof jobTrackExportQuery>;

export const jobTrackSummary = z.object({
  id: z.string(),
  title: z.string(),
  occupation: z.string(),
  places: z.number(),
  startDate: z.string(),
  endDate: z.string(),
  unit: codeName.nullable(),
  withAf: z.boolean(),
  agreement: z.object({ id: z.string(), caseNumber: z.string(), title: z.string() }).nullable(),
  workingGroup: named.nullable(),
  status: jobTrackStatusSchema,
  employers: z.array(named),
  version: z.number(),
});
export type JobTrackSummary = z.infer<typeof jobTrackSummary>;

const controlState = z.object({ code: z.string(), nameSv: z.string(), nameEn: z.string(), state: z.string() });

export const jobTrackView = jobTrackSummary.extend({
  description: z.string().nullable(),
  /** Each employer with whether its controls pass today and the controls that do not (EMP-2). */
  employerControls: z.array(z.object({ id: z.string(), name: z.string(), member: z.boolean(), controlsPass: z.boolean(), unmet: z.array(controlState) })),
  offers: z.array(z.object({ id: z.string(), cooperationId: z.string(), caseNumber: z.string(), title: z.string(), status: offerStatusSchema })),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  endedReason: z.string().nullable(),
  endedBy: named.nullable(),
  mayWrite: z.boolean(),
});
export type JobTrackView = z.infer<typeof jobTrackView>;

export const jobTrackList = z.object({ items: z.array(jobTrackSummary), total: z.number() });
export type JobTrackList = z.infer<typeof jobTrackList>;

/** What the job-track form chooses from: the agreements with Arbetsförmedlingen and their working groups, the employers and the units. */
export const jobTrackOptions = z.object({
  agreements: z.array(z.object({ id: z.string(), caseNumber: z.string(), title: z.string(), workingGroups: z.array(named) })),
  employers: z.array(named),
  units: z.array(codeName),
});
export type JobTrackOptions = z.infer<typeof jobTrackOptions>;
