import { describe, expect, it } from 'vitest';
import type { CooperationGateFacts } from '../cooperations/gate.types';
import { evaluateGates } from '../cooperations/gates.rules';
import { agreementGates } from './agreement-gates.rules';

const base: CooperationGateFacts = {
  form: 'iop',
  status: 'preparing',
  competence: { withinCompetence: null, withinMission: null, addsValue: null },
  responsibleManagerId: null,
  parties: [],
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
};
const byId = (facts: Partial<CooperationGateFacts>) => Object.fromEntries(agreementGates({ ...base, ...facts }).map((g) => [g.gate, g]));

describe('IOP activation gates of agreements and governance (IOP-5, IOP-6)', () => {
  it('IOP-5, IOP-6: without agreement or steering group every gate fails and names what is missing', () => {
    const gates = byId({ agreement: null, steeringGroup: null });
    expect(Object.values(gates).every((g) => !g.met)).toBe(true);
    expect(gates['iop5.terms-checklist']!.why).toContain('Saknas: avtal.');
    expect(gates['iop5.signed-agreement']!.why).toContain('Saknas: undertecknat avtal.');
    expect(gates['iop6.steering-group']!.why).toContain('Saknas: styrgrupp kopplad till samverkan.');
    expect(gates['iop6.steering-group']!.requirement).toBe('IOP-6');
  });

  it('IOP-5: names each incomplete terms section in Swedish and English', () => {
    const gates = byId({ agreement: { termsComplete: false, missingTerms: ['goals', 'economy'], signedDocument: true }, steeringGroup: null });
    expect(gates['iop5.terms-checklist']!.why).toContain('Saknas: Mål, Ekonomi.');
    expect(gates['iop5.terms-checklist']!.whyEn).toContain('Missing: Goals, Economy.');
    expect(gates['iop5.signed-agreement']!.met).toBe(true);
  });

  it('IOP-6: a steering group without the city or without the organisation names the missing side', () => {
    expect(byId({ steeringGroup: { cityRepresented: true, partnerRepresented: false } })['iop6.steering-group']!.why).toContain('Saknas: ledamot från den idéburna parten.');
    expect(byId({ steeringGroup: { cityRepresented: false, partnerRepresented: true } })['iop6.steering-group']!.why).toContain('Saknas: ledamot från staden.');
    const met = byId({ steeringGroup: { cityRepresented: true, partnerRepresented: true } })['iop6.steering-group']!;
    expect(met.met).toBe(true);
    expect(met.why).not.toContain('Saknas');
  });

  it('IOP-5, IOP-6: registered for activating an IOP, and for no other form or status', () => {
    const facts = { ...base, agreement: null, steeringGroup: null };
    const ours = (g: { gate: string }) => g.gate.startsWith('iop5.') || g.gate.startsWith('iop6.');
    expect(evaluateGates(facts, 'active', '2026-06-01').filter(ours).map((g) => g.gate)).toEqual(['iop5.terms-checklist', 'iop5.signed-agreement', 'iop6.steering-group']);
    expect(evaluateGates({ ...facts, form: 'vida' }, 'active', '2026-06-01').some(ours)).toBe(false);
    expect(evaluateGates(facts, 'under_review', '2026-06-01').some(ours)).toBe(false);
  });
});
