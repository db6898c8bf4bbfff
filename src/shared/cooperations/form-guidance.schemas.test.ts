import { describe, expect, it } from 'vitest';
import { formGuidanceInput } from './form-guidance.schemas';

describe('form guidance input (FRM-1–8)', () => {
  it('accepts nothing known, and null for any unknown fact', () => {
    expect(formGuidanceInput.parse({})).toEqual({});
    expect(formGuidanceInput.safeParse({ compensationSek: null, marketExists: null, initiatedBy: null, vidaOccasions: null }).success).toBe(true);
  });
  it('accepts a full set of facts with a date', () => {
    const facts = {
      compensationSek: 0,
      estimatedValueSek: 1_900_000,
      marketExists: false,
      initiatedBy: 'organisation',
      coFinancedByBothParties: true,
      detailRegulatedByCity: false,
      intendedDurationMonths: 36,
      welfareService: true,
      targetGroupFarFromLabourMarketOrDisabilities: true,
      organisationActsAsContractorInExternalProject: false,
      externalFunding: false,
      associationGrantRequested: false,
      civicOrientationTeaching: false,
      singlesOutOneOrganisation: false,
      vidaOccasions: 10,
      date: '2026-03-01',
    };
    expect(formGuidanceInput.parse(facts)).toEqual(facts);
  });
  it('refuses negative amounts, fractional occasions or months, unknown initiators, bad dates and unknown fields', () => {
    for (const bad of [
      { compensationSek: -1 },
      { vidaOccasions: 8.5 },
      { intendedDurationMonths: 0 },
      { initiatedBy: 'city' },
      { date: '2026-02-30' },
      { welfareService: 'yes' },
      { colour: 'red' },
    ]) {
      expect(formGuidanceInput.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
