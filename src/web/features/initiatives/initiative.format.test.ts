import { describe, expect, it } from 'vitest';
import { formatSek, isEditableStatus, isWithdrawable, verdictCounts } from './initiative.format';
import { validateInitiativeSearch } from './initiative.search';

describe('initiative formatting', () => {
  it('counts the verdicts of the form guidance for the spoken summary', () => {
    expect(verdictCounts([{ verdict: 'allowed' }, { verdict: 'not_allowed' }, { verdict: 'allowed' }])).toEqual({ allowed: 2, needs_assessment: 0, not_allowed: 1 });
  });

  it('shows amounts in kronor and nothing for an unknown amount', () => {
    expect(formatSek(1_500_000, 'sv-SE').replace(/\s/g, ' ')).toBe('1 500 000 kr');
    expect(formatSek(null, 'sv-SE')).toBe('');
  });

  it('allows editing only while submitted or more information is asked for, withdrawing until closed', () => {
    expect(isEditableStatus('submitted')).toBe(true);
    expect(isEditableStatus('more_information')).toBe(true);
    expect(isEditableStatus('recommended')).toBe(false);
    expect(isWithdrawable('recommended')).toBe(true);
    expect(isWithdrawable('withdrawn')).toBe(false);
    expect(isWithdrawable('converted')).toBe(false);
  });

  it('keeps only known, non-empty filters from the address', () => {
    expect(validateInitiativeSearch({ q: '  läxhjälp ', status: '', origin: 'external', other: 'x', area: 5 })).toEqual({ q: 'läxhjälp', origin: 'external' });
  });
});
