import { describe, expect, it } from 'vitest';
import { caseNumberMatch, formatCaseNumber, parseCaseNumber } from './case-number.rules';

describe('case numbers (OVR-1, DESIGN "Central model")', () => {
  it('OVR-1: formats AMN YYYY-NNNN, zero-padded to four digits', () => {
    expect(formatCaseNumber({ prefix: 'AMN', year: 2026, sequence: 1 })).toBe('AMN 2026-0001');
    expect(formatCaseNumber({ prefix: 'AMN', year: 2026, sequence: 123 })).toBe('AMN 2026-0123');
    expect(formatCaseNumber({ prefix: 'AMN', year: 2026, sequence: 9999 })).toBe('AMN 2026-9999');
  });

  it('OVR-1: grows wider past 9999 instead of refusing a number', () => {
    expect(formatCaseNumber({ prefix: 'AMN', year: 2026, sequence: 10_000 })).toBe('AMN 2026-10000');
  });

  it('uses the configured prefix of another municipality', () => {
    expect(formatCaseNumber({ prefix: 'SN', year: 2027, sequence: 5 })).toBe('SN 2027-0005');
  });

  it('parses case numbers as people type them and round-trips', () => {
    expect(parseCaseNumber('AMN 2026-0123')).toEqual({ prefix: 'AMN', year: 2026, sequence: 123 });
    expect(parseCaseNumber(' amn 2026-12 ')).toEqual({ prefix: 'AMN', year: 2026, sequence: 12 });
    expect(parseCaseNumber('AMN2026-0012')).toEqual({ prefix: 'AMN', year: 2026, sequence: 12 });
    const parts = parseCaseNumber('AMN 2026-10000');
    expect(parts && formatCaseNumber(parts)).toBe('AMN 2026-10000');
  });

  it('refuses text that is not a case number', () => {
    for (const text of ['', 'AMN', 'AMN 2026', 'AMN 26-0001', '2026-0001', 'AMN 2026-0000', 'AMN 2026-00A1', 'Feriejobb']) {
      expect(parseCaseNumber(text)).toBeUndefined();
    }
  });
});

describe('searching by case number (OVR-1)', () => {
  it('a whole case number is matched exactly, with or without the prefix', () => {
    expect(caseNumberMatch('AMN 2026-0012', 'AMN')).toEqual({ exact: 'AMN 2026-0012', prefix: null });
    expect(caseNumberMatch('2026-0012', 'AMN')).toEqual({ exact: 'AMN 2026-0012', prefix: null });
    expect(caseNumberMatch('amn2026-0012', 'AMN')).toEqual({ exact: 'AMN 2026-0012', prefix: null });
  });

  it('a short sequence is that number or the start of longer ones', () => {
    expect(caseNumberMatch('2026-12', 'AMN')).toEqual({ exact: 'AMN 2026-0012', prefix: 'AMN 2026-12' });
    expect(caseNumberMatch('AMN 2026-00', 'AMN')).toEqual({ exact: null, prefix: 'AMN 2026-00' });
  });

  it('a year alone matches every number of that year', () => {
    expect(caseNumberMatch('2026', 'AMN')).toEqual({ exact: null, prefix: 'AMN 2026-' });
    expect(caseNumberMatch('AMN 2026-', 'AMN')).toEqual({ exact: null, prefix: 'AMN 2026-' });
  });

  it('another prefix or ordinary words name no case number', () => {
    expect(caseNumberMatch('KS 2026-0012', 'AMN')).toBeUndefined();
    expect(caseNumberMatch('Feriejobb', 'AMN')).toBeUndefined();
    expect(caseNumberMatch('Feriejobb 2026', 'AMN')).toBeUndefined();
  });
});
