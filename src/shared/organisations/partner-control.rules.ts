/**
 * The partner-control documents asked of a civil-society organisation before an IOP (ORG-4),
 * in the order of the city's guidelines. Each is needed "if it exists".
 */
export const PARTNER_CONTROL_DOCUMENTS = [
  'statutes',
  'idea_description',
  'annual_meeting_minutes',
  'annual_activity_report',
  'financial_report',
  'audit_report',
  'activity_plan_and_board',
  'member_count',
] as const;

export type PartnerControlDocument = (typeof PARTNER_CONTROL_DOCUMENTS)[number];

/** Documents an organisation can hold: the eight control documents and anything else. */
export const DOCUMENT_TYPES = [...PARTNER_CONTROL_DOCUMENTS, 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export type ChecklistItem =
  | { documentType: PartnerControlDocument; status: 'received'; documentId: string; year: number }
  | { documentType: PartnerControlDocument; status: 'not_existing'; reason: string }
  | { documentType: PartnerControlDocument; status: 'missing' };

export type DocumentFact = { id: string; documentType: DocumentType; year: number; uploadedAt: string };
export type AbsenceFact = { documentType: PartnerControlDocument; reason: string };

/**
 * The partner-control checklist (ORG-4): each document is received (the newest year's latest
 * upload), marked as not existing with a reason, or missing. A received document wins over an
 * earlier note that it did not exist.
 */
export function partnerControlChecklist(documents: DocumentFact[], absences: AbsenceFact[]): ChecklistItem[] {
  return PARTNER_CONTROL_DOCUMENTS.map((documentType): ChecklistItem => {
    const newest = documents
      .filter((d) => d.documentType === documentType)
      .sort((a, b) => b.year - a.year || b.uploadedAt.localeCompare(a.uploadedAt))[0];
    if (newest) return { documentType, status: 'received', documentId: newest.id, year: newest.year };
    const absence = absences.find((a) => a.documentType === documentType);
    if (absence) return { documentType, status: 'not_existing', reason: absence.reason };
    return { documentType, status: 'missing' };
  });
}

/** True when no document of the checklist is missing (IOP-3 gates on this later). */
export function isPartnerControlComplete(items: ChecklistItem[]): boolean {
  return items.length === PARTNER_CONTROL_DOCUMENTS.length && items.every((i) => i.status !== 'missing');
}
