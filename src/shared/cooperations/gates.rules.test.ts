import { describe, expect, it } from 'vitest';
import { PARTNER_CONTROL_DOCUMENTS, type ChecklistItem } from '../organisations/partner-control.rules';
import type { CooperationForm } from './forms';
import { type CooperationGateFacts, IOP_GUIDING_CRITERIA, IOP_LEGAL_TESTS, type IopAssessment } from './gate.types';
import { evaluateGates, registerGates, unmetGates, validateCooperationFacts } from './gates.rules';
import { validateReservedPredecessor } from './procurement-gates.rules';

const TODAY = '2026-03-01';
const yes = { affirmed: true, justification: 'Bedömt av förvaltningens jurist' };
const completeControl: ChecklistItem[] = PARTNER_CONTROL_DOCUMENTS.map((documentType) => ({ documentType, status: 'not_existing', reason: 'Finns inte i föreningen' }));
const fullAssessment: IopAssessment = {
  tests: Object.fromEntries(IOP_LEGAL_TESTS.map((t) => [t, yes])),
  criteria: Object.fromEntries(IOP_GUIDING_CRITERIA.map((c) => [c, { answer: 'yes', justification: 'Motiverat i underlaget' }])),
};
const party = (over: Partial<CooperationGateFacts['parties'][number]> = {}): CooperationGateFacts['parties'][number] => ({
  organisationId: '00000000-0000-4000-8000-000000000001',
  name: 'Föreningen Gemenskap',
  kind: 'civil_society',
  democracyStatus: 'eligible',
  partnerControl: completeControl,
  ...over,
});

/** A cooperation of the form that meets every activation gate. */
const isEmployerForm = (form: CooperationForm) => form === 'integration_pact_membership' || form === 'job_partnership';

function ready(form: CooperationForm, over: Partial<CooperationGateFacts> = {}): CooperationGateFacts {
  return {
    form,
    status: 'preparing',
    competence: { withinCompetence: yes, withinMission: yes, addsValue: yes },
    responsibleManagerId: '00000000-0000-4000-8000-0000000000aa',
    // EMP-1: a membership's party is the employer, and its approved application stands in for the review group.
    parties: [isEmployerForm(form) ? party({ kind: 'employer', name: 'Exempelbolaget AB' }) : party()],
    // EMP-2: a job partnership's employer is a member, known to the city, with every control passed.
    ...(form === 'job_partnership'
      ? {
          knownEmployer: yes,
          employerControls: [{ organisationId: party().organisationId, name: 'Exempelbolaget AB', member: true, programme: 'inkop-2020', unmet: [] }],
        }
      : {}),
    membership:
      form === 'integration_pact_membership'
        ? { statements: { networkGoals: true, nonDiscrimination: true, genderEquality: true, equality: true, humanRights: true }, checkPassed: true, decision: 'approved' }
        : undefined,
    reviewGroup: { consulted: form !== 'informal', informed: form === 'informal' },
    compensationSek: form === 'informal' ? 0 : 500_000,
    valueSek: 500_000,
    startDate: '2026-04-01',
    endDate: '2027-03-31',
    iopAssessment: form === 'iop' ? fullAssessment : null,
    preStudy: form === 'iop' ? { date: '2026-02-01', scope: 'Språkcafé', goals: 'Fler i arbete', structure: 'Styrgrupp', roles: 'Delat', participants: 'AMF och föreningen' } : null,
    vidaOccasions: form === 'vida' ? 10 : null,
    organisationActsAsContractor: form === 'external_funding' ? false : null,
    singlesOutOrganisation: null,
    reservedPredecessor: form === 'reserved_contract' ? { kind: 'first' } : null,
    frameworkAgreement: form === 'procurement' ? false : null,
    agreement: form === 'iop' ? { termsComplete: true, missingTerms: [], signedDocument: true } : null,
    steeringGroup: form === 'iop' ? { cityRepresented: true, partnerRepresented: true } : null,
    ...over,
  };
}
const unmet = (facts: CooperationGateFacts, to: 'active' | 'under_review' | 'ended' = 'active') =>
  unmetGates(evaluateGates(facts, to, TODAY)).map((g) => g.gate);
