import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { COOPERATION_FORMS, INITIATIVE_STATUSES } from '../cooperations/forms';
import { pageOf, pageQuery } from '../http/pagination.schemas';
import { attendeeView, followUpView } from './follow-up.schemas';
import { AGENDA_ITEM_KINDS, RECOMMENDATION_OUTCOMES } from './review.rules';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

const meetingDate = z.iso.date({ error: 'validation.date' });

export const agendaItemKindSchema = z.enum(AGENDA_ITEM_KINDS);
export const recommendationOutcomeSchema = z.enum(RECOMMENDATION_OUTCOMES);
export const reviewMeetingStatusSchema = z.enum(['planned', 'held']);

const organisationRef = z.object({ id: z.uuid(), name: z.string() });

/** The review group's motivated judgement that a cooperation adds value to the basic mission (FRM-2). */
export const addedValueSchema = z.strictObject({
  affirmed: z.boolean(),
  justification: z.string().trim().min(1, { error: 'validation.justification' }).max(5_000),
});
export const addedValueView = z.object({ affirmed: z.boolean(), justification: z.string() });

/** An initiative as the review group sees it in its queue and on an agenda. */
export const reviewInitiativeView = z.object({
  id: z.uuid(),
  /** The readable number, `INI YYYY-NNNN`. */
  number: z.string(),
  /** The registry's own number (diarienummer), if recorded. */
  registryNumber: z.string().nullable(),
  title: z.string(),
  origin: z.enum(['external', 'internal']),
  proposedForm: z.string().nullable(),
  status: z.enum(INITIATIVE_STATUSES),
  version: z.number().int(),
  createdAt: z.string(),
  organisations: z.array(organisationRef),
  /** It asks for an association grant: it can only be referred to a committee that handles grants (INI-4). */
  asksAssociationGrant: z.boolean(),
});
export type ReviewInitiativeView = z.infer<typeof reviewInitiativeView>;

export const reviewQueueItemView = reviewInitiativeView.extend({
  agendaKind: agendaItemKindSchema,
  /** The planned meeting the initiative is already on, if any. */
  plannedMeetingId: z.uuid().nullable(),
});
export type ReviewQueueItemView = z.infer<typeof reviewQueueItemView>;
export const reviewQueuePage = pageOf(reviewQueueItemView);
export type ReviewQueuePage = z.infer<typeof reviewQueuePage>;

export const recordRecommendationInput = z.strictObject({
  outcome: recommendationOutcomeSchema,
  recommendedForm: z.enum(COOPERATION_FORMS).nullable().optional(),
  referredTo: z
    .string()
    .trim()
    .max(50)
    .regex(/^[a-z0-9_]*$/, { error: 'validation.code' })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  justification: z.string().trim().min(1, { error: 'validation.justification' }).max(5_000),
  meetingId: z.uuid().nullable().optional(),
  /** Needed with a recommended formal form (FRM-2); refused with other outcomes. */
  addedValue: addedValueSchema.nullable().optional(),
});
export type RecordRecommendationInput = z.infer<typeof recordRecommendationInput>;

export const recommendationView = z.object({
  id: z.uuid(),
  initiativeId: z.uuid(),
  meetingId: z.uuid().nullable(),
  outcome: recommendationOutcomeSchema,
  recommendedForm: z.string().nullable(),
  referredTo: z.object({ code: z.string(), nameSv: z.string(), nameEn: z.string() }).nullable(),
  justification: z.string(),
  addedValue: addedValueView.nullable(),
  recordedBy: z.object({ id: z.uuid(), name: z.string() }),
  recordedAt: z.string(),
});
export type RecommendationView = z.infer<typeof recommendationView>;

/** The answer to recording a recommendation: the recommendation and the initiative's new status. */
export const recordedRecommendationView = z.object({
  recommendation: recommendationView,
  initiative: z.object({ id: z.uuid(), status: z.enum(INITIATIVE_STATUSES), version: z.number().int() }),
});
export type RecordedRecommendationView = z.infer<typeof recordedRecommendationView>;

export const agendaItemView = z.object({
  id: z.uuid(),
  position: z.number().int(),
  kind: agendaItemKindSchema,
  initiative: reviewInitiativeView,
  /** The latest recommendation recorded for the initiative at this meeting (consultation items). */
  recommendation: recommendationView.nullable(),
});
export type AgendaItemView = z.infer<typeof agendaItemView>;

export const reviewMeetingView = z.object({
  id: z.uuid(),
  meetingDate: z.string(),
  location: z.string().nullable(),
  notes: z.string().nullable(),
  status: reviewMeetingStatusSchema,
  consultationCount: z.number().int(),
  informationCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ReviewMeetingView = z.infer<typeof reviewMeetingView>;
export const reviewMeetingPage = pageOf(reviewMeetingView);
export type ReviewMeetingPage = z.infer<typeof reviewMeetingPage>;

/**
 * A meeting with its agenda (consultation items first, then information items), its attendees
 * and the follow-ups of running cooperations recorded at it (INI-7).
 */
export const reviewMeetingDetailView = reviewMeetingView.extend({
  agenda: z.array(agendaItemView),
  attendees: z.array(attendeeView),
  /** Whether an economist from Ekonomistaben attends: the meeting's follow-ups count only then (INI-7). */
  economistPresent: z.boolean(),
  followUps: z.array(followUpView),
});
export type ReviewMeetingDetailView = z.infer<typeof reviewMeetingDetailView>;

export const reviewMeetingQuery = pageQuery.extend({ status: reviewMeetingStatusSchema.optional() });
export type ReviewMeetingQuery = z.infer<typeof reviewMeetingQuery>;

export const createReviewMeetingInput = z.strictObject({
  meetingDate,
  location: optionalText(300),
  notes: optionalText(10_000),
  /** Put every initiative awaiting review that is not on another planned agenda on this one. */
  buildAgenda: z.boolean().default(false),
});
export type CreateReviewMeetingInput = z.infer<typeof createReviewMeetingInput>;

export const updateReviewMeetingInput = z.strictObject({
  meetingDate: meetingDate.optional(),
  location: optionalText(300),
  notes: optionalText(10_000),
  version: recordVersion,
});
export type UpdateReviewMeetingInput = z.infer<typeof updateReviewMeetingInput>;

export const addAgendaItemInput = z.strictObject({ initiativeId: z.uuid() });
export type AddAgendaItemInput = z.infer<typeof addAgendaItemInput>;
