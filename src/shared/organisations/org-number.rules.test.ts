import { describe, expect, it } from 'vitest';
import { orgNumberDigits, parseOrgNumber, passesLuhn } from './org-number.rules';

describe('organisation number (ORG-3)', () => {
  it('ORG-3: accepts the real examples Stockholms stad and Arbetsförmedlingen', () => {
    expect(parseOrgNumber('212000-0142')).toEqual({ ok: true, value: '212000-0142' });
    expect(parseOrgNumber('2021002114')).toEqual({ ok: true, value: '202100-2114' });
    expect(parseOrgNumber(' 202100-2114 ')).toEqual({ ok: true, value: '202100-2114' });
  });

  it('ORG-3: refuses a wrong check digit', () => {
    expect(parseOrgNumber('212000-0143')).toEqual({ ok: false, problem: 'check_digit' });
    expect(passesLuhn('2120000143')).toBe(false);
  });

  it('ORG-3: refuses malformed numbers', () => {
    for (const input of ['21200-0142', '212000-014A', '212000--0142', '2120000-142', '', '21200001420']) {
      expect(parseOrgNumber(input)).toEqual({ ok: false, problem: 'format' });
    }
  });

  it('recognises organisation-number-like search text', () => {
    expect(orgNumberDigits('202100-2114')).toBe('2021002114');
    expect(orgNumberDigits('2021002114')).toBe('2021002114');
    expect(orgNumberDigits('Kompis')).toBeUndefined();
  });
});