const result = (facts: CooperationGateFacts, gate: string) => evaluateGates(facts, 'active', TODAY).find((g) => g.gate === gate);

describe('activation gates of every form', () => {
  it('every form that meets its facts has no unmet gate; each result cites a requirement in Swedish and English', () => {
    for (const form of ['iop', 'procurement', 'reserved_contract', 'welfare_procurement', 'direct_award', 'vida', 'informal', 'external_funding', 'integration_pact_membership', 'job_partnership', 'public_agreement'] as const) {
      const results = evaluateGates(ready(form), 'active', TODAY);
      expect(unmetGates(results), form).toEqual([]);
      for (const g of results) expect(g.requirement && g.why && g.whyEn && g.fixAt).toBeTruthy();
    }
  });

  it('FRM-2: municipal competence and mission must be affirmed with a non-empty justification', () => {
    expect(unmet(ready('procurement', { competence: { withinCompetence: null, withinMission: yes, addsValue: yes } }))).toEqual(['frm2.competence']);
    expect(unmet(ready('procurement', { competence: { withinCompetence: yes, withinMission: { affirmed: true, justification: '  ' }, addsValue: yes } }))).toEqual(['frm2.mission']);
    expect(unmet(ready('procurement', { competence: { withinCompetence: { affirmed: false, justification: 'Nej' }, withinMission: yes, addsValue: yes } }))).toEqual(['frm2.competence']);
    expect(result(ready('procurement'), 'frm2.competence')).toMatchObject({ met: true, requirement: 'FRM-2', fixAt: 'competence' });
  });

  it('DEM-3: every civil-society party must be eligible on the date; the others fail naming the party', () => {
    for (const status of ['not_assessed', 'not_eligible', 'expired'] as const) {
      const facts = ready('informal', { parties: [party(), party({ name: 'Klubben Solsidan', democracyStatus: status })] });
      const gate = result(facts, 'dem3.democracy');
      expect(gate).toMatchObject({ met: false, requirement: 'DEM-3' });
      expect(gate?.why).toContain('Klubben Solsidan');
      expect(gate?.why).not.toContain('Föreningen Gemenskap');
    }
    expect(result(ready('informal', { parties: [party(), party({ kind: 'employer', democracyStatus: 'not_assessed' })] }), 'dem3.democracy')?.met).toBe(true);
  });

  it('INI-6: a responsible manager must be set', () => {
    expect(unmet(ready('vida', { responsibleManagerId: null }))).toEqual(['ini6.responsible-manager']);
  });

  it('INI-2: a formal form needs the review group consulted; INI-3: informal needs it informed', () => {
    expect(unmet(ready('procurement', { reviewGroup: { consulted: false, informed: true } }))).toEqual(['ini2.review-consulted']);
    expect(unmet(ready('informal', { reviewGroup: { consulted: false, informed: false } }))).toEqual(['ini3.review-informed']);
    expect(unmet(ready('informal', { reviewGroup: { consulted: false, informed: true } }))).toEqual([]);
  });

  it('FRM-1: a cooperation needs at least one party; IOP-1: an IOP at least one civil-society party', () => {
    expect(unmet(ready('procurement', { parties: [] }))).toEqual(['frm1.party']);
    expect(unmet(ready('procurement', { parties: [party({ kind: 'employer' })] }))).toEqual([]);
    expect(unmet(ready('iop', { parties: [party({ kind: 'public_body' })] }))).toEqual(['iop1.civil-society-party']);
  });

  it('IOP-5, IOP-6: activating an IOP also needs complete terms, a signed agreement and a two-party steering group', () => {
    const none = { agreement: null, steeringGroup: null };
    expect(unmet(ready('iop', none))).toEqual(['iop5.terms-checklist', 'iop5.signed-agreement', 'iop6.steering-group']);
    expect(unmet(ready('iop', { steeringGroup: { cityRepresented: true, partnerRepresented: false } }))).toEqual(['iop6.steering-group']);
    // Other forms do not need an IOP agreement or a steering group.
    expect(unmet(ready('public_agreement', none))).toEqual([]);
  });

  it('gates apply to activation only: ending or reviewing has no built-in gates', () => {
    const bare = ready('iop', { competence: { withinCompetence: null, withinMission: null, addsValue: null }, parties: [], preStudy: null, iopAssessment: null });
    expect(unmet(bare, 'ended')).toEqual([]);
    expect(unmet(bare, 'under_review')).toEqual([]);
  });
});

