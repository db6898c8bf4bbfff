import { describe, expect, it } from 'vitest';
import { validateCooperationSearch, validateCooperationTabSearch, validateCreateCooperationSearch } from './cooperation.search';

describe('the overview address (OVR-1 filters in the URL)', () => {
  it('keeps known filters, trimmed, and drops empty and unknown ones', () => {
    expect(validateCooperationSearch({ q: '  AMN 2026 ', form: 'iop,vida', status: '', foo: 'bar', unitCode: 'jobbtorg' })).toEqual({
      q: 'AMN 2026',
      form: 'iop,vida',
      unitCode: 'jobbtorg',
    });
  });

  it('takes a year as four digits only, also when the router parsed it as a number', () => {
    expect(validateCooperationSearch({ year: 2026 })).toEqual({ year: '2026' });
    expect(validateCooperationSearch({ year: '26' })).toEqual({});
  });

  it('joins a repeated parameter into one list', () => {
    expect(validateCooperationSearch({ status: ['active', 'ended'] })).toEqual({ status: 'active,ended' });
  });

  it('caps the free text at 200 characters', () => {
    expect(validateCooperationSearch({ q: 'x'.repeat(300) }).q).toHaveLength(200);
  });
});

describe('the cooperation page address', () => {
  it('names a known tab other than the first', () => {
    expect(validateCooperationTabSearch({ tab: 'checklist' })).toEqual({ tab: 'checklist' });
    // Addresses saved while the checklist tab had its earlier name still open it.
    expect(validateCooperationTabSearch({ tab: 'readiness' })).toEqual({ tab: 'checklist' });
    expect(validateCooperationTabSearch({ tab: 'overview' })).toEqual({});
    expect(validateCooperationTabSearch({ tab: 'nope' })).toEqual({});
  });

  it('takes the initiative of a new cooperation only as an id', () => {
    expect(validateCreateCooperationSearch({ initiativ: '0b8f6a3e-4c1d-4a8e-9a7e-1d2c3b4a5f60' })).toEqual({
      initiativ: '0b8f6a3e-4c1d-4a8e-9a7e-1d2c3b4a5f60',
    });
    expect(validateCreateCooperationSearch({ initiativ: 'drop table' })).toEqual({});
  });
});
