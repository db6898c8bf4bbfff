import { describe, expect, it } from 'vitest';
import { normalizeHeader, suggestMapping, type FieldAliases } from './column-mapping';

const organisationFields: FieldAliases[] = [
  { key: 'orgNumber', aliases: ['organisationsnummer', 'org.nr', 'orgnr', 'organisation number'] },
  { key: 'name', aliases: ['namn', 'organisationsnamn', 'organisation name'] },
  { key: 'legalForm', aliases: ['juridisk form', 'organisationsform', 'legal form'] },
  { key: 'municipality', aliases: ['kommun', 'ort'] },
];

describe('normalizeHeader', () => {
  it('ignores case, accents, spaces and punctuation', () => {
    expect(normalizeHeader(' Org.nr ')).toBe('orgnr');
    expect(normalizeHeader('ORG NR')).toBe('orgnr');
    expect(normalizeHeader('Län/Kommun')).toBe('lankommun');
    expect(normalizeHeader('Juridisk\nform*')).toBe('juridiskform');
  });
});

describe('suggestMapping', () => {
  it('maps Swedish headers to fields whatever their case and punctuation', () => {
    const headers = ['Namn', 'ORGANISATIONSNUMMER', 'Juridisk  form', 'Kontaktperson'];
    expect(suggestMapping(headers, organisationFields)).toEqual({
      orgNumber: 1,
      name: 0,
      legalForm: 2,
      municipality: null,
    });
  });

  it('recognises "Org.nr" and the field key itself', () => {
    expect(suggestMapping(['Org.nr', 'legalForm'], organisationFields)).toMatchObject({ orgNumber: 0, legalForm: 1 });
  });

  it('uses each header at most once: a second org-number column stays unmapped', () => {
    const headers = ['Organisationsnummer', 'Namn', 'Juridisk form', 'Org.nr'];
    const mapping = suggestMapping(headers, organisationFields);
    expect(mapping).toEqual({ orgNumber: 0, name: 1, legalForm: 2, municipality: null });
    expect(Object.values(mapping).filter((i) => i === 3)).toHaveLength(0);
  });

  it('lets two fields sharing an alias take different columns, in field order', () => {
    const fields = [
      { key: 'phone', aliases: ['telefon'] },
      { key: 'mobile', aliases: ['telefon', 'mobil'] },
    ];
    expect(suggestMapping(['Telefon', 'Telefon'], fields)).toEqual({ phone: 0, mobile: 1 });
  });

  it('ignores bracketed notes, but prefers a header that matches exactly', () => {
    expect(suggestMapping(['Namn (obligatoriskt)', 'Org.nr [XXXXXX-XXXX]'], organisationFields)).toMatchObject({
      name: 0,
      orgNumber: 1,
    });
    expect(suggestMapping(['Namn (gammalt)', 'Namn'], organisationFields)).toMatchObject({ name: 1 });
  });

  it('does not guess: a header that is only similar maps to nothing', () => {
    expect(suggestMapping(['Organisation', 'Nummer'], organisationFields)).toEqual({
      orgNumber: null,
      name: null,
      legalForm: null,
      municipality: null,
    });
  });
});
