import { describe, expect, it } from 'vitest';
import { thresholds as seeded } from '../../server/db/migrations/0004-cooperations-reference';
import { ASSOCIATION_GRANT_COMMITTEES, formGuidance } from './form-guidance.rules';
import type { FormGuidanceFacts } from './form-guidance.schemas';
import { COOPERATION_FORMS, type CooperationForm } from './forms';
import { IOP_GUIDING_CRITERIA, IOP_LEGAL_TESTS } from './gate.types';
import type { DatedValue } from './thresholds.rules';

const DATE = '2026-03-01';
const run = (facts: FormGuidanceFacts, thresholds: readonly DatedValue[] = seeded, date = DATE) => formGuidance(facts, thresholds, date);
const advice = (facts: FormGuidanceFacts, form: CooperationForm, thresholds: readonly DatedValue[] = seeded, date = DATE) => {
  const found = run(facts, thresholds, date).forms.find((f) => f.form === form);
  if (!found) throw new Error(`no advice for ${form}`);
  return found;
};
const verdict = (facts: FormGuidanceFacts, form: CooperationForm, thresholds?: readonly DatedValue[]) => advice(facts, form, thresholds).verdict;
const codes = (facts: FormGuidanceFacts, form: CooperationForm, thresholds?: readonly DatedValue[]) =>
  advice(facts, form, thresholds).obligations.map((o) => o.code);
const reasonTexts = (facts: FormGuidanceFacts, form: CooperationForm, thresholds?: readonly DatedValue[]) =>
  advice(facts, form, thresholds).reasons.map((r) => r.text).join(' | ');
const without = (code: string) => seeded.filter((s) => s.code !== code);

describe('form guidance: shape and common obligations', () => {
  it('FRM-1: answers for every form, in the order of COOPERATION_FORMS, with the date', () => {
    const result = run({});
    expect(result.date).toBe(DATE);
    expect(result.forms.map((f) => f.form)).toEqual([...COOPERATION_FORMS]);
    expect(result.referral).toBeUndefined();
  });

  it('FRM-2, DEM-3: every form obliges competence, mission and democracy conditions', () => {
    for (const f of run({}).forms) {
      expect(f.obligations.filter((o) => o.requirement === 'FRM-2').map((o) => o.code)).toEqual(['frm2.competence', 'frm2.mission']);
      expect(f.obligations.find((o) => o.code === 'dem3.democracy')?.requirement).toBe('DEM-3');
      for (const o of f.obligations) expect(o.text.length * o.textEn.length).toBeGreaterThan(0);
    }
  });
});

describe('informal cooperation (FRM-3, INI-5)', () => {
  it('FRM-3: allowed without compensation and without singling out an organisation', () => {
    expect(verdict({ compensationSek: 0, singlesOutOneOrganisation: false }, 'informal')).toBe('allowed');
    expect(codes({ compensationSek: 0, singlesOutOneOrganisation: false }, 'informal')).toContain('ini3.inform-review-group');
  });
  it('FRM-3: not allowed with any compensation', () => {
    expect(verdict({ compensationSek: 1, singlesOutOneOrganisation: false }, 'informal')).toBe('not_allowed');
    expect(reasonTexts({ compensationSek: 25_000, singlesOutOneOrganisation: false }, 'informal')).toContain('25 000 kr');
  });
  it('INI-5: not allowed when one organisation is singled out to the disadvantage of others', () => {
    expect(verdict({ compensationSek: 0, singlesOutOneOrganisation: true }, 'informal')).toBe('not_allowed');
  });
  it('FRM-3: needs assessment while compensation or singling out is unknown', () => {
    expect(verdict({ singlesOutOneOrganisation: false }, 'informal')).toBe('needs_assessment');
    expect(verdict({ compensationSek: 0 }, 'informal')).toBe('needs_assessment');
  });
});

