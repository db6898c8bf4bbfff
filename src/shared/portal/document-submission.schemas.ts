import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { partnerControlDocumentSchema } from '../organisations/document.schemas';
import { SUBMISSION_STATUSES } from './document-submission.rules';

const year = z.coerce.number().int().min(1900, { error: 'validation.year' }).max(2200, { error: 'validation.year' });

/** Query of a partner's upload: which ORG-4 document it is and the year it concerns; the file is the body. */
export const submitDocumentQuery = z.strictObject({
  documentType: partnerControlDocumentSchema,
  year,
  note: z.string().trim().max(500).optional(),
});
export type SubmitDocumentQuery = z.infer<typeof submitDocumentQuery>;

/** A partner's note that an ORG-4 document does not exist, with the reason ("finns inte"). */
export const submitAbsenceInput = z.strictObject({
  documentType: partnerControlDocumentSchema,
  reason: z.string().trim().min(1, { error: 'validation.reason' }).max(1_000),
});
export type SubmitAbsenceInput = z.infer<typeof submitAbsenceInput>;

/** Accepting a submission at the version the staff member saw. */
export const acceptSubmissionInput = z.strictObject({ version: recordVersion });
export type AcceptSubmissionInput = z.infer<typeof acceptSubmissionInput>;

/** Returning a submission needs a comment: the partner reads it and submits again. */
export const returnSubmissionInput = z.strictObject({
  version: recordVersion,
  comment: z.string().trim().min(1, { error: 'validation.submission.returnComment' }).max(2_000),
});
export type ReturnSubmissionInput = z.infer<typeof returnSubmissionInput>;

const person = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const documentSubmissionView = z.object({
  id: z.uuid(),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  documentType: partnerControlDocumentSchema,
  /** The year the document concerns; null for a note that it does not exist. */
  year: z.number().int().nullable(),
  absenceReason: z.string().nullable(),
  note: z.string().nullable(),
  file: z.object({ id: z.uuid(), originalName: z.string(), mediaType: z.string(), sizeBytes: z.number() }).nullable(),
  status: z.enum(SUBMISSION_STATUSES),
  submittedBy: person,
  submittedAt: z.string(),
  reviewedBy: person,
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  version: z.number().int(),
});
export type DocumentSubmissionView = z.infer<typeof documentSubmissionView>;

export const documentSubmissionList = z.object({ items: z.array(documentSubmissionView) });
export type DocumentSubmissionList = z.infer<typeof documentSubmissionList>;

/** Which submissions staff list: those waiting (default) or every one. */
export const submissionListQuery = z.strictObject({ status: z.enum(['submitted', 'all']).default('submitted') });
export type SubmissionListQuery = z.infer<typeof submissionListQuery>;
