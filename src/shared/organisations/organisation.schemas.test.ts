import { describe, expect, it } from 'vitest';
import { createOrganisationInput, updateOrganisationInput } from './organisation.schemas';

const base = { name: 'Kompis Sverige', kind: 'civil_society', legalForm: 'non_profit_association' };

describe('organisation input (ORG-1, ORG-3)', () => {
  it('normalises an organisation number written without hyphen', () => {
    expect(createOrganisationInput.parse({ ...base, orgNumber: '2021002114' }).orgNumber).toBe('202100-2114');
    expect(createOrganisationInput.parse({ ...base, orgNumber: '' }).orgNumber).toBeNull();
  });

  it('ORG-3: names orgNumber with a message key for malformed numbers', () => {
    for (const [orgNumber, key] of [
      ['212000-0143', 'validation.orgNumber.check_digit'],
      ['21200-0142', 'validation.orgNumber.format'],
      ['212000-014A', 'validation.orgNumber.format'],
    ]) {
      const result = createOrganisationInput.safeParse({ ...base, orgNumber });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['orgNumber', key]]);
    }
  });

  it('cleans optional fields: empty strings become null, websites get a scheme, postal codes a space', () => {
    const parsed = createOrganisationInput.parse({
      ...base,
      website: 'kompissverige.se',
      description: '',
      address: { street: 'Götgatan 1', postalCode: '11646', city: 'Stockholm' },
      contacts: [{ name: 'Lina', email: 'Lina@Example.org', phone: '+46 8 123 45 67' }],
    });
    expect(parsed.website).toBe('https://kompissverige.se');
    expect(parsed.description).toBeNull();
    expect(parsed.address?.postalCode).toBe('116 46');
    expect(parsed.contacts?.[0]?.email).toBe('lina@example.org');
  });

  it('refuses unknown properties, also inside contacts (no personal data beyond the four fields)', () => {
    const result = createOrganisationInput.safeParse({ ...base, contacts: [{ name: 'A', personalNumber: '19800101-1234' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('makes every field optional on update but requires the version', () => {
    expect(updateOrganisationInput.safeParse({ version: 3, name: 'Nytt namn' }).success).toBe(true);
    expect(updateOrganisationInput.safeParse({ name: 'Nytt namn' }).success).toBe(false);
    expect(updateOrganisationInput.safeParse({ version: 1, foo: 1 }).success).toBe(false);
  });
});
