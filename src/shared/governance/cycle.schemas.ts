import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { CYCLE_TASK_KINDS } from './cycle.rules';

const isoDate = z.iso.date({ error: 'validation.date' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? undefined : v))
    .optional();

/** The year of the annual cycle to show; the current year when left out. */
export const cycleQuery = z.strictObject({
  year: z.coerce.number({ error: 'validation.year' }).int({ error: 'validation.year' }).min(1900, { error: 'validation.year' }).max(2200, { error: 'validation.year' }).optional(),
});
export type CycleQuery = z.infer<typeof cycleQuery>;

/** One task of a steering group's annual cycle with its status as of today (IOP-7). */
export const cycleTaskView = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  cycleYear: z.number().int(),
  kind: z.enum(CYCLE_TASK_KINDS),
  dueOn: z.string(),
  status: z.enum(['done', 'open', 'overdue']),
  doneAt: z.string().nullable(),
  doneBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  note: z.string().nullable(),
  /** The annex version that holds the adopted plan and budget (plan tasks only). */
  annex: z.object({ id: z.uuid(), agreementId: z.uuid(), number: z.number().int(), title: z.string(), version: z.number().int() }).nullable(),
  version: z.number().int(),
});
export type CycleTaskView = z.infer<typeof cycleTaskView>;

/** A body's annual cycle for one year, and the agreement the adopted plan will be annexed to. */
export const bodyCycleView = z.object({
  bodyId: z.uuid(),
  year: z.number().int(),
  /** False for bodies that keep no cycle: not a steering group, or governing no IOP. */
  applies: z.boolean(),
  agreement: z.object({ id: z.uuid(), title: z.string(), cooperationId: z.uuid(), caseNumber: z.string() }).nullable(),
  tasks: z.array(cycleTaskView),
});
export type BodyCycleView = z.infer<typeof bodyCycleView>;

/**
 * Completing a task: a follow-up with a note; the plan for next year with the decision that
 * adopted it (reference and date) and the plan and budget text, which becomes an annex version.
 */
export const completeCycleTaskInput = z.strictObject({
  version: recordVersion,
  note: optionalText(10_000),
  decisionReference: optionalText(200),
  decidedOn: isoDate.optional(),
  planText: optionalText(50_000),
});
export type CompleteCycleTaskInput = z.infer<typeof completeCycleTaskInput>;

/** A file attached to a meeting (minutes, presentations, the adopted budget). */
export const meetingAttachmentView = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  title: z.string(),
  file: z.object({ id: z.uuid(), originalName: z.string(), mediaType: z.string(), sizeBytes: z.number() }),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type MeetingAttachmentView = z.infer<typeof meetingAttachmentView>;
export const meetingAttachmentList = z.object({ items: z.array(meetingAttachmentView) });
export type MeetingAttachmentList = z.infer<typeof meetingAttachmentList>;

/** The title of an uploaded attachment, sent beside the file; the file's name when left out. */
export const meetingAttachmentQuery = z.strictObject({ title: z.string().trim().max(300).optional() });
export type MeetingAttachmentQuery = z.infer<typeof meetingAttachmentQuery>;