describe('association grants (INI-4)', () => {
  it('INI-4: refers to the district, social, culture and sports committees, and no form is allowed', () => {
    const result = run({ associationGrantRequested: true, compensationSek: 0, singlesOutOneOrganisation: false });
    expect(result.referral).toEqual({ committees: ['district', 'social', 'culture', 'sports'], requirement: 'INI-4' });
    expect(ASSOCIATION_GRANT_COMMITTEES).toEqual(['district', 'social', 'culture', 'sports']);
    for (const f of result.forms) {
      expect(f.verdict).toBe('not_allowed');
      expect(f.reasons.map((r) => r.requirement)).toContain('INI-4');
    }
  });
});

describe('IOP (IOP-1–4, IOP-11)', () => {
  it('IOP-2: needs assessment, listing the three legal tests and seven guiding criteria as obligations', () => {
    const a = advice({ marketExists: false, initiatedBy: 'organisation', coFinancedByBothParties: true }, 'iop');
    expect(a.verdict).toBe('needs_assessment');
    const iop2 = a.obligations.filter((o) => o.requirement === 'IOP-2').map((o) => o.code);
    expect(iop2).toEqual([...IOP_LEGAL_TESTS.map((t) => `iop2.test.${t}`), ...IOP_GUIDING_CRITERIA.map((c) => `iop2.criterion.${c}`)]);
    expect(a.obligations.map((o) => o.requirement)).toEqual(expect.arrayContaining(['IOP-1', 'IOP-3', 'IOP-4']));
    expect(a.reasons.map((r) => r.text).join(' ')).toContain('Initiativet kommer från organisationen');
  });
  it('IOP-2: a market or competition to protect means procurement, not IOP', () => {
    expect(verdict({ marketExists: true }, 'iop')).toBe('not_allowed');
    expect(verdict({ marketExists: true }, 'procurement')).toBe('allowed');
    expect(reasonTexts({ marketExists: true }, 'procurement')).toContain('marknad');
  });
  it('IOP-2: criteria that speak against an IOP are given as reasons, the verdict stays an assessment', () => {
    const facts = { initiatedBy: 'administration', coFinancedByBothParties: false, detailRegulatedByCity: true } as const;
    expect(verdict(facts, 'iop')).toBe('needs_assessment');
    const texts = reasonTexts(facts, 'iop');
    expect(texts).toContain('förvaltningen');
    expect(texts).toContain('Endast staden finansierar');
    expect(texts).toContain('detaljreglerar');
  });
  it('IOP-11: civic-orientation teaching cannot be IOP and is procured', () => {
    expect(verdict({ civicOrientationTeaching: true }, 'iop')).toBe('not_allowed');
    expect(advice({ civicOrientationTeaching: true }, 'iop').reasons[0]?.requirement).toBe('IOP-11');
    expect(verdict({ civicOrientationTeaching: true }, 'procurement')).toBe('allowed');
    expect(advice({ civicOrientationTeaching: true }, 'procurement').reasons.map((r) => r.requirement)).toContain('IOP-11');
  });
});

