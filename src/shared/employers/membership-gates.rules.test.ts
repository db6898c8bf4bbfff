import { describe, expect, it } from 'vitest';
import type { CooperationGateFacts } from '../cooperations/gate.types';
import { evaluateGates, unmetGates } from '../cooperations/gates.rules';
import { membershipGates } from './membership-gates.rules';

const TODAY = '2026-03-01';
const statements = { networkGoals: true, nonDiscrimination: true, genderEquality: true, equality: true, humanRights: true };
const employer = { organisationId: '00000000-0000-4000-8000-000000000001', name: 'Exempelbolaget AB', kind: 'employer' as const, democracyStatus: 'not_assessed' as const, partnerControl: [] };

/** A membership cooperation with nothing from the review group and no competence assessment, but an approved application. */
function membership(over: Partial<CooperationGateFacts> = {}): CooperationGateFacts {
  return {
    form: 'integration_pact_membership',
    status: 'preparing',
    competence: { withinCompetence: null, withinMission: null, addsValue: null },
    responsibleManagerId: '00000000-0000-4000-8000-0000000000aa',
    parties: [employer],
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
    membership: { statements, checkPassed: true, decision: 'approved' },
    ...over,
  };
}
const unmet = (f: CooperationGateFacts) => unmetGates(evaluateGates(f, 'active', TODAY)).map((g) => g.gate);

describe('membership gates (EMP-1)', () => {
  it('EMP-1: an approved, checked application with every statement activates without review-group consultation or FRM-2 affirmations', () => {
    expect(unmet(membership())).toEqual([]);
    const gates = evaluateGates(membership(), 'active', TODAY).map((g) => g.gate);
    expect(gates).toEqual(['frm1.employer-party', 'emp1.statements', 'emp1.check-passed', 'emp1.approved', 'ini6.responsible-manager']);
    expect(gates).not.toContain('ini2.review-consulted');
  });

  it('EMP-1: each missing statement is named, in Swedish and English', () => {
    const [gate] = membershipGates(membership({ membership: { statements: { ...statements, genderEquality: false, humanRights: false }, checkPassed: true, decision: 'approved' } })).filter((g) => !g.met);
    expect(gate).toMatchObject({ gate: 'emp1.statements', requirement: 'EMP-1' });
    expect(gate?.why).toContain('jämställdhet');
    expect(gate?.why).toContain('mänskliga rättigheterna');
    expect(gate?.whyEn).toContain('gender equality');
  });

  it('EMP-1: a failed check or a decision other than approval blocks activation', () => {
    expect(unmet(membership({ membership: { statements, checkPassed: false, decision: 'approved' } }))).toEqual(['emp1.check-passed']);
    expect(unmet(membership({ membership: { statements, checkPassed: true, decision: null } }))).toEqual(['emp1.approved']);
    expect(unmet(membership({ membership: { statements, checkPassed: true, decision: 'rejected' } }))).toEqual(['emp1.approved']);
  });

  it('EMP-1: a membership registered by hand without an application passes none of the application gates', () => {
    expect(unmet(membership({ membership: null }))).toEqual(['emp1.statements', 'emp1.check-passed', 'emp1.approved']);
    expect(unmet(membership({ membership: undefined }))).toEqual(['emp1.statements', 'emp1.check-passed', 'emp1.approved']);
  });

  it('FRM-1 and INI-6: the party must be an employer and a responsible manager must be set', () => {
    expect(unmet(membership({ parties: [{ ...employer, kind: 'civil_society' }] }))).toEqual(['frm1.employer-party']);
    expect(unmet(membership({ parties: [] }))).toEqual(['frm1.employer-party']);
    expect(unmet(membership({ responsibleManagerId: null }))).toEqual(['ini6.responsible-manager']);
  });
});
