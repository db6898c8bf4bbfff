import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { PARTNER_REPORT_STATUSES, REPORT_PERIOD_PATTERN } from './partner-report.rules';

const person = z.object({ id: z.uuid(), name: z.string() });
const requiredText = (max: number, error = 'validation.required') => z.string({ error }).trim().min(1, { error }).max(max);

/** A report period in a path: `2026-H1`, `2026-H2` or `2026`. */
export const reportPeriod = z
  .string({ error: 'validation.reportPeriod' })
  .regex(REPORT_PERIOD_PATTERN, { error: 'validation.reportPeriod' })
  .refine((p) => Number(p.slice(0, 4)) >= 1900 && Number(p.slice(0, 4)) <= 2200, { error: 'validation.reportPeriod' });

export const partnerReportStatusSchema = z.enum(PARTNER_REPORT_STATUSES);

export const partnerReportFileView = z.object({ id: z.uuid(), originalName: z.string(), mediaType: z.string(), sizeBytes: z.number() });

export const partnerReportView = z.object({
  id: z.uuid(),
  cooperation: z.object({ id: z.uuid(), caseNumber: z.string().nullable(), title: z.string() }),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  period: z.string(),
  followUpText: z.string().nullable(),
  financialReport: partnerReportFileView.nullable(),
  status: partnerReportStatusSchema,
  reviewComment: z.string().nullable(),
  submittedBy: person.nullable(),
  submittedAt: z.string().nullable(),
  reviewedBy: person.nullable(),
  reviewedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type PartnerReportView = z.infer<typeof partnerReportView>;

export const partnerReportList = z.object({ items: z.array(partnerReportView) });
export type PartnerReportList = z.infer<typeof partnerReportList>;

/** The partner writes (or rewrites, when returned) the follow-up text of a report. */
export const savePartnerReportInput = z.strictObject({
  version: recordVersion.optional(),
  followUpText: z.string().trim().max(20_000).nullable(),
});
export type SavePartnerReportInput = z.infer<typeof savePartnerReportInput>;

export const versionOnlyInput = z.strictObject({ version: recordVersion });
export type VersionOnlyInput = z.infer<typeof versionOnlyInput>;

/** Staff return a report with a comment the partner sees. */
export const returnPartnerReportInput = z.strictObject({ version: recordVersion, comment: requiredText(5_000, 'validation.partnerReport.returnComment') });
export type ReturnPartnerReportInput = z.infer<typeof returnPartnerReportInput>;

export const partnerReportQuery = z.strictObject({
  status: partnerReportStatusSchema.optional(),
  cooperationId: z.uuid().optional(),
});
export type PartnerReportQuery = z.infer<typeof partnerReportQuery>;

/** One of the partner organisation's cooperations, with its reports for the periods asked about. */
export const partnerCooperationView = z.object({
  id: z.uuid(),
  caseNumber: z.string().nullable(),
  title: z.string(),
  form: z.string(),
  status: z.string(),
  reports: z.array(z.object({ period: z.string(), id: z.uuid().nullable(), status: partnerReportStatusSchema.nullable() })),
});
export type PartnerCooperationView = z.infer<typeof partnerCooperationView>;

export const partnerHomeView = z.object({
  organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  year: z.number().int(),
  cooperations: z.array(partnerCooperationView),
});
export type PartnerHomeView = z.infer<typeof partnerHomeView>;

export const partnerHomeQuery = z.strictObject({
  year: z.coerce.number({ error: 'validation.year' }).int({ error: 'validation.year' }).min(1900, { error: 'validation.year' }).max(2200, { error: 'validation.year' }).optional(),
});
export type PartnerHomeQuery = z.infer<typeof partnerHomeQuery>;
