import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { DEVIATION_PLACE_KINDS, DEVIATION_ROUTES, DEVIATION_SEVERITIES, DEVIATION_STATUSES } from './deviation.rules';

const requiredText = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max);
const isoDate = z.iso.date({ error: 'validation.date' });

export const deviationSeveritySchema = z.enum(DEVIATION_SEVERITIES);
export const deviationStatusSchema = z.enum(DEVIATION_STATUSES);
export const deviationPlaceKindSchema = z.enum(DEVIATION_PLACE_KINDS);

/**
 * A reported deviation (AGR-4): what happened, where (a cooperation, a governance body or a
 * routine in free text, each optionally with the cooperation concerned), severity and date.
 */
export const reportDeviationInput = z
  .strictObject({
    description: requiredText(5_000),
    placeKind: deviationPlaceKindSchema,
    cooperationId: z.uuid().nullable().optional(),
    bodyId: z.uuid().nullable().optional(),
    routine: z.string().trim().max(500).nullable().optional(),
    severity: deviationSeveritySchema,
    occurredOn: isoDate,
  })
  .superRefine((v, ctx) => {
    if (v.placeKind === 'cooperation' && !v.cooperationId) ctx.addIssue({ code: 'custom', path: ['cooperationId'], message: 'validation.required' });
    if (v.placeKind === 'body' && !v.bodyId) ctx.addIssue({ code: 'custom', path: ['bodyId'], message: 'validation.required' });
    if (v.placeKind === 'routine' && !v.routine) ctx.addIssue({ code: 'custom', path: ['routine'], message: 'validation.required' });
  });
export type ReportDeviationInput = z.infer<typeof reportDeviationInput>;

/** An action to take on a deviation, with its owner and due date. */
export const addDeviationActionInput = z.strictObject({
  version: recordVersion,
  text: requiredText(2_000),
  ownerUserId: z.uuid(),
  dueDate: isoDate,
});
export type AddDeviationActionInput = z.infer<typeof addDeviationActionInput>;

/** Marks an action done or not done. */
export const updateDeviationActionInput = z.strictObject({ version: recordVersion, done: z.boolean() });
export type UpdateDeviationActionInput = z.infer<typeof updateDeviationActionInput>;

/** The handler's decision, optionally referring to a joint decision of the routed body. */
export const decideDeviationInput = z.strictObject({
  version: recordVersion,
  decision: requiredText(5_000),
  governanceDecisionId: z.uuid().nullable().optional(),
});
export type DecideDeviationInput = z.infer<typeof decideDeviationInput>;

/** Closing needs a conclusion. */
export const closeDeviationInput = z.strictObject({ version: recordVersion, conclusion: requiredText(5_000) });
export type CloseDeviationInput = z.infer<typeof closeDeviationInput>;

export const deviationQuery = z.strictObject({
  status: deviationStatusSchema.optional(),
  severity: deviationSeveritySchema.optional(),
  cooperationId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export type DeviationQuery = z.infer<typeof deviationQuery>;

export const deviationExportQuery = deviationQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  /** Language of headers; a download link cannot send Accept-Language itself. */
  lang: z.enum(['sv', 'en']).optional(),
});
export type DeviationExportQuery = z.infer<typeof deviationExportQuery>;

const named = z.object({ id: z.string(), name: z.string() });

export const deviationSummary = z.object({
  id: z.string(),
  description: z.string(),
  placeKind: deviationPlaceKindSchema,
  cooperation: z.object({ id: z.string(), caseNumber: z.string(), title: z.string() }).nullable(),
  body: z.object({ id: z.string(), name: z.string(), type: z.string() }).nullable(),
  routine: z.string().nullable(),
  severity: deviationSeveritySchema,
  occurredOn: z.string(),
  status: deviationStatusSchema,
  route: z.object({
    reason: z.enum(DEVIATION_ROUTES),
    body: z.object({ id: z.string(), name: z.string(), type: z.string() }).nullable(),
    user: named.nullable(),
  }),
  overdue: z.boolean(),
  reportedBy: named.nullable(),
  reportedAt: z.string(),
  version: z.number(),
});
export type DeviationSummary = z.infer<typeof deviationSummary>;

export const deviationActionView = z.object({
  id: z.string(),
  text: z.string(),
  owner: named,
  dueDate: z.string(),
  done: z.boolean(),
  overdue: z.boolean(),
  version: z.number(),
});
export type DeviationActionView = z.infer<typeof deviationActionView>;

export const deviationView = deviationSummary.extend({
  /** Whether the caller may handle it: staff who keep the governance records, or the body or person it is routed to. */
  mayHandle: z.boolean(),
  actions: z.array(deviationActionView),
  decision: z.string().nullable(),
  governanceDecision: z.object({ id: z.string(), text: z.string() }).nullable(),
  decidedBy: named.nullable(),
  decidedAt: z.string().nullable(),
  conclusion: z.string().nullable(),
  closedBy: named.nullable(),
  closedAt: z.string().nullable(),
});
export type DeviationView = z.infer<typeof deviationView>;

export const deviationList = z.object({ items: z.array(deviationSummary), total: z.number() });
export type DeviationList = z.infer<typeof deviationList>;
