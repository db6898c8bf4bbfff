import { describe, expect, it } from 'vitest';
import { formatPlusgiro, isValidGiro, luhnCheckDigit, parseGiro, passesLuhnFromRight } from './giro.rules';

describe('giro numbers (FRM-5)', () => {
  it('FRM-5: accepts real bankgiro numbers with or without formatting and stores them as NNN(N)-NNNN', () => {
    expect(parseGiro('bankgiro', '5050-1055')).toEqual({ ok: true, value: '5050-1055' }); // Skatteverket
    expect(parseGiro('bankgiro', '50501055')).toEqual({ ok: true, value: '5050-1055' });
    expect(parseGiro('bankgiro', ' 900-8004 ')).toEqual({ ok: true, value: '900-8004' }); // Svenska Röda Korset
    expect(parseGiro('bankgiro', '900 6032')).toEqual({ ok: true, value: '900-6032' }); // Läkare utan gränser
  });

  it('FRM-5: refuses a bankgiro number whose check digit is wrong', () => {
    expect(parseGiro('bankgiro', '5050-1056')).toEqual({ ok: false, problem: 'check_digit' });
    expect(parseGiro('bankgiro', '900-8005')).toEqual({ ok: false, problem: 'check_digit' });
  });

  it('FRM-5: refuses a bankgiro number of the wrong length or with other characters', () => {
    expect(parseGiro('bankgiro', '123-456')).toEqual({ ok: false, problem: 'format' });
    expect(parseGiro('bankgiro', '12345-67890')).toEqual({ ok: false, problem: 'format' });
    expect(parseGiro('bankgiro', '5050-105A')).toEqual({ ok: false, problem: 'format' });
    expect(parseGiro('bankgiro', '')).toEqual({ ok: false, problem: 'format' });
    expect(parseGiro('bankgiro', '5050--1055')).toEqual({ ok: false, problem: 'format' });
    expect(parseGiro('bankgiro', '5050-1055-')).toEqual({ ok: false, problem: 'format' });
  });

  it('FRM-5: accepts real plusgiro numbers in the written style and stores them in pairs with the check digit last', () => {
    expect(parseGiro('plusgiro', '90 08 00-4')).toEqual({ ok: true, value: '90 08 00-4' }); // Svenska Röda Korset
    expect(parseGiro('plusgiro', '900603-2')).toEqual({ ok: true, value: '90 06 03-2' }); // Läkare utan gränser
    expect(parseGiro('plusgiro', '9006032')).toEqual({ ok: true, value: '90 06 03-2' });
    expect(parseGiro('plusgiro', '18')).toEqual({ ok: true, value: '1-8' });
  });

  it('FRM-5: refuses a plusgiro number with a wrong check digit or of the wrong length', () => {
    expect(parseGiro('plusgiro', '90 08 00-5')).toEqual({ ok: false, problem: 'check_digit' });
    expect(parseGiro('plusgiro', '90 20 01-9')).toEqual({ ok: false, problem: 'check_digit' });
    expect(parseGiro('plusgiro', '5')).toEqual({ ok: false, problem: 'format' });
    expect(parseGiro('plusgiro', '123456789')).toEqual({ ok: false, problem: 'format' });
  });

  it('FRM-5: the check digit is the mod-10 (Luhn) digit counted from the right', () => {
    expect(luhnCheckDigit('902001')).toBe(7);
    expect(passesLuhnFromRight('9020017')).toBe(true);
    expect(formatPlusgiro('12345674')).toBe('1 23 45 67-4');
    expect(isValidGiro('plusgiro', '90 20 01-7')).toBe(true);
    expect(isValidGiro('bankgiro', null)).toBe(false);
    expect(isValidGiro('bankgiro', '1234-5678')).toBe(false);
  });
});
