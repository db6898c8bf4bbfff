import { describe, expect, it } from 'vitest';
import { diffVersions, IOP_TERM_LABELS, IOP_TERMS, isTermsChecklistComplete, missingTerms, type Terms } from './terms.rules';

const allComplete = (): Terms => Object.fromEntries(IOP_TERMS.map((t) => [t, { text: `Text om ${t}`, complete: true }]));
const version = (terms: Terms, over: Partial<Parameters<typeof diffVersions>[0]> = {}) => ({
  terms,
  startDate: '2026-01-01',
  endDate: '2027-12-31',
  noticeMonths: 6,
  parties: [{ organisationId: 'a', signatory: 'Anna' }],
  economy: [{ year: 2026, organisationId: 'a', moneySek: 100, inKindSek: 50 }],
  ...over,
});

describe('IOP terms checklist (IOP-5)', () => {
  it('IOP-5: the checklist has the eleven sections, each with Swedish and English headings', () => {
    expect(IOP_TERMS).toHaveLength(11);
    expect(IOP_TERMS).toEqual(expect.arrayContaining(['purpose', 'goals', 'values', 'target_group', 'economy', 'term', 'follow_up']));
    for (const t of IOP_TERMS) expect(IOP_TERM_LABELS[t].sv.length * IOP_TERM_LABELS[t].en.length).toBeGreaterThan(0);
    expect(IOP_TERM_LABELS.renegotiation_termination_dispute.sv).toBe('Omförhandling, uppsägning, hävning och tvist');
  });

  it('IOP-5: complete only when every section has text and is marked complete', () => {
    expect(isTermsChecklistComplete(allComplete())).toBe(true);
    expect(isTermsChecklistComplete({})).toBe(false);
    expect(missingTerms({})).toEqual([...IOP_TERMS]);
  });

  it('IOP-5: an unmarked section, an empty text and an absent section each count as missing', () => {
    const terms = allComplete();
    terms.goals = { text: 'Mål', complete: false };
    terms.values = { text: '   ', complete: true };
    delete terms.economy;
    expect(missingTerms(terms)).toEqual(['goals', 'values', 'economy']);
    expect(isTermsChecklistComplete(terms)).toBe(false);
  });
});

describe('side-by-side comparison of versions (AGR-7)', () => {
  it('AGR-7: marks exactly the changed fields and sections, with before and after', () => {
    const before = allComplete();
    const after = { ...allComplete(), goals: { text: 'Nya mål', complete: true } };
    const rows = diffVersions(version(before), version(after, { noticeMonths: 3 }));
    expect(rows.filter((r) => r.changed).map((r) => r.field)).toEqual(['noticeMonths', 'terms.goals']);
    expect(rows.find((r) => r.field === 'terms.goals')).toEqual({
      field: 'terms.goals',
      before: { text: 'Text om goals', complete: true },
      after: { text: 'Nya mål', complete: true },
      changed: true,
    });
    expect(rows).toHaveLength(5 + IOP_TERMS.length);
  });

  it('AGR-7: key order of stored JSON is not a change; a section added is', () => {
    const a = version({ purpose: { text: 'Syfte', complete: true } });
    const b = version({ purpose: { complete: true, text: 'Syfte' } as never }, { parties: [{ signatory: 'Anna', organisationId: 'a' }] });
    expect(diffVersions(a, b).some((r) => r.changed)).toBe(false);
    const c = version({ purpose: { text: 'Syfte', complete: true }, goals: { text: 'Mål', complete: false } });
    const added = diffVersions(a, c).filter((r) => r.changed);
    expect(added).toEqual([{ field: 'terms.goals', before: null, after: { text: 'Mål', complete: false }, changed: true }]);
  });

  it('AGR-7: an optional property null in one version and absent in the other is not a change; a new value is', () => {
    const row = { year: 2026, organisationId: 'a', moneySek: 1000, inKindSek: 0 };
    const a = version({}, { economy: [{ ...row, note: null }] });
    const b = version({}, { economy: [row] });
    expect(diffVersions(a, b).some((r) => r.changed)).toBe(false);
    const c = version({}, { economy: [{ ...row, note: 'Lokaler' }] });
    expect(diffVersions(a, c).filter((r) => r.changed).map((r) => r.field)).toEqual(['economy']);
  });
});
