import { describe, expect, it } from 'vitest';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { factSectionState, factSectionsOf } from './fact-sections';

const affirmed = { affirmed: true, justification: 'Motiverat' };
const facts = (over: Partial<CooperationView['facts']> = {}): Pick<CooperationView, 'facts'> => ({
  facts: {
    competence: { withinCompetence: null, withinMission: null, addsValue: null },
    iopAssessment: null,
    preStudy: null,
    vidaOccasions: null,
    organisationActsAsContractor: null,
    singlesOutOrganisation: null,
    reservedPredecessor: null,
    frameworkAgreement: null,
    knownEmployer: null,
    ...over,
  },
});

describe('the forms of facts the checklist opens', () => {
  it('FRM-2 for every form; FRM-6 for reserved contracts, FRM-9 for procurements, IOP-2/IOP-4 for an IOP', () => {
    expect(factSectionsOf('reserved_contract')).toEqual(['competence', 'reservedPredecessor']);
    expect(factSectionsOf('procurement')).toEqual(['competence', 'frameworkAgreement']);
    // Welfare services below the threshold may run without a fixed term (FRM-7): no FRM-9 form.
    expect(factSectionsOf('welfare_procurement')).toEqual(['competence']);
    expect(factSectionsOf('iop')).toEqual(['competence', 'iopAssessment', 'preStudy']);
    expect(factSectionsOf('informal')).toEqual(['competence', 'singleOut']);
  });

  it('FRM-2: competence is filled in only with all three affirmations justified', () => {
    expect(factSectionState('competence', facts())).toBe('missing');
    expect(factSectionState('competence', facts({ competence: { withinCompetence: affirmed, withinMission: affirmed, addsValue: null } }))).toBe('partly');
    expect(factSectionState('competence', facts({ competence: { withinCompetence: affirmed, withinMission: affirmed, addsValue: affirmed } }))).toBe('recorded');
  });

  it('FRM-6, FRM-9: an explicit answer counts as filled in, also "first" and "no"', () => {
    expect(factSectionState('reservedPredecessor', facts())).toBe('missing');
    expect(factSectionState('reservedPredecessor', facts({ reservedPredecessor: { kind: 'first' } }))).toBe('recorded');
    expect(factSectionState('frameworkAgreement', facts({ frameworkAgreement: false }))).toBe('recorded');
  });
});
