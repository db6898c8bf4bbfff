import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from './case-number.rules';
import { normalizeRegistryNumber, parseRegistryNumber, registryNumberMatch } from './registry-number.rules';

describe('registry numbers (diarienummer, GLOSSARY; searchable in the overview, OVR-1)', () => {
  it('reads the registry number of the source documents with its classification code', () => {
    expect(parseRegistryNumber('AMN 2017-0228-01.06')).toEqual({
      prefix: 'AMN',
      year: 2017,
      serial: '0228',
      separator: '-',
      classification: '01.06',
    });
  });

  it('takes the ways real registries write their numbers', () => {
    expect(normalizeRegistryNumber('AMN 2017-0228')).toBe('AMN 2017-0228');
    expect(normalizeRegistryNumber('KS 2019/123')).toBe('KS 2019/123');
    expect(normalizeRegistryNumber('SDN 2020-00123-1.1')).toBe('SDN 2020-00123-1.1');
    expect(normalizeRegistryNumber('SBN 2021-04567-2.4.1')).toBe('SBN 2021-04567-2.4.1');
    expect(normalizeRegistryNumber('Kfn 2018/45')).toBe('KFN 2018/45');
  });

  it('writes a number typed or pasted in another way like the registry does', () => {
    expect(normalizeRegistryNumber('  amn   2017-0228-01.06 ')).toBe('AMN 2017-0228-01.06');
    expect(normalizeRegistryNumber('AMN2017-0228-01.06')).toBe('AMN 2017-0228-01.06');
    expect(normalizeRegistryNumber('AMN 2017–0228–01.06')).toBe('AMN 2017-0228-01.06');
    expect(normalizeRegistryNumber('AMN 2017 - 0228 01.06')).toBe('AMN 2017-0228-01.06');
    expect(normalizeRegistryNumber('Dnr AMN 2017-0228-01.06')).toBe('AMN 2017-0228-01.06');
    expect(normalizeRegistryNumber('Dnr: AMN 2017-0228-01.06')).toBe('AMN 2017-0228-01.06');
    expect(normalizeRegistryNumber('Diarienummer AMN 2017-0228-01.06')).toBe('AMN 2017-0228-01.06');
    expect(normalizeRegistryNumber('Åmn 2017-0228')).toBe('ÅMN 2017-0228');
  });

  it('keeps the leading zeros of the serial: 0228 and 228 are different numbers to a registry', () => {
    expect(normalizeRegistryNumber('AMN 2017-228')).toBe('AMN 2017-228');
    expect(normalizeRegistryNumber('AMN 2017-0228')).not.toBe(normalizeRegistryNumber('AMN 2017-228'));
  });

  it('refuses garbage with no abbreviation, year or serial', () => {
    for (const text of [
      '',
      '   ',
      'AMN',
      'AMN 2017',
      'AMN 2017-',
      '2017-0228-01.06',
      '-2017-0228',
      'AMN 17-0228',
      'AMN 2017-0000',
      'AMN 1850-0228',
      'AMN 2017-02A8',
      'AMN 2017-0228-ab',
      'AMN 2017-0228-01..06',
      'AMN 2017-0228-01.06.',
      'Feriejobb för unga',
      '<script>alert(1)</script>',
      'AMN 2017-0228; DROP TABLE cooperation',
      `AMN 2017-0228-${'1.'.repeat(40)}1`,
    ]) {
      expect(parseRegistryNumber(text), text).toBeUndefined();
    }
  });

  it("is never the app's own case number in disguise: both rules read their own texts apart", () => {
    // The app's case number parses as a registry number without a code, but one with a code is not a case number.
    expect(parseCaseNumber('AMN 2017-0228-01.06')).toBeUndefined();
    expect(registryNumberMatch('AMN 2017-0228-01.06')).toEqual({ exact: 'AMN 2017-0228-01.06', withCode: null, complete: true });
  });

  it('OVR-1: a search for a number without its code also finds the numbers of that case with a code', () => {
    expect(registryNumberMatch('amn 2017-0228')).toEqual({ exact: 'AMN 2017-0228', withCode: 'AMN 2017-0228-', complete: false });
    expect(registryNumberMatch('föreningsliv')).toBeUndefined();
  });
});
