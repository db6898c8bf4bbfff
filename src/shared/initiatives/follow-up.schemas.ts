import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { COOPERATION_STATUSES } from '../cooperations/forms';
import { pageOf, pageQuery } from '../http/pagination.schemas';
import { roleSchema } from '../users/user.schemas';
import { latestFollowUpRecordRef } from '../followup/follow-up-record.schemas';

/** Who attended a review-group meeting, with the roles they held when recorded (INI-7). */
export const attendeeView = z.object({ id: z.uuid(), name: z.string(), roles: z.array(roleSchema) });
export type AttendeeView = z.infer<typeof attendeeView>;

/** Replaces a planned meeting's attendees: members of the review group and economists. */
export const setAttendeesInput = z.strictObject({
  userIds: z.array(z.uuid()).max(100),
  version: recordVersion,
});
export type SetAttendeesInput = z.infer<typeof setAttendeesInput>;

/** The review group's follow-up of a running cooperation at a meeting (INI-7). */
export const recordFollowUpInput = z.strictObject({
  cooperationId: z.uuid(),
  /** How the cooperation runs, its goal fulfilment and its economy, in brief. */
  assessment: z.string().trim().min(1, { error: 'validation.required' }).max(10_000),
});
export type RecordFollowUpInput = z.infer<typeof recordFollowUpInput>;

export const followUpView = z.object({
  id: z.uuid(),
  cooperation: z.object({ id: z.uuid(), caseNumber: z.string(), title: z.string() }),
  assessment: z.string(),
  recordedBy: z.object({ id: z.uuid(), name: z.string() }),
  recordedAt: z.string(),
  /** The cooperation's latest follow-up record held by its own bodies (AGR-5, IOP-7), which this follow-up links to; absent while it has none. */
  latestFollowUpRecord: latestFollowUpRecordRef.optional(),
});
export type FollowUpView = z.infer<typeof followUpView>;

/** A running cooperation whose yearly follow-up is due (INI-7). */
export const dueFollowUpView = z.object({
  cooperation: z.object({
    id: z.uuid(),
    caseNumber: z.string(),
    title: z.string(),
    form: z.string(),
    status: z.enum(COOPERATION_STATUSES),
  }),
  /** The date of the latest held meeting, with an economist present, that followed it up. */
  lastCounted: z.string().nullable(),
  /** From when the follow-up is due; null when the cooperation has no start date to count from. */
  dueSince: z.string().nullable(),
  /** The cooperation's latest follow-up record held by its own bodies (AGR-5, IOP-7); absent while it has none. */
  latestFollowUpRecord: latestFollowUpRecordRef.optional(),
});
export type DueFollowUpView = z.infer<typeof dueFollowUpView>;
export const dueFollowUpPage = pageOf(dueFollowUpView);
export type DueFollowUpPage = z.infer<typeof dueFollowUpPage>;
export const dueFollowUpQuery = pageQuery;
export type DueFollowUpQuery = z.infer<typeof dueFollowUpQuery>;