describe('per-form activation gates', () => {
  it('FRM-3: informal cooperation refuses compensation; 0 or unknown passes', () => {
    expect(unmet(ready('informal', { compensationSek: 1 }))).toEqual(['frm3.no-compensation']);
    expect(unmet(ready('informal', { compensationSek: null }))).toEqual([]);
  });
  it('INI-5: informal cooperation refuses singling out an organisation when that is affirmed', () => {
    expect(unmet(ready('informal', { singlesOutOrganisation: { affirmed: true, justification: 'Bara en förening tillfrågades' } }))).toEqual(['ini5.not-singling-out']);
    expect(unmet(ready('informal', { singlesOutOrganisation: { affirmed: false, justification: 'Alla fick anmäla intresse' } }))).toEqual([]);
  });
  it('FRM-6: a reserved contract needs start and end date and at most 36 months (37 refused)', () => {
    expect(unmet(ready('reserved_contract', { startDate: '2026-01-01', endDate: '2028-12-31' }))).toEqual([]);
    expect(unmet(ready('reserved_contract', { startDate: '2026-01-01', endDate: '2029-01-01' }))).toEqual(['frm6.term']);
    expect(unmet(ready('reserved_contract', { startDate: '2026-01-01', endDate: '2029-01-31' }))).toEqual(['frm6.term']);
    expect(unmet(ready('reserved_contract', { endDate: null }))).toEqual(['frm6.term']);
    expect(unmet(ready('reserved_contract', { startDate: null }))).toEqual(['frm6.term']);
  });
  it('FRM-6: a reserved contract states its predecessor; the earlier holder may not be a party, and is named', () => {
    const holder = party();
    const earlier = (holders: { organisationId: string; name: string }[], form: CooperationForm = 'reserved_contract') => ({
      kind: 'follows' as const,
      cooperationId: '00000000-0000-4000-8000-0000000000e1',
      contract: { caseNumber: 'AMN 2023-0042', title: 'Städning i Tensta', form, holders, followsId: null },
    });
    const notStated = result(ready('reserved_contract', { reservedPredecessor: null }), 'frm6.previous-holder');
    expect(notStated).toMatchObject({ met: false, requirement: 'FRM-6', fixAt: 'terms' });
    expect(notStated?.why).toContain('den första upphandlingen');

    const same = result(ready('reserved_contract', { reservedPredecessor: earlier([{ organisationId: holder.organisationId, name: holder.name }]) }), 'frm6.previous-holder');
    expect(same).toMatchObject({ met: false, requirement: 'FRM-6' });
    expect(same?.why).toBe('Föreningen Gemenskap genomförde det tidigare reserverade kontraktet AMN 2023-0042 och får inte delta i nästa upphandling av det');
    expect(same?.whyEn).toContain('AMN 2023-0042');

    const other = ready('reserved_contract', { reservedPredecessor: earlier([{ organisationId: '00000000-0000-4000-8000-0000000000b2', name: 'Arbetsintegrerande AB' }]) });
    expect(unmet(other)).toEqual([]);
    expect(result(other, 'frm6.previous-holder')?.why).toContain('AMN 2023-0042');
    expect(unmet(ready('reserved_contract', { reservedPredecessor: { kind: 'first' } }))).toEqual([]);
    // A stated contract that is gone or not reserved does not pass either.
    expect(unmet(ready('reserved_contract', { reservedPredecessor: { kind: 'follows', cooperationId: 'x', contract: null } }))).toEqual(['frm6.previous-holder']);
    expect(result(ready('reserved_contract', { reservedPredecessor: earlier([], 'procurement') }), 'frm6.previous-holder')?.why).toContain('är inte ett reserverat kontrakt');
    // Other forms have no such gate.
    expect(result(ready('procurement'), 'frm6.previous-holder')).toBeUndefined();
  });
  it('FRM-6: a stated predecessor must be another reserved contract that exists and does not follow this one', () => {
    type Contract = { caseNumber: string; title: string; form: CooperationForm; holders: []; followsId: string | null };
    const contract: Contract = { caseNumber: 'AMN 2023-0042', title: 'Städning', form: 'reserved_contract', holders: [], followsId: null };
    const follows = (over: Partial<Contract> | null, cooperationId = 'earlier') => ({
      kind: 'follows' as const,
      cooperationId,
      contract: over === null ? null : { ...contract, ...over },
    });
    const path = 'facts.reservedPredecessor.cooperationId';
    expect(validateReservedPredecessor('reserved_contract', 'this', follows({}))).toEqual([]);
    expect(validateReservedPredecessor('reserved_contract', null, { kind: 'first' })).toEqual([]);
    expect(validateReservedPredecessor('reserved_contract', 'this', follows({}, 'this'))).toEqual([{ path, message: 'validation.reservedPredecessor.self' }]);
    expect(validateReservedPredecessor('reserved_contract', 'this', follows(null))).toEqual([{ path, message: 'validation.reservedPredecessor.unknown' }]);
    expect(validateReservedPredecessor('reserved_contract', 'this', follows({ form: 'iop' }))).toEqual([{ path, message: 'validation.reservedPredecessor.notReserved' }]);
    expect(validateReservedPredecessor('reserved_contract', 'this', follows({ followsId: 'this' }))).toEqual([{ path, message: 'validation.reservedPredecessor.cycle' }]);
    expect(validateReservedPredecessor('procurement', 'this', { kind: 'first' })).toEqual([{ path: 'facts.reservedPredecessor', message: 'validation.reservedPredecessor.form' }]);
  });
  it('FRM-9: a procurement states whether it is a framework agreement; one that is runs at most four years', () => {
    const framework = (over: Partial<CooperationGateFacts>) => ready('procurement', { frameworkAgreement: true, ...over });
    expect(result(ready('procurement', { frameworkAgreement: null }), 'frm9.framework-term')).toMatchObject({ met: false, requirement: 'FRM-9', why: 'Ange om upphandlingen är ett ramavtal' });
    expect(result(ready('procurement', { frameworkAgreement: false, startDate: '2020-01-01', endDate: null }), 'frm9.framework-term')?.met).toBe(true);
    expect(unmet(framework({ startDate: '2026-01-01', endDate: '2029-12-31' }))).toEqual([]);
    expect(unmet(framework({ startDate: '2026-01-01', endDate: '2030-01-01' }))).toEqual(['frm9.framework-term']);
    expect(unmet(framework({ startDate: '2026-01-01', endDate: null }))).toEqual(['frm9.framework-term']);
    // Welfare services below the threshold may run without a fixed term (FRM-7): no FRM-9 gate.
    expect(result(ready('welfare_procurement', { frameworkAgreement: true, endDate: null }), 'frm9.framework-term')).toBeUndefined();
  });
  it('FRM-2: every formal form must add value and complement the basic mission; an IOP is asked about activity not otherwise offered', () => {
    const noValue = { competence: { withinCompetence: yes, withinMission: yes, addsValue: null } };
    for (const form of ['procurement', 'reserved_contract', 'vida', 'external_funding', 'public_agreement', 'iop'] as const) {
      expect(unmet(ready(form, noValue)), form).toEqual(['frm2.adds-value']);
    }
    expect(unmet(ready('procurement', { competence: { withinCompetence: yes, withinMission: yes, addsValue: { affirmed: true, justification: ' ' } } }))).toEqual(['frm2.adds-value']);
    expect(result(ready('iop', noValue), 'frm2.adds-value')).toMatchObject({ requirement: 'FRM-2', fixAt: 'competence' });
    expect(result(ready('iop', noValue), 'frm2.adds-value')?.why).toContain('annars kanske inte skulle erbjudas');
    expect(result(ready('vida', noValue), 'frm2.adds-value')?.why).not.toContain('annars');
    // Informal cooperation is reported, not formally assessed: no added-value gate.
    expect(result(ready('informal', noValue), 'frm2.adds-value')).toBeUndefined();
  });
  it('FRM-5: VIDA needs 8–15 occasions (7 and 16 refused)', () => {
    expect(unmet(ready('vida', { vidaOccasions: 8 }))).toEqual([]);
    expect(unmet(ready('vida', { vidaOccasions: 15 }))).toEqual([]);
    expect(unmet(ready('vida', { vidaOccasions: 7 }))).toEqual(['frm5.occasions']);
    expect(unmet(ready('vida', { vidaOccasions: 16 }))).toEqual(['frm5.occasions']);
    expect(unmet(ready('vida', { vidaOccasions: null }))).toEqual(['frm5.occasions']);
  });
  it('FRM-4: external funding needs the organisation assessed as not being contractor', () => {
    expect(unmet(ready('external_funding', { organisationActsAsContractor: true }))).toEqual(['frm4.not-contractor']);
    expect(unmet(ready('external_funding', { organisationActsAsContractor: null }))).toEqual(['frm4.not-contractor']);
  });
  it('IOP-2: all three legal tests affirmed with justification and all seven criteria answered with justification', () => {
    const noTest = { ...fullAssessment, tests: { ...fullAssessment.tests, state_aid_rules: { affirmed: true, justification: '' } } };
    expect(unmet(ready('iop', { iopAssessment: noTest }))).toEqual(['iop2.legal-tests']);
    expect(result(ready('iop', { iopAssessment: noTest }), 'iop2.legal-tests')?.why).toContain('statsstödsregler');
    const { intended_long_term: _dropped, ...six } = fullAssessment.criteria;
    expect(unmet(ready('iop', { iopAssessment: { ...fullAssessment, criteria: six } }))).toEqual(['iop2.guiding-criteria']);
    const noAnswer = { ...fullAssessment, criteria: { ...fullAssessment.criteria, both_parties_finance: { answer: 'no' as const, justification: '' } } };
    expect(unmet(ready('iop', { iopAssessment: noAnswer }))).toEqual(['iop2.guiding-criteria']);
  });
  it('IOP-3: partner control must be complete for every civil-society party, naming the incomplete one', () => {
    const partial: ChecklistItem[] = completeControl.map((item, i) => (i === 0 ? { documentType: item.documentType, status: 'missing' } : item));
    const facts = ready('iop', { parties: [party(), party({ name: 'Klubben Solsidan', partnerControl: partial })] });
    expect(unmet(facts)).toEqual(['iop3.partner-control']);
    expect(result(facts, 'iop3.partner-control')?.why).toContain('Klubben Solsidan');
  });
  it('IOP-4: an IOP needs a pre-study', () => {
    expect(unmet(ready('iop', { preStudy: null }))).toEqual(['iop4.pre-study']);
  });
});

