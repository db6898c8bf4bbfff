import { z } from 'zod';
import { ROLES } from '../users/roles';
import { WORK_ITEM_REASONS, WORK_ITEM_TYPES, WORK_QUEUE_SCOPES } from './work-queue.rules';

const isoDate = z.iso.date();

/** Who an item is for: a named person (e.g. the responsible manager) or everyone holding a role. */
export const workItemAssignee = z.object({
  userId: z.uuid().nullable(),
  name: z.string().nullable(),
  role: z.enum(ROLES).nullable(),
});

/**
 * One thing to do: its type, what (`title`, the name of the thing), why (`reason`, a key the web
 * words in plain language, with the rule's id in `requirement`, never inside the sentence), since
 * when, and where in the app it is resolved.
 */
export const workItemView = z.object({
  key: z.string(),
  type: z.enum(WORK_ITEM_TYPES),
  title: z.string(),
  subtitle: z.string().nullable(),
  reason: z.enum(WORK_ITEM_REASONS),
  requirement: z.string(),
  since: isoDate,
  link: z.string(),
  assignee: workItemAssignee,
});
export type WorkItemView = z.infer<typeof workItemView>;

export const workQueueQuery = z.strictObject({
  scope: z.enum(WORK_QUEUE_SCOPES, { error: 'validation.required' }).optional(),
});
export type WorkQueueQuery = z.infer<typeof workQueueQuery>;

/** The caller's items, the scope used and whether the caller may switch to everything. */
export const workQueueView = z.object({
  scope: z.enum(WORK_QUEUE_SCOPES),
  canSeeEverything: z.boolean(),
  items: z.array(workItemView),
});
export type WorkQueueView = z.infer<typeof workQueueView>;

export const workQueueCountView = z.object({ count: z.number().int().min(0) });
export type WorkQueueCountView = z.infer<typeof workQueueCountView>;
