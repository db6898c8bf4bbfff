import { describe, expect, it } from 'vitest';
import { formGuidanceInput } from '../../../shared/cooperations/form-guidance.schemas';
import { createInitiativeInput } from '../../../shared/initiatives/initiative.schemas';
import { emptyGuidanceFacts, emptyInitiativeForm, guidanceFactsFrom, storedGuidanceFacts, toGuidanceInput, toInitiativeInput } from './initiative-form.model';

describe('the guidance facts of an initiative', () => {
  it('stores only what is known: "Vet ej" is left out, yes/no become booleans', () => {
    const facts = { ...emptyGuidanceFacts(), marketExists: 'no' as const, welfareService: 'yes' as const, initiatedBy: 'organisation' as const, vidaOccasions: 10 };
    expect(storedGuidanceFacts(facts)).toEqual({ marketExists: false, welfareService: true, initiatedBy: 'organisation', vidaOccasions: 10 });
    expect(storedGuidanceFacts(emptyGuidanceFacts())).toEqual({});
  });

  it('reads stored facts back, and treats anything malformed as unknown', () => {
    const facts = guidanceFactsFrom({ marketExists: false, coFinancedByBothParties: 'yes', initiatedBy: 'someone', vidaOccasions: 2.5, extra: 1 });
    expect(facts.marketExists).toBe('no');
    expect(facts.coFinancedByBothParties).toBe('unknown');
    expect(facts.initiatedBy).toBe('unknown');
    expect(facts.vidaOccasions).toBeNull();
    expect(guidanceFactsFrom(storedGuidanceFacts({ ...emptyGuidanceFacts(), singlesOutOneOrganisation: 'yes' })).singlesOutOneOrganisation).toBe('yes');
  });

  it('FRM-7: sends the amounts and duration of the initiative with the facts to the form guidance', () => {
    const values = {
      ...emptyInitiativeForm(),
      expectedCompensationSek: 400_000,
      estimatedValueSek: 1_200_000,
      intendedDurationMonths: 24,
      facts: { ...emptyGuidanceFacts(), welfareService: 'yes' as const, associationGrantRequested: 'no' as const },
    };
    const input = toGuidanceInput(values);
    expect(input).toEqual({ compensationSek: 400_000, estimatedValueSek: 1_200_000, intendedDurationMonths: 24, welfareService: true, associationGrantRequested: false });
    // The server's schema is strict: the request must pass it as it is.
    expect(formGuidanceInput.safeParse(input).success).toBe(true);
    expect(toGuidanceInput(emptyInitiativeForm())).toEqual({});
  });

  it('builds an input the API accepts, with empty choices as "none" and the facts included', () => {
    const input = toInitiativeInput({
      ...emptyInitiativeForm(),
      title: 'Läxhjälp i Järva',
      brief: 'Behov av läxhjälp',
      organisations: [{ id: '00000000-0000-4000-8000-000000000001', name: 'Järva Läxhjälp' }],
      facts: { ...emptyGuidanceFacts(), marketExists: 'no' },
    });
    expect(input.unitCode).toBeNull();
    expect(input.proposedForm).toBeNull();
    expect(input.organisationIds).toEqual(['00000000-0000-4000-8000-000000000001']);
    expect(input.facts).toEqual({ marketExists: false });
    expect(createInitiativeInput.safeParse(input).success).toBe(true);
  });

  it('sends the registry number as typed (the API writes it the registry’s way) and an empty one as none', () => {
    const base = { ...emptyInitiativeForm(), title: 'Läxhjälp', brief: 'Behov' };
    const typed = toInitiativeInput({ ...base, registryNumber: 'amn 2017-0228-01.06' });
    expect(createInitiativeInput.parse(typed).registryNumber).toBe('AMN 2017-0228-01.06');
    expect(toInitiativeInput({ ...base, registryNumber: '  ' }).registryNumber).toBeNull();
  });
});