describe('welfare services (FRM-7; "below" means strictly less than the threshold)', () => {
  const welfare = (value: number) => ({ welfareService: true, estimatedValueSek: value });

  it('FRM-7: below the advertising limit (1 899 999 kr): allowed without advertising', () => {
    expect(verdict(welfare(1_899_999), 'welfare_procurement')).toBe('allowed');
    expect(codes(welfare(1_899_999), 'welfare_procurement')).not.toContain('frm7.advertise');
    expect(reasonTexts(welfare(1_899_999), 'welfare_procurement')).toContain('understiger 1 900 000 kr: ingen annonseringsskyldighet');
  });
  it('FRM-7: at the advertising limit (1 900 000 kr): must be advertised in a public electronic database', () => {
    expect(verdict(welfare(1_900_000), 'welfare_procurement')).toBe('allowed');
    const a = advice(welfare(1_900_000), 'welfare_procurement');
    expect(a.obligations.find((o) => o.code === 'frm7.advertise')?.text).toBe('Annonsera upphandlingen i en allmänt tillgänglig elektronisk databas');
  });
  it('FRM-7: just below the social-services threshold (7 099 999 kr): advertise, simplified rules apply', () => {
    expect(verdict(welfare(7_099_999), 'welfare_procurement')).toBe('allowed');
    expect(codes(welfare(7_099_999), 'welfare_procurement')).toEqual(expect.arrayContaining(['frm7.advertise', 'frm7.bounded-by-value']));
    expect(codes(welfare(7_099_999), 'procurement')).not.toContain('frm7.regular-procedures');
  });
  it('FRM-7: at the social-services threshold (7 100 000 kr): regular LOU procedures, simplified rules not applicable', () => {
    expect(verdict(welfare(7_100_000), 'welfare_procurement')).toBe('not_allowed');
    expect(reasonTexts(welfare(7_100_000), 'welfare_procurement')).toContain('når tröskelvärdet 7 100 000 kr');
    expect(verdict(welfare(7_100_000), 'procurement')).toBe('allowed');
    expect(codes(welfare(7_100_000), 'procurement')).toContain('frm7.regular-procedures');
  });
  it('FRM-7: not a welfare service → the welfare rules do not apply; unknown → assessment', () => {
    expect(verdict({ welfareService: false, estimatedValueSek: 100_000 }, 'welfare_procurement')).toBe('not_allowed');
    expect(verdict({ estimatedValueSek: 100_000 }, 'welfare_procurement')).toBe('needs_assessment');
    expect(verdict({ welfareService: true }, 'welfare_procurement')).toBe('needs_assessment');
  });
  it('FRM-7: the expected compensation stands in for a missing estimate', () => {
    expect(verdict({ welfareService: true, compensationSek: 7_100_000 }, 'welfare_procurement')).toBe('not_allowed');
  });
  it('FRM-7: a missing threshold on the date gives needs assessment with a reason saying so', () => {
    const a = advice(welfare(100_000), 'welfare_procurement', without('welfare_advertising_limit'));
    expect(a.verdict).toBe('needs_assessment');
    expect(a.reasons.map((r) => r.text).join(' ')).toContain('gränsen för annonseringsplikt för välfärdstjänster saknas för 2026-03-01');
    expect(verdict(welfare(100_000), 'welfare_procurement', seeded.map((s) => ({ ...s, validFrom: '2027-01-01' })))).toBe('needs_assessment');
  });
  it('FRM-7: a later dated value changes the bands from its date', () => {
    const raised = [...seeded, { code: 'welfare_advertising_limit', validFrom: '2026-01-01', amountSek: 2_000_000 }];
    expect(codes(welfare(1_950_000), 'welfare_procurement', raised)).not.toContain('frm7.advertise');
    expect(advice(welfare(1_950_000), 'welfare_procurement', raised, '2025-12-31').obligations.map((o) => o.code)).toContain('frm7.advertise');
  });
});

describe('direct award (FRM-1)', () => {
  it('FRM-1: allowed only strictly below the direct-award limit (586 907 kr)', () => {
    expect(verdict({ estimatedValueSek: 586_906 }, 'direct_award')).toBe('allowed');
    expect(verdict({ estimatedValueSek: 586_907 }, 'direct_award')).toBe('not_allowed');
    expect(reasonTexts({ estimatedValueSek: 586_907 }, 'direct_award')).toContain('586 907 kr');
  });
  it('FRM-1: needs assessment without a value or without a limit on the date', () => {
    expect(verdict({}, 'direct_award')).toBe('needs_assessment');
    expect(verdict({ estimatedValueSek: 10_000 }, 'direct_award', without('direct_award_limit'))).toBe('needs_assessment');
    expect(reasonTexts({ estimatedValueSek: 10_000 }, 'direct_award', without('direct_award_limit'))).toContain('direktupphandlingsgränsen saknas');
  });
});

