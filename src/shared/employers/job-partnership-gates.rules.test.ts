import { describe, expect, it } from 'vitest';
import type { CooperationGateFacts, EmployerControlFacts } from '../cooperations/gate.types';
import { evaluateGates, unmetGates } from '../cooperations/gates.rules';
import { controlsGate, jobPartnershipGates, knownEmployerGate, membershipGate } from './job-partnership-gates.rules';

const employer = (over: Partial<EmployerControlFacts> = {}): EmployerControlFacts => ({
  organisationId: '00000000-0000-4000-8000-000000000001',
  name: 'Bygg i Norr AB',
  member: true,
  programme: 'inkop-2020',
  unmet: [],
  ...over,
});

const facts = (over: Partial<CooperationGateFacts> = {}): CooperationGateFacts => ({
  form: 'job_partnership',
  status: 'preparing',
  competence: { withinCompetence: null, withinMission: null, addsValue: null },
  responsibleManagerId: null,
  parties: [{ organisationId: employer().organisationId, name: 'Bygg i Norr AB', kind: 'employer', democracyStatus: 'not_assessed', partnerControl: [] }],
  reviewGroup: { consulted: false, informed: false },
  compensationSek: null,
  valueSek: null,
  startDate: null,
  endDate: null,
  iopAssessment: null,
  preStudy: null,
  vidaOccasions: null,
  organisationActsAsContractor: null,
  singlesOutOrganisation: null,
  reservedPredecessor: null,
  frameworkAgreement: null,
  knownEmployer: { affirmed: true, justification: 'Praktikplatser sedan 2019' },
  employerControls: [employer()],
  ...over,
});

describe('the job partnership gates (EMP-2)', () => {
  it('EMP-2: a member with every control passed and a known employer meets all three', () => {
    expect(jobPartnershipGates(facts()).map((g) => [g.gate, g.met, g.requirement])).toEqual([
      ['emp2.member', true, 'EMP-2'],
      ['emp2.known-employer', true, 'EMP-2'],
      ['emp2.controls', true, 'EMP-2'],
    ]);
  });

  it('EMP-2: an employer that is not a member is named; no employer party at all is unmet too', () => {
    const gate = membershipGate(facts({ employerControls: [employer({ member: false, name: 'Gig AB' })] }));
    expect(gate.met).toBe(false);
    expect(gate.why).toContain('Inte medlem: Gig AB');
    expect(gate.whyEn).toContain('Not a member: Gig AB');
    expect(membershipGate(facts({ parties: [], employerControls: [] })).met).toBe(false);
  });

  it('EMP-2: the justification that the city knows the employer must be affirmed with text', () => {
    expect(knownEmployerGate(facts({ knownEmployer: { affirmed: true, justification: '  ' } })).met).toBe(false);
    expect(knownEmployerGate(facts({ knownEmployer: { affirmed: false, justification: 'Okänd' } })).met).toBe(false);
    expect(knownEmployerGate(facts({ knownEmployer: null })).met).toBe(false);
  });

  it('EMP-2: the controls gate names each unmet control per employer, in Swedish and English', () => {
    const gate = controlsGate(
      facts({
        employerControls: [
          employer({ unmet: [{ code: 'taxes', nameSv: 'Skatter', nameEn: 'Taxes', state: 'expired' }] }),
          employer({ organisationId: '00000000-0000-4000-8000-000000000002', name: 'Städ AB', unmet: [{ code: 'pay', nameSv: 'Lön', nameEn: 'Pay', state: 'failed' }] }),
        ],
      }),
    );
    expect(gate.met).toBe(false);
    expect(gate.why).toContain('Bygg i Norr AB: Skatter (har gått ut); Städ AB: Lön (underkänd)');
    expect(gate.whyEn).toContain('Bygg i Norr AB: Taxes (expired); Städ AB: Pay (failed)');
    expect(controlsGate(facts({ employerControls: [employer({ programme: null })] })).why).toContain('inget inköpsprogram gäller');
  });

  it('EMP-2: facts not assembled count as unmet, and the gates are registered for activation of a job partnership only', () => {
    expect(controlsGate(facts({ employerControls: undefined })).met).toBe(false);
    const forJob = unmetGates(evaluateGates(facts({ employerControls: [employer({ member: false })] }), 'active', '2026-12-01')).map((g) => g.gate);
    expect(forJob).toContain('emp2.member');
    const forIop = evaluateGates(facts({ form: 'iop' }), 'active', '2026-12-01').map((g) => g.gate);
    expect(forIop.some((g) => g.startsWith('emp2.'))).toBe(false);
  });
});
