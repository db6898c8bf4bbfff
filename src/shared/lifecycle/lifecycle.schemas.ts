import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { pageOf } from '../http/pagination.schemas';
import { ANNUAL_REVIEW_OUTCOMES, ANNUAL_REVIEW_TRIGGERS, REVIEW_DUE_STATUSES } from './annual-review.rules';
import { TERMINATION_KINDS } from './termination.rules';

const isoDate = z.iso.date({ error: 'validation.date' });
const requiredText = (max: number, error = 'validation.required') => z.string({ error }).trim().min(1, { error }).max(max);
const person = z.object({ id: z.uuid(), name: z.string() });

// ── Termination (IOP-5, EMP-3) ──────────────────────────────────────────────────────────────

/**
 * Ends a cooperation by notice or rescission. Evidence is a note, a file uploaded first through
 * the evidence route, or both. `noticeMonths` counts only when no agreement gives a period.
 */
export const createTerminationInput = z
  .strictObject({
    version: recordVersion,
    kind: z.enum(TERMINATION_KINDS, { error: 'validation.required' }),
    reason: requiredText(5_000, 'validation.reason'),
    givenOn: isoDate,
    evidenceNote: z.string().trim().max(5_000).nullable().optional(),
    evidenceFileId: z.uuid().nullable().optional(),
    noticeMonths: z.number({ error: 'validation.duration' }).int({ error: 'validation.duration' }).min(1, { error: 'validation.duration' }).max(120, { error: 'validation.duration' }).nullable().optional(),
  })
  .refine((v) => Boolean(v.evidenceNote) || Boolean(v.evidenceFileId), { error: 'validation.evidence', path: ['evidence'] });
export type CreateTerminationInput = z.infer<typeof createTerminationInput>;

export const withdrawNoticeInput = z.strictObject({ version: recordVersion, reason: requiredText(5_000, 'validation.reason') });
export type WithdrawNoticeInput = z.infer<typeof withdrawNoticeInput>;

export const evidenceFileView = z.object({ id: z.uuid(), originalName: z.string(), mediaType: z.string(), sizeBytes: z.number() });
export type EvidenceFileView = z.infer<typeof evidenceFileView>;

export const TERMINATION_STATES = ['pending', 'effected', 'withdrawn'] as const;

export const terminationView = z.object({
  id: z.uuid(),
  cooperationId: z.uuid(),
  kind: z.enum(TERMINATION_KINDS),
  state: z.enum(TERMINATION_STATES),
  reason: z.string(),
  evidenceNote: z.string().nullable(),
  evidenceFile: evidenceFileView.nullable(),
  givenOn: z.string(),
  effectiveOn: z.string(),
  effectedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  createdBy: person.nullable(),
  createdAt: z.string(),
});
export type TerminationView = z.infer<typeof terminationView>;

/** A cooperation's termination: the one in force (pending or effected), every earlier one, and what a new one would use. */
export const cooperationTerminationView = z.object({
  cooperationId: z.uuid(),
  cooperationStatus: z.string(),
  cooperationVersion: z.number().int(),
  current: terminationView.nullable(),
  history: z.array(terminationView),
  /** The notice period the cooperation's agreements give, or null when the notice must name one. */
  agreementNoticeMonths: z.number().int().nullable(),
  terminable: z.boolean(),
});
export type CooperationTerminationView = z.infer<typeof cooperationTerminationView>;

// ── Annual review (IOP-8, AGR-7) ────────────────────────────────────────────────────────────

export const createAnnualReviewInput = z.strictObject({
  reviewYear: z.number({ error: 'validation.year' }).int({ error: 'validation.year' }).min(1900, { error: 'validation.year' }).max(2200, { error: 'validation.year' }),
  trigger: z.enum(ANNUAL_REVIEW_TRIGGERS, { error: 'validation.required' }),
  reviewedOn: isoDate,
  reviewGroupConsultedOn: isoDate,
  reviewMeetingId: z.uuid().nullable().optional(),
  outcome: z.enum(ANNUAL_REVIEW_OUTCOMES, { error: 'validation.required' }),
  reasons: requiredText(10_000, 'validation.justification'),
});
export type CreateAnnualReviewInput = z.infer<typeof createAnnualReviewInput>;

export const reviewDueView = z.object({
  status: z.enum(REVIEW_DUE_STATUSES),
  nextReviewYear: z.number().int().nullable(),
  dueOn: z.string().nullable(),
});
export type ReviewDueView = z.infer<typeof reviewDueView>;

export const annualReviewView = z.object({
  id: z.uuid(),
  agreementId: z.uuid(),
  reviewYear: z.number().int(),
  trigger: z.enum(ANNUAL_REVIEW_TRIGGERS),
  reviewedOn: z.string(),
  responsibleManager: person,
  reviewGroupConsultedOn: z.string(),
  reviewMeeting: z.object({ id: z.uuid(), meetingDate: z.string() }).nullable(),
  outcome: z.enum(ANNUAL_REVIEW_OUTCOMES),
  reasons: z.string(),
  createdAt: z.string(),
});
export type AnnualReviewView = z.infer<typeof annualReviewView>;

/** An agreement's reviews, newest first, with when the next yearly one is due. */
export const agreementAnnualReviewsView = z.object({
  agreementId: z.uuid(),
  agreementTitle: z.string(),
  cooperationId: z.uuid(),
  due: reviewDueView,
  items: z.array(annualReviewView),
});
export type AgreementAnnualReviewsView = z.infer<typeof agreementAnnualReviewsView>;

export const dueReviewQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  /** Only the cooperations the caller is responsible manager of. */
  mine: z.enum(['true', 'false']).optional(),
});
export type DueReviewQuery = z.infer<typeof dueReviewQuery>;

export const dueReviewItemView = z.object({
  agreementId: z.uuid(),
  agreementTitle: z.string(),
  cooperationId: z.uuid(),
  caseNumber: z.string(),
  cooperationTitle: z.string(),
  responsibleManager: person.nullable(),
  status: z.enum(REVIEW_DUE_STATUSES),
  nextReviewYear: z.number().int(),
  dueOn: z.string(),
});
export type DueReviewItemView = z.infer<typeof dueReviewItemView>;

export const dueReviewPage = pageOf(dueReviewItemView);
export type DueReviewPage = z.infer<typeof dueReviewPage>;