describe('reserved contract (FRM-6)', () => {
  const target = { targetGroupFarFromLabourMarketOrDisabilities: true };
  it('FRM-6: allowed for people far from the labour market or with disabilities, at most 36 months, holder excluded next time', () => {
    expect(verdict({ ...target, intendedDurationMonths: 36 }, 'reserved_contract')).toBe('allowed');
    expect(codes(target, 'reserved_contract')).toEqual(expect.arrayContaining(['frm6.max-term', 'frm6.holder-excluded']));
    expect(advice(target, 'reserved_contract').obligations.find((o) => o.code === 'frm6.max-term')?.text).toContain('36 månader');
  });
  it('FRM-6: not allowed when the intended duration is over 36 months', () => {
    expect(verdict({ ...target, intendedDurationMonths: 37 }, 'reserved_contract')).toBe('not_allowed');
  });
  it('FRM-6: not allowed for other target groups; needs assessment when unknown', () => {
    expect(verdict({ targetGroupFarFromLabourMarketOrDisabilities: false }, 'reserved_contract')).toBe('not_allowed');
    expect(verdict({}, 'reserved_contract')).toBe('needs_assessment');
  });
});

describe('VIDA (FRM-5)', () => {
  it('FRM-5: obliges 8–15 occasions and the rate per participant read from the thresholds', () => {
    const a = advice({ vidaOccasions: 10 }, 'vida');
    expect(a.verdict).toBe('allowed');
    expect(a.obligations.find((o) => o.code === 'frm5.occasions')?.text).toContain('8–15');
    expect(a.obligations.find((o) => o.code === 'frm5.rate')?.text).toBe('Ersättningen till föreningen är 1 500 kr per deltagare');
    const raised = [...seeded, { code: 'vida_rate_per_participant', validFrom: '2026-01-01', amountSek: 1_750 }];
    expect(advice({ vidaOccasions: 10 }, 'vida', raised).obligations.find((o) => o.code === 'frm5.rate')?.text).toContain('1 750 kr');
  });
  it('FRM-5: not allowed with occasions outside 8–15 (7 and 16), allowed at 8 and 15', () => {
    expect(verdict({ vidaOccasions: 7 }, 'vida')).toBe('not_allowed');
    expect(verdict({ vidaOccasions: 16 }, 'vida')).toBe('not_allowed');
    expect(verdict({ vidaOccasions: 8 }, 'vida')).toBe('allowed');
    expect(verdict({ vidaOccasions: 15 }, 'vida')).toBe('allowed');
  });
  it('FRM-5: without a rate on the date: needs assessment, no rate obligation', () => {
    const a = advice({ vidaOccasions: 10 }, 'vida', without('vida_rate_per_participant'));
    expect(a.verdict).toBe('needs_assessment');
    expect(a.obligations.map((o) => o.code)).not.toContain('frm5.rate');
  });
});

describe('external funding (FRM-4)', () => {
  it('FRM-4: allowed as a joint application when the organisation is not contractor', () => {
    expect(verdict({ externalFunding: true, organisationActsAsContractorInExternalProject: false }, 'external_funding')).toBe('allowed');
    expect(codes({ externalFunding: true }, 'external_funding')).toContain('frm4.joint-application');
  });
  it('FRM-4: not allowed when the organisation would be contractor of the administration', () => {
    expect(verdict({ externalFunding: true, organisationActsAsContractorInExternalProject: true }, 'external_funding')).toBe('not_allowed');
  });
  it('FRM-4: needs assessment when the contractor question is open; not allowed without external funding', () => {
    expect(verdict({ externalFunding: true }, 'external_funding')).toBe('needs_assessment');
    expect(verdict({ externalFunding: false, organisationActsAsContractorInExternalProject: false }, 'external_funding')).toBe('not_allowed');
  });
});

describe('other forms (FRM-1, EMP-1, EMP-2)', () => {
  it('FRM-1: Integration Pact partnership only without compensation', () => {
    expect(verdict({ compensationSek: 0 }, 'integration_pact_membership')).toBe('allowed');
    expect(verdict({ compensationSek: 10_000 }, 'integration_pact_membership')).toBe('not_allowed');
  });
  it('EMP-2: a job partnership and an agreement with a public body always need assessment', () => {
    expect(verdict({ compensationSek: 0 }, 'job_partnership')).toBe('needs_assessment');
    expect(codes({}, 'job_partnership')).toContain('emp2.controls');
    expect(verdict({}, 'public_agreement')).toBe('needs_assessment');
  });
});
