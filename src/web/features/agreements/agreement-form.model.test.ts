import { describe, expect, it } from 'vitest';
import type { AgreementVersionView } from '../../../shared/agreements/agreement.schemas';
import { IOP_TERMS } from '../../../shared/agreements/terms.rules';
import { agreementFormFrom, economyTotals, formMissingTerms, toUpdateInput, validateAgreementForm } from './agreement-form.model';
import { validateAgreementSearch, validateCompareSearch } from './agreement.search';

const CITY = '11111111-1111-4111-8111-111111111111';
const PARTNER = '22222222-2222-4222-8222-222222222222';

const version: AgreementVersionView = {
  number: 2,
  terms: { purpose: { text: 'Stärka barns skolgång', complete: true }, goals: { text: '', complete: true } },
  startDate: '2026-01-01',
  endDate: null,
  noticeMonths: 6,
  parties: [
    { organisationId: CITY, signatory: 'Förvaltningschef', name: 'Stockholms stad', orgNumber: '212000-0142' },
    { organisationId: PARTNER, signatory: 'Ordförande', name: 'Läxhjälpsföreningen', orgNumber: null },
  ],
  economy: [
    { year: 2026, organisationId: CITY, moneySek: 500_000, inKindSek: 0, note: null },
    { year: 2026, organisationId: PARTNER, moneySek: 0, inKindSek: 100_000, note: null },
    { year: 2027, organisationId: CITY, moneySek: 250_000, inKindSek: 10_000, note: null },
  ],
  signedFile: null,
  signedOn: null,
  termsComplete: false,
  missingTerms: [],
  createdBy: null,
  createdAt: '2026-01-01T10:00:00.000Z',
};

describe('the agreement editor’s form (IOP-5)', () => {
  it('IOP-5: starts from the version with every section present, and counts what is missing (complete without text is missing)', () => {
    const form = agreementFormFrom('Avtal om läxhjälp', version);
    expect(Object.keys(form.terms)).toEqual([...IOP_TERMS]);
    expect(form.terms.values).toEqual({ text: '', complete: false });
    expect(form.noticeMonths).toBe('6');
    expect(form.endDate).toBe('');
    expect(formMissingTerms(form)).toHaveLength(IOP_TERMS.length - 1);
    expect(formMissingTerms(form)).toContain('goals');
    expect(toUpdateInput(form, 1).economy?.map((e) => e.note)).toEqual([null, null, null]);
  });

  it('a valid form becomes the PATCH body at the version seen, amounts with spaces read as kronor', () => {
    const form = agreementFormFrom('Avtal om läxhjälp', version);
    const edited = { ...form, endDate: '', economy: [{ year: '2026', organisationId: CITY, moneySek: '1 500 000', inKindSek: '0', note: ' Lokaler ' }] };
    expect(validateAgreementForm(edited)).toEqual({});
    const input = toUpdateInput(edited, 7);
    expect(input).toMatchObject({ version: 7, title: 'Avtal om läxhjälp', startDate: '2026-01-01', endDate: null, noticeMonths: 6 });
    expect(input.economy).toEqual([{ year: 2026, organisationId: CITY, moneySek: 1_500_000, inKindSek: 0, note: 'Lokaler' }]);
    expect(input.parties).toEqual([
      { organisationId: CITY, signatory: 'Förvaltningschef' },
      { organisationId: PARTNER, signatory: 'Ordförande' },
    ]);
  });

  it('names each mistake by the server’s field path: dates, notice, parties and economy', () => {
    const form = agreementFormFrom(' ', version);
    const errors = validateAgreementForm({
      ...form,
      startDate: '2027-01-01',
      endDate: '2026-01-01',
      noticeMonths: '2,5',
      parties: [...form.parties, { organisationId: CITY, name: 'Stockholms stad', orgNumber: null, signatory: ' ' }, { organisationId: null, name: '', orgNumber: null, signatory: 'X' }],
      economy: [{ year: '26', organisationId: 'x', moneySek: '-1', inKindSek: 'tio', note: '' }],
    });
    expect(errors).toEqual({
      title: 'validation.required',
      endDate: 'validation.dateRange',
      noticeMonths: 'validation.duration',
      'parties.2.organisationId': 'validation.agreement.duplicateParty',
      'parties.2.signatory': 'validation.required',
      'parties.3.organisationId': 'validation.required',
      'economy.0.year': 'validation.year',
      'economy.0.organisationId': 'validation.agreement.economyParty',
      'economy.0.moneySek': 'validation.money',
      'economy.0.inKindSek': 'validation.money',
    });
  });

  it('IOP-5: totals the economy per year over all parties, money and in kind', () => {
    expect(economyTotals(version.economy)).toEqual([
      { year: 2026, moneySek: 500_000, inKindSek: 100_000, totalSek: 600_000 },
      { year: 2027, moneySek: 250_000, inKindSek: 10_000, totalSek: 260_000 },
    ]);
    expect(economyTotals([{ year: '2026', moneySek: '1 000', inKindSek: 'x' }])).toEqual([]);
  });

  it('keeps only whole version numbers from the address', () => {
    expect(validateAgreementSearch({ version: '2' })).toEqual({ version: 2 });
    expect(validateAgreementSearch({ version: '0' })).toEqual({});
    expect(validateCompareSearch({ from: 1, to: 'x' })).toEqual({ from: 1 });
  });
});
