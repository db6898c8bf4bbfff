import { z } from 'zod';
import { DOCUMENT_TYPES, PARTNER_CONTROL_DOCUMENTS } from './partner-control.rules';

export const documentTypeSchema = z.enum(DOCUMENT_TYPES);
export const partnerControlDocumentSchema = z.enum(PARTNER_CONTROL_DOCUMENTS);

/** Query of an upload: what the document is and which year it concerns; the file is the body. */
export const uploadDocumentQuery = z.strictObject({
  documentType: documentTypeSchema,
  year: z.coerce.number().int().min(1900, { error: 'validation.year' }).max(2200, { error: 'validation.year' }),
  note: z.string().trim().max(500).optional(),
});
export type UploadDocumentQuery = z.infer<typeof uploadDocumentQuery>;

export const organisationDocumentView = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  documentType: documentTypeSchema,
  year: z.number().int(),
  note: z.string().nullable(),
  file: z.object({ id: z.uuid(), originalName: z.string(), mediaType: z.string(), sizeBytes: z.number().int() }),
  uploadedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  uploadedAt: z.string(),
});
export type OrganisationDocumentView = z.infer<typeof organisationDocumentView>;

export const checklistItemView = z.discriminatedUnion('status', [
  z.object({ documentType: partnerControlDocumentSchema, status: z.literal('received'), documentId: z.uuid(), year: z.number().int() }),
  z.object({ documentType: partnerControlDocumentSchema, status: z.literal('not_existing'), reason: z.string() }),
  z.object({ documentType: partnerControlDocumentSchema, status: z.literal('missing') }),
]);

export const documentsOverviewView = z.object({
  /** Every document version, newest first; earlier uploads of the same type and year are kept. */
  documents: z.array(organisationDocumentView),
  /** The partner-control checklist (ORG-4); asked of civil-society organisations. */
  checklist: z.array(checklistItemView),
  checklistApplies: z.boolean(),
  checklistComplete: z.boolean(),
});
export type DocumentsOverviewView = z.infer<typeof documentsOverviewView>;

export const absenceInput = z.strictObject({
  /** Why the document does not exist; null withdraws an earlier note. */
  reason: z.string().trim().min(1, { error: 'validation.reason' }).max(1_000).nullable(),
});
export type AbsenceInput = z.infer<typeof absenceInput>;
