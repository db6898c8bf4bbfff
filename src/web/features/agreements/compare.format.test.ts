import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { comparedFieldLabel, comparedValueLines } from './compare.format';

// Echoes the key and its values, so the test sees what was asked for without the catalogue.
const t = ((key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key)) as unknown as TFunction;
const names = new Map([['c1', 'Stockholms stad']]);

describe('the comparison’s rows (AGR-7)', () => {
  it('AGR-7: names terms sections by their IOP-5 heading and fields by their label', () => {
    expect(comparedFieldLabel('terms.renegotiation_termination_dispute', 'sv', t)).toBe('Omförhandling, uppsägning, hävning och tvist');
    expect(comparedFieldLabel('terms.goals', 'en', t)).toBe('Goals');
    expect(comparedFieldLabel('noticeMonths', 'sv', t)).toBe('agreements.field_noticeMonths');
  });

  it('AGR-7: shows each side as text: sections with their state, parties and economy by organisation name', () => {
    expect(comparedValueLines('terms.goals', { text: 'Fler i arbete', complete: true }, names, 'sv-SE', t)).toEqual(['Fler i arbete', 'agreements.termComplete']);
    expect(comparedValueLines('parties', [{ organisationId: 'c1', signatory: 'Förvaltningschef' }], names, 'sv-SE', t)).toEqual(['Stockholms stad – Förvaltningschef']);
    const [line] = comparedValueLines('economy', [{ year: 2026, organisationId: 'c1', moneySek: 1000, inKindSek: 0 }], names, 'sv-SE', t);
    expect(line).toContain('"party":"Stockholms stad"');
    expect(line).toContain('"year":2026');
    expect(comparedValueLines('economy', [{ year: 2026, organisationId: 'c1', moneySek: 0, inKindSek: 5, note: 'Lokaler' }], names, 'sv-SE', t)[0]).toMatch(/\(Lokaler\)$/);
    expect(comparedValueLines('noticeMonths', 6, names, 'sv-SE', t)).toEqual(['agreements.months {"count":6}']);
    expect(comparedValueLines('endDate', null, names, 'sv-SE', t)).toEqual([]);
  });
});
