/** The terms an IOP agreement must consider (IOP-5), in the order the agreement sets them out. */
export const IOP_TERMS = [
  'purpose',
  'goals',
  'values',
  'target_group',
  'efforts_and_commitments',
  'organisation',
  'documentation_and_reporting',
  'economy',
  'term',
  'follow_up',
  'renegotiation_termination_dispute',
] as const;
export type IopTerm = (typeof IOP_TERMS)[number];

/** Swedish and English headings of the terms sections (IOP-5). */
export const IOP_TERM_LABELS: Record<IopTerm, { sv: string; en: string }> = {
  purpose: { sv: 'Syfte', en: 'Purpose' },
  goals: { sv: 'Mål', en: 'Goals' },
  values: { sv: 'Värdegrund', en: 'Values' },
  target_group: { sv: 'Målgrupp', en: 'Target group' },
  efforts_and_commitments: { sv: 'Insatser och åtaganden', en: 'Efforts and commitments' },
  organisation: { sv: 'Organisation', en: 'Organisation' },
  documentation_and_reporting: { sv: 'Dokumentation och rapportering', en: 'Documentation and reporting' },
  economy: { sv: 'Ekonomi', en: 'Economy' },
  term: { sv: 'Avtalstid', en: 'Term' },
  follow_up: { sv: 'Uppföljning', en: 'Follow-up' },
  renegotiation_termination_dispute: {
    sv: 'Omförhandling, uppsägning, hävning och tvist',
    en: 'Renegotiation, termination, rescission and dispute',
  },
};

/** One terms section: its text and whether the parties consider it complete. */
export type TermSection = { text: string; complete: boolean };
export type Terms = Partial<Record<IopTerm, TermSection>>;

/** The sections not yet complete: missing, marked incomplete, or complete but without text (IOP-5). */
export function missingTerms(terms: Terms): IopTerm[] {
  return IOP_TERMS.filter((t) => {
    const section = terms[t];
    return !section || !section.complete || section.text.trim().length === 0;
  });
}

/** True when every IOP-5 section has text and is marked complete. */
export function isTermsChecklistComplete(terms: Terms): boolean {
  return missingTerms(terms).length === 0;
}

/** One row of a side-by-side comparison: a field or section, its value before and after. */
export type VersionDiff = { field: string; before: unknown; after: unknown; changed: boolean };

/** The comparable content of one agreement version. */
export type ComparableVersion = {
  terms: Terms;
  startDate: string | null;
  endDate: string | null;
  noticeMonths: number | null;
  parties: unknown[];
  economy: unknown[];
};

// Key order must not count as a change: jsonb returns object keys in its own order. Nor does an
// optional property written as null in one version and left out in the other (e.g. an economy note).
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Side by side, every field and every terms section of two versions with whether it changed
 * (AGR-7): term dates, notice, parties, economy, then the sections in IOP-5 order.
 */
export function diffVersions(from: ComparableVersion, to: ComparableVersion): VersionDiff[] {
  const row = (field: string, before: unknown, after: unknown): VersionDiff => ({
    field,
    before: before ?? null,
    after: after ?? null,
    changed: canonical(before) !== canonical(after),
  });
  return [
    row('startDate', from.startDate, to.startDate),
    row('endDate', from.endDate, to.endDate),
    row('noticeMonths', from.noticeMonths, to.noticeMonths),
    row('parties', from.parties, to.parties),
    row('economy', from.economy, to.economy),
    ...IOP_TERMS.map((t) => row(`terms.${t}`, from.terms[t], to.terms[t])),
  ];
}
