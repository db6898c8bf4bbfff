import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import type { CooperationForm } from '../../../shared/cooperations/forms';
import { IOP_GUIDING_CRITERIA, IOP_LEGAL_TESTS } from '../../../shared/cooperations/gate.types';
import { isFrameworkAgreementForm } from '../../../shared/cooperations/procurement-gates.rules';

/** The forms of recorded facts the checklist opens, in the order they are listed. */
export const FACT_SECTION_KEYS = [
  'competence',
  'singleOut',
  'iopAssessment',
  'preStudy',
  'vida',
  'contractor',
  'reservedPredecessor',
  'frameworkAgreement',
  'knownEmployer',
] as const;
export type FactSectionKey = (typeof FACT_SECTION_KEYS)[number];

type SectionSpec = { requirement: string; titleKey: string; appliesTo: (form: CooperationForm) => boolean };

/** What each section records: the requirement behind it, its title and the forms that have it. */
export const FACT_SECTIONS = {
  competence: { requirement: 'FRM-2', titleKey: 'cooperations.competenceTitle', appliesTo: () => true },
  singleOut: { requirement: 'INI-5', titleKey: 'cooperations.singleOutTitle', appliesTo: (f) => f === 'informal' },
  iopAssessment: { requirement: 'IOP-2', titleKey: 'cooperations.iopAssessmentTitle', appliesTo: (f) => f === 'iop' },
  preStudy: { requirement: 'IOP-4', titleKey: 'cooperations.preStudyTitle', appliesTo: (f) => f === 'iop' },
  vida: { requirement: 'FRM-5', titleKey: 'cooperations.vidaTitle', appliesTo: (f) => f === 'vida' },
  contractor: { requirement: 'FRM-4', titleKey: 'cooperations.contractorTitle', appliesTo: (f) => f === 'external_funding' },
  reservedPredecessor: { requirement: 'FRM-6', titleKey: 'cooperations.reservedPredecessorTitle', appliesTo: (f) => f === 'reserved_contract' },
  frameworkAgreement: { requirement: 'FRM-9', titleKey: 'cooperations.frameworkTitle', appliesTo: isFrameworkAgreementForm },
  knownEmployer: { requirement: 'EMP-2', titleKey: 'cooperations.knownEmployerTitle', appliesTo: (f) => f === 'job_partnership' },
} as const satisfies Record<FactSectionKey, SectionSpec>;

/** The fact sections a cooperation of this form has. */
export function factSectionsOf(form: CooperationForm): FactSectionKey[] {
  return FACT_SECTION_KEYS.filter((key) => FACT_SECTIONS[key].appliesTo(form));
}

export type FactSectionState = 'recorded' | 'partly' | 'missing';

const stateOf = (done: number, total: number): FactSectionState => (done === 0 ? 'missing' : done < total ? 'partly' : 'recorded');
const filled = (text: string | undefined) => typeof text === 'string' && text.trim() !== '';

/** How much of a section is recorded, as the list of facts shows it (not whether its gates hold). */
export function factSectionState(key: FactSectionKey, cooperation: Pick<CooperationView, 'facts'>): FactSectionState {
  const f = cooperation.facts;
  switch (key) {
    case 'competence': {
      const parts = [f.competence.withinCompetence, f.competence.withinMission, f.competence.addsValue];
      return stateOf(parts.filter((a) => a !== null && filled(a.justification)).length, parts.length);
    }
    case 'iopAssessment': {
      if (!f.iopAssessment) return 'missing';
      const tests = IOP_LEGAL_TESTS.filter((test) => filled(f.iopAssessment?.tests[test]?.justification)).length;
      const criteria = IOP_GUIDING_CRITERIA.filter((c) => filled(f.iopAssessment?.criteria[c]?.justification)).length;
      return stateOf(tests + criteria, IOP_LEGAL_TESTS.length + IOP_GUIDING_CRITERIA.length);
    }
    case 'preStudy':
      return f.preStudy ? 'recorded' : 'missing';
    case 'singleOut':
      return f.singlesOutOrganisation ? 'recorded' : 'missing';
    case 'vida':
      return f.vidaOccasions !== null ? 'recorded' : 'missing';
    case 'contractor':
      return f.organisationActsAsContractor !== null ? 'recorded' : 'missing';
    case 'reservedPredecessor':
      return f.reservedPredecessor ? 'recorded' : 'missing';
    case 'frameworkAgreement':
      return f.frameworkAgreement !== null ? 'recorded' : 'missing';
    case 'knownEmployer':
      return f.knownEmployer && filled(f.knownEmployer.justification) ? 'recorded' : 'missing';
  }
}