describe('an IOP from nothing to ready (IOP-1–4, FRM-2, DEM-3, INI-2, INI-6)', () => {
  it('lists exactly the unmet gates, and meeting them one by one shrinks the list to empty', () => {
    let facts: CooperationGateFacts = {
      ...ready('iop'),
      competence: { withinCompetence: null, withinMission: null, addsValue: null },
      responsibleManagerId: null,
      parties: [],
      reviewGroup: { consulted: false, informed: false },
      iopAssessment: null,
      preStudy: null,
    };
    const expected = ['frm2.competence', 'frm2.mission', 'frm2.adds-value', 'ini6.responsible-manager', 'ini2.review-consulted', 'iop1.civil-society-party', 'iop2.legal-tests', 'iop2.guiding-criteria', 'iop4.pre-study'];
    expect(unmet(facts)).toEqual(expected);
    const steps: [string[], Partial<CooperationGateFacts>][] = [
      [['frm2.competence', 'frm2.mission', 'frm2.adds-value'], { competence: { withinCompetence: yes, withinMission: yes, addsValue: yes } }],
      [['ini6.responsible-manager'], { responsibleManagerId: '00000000-0000-4000-8000-0000000000aa' }],
      [['ini2.review-consulted'], { reviewGroup: { consulted: true, informed: false } }],
      [['iop2.legal-tests'], { iopAssessment: { tests: fullAssessment.tests, criteria: {} } }],
      [['iop2.guiding-criteria'], { iopAssessment: fullAssessment }],
      [['iop4.pre-study'], { preStudy: ready('iop').preStudy }],
    ];
    let remaining = expected;
    // Adding a party not yet assessed meets IOP-1 but opens DEM-3 and IOP-3 instead.
    facts = { ...facts, parties: [party({ democracyStatus: 'not_assessed', partnerControl: [] })] };
    remaining = [...remaining.filter((g) => g !== 'iop1.civil-society-party'), 'dem3.democracy', 'iop3.partner-control'];
    expect(unmet(facts).sort()).toEqual([...remaining].sort());
    for (const [met, change] of steps) {
      facts = { ...facts, ...change };
      remaining = remaining.filter((g) => !met.includes(g));
      expect(unmet(facts).sort()).toEqual([...remaining].sort());
    }
    facts = { ...facts, parties: [party({ partnerControl: [] })] };
    expect(unmet(facts)).toEqual(['iop3.partner-control']);
    facts = { ...facts, parties: [party()] };
    expect(unmet(facts)).toEqual([]);
  });
});

