import { describe, expect, it } from 'vitest';
import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import { emptyContact, emptyOrganisationForm, formPath, organisationFormFrom, toOrganisationInput } from './organisation-form.model';

describe('the organisation form and the API input', () => {
  it('leaves out blank contact rows and remembers which row each sent contact came from', () => {
    const values = {
      ...emptyOrganisationForm(),
      name: 'Järva Läxhjälp',
      legalForm: 'non_profit_association',
      contacts: [{ ...emptyContact() }, { ...emptyContact(), name: 'Amina', email: 'bad' }],
    };
    const { input, contactRows } = toOrganisationInput(values);
    expect(input.contacts).toEqual([{ name: 'Amina', role: '', email: 'bad', phone: '' }]);
    expect(contactRows).toEqual([1]);
    // The server's `contacts.0.email` is the second row of the form.
    expect(formPath('contacts.0.email', contactRows)).toBe('contacts.1.email');
    expect(formPath('address.postalCode', contactRows)).toBe('address.postalCode');
  });

  it('sends an empty organisation number as "none" (ORG-3 allows organisations without one)', () => {
    expect(toOrganisationInput({ ...emptyOrganisationForm(), orgNumber: '  ' }).input.orgNumber).toBeNull();
    expect(toOrganisationInput({ ...emptyOrganisationForm(), orgNumber: '8024006382' }).input.orgNumber).toBe('8024006382');
  });

  it('fills the form from an organisation, with empty strings for missing values', () => {
    const view: OrganisationView = {
      id: '00000000-0000-4000-8000-000000000000',
      name: 'Kompis Sverige',
      kind: 'civil_society',
      legalForm: 'non_profit_association',
      orgNumber: null,
      description: null,
      memberCount: 12,
      website: null,
      address: { street: null, postalCode: '123 45', city: 'Stockholm' },
      districts: ['bromma'],
      areas: [],
      contacts: [{ name: 'Bo', role: null, email: null, phone: '08-123' }],
      bankgiro: '5050-1055',
      plusgiro: null,
      status: 'active',
      democracyStatus: 'not_assessed',
      democracyValidUntil: null,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      version: 3,
    };
    const form = organisationFormFrom(view);
    expect([form.orgNumber, form.postalCode, form.city, form.memberCount]).toEqual(['', '123 45', 'Stockholm', 12]);
    expect([form.bankgiro, form.plusgiro]).toEqual(['5050-1055', '']);
    expect(form.contacts.map(({ key: _key, ...c }) => c)).toEqual([{ name: 'Bo', role: '', email: '', phone: '08-123' }]);
  });
});
