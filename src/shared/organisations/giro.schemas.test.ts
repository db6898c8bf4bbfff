import { describe, expect, it } from 'vitest';
import { createOrganisationInput, updateOrganisationInput } from './organisation.schemas';

const base = { name: 'Kompis Sverige', kind: 'civil_society', legalForm: 'non_profit_association' };

describe('giro numbers in the organisation input (FRM-5)', () => {
  it('FRM-5: normalises bankgiro and plusgiro numbers typed with common formatting; empty clears them', () => {
    const parsed = createOrganisationInput.parse({ ...base, bankgiro: '50501055', plusgiro: '900800-4' });
    expect([parsed.bankgiro, parsed.plusgiro]).toEqual(['5050-1055', '90 08 00-4']);
    const cleared = updateOrganisationInput.parse({ version: 1, bankgiro: '', plusgiro: '  ' });
    expect([cleared.bankgiro, cleared.plusgiro]).toEqual([null, null]);
    expect(updateOrganisationInput.parse({ version: 1 }).bankgiro).toBeUndefined();
  });

  it('FRM-5: names the field with a message key for a wrong check digit or format', () => {
    for (const [field, value, key] of [
      ['bankgiro', '5050-1056', 'validation.bankgiro.check_digit'],
      ['bankgiro', '505-105', 'validation.bankgiro.format'],
      ['plusgiro', '90 20 01-9', 'validation.plusgiro.check_digit'],
      ['plusgiro', 'PG 123', 'validation.plusgiro.format'],
    ] as const) {
      const result = createOrganisationInput.safeParse({ ...base, [field]: value });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([[field, key]]);
    }
  });
});
