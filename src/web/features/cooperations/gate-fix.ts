import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import type { GateResult } from '../../../shared/cooperations/gate.types';
import type { FactSectionKey } from './fact-sections';

/** Where a gate is fixed, as the checklist links to it. */
export type FixTarget =
  /** A form of recorded facts, opened from the checklist. */
  | { kind: 'section'; section: FactSectionKey }
  /** A field of the cooperation's edit form on the overview tab. */
  | { kind: 'edit'; field: string }
  /** The parties' organisation pages, on the tab where the condition is fixed. */
  | { kind: 'organisations'; tab: 'democracy' | 'documents'; parties: { id: string; name: string }[] }
  /** The review group's handling of the initiative the cooperation came from. */
  | { kind: 'review'; initiativeId: string | null }
  /** A section of the overview tab by element id: the agreements (IOP-5) or the governance (IOP-6). */
  | { kind: 'overview-section'; sectionId: 'agreements-heading' | 'governance-heading' }
  /** EMP-2: the employer parties' controls pages (or their employer pages for membership). */
  | { kind: 'employers'; page: 'controls' | 'employer'; parties: { id: string; name: string }[] };

// Gates fixed in the edit form carry the field they need; `fixAt` alone would say only "terms".
const EDIT_FIELDS: Record<string, string> = {
  'ini6.responsible-manager': 'responsibleManagerId',
  'frm3.no-compensation': 'compensationSek',
  'frm6.term': 'endDate',
  'frm1.party': 'organisationIds',
  'iop1.civil-society-party': 'organisationIds',
};

// Gates recorded in a fact section, by gate id; `fixAt` alone would not tell the terms' sections apart.
const SECTIONS: Record<string, FactSectionKey> = {
  'frm2.competence': 'competence',
  'frm2.mission': 'competence',
  'frm2.adds-value': 'competence',
  'ini5.not-singling-out': 'singleOut',
  'iop2.legal-tests': 'iopAssessment',
  'iop2.guiding-criteria': 'iopAssessment',
  'iop4.pre-study': 'preStudy',
  'frm5.occasions': 'vida',
  'frm4.not-contractor': 'contractor',
  'frm6.previous-holder': 'reservedPredecessor',
  'frm9.framework-term': 'frameworkAgreement',
  'emp2.known-employer': 'knownEmployer',
};

const SECTIONS_BY_FIX_AT: Partial<Record<GateResult['fixAt'], FactSectionKey>> = {
  competence: 'competence',
  'iop-assessment': 'iopAssessment',
  'pre-study': 'preStudy',
};

/**
 * Where the user fixes (or looks up) a gate: the form of recorded facts or the edit-form field of
 * this page, the agreements or governance section of its overview, the organisation pages of the
 * parties concerned (democracy conditions, partner control), or the review group's handling of the initiative.
 */
export function fixTarget(gate: Pick<GateResult, 'gate' | 'fixAt'>, cooperation: Pick<CooperationView, 'parties' | 'initiativeId'>): FixTarget {
  const field = EDIT_FIELDS[gate.gate];
  if (field) return { kind: 'edit', field };
  const section = SECTIONS[gate.gate] ?? SECTIONS_BY_FIX_AT[gate.fixAt];
  if (section) return { kind: 'section', section };
  // IOP-5: the agreement's terms and signed document; IOP-6: the steering group of both parties.
  if (gate.gate.startsWith('iop5.')) return { kind: 'overview-section', sectionId: 'agreements-heading' };
  if (gate.gate.startsWith('iop6.')) return { kind: 'overview-section', sectionId: 'governance-heading' };
  if (gate.gate === 'emp2.controls' || gate.gate === 'emp2.member') {
    const employers = cooperation.parties.filter((p) => p.kind === 'employer').map((p) => ({ id: p.id, name: p.name }));
    return { kind: 'employers', page: gate.gate === 'emp2.controls' ? 'controls' : 'employer', parties: employers };
  }
  if (gate.fixAt === 'organisation') {
    const democracy = gate.gate.startsWith('dem');
    const civilSociety = cooperation.parties.filter((p) => p.kind === 'civil_society');
    const concerned = democracy ? civilSociety.filter((p) => p.democracyStatus !== 'eligible') : civilSociety;
    return {
      kind: 'organisations',
      tab: democracy ? 'democracy' : 'documents',
      parties: (concerned.length > 0 ? concerned : civilSociety).map((p) => ({ id: p.id, name: p.name })),
    };
  }
  if (gate.fixAt === 'review') return { kind: 'review', initiativeId: cooperation.initiativeId };
  if (gate.fixAt === 'parties') return { kind: 'edit', field: 'organisationIds' };
  return { kind: 'edit', field: 'title' };
}
