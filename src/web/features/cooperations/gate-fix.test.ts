import { describe, expect, it } from 'vitest';
import { fixTarget } from './gate-fix';

const parties = [
  { id: 'a', name: 'Förening A', kind: 'civil_society' as const, democracyStatus: 'eligible' as const },
  { id: 'b', name: 'Förening B', kind: 'civil_society' as const, democracyStatus: 'expired' as const },
  { id: 'c', name: 'Bolaget', kind: 'employer' as const, democracyStatus: 'not_assessed' as const },
];
const cooperation = { parties, initiativeId: 'i-1' };

describe('where an unmet gate is fixed', () => {
  it('FRM-2: competence, mission and added value are recorded in the competence form of the checklist', () => {
    for (const gate of ['frm2.competence', 'frm2.mission', 'frm2.adds-value']) {
      expect(fixTarget({ gate, fixAt: 'competence' }, cooperation)).toEqual({ kind: 'section', section: 'competence' });
    }
  });

  it('FRM-6: the earlier reserved contract and FRM-9: the framework agreement have forms of their own; the FRM-6 term is an edit field', () => {
    expect(fixTarget({ gate: 'frm6.previous-holder', fixAt: 'terms' }, cooperation)).toEqual({ kind: 'section', section: 'reservedPredecessor' });
    expect(fixTarget({ gate: 'frm9.framework-term', fixAt: 'terms' }, cooperation)).toEqual({ kind: 'section', section: 'frameworkAgreement' });
    expect(fixTarget({ gate: 'frm6.term', fixAt: 'terms' }, cooperation)).toEqual({ kind: 'edit', field: 'endDate' });
  });

  it('DEM-3: links to the democracy tab of the civil-society parties not eligible', () => {
    expect(fixTarget({ gate: 'dem3.democracy', fixAt: 'organisation' }, cooperation)).toEqual({
      kind: 'organisations',
      tab: 'democracy',
      parties: [{ id: 'b', name: 'Förening B' }],
    });
  });

  it('IOP-3: links to the documents tab of every civil-society party', () => {
    const target = fixTarget({ gate: 'iop3.partner-control', fixAt: 'organisation' }, cooperation);
    expect(target).toMatchObject({ kind: 'organisations', tab: 'documents' });
    expect(target.kind === 'organisations' && target.parties.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('FRM-6 and INI-6 are fixed in the edit form, on their field', () => {
    expect(fixTarget({ gate: 'frm6.term', fixAt: 'terms' }, cooperation)).toEqual({ kind: 'edit', field: 'endDate' });
    expect(fixTarget({ gate: 'ini6.responsible-manager', fixAt: 'overview' }, cooperation)).toEqual({ kind: 'edit', field: 'responsibleManagerId' });
  });

  it('FRM-5 and FRM-4 have sections of their own; INI-2 points at the initiative', () => {
    expect(fixTarget({ gate: 'frm5.occasions', fixAt: 'terms' }, cooperation)).toEqual({ kind: 'section', section: 'vida' });
    expect(fixTarget({ gate: 'frm4.not-contractor', fixAt: 'terms' }, cooperation)).toEqual({ kind: 'section', section: 'contractor' });
    expect(fixTarget({ gate: 'ini2.review-consulted', fixAt: 'review' }, cooperation)).toEqual({ kind: 'review', initiativeId: 'i-1' });
  });

  it('IOP-5 leads to the agreements and IOP-6 to the governance of the overview tab', () => {
    for (const gate of ['iop5.terms-checklist', 'iop5.signed-agreement']) {
      expect(fixTarget({ gate, fixAt: 'terms' }, cooperation)).toEqual({ kind: 'overview-section', sectionId: 'agreements-heading' });
    }
    expect(fixTarget({ gate: 'iop6.steering-group', fixAt: 'organisation' }, cooperation)).toEqual({ kind: 'overview-section', sectionId: 'governance-heading' });
  });
});
