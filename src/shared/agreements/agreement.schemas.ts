import { z } from 'zod';
import { INT4_MAX, recordVersion, recordVersionFromText } from '../http/number.schemas';
import { IOP_TERMS } from './terms.rules';

export const AGREEMENT_STATUSES = ['draft', 'signed', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

const requiredText = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max);
const isoDate = z.iso.date({ error: 'validation.date' });
const sek = z.number({ error: 'validation.money' }).int({ error: 'validation.money' }).min(0, { error: 'validation.money' }).max(1_000_000_000_000);

export const termSectionSchema = z.strictObject({ text: z.string().max(20_000), complete: z.boolean() });
/** The IOP-5 sections, each optional until written. */
export const termsSchema = z.strictObject(Object.fromEntries(IOP_TERMS.map((t) => [t, termSectionSchema.optional()])) as {
  [K in (typeof IOP_TERMS)[number]]: z.ZodOptional<typeof termSectionSchema>;
});

export const agreementPartySchema = z.strictObject({ organisationId: z.uuid(), signatory: requiredText(200) });
export type AgreementParty = z.infer<typeof agreementPartySchema>;

export const economyRowSchema = z.strictObject({
  year: z.number({ error: 'validation.year' }).int({ error: 'validation.year' }).min(1900, { error: 'validation.year' }).max(2200, { error: 'validation.year' }),
  organisationId: z.uuid(),
  moneySek: sek,
  inKindSek: sek,
  note: z.string().trim().max(2_000).nullable().optional(),
});
export type EconomyRow = z.infer<typeof economyRowSchema>;

/** The content of a version that may be edited while it is an unsigned draft. */
const versionContent = {
  terms: termsSchema.optional(),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  noticeMonths: z.number({ error: 'validation.duration' }).int({ error: 'validation.duration' }).min(0, { error: 'validation.duration' }).max(120).nullable().optional(),
  parties: z.array(agreementPartySchema).max(20).optional(),
  economy: z.array(economyRowSchema).max(500).optional(),
};

const dateOrder = (v: { startDate?: string | null | undefined; endDate?: string | null | undefined }) =>
  !v.startDate || !v.endDate || v.startDate <= v.endDate;
const dateOrderError = { error: 'validation.dateRange', path: ['endDate'] };

export const createAgreementInput = z.strictObject({ cooperationId: z.uuid(), title: requiredText(300), ...versionContent }).refine(dateOrder, dateOrderError);
export type CreateAgreementInput = z.infer<typeof createAgreementInput>;

export const updateAgreementInput = z.strictObject({ version: recordVersion, title: requiredText(300).optional(), ...versionContent }).refine(dateOrder, dateOrderError);
export type UpdateAgreementInput = z.infer<typeof updateAgreementInput>;

export const reviseAgreementInput = z.strictObject({ version: recordVersion });
export type ReviseAgreementInput = z.infer<typeof reviseAgreementInput>;

export const agreementQuery = z.strictObject({ cooperationId: z.uuid() });
export const compareQuery = z.strictObject({ from: z.coerce.number().int().min(1).max(INT4_MAX), to: z.coerce.number().int().min(1).max(INT4_MAX) });
export const signedDocumentQuery = z.strictObject({ version: recordVersionFromText, signedOn: isoDate });
export type SignedDocumentQuery = z.infer<typeof signedDocumentQuery>;

const fileView = z.object({ id: z.uuid(), originalName: z.string(), mediaType: z.string(), sizeBytes: z.number() });

export const agreementVersionView = z.object({
  number: z.number().int(),
  terms: termsSchema,
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  noticeMonths: z.number().nullable(),
  parties: z.array(agreementPartySchema.extend({ name: z.string(), orgNumber: z.string().nullable() })),
  economy: z.array(economyRowSchema),
  signedFile: fileView.nullable(),
  signedOn: z.string().nullable(),
  termsComplete: z.boolean(),
  missingTerms: z.array(z.string()),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type AgreementVersionView = z.infer<typeof agreementVersionView>;

export const agreementSummaryView = z.object({
  id: z.uuid(),
  cooperationId: z.uuid(),
  title: z.string(),
  status: z.enum(AGREEMENT_STATUSES),
  currentVersion: z.number().int(),
  version: z.number().int(),
});
export type AgreementSummaryView = z.infer<typeof agreementSummaryView>;

export const annexVersionView = z.object({
  number: z.number().int(),
  fileId: z.uuid().nullable(),
  file: fileView.nullable(),
  text: z.string().nullable(),
  decisionReference: z.string(),
  decidedOn: z.string(),
  createdAt: z.string(),
});
export type AnnexVersionView = z.infer<typeof annexVersionView>;

export const annexView = z.object({ id: z.uuid(), agreementId: z.uuid(), number: z.number().int(), title: z.string(), versions: z.array(annexVersionView) });
export type AnnexView = z.infer<typeof annexView>;

export const agreementDetailView = agreementSummaryView.extend({
  current: agreementVersionView,
  versions: z.array(z.object({ number: z.number().int(), createdAt: z.string(), signedOn: z.string().nullable() })),
  annexes: z.array(annexView),
});
export type AgreementDetailView = z.infer<typeof agreementDetailView>;

/** A row of a cooperation's agreement list: the current version's signing and checklist state too. */
export const agreementListItemView = agreementSummaryView.extend({
  signedOn: z.string().nullable(),
  termsComplete: z.boolean(),
  missingTermsCount: z.number().int(),
});
export type AgreementListItemView = z.infer<typeof agreementListItemView>;

export const agreementListView = z.object({ items: z.array(agreementListItemView), nextCursor: z.string().nullable(), total: z.number().int() });
export type AgreementListView = z.infer<typeof agreementListView>;

export const agreementCompareView = z.object({
  from: z.number().int(),
  to: z.number().int(),
  rows: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown(), changed: z.boolean() })),
});
export type AgreementCompareView = z.infer<typeof agreementCompareView>;

export const createAnnexInput = z.strictObject({ title: requiredText(300) });
export type CreateAnnexInput = z.infer<typeof createAnnexInput>;

export const createAnnexVersionInput = z.strictObject({
  decisionReference: requiredText(200),
  decidedOn: isoDate,
  text: z.string().trim().max(50_000).nullable().optional(),
});
export type CreateAnnexVersionInput = z.infer<typeof createAnnexVersionInput>;

/** An annex version filed as a document: the decision comes in the query, the file as multipart (AGR-7). */
export const annexVersionFileQuery = z.strictObject({ decisionReference: requiredText(200), decidedOn: isoDate });
export type AnnexVersionFileQuery = z.infer<typeof annexVersionFileQuery>;
export const versionNumberParams = z.strictObject({ id: z.uuid(), number: z.coerce.number().int().min(1).max(INT4_MAX) });