describe('the gate registry', () => {
  it('lets later work add gates per form and target status, and remove them again', () => {
    const remove = registerGates(['iop'], 'under_review', (f) => [
      { gate: 'test.review', met: f.valueSek !== null, why: 'Värde krävs', whyEn: 'Value required', requirement: 'IOP-8', fixAt: 'terms' },
    ]);
    expect(unmet(ready('iop', { valueSek: null }), 'under_review')).toEqual(['test.review']);
    expect(unmet(ready('vida', { valueSek: null }), 'under_review')).toEqual([]);
    remove();
    expect(unmet(ready('iop', { valueSek: null }), 'under_review')).toEqual([]);
  });
});

describe('hard limits of cooperation facts (validateCooperationFacts)', () => {
  const base = { compensationSek: null, vidaOccasions: null, startDate: null, endDate: null, frameworkAgreement: null };
  it('FRM-3: informal compensation above 0 is a field error', () => {
    expect(validateCooperationFacts({ ...base, form: 'informal', compensationSek: 100 })).toEqual([{ path: 'compensationSek', message: 'validation.informal.compensation' }]);
    expect(validateCooperationFacts({ ...base, form: 'informal', compensationSek: 0 })).toEqual([]);
    expect(validateCooperationFacts({ ...base, form: 'procurement', compensationSek: 100 })).toEqual([]);
  });
  it('FRM-5: VIDA occasions outside 8–15 are a field error', () => {
    expect(validateCooperationFacts({ ...base, form: 'vida', vidaOccasions: 7 })).toEqual([{ path: 'vidaOccasions', message: 'validation.vida.occasions' }]);
    expect(validateCooperationFacts({ ...base, form: 'vida', vidaOccasions: 16 })).toHaveLength(1);
    expect(validateCooperationFacts({ ...base, form: 'vida', vidaOccasions: 15 })).toEqual([]);
  });
  it('FRM-6: a reserved contract over 36 months is a field error; any end before start is one too', () => {
    expect(validateCooperationFacts({ ...base, form: 'reserved_contract', startDate: '2026-01-01', endDate: '2029-01-31' })).toEqual([{ path: 'endDate', message: 'validation.reservedContract.term' }]);
    expect(validateCooperationFacts({ ...base, form: 'reserved_contract', startDate: '2026-01-01', endDate: '2028-12-31' })).toEqual([]);
    expect(validateCooperationFacts({ ...base, form: 'iop', startDate: '2026-01-01', endDate: '2025-12-31' })).toEqual([{ path: 'endDate', message: 'validation.dateRange' }]);
  });
  it('FRM-9: a framework agreement over four years is a field error; not marked, or welfare services, is not', () => {
    const long = { ...base, startDate: '2026-01-01', endDate: '2030-01-01' };
    expect(validateCooperationFacts({ ...long, form: 'procurement', frameworkAgreement: true })).toEqual([{ path: 'endDate', message: 'validation.frameworkAgreement.term' }]);
    expect(validateCooperationFacts({ ...long, form: 'procurement', frameworkAgreement: true, endDate: '2029-12-31' })).toEqual([]);
    expect(validateCooperationFacts({ ...long, form: 'procurement', frameworkAgreement: false })).toEqual([]);
    expect(validateCooperationFacts({ ...long, form: 'welfare_procurement', frameworkAgreement: true })).toEqual([]);
  });
});
