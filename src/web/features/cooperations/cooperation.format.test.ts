import { describe, expect, it } from 'vitest';
import { en } from '../../app/i18n/en.messages';
import { sv } from '../../app/i18n/sv.messages';
import { formatAmount, hasFilters, searchFromSavedFilter, termEnds, termText, toCooperationQuery, toSavedFilterQuery } from './cooperation.format';

const ORG = '0b8f6a3e-4c1d-4a8e-9a7e-1d2c3b4a5f60';

describe('overview filters for the API (OVR-1)', () => {
  it('drops unknown forms, statuses and ids from a hand-edited link', () => {
    expect(toCooperationQuery({ form: 'iop,bogus', status: 'active,gone', organisationId: 'x', year: '2026' })).toMatchObject({
      form: ['iop'],
      status: ['active'],
      organisationId: undefined,
      year: 2026,
      sort: 'caseNumber',
    });
  });

  it('keeps a known sort and falls back to case number', () => {
    expect(toCooperationQuery({ sort: 'updatedAt' }).sort).toBe('updatedAt');
    expect(toCooperationQuery({ sort: 'random' }).sort).toBe('caseNumber');
  });

  it('saves the filter without the sort and restores it with the sort in use', () => {
    const saved = toSavedFilterQuery({ q: 'läxhjälp', form: 'iop', organisationId: ORG, sort: 'title' });
    expect(saved).toEqual({ q: 'läxhjälp', form: ['iop'], organisationId: ORG });
    expect(searchFromSavedFilter({ ...saved, year: 2025 }, 'updatedAt')).toEqual({
      q: 'läxhjälp',
      form: 'iop',
      organisationId: ORG,
      year: '2025',
      sort: 'updatedAt',
    });
  });

  it('passes the steering-group flag (IOP-6) only when set, and keeps it in a saved filter', () => {
    expect(toCooperationQuery({ steeringGroupFlag: 'true' }).steeringGroupFlag).toBe(true);
    expect(toCooperationQuery({ steeringGroupFlag: 'yes' }).steeringGroupFlag).toBeUndefined();
    const saved = toSavedFilterQuery({ steeringGroupFlag: 'true' });
    expect(saved).toEqual({ steeringGroupFlag: true });
    expect(searchFromSavedFilter(saved)).toEqual({ steeringGroupFlag: 'true' });
  });

  it('does not count the sort alone as a filter', () => {
    expect(hasFilters({ sort: 'title' })).toBe(false);
    expect(hasFilters({ steeringGroupFlag: 'true' })).toBe(true);
    expect(hasFilters({ status: 'active' })).toBe(true);
  });
});

describe('labels', () => {
  it('formats amounts in Swedish and English style', () => {
    expect(formatAmount(1_900_000, 'sv')).toBe('1 900 000 kr');
    expect(formatAmount(1_900_000, 'en')).toBe('SEK 1,900,000');
  });

  const tSv = (key: 'cooperations.openEnded' | 'cooperations.startNotSet') => sv.cooperations[key === 'cooperations.openEnded' ? 'openEnded' : 'startNotSet'];
  const tEn = (key: 'cooperations.openEnded' | 'cooperations.startNotSet') => en.cooperations[key === 'cooperations.openEnded' ? 'openEnded' : 'startNotSet'];

  it('shows a term with an open end as "Tills vidare", never as an ellipsis', () => {
    expect(termText(null, null, 'sv-SE', tSv)).toBe('');
    expect(termText('2015-01-01', null, 'sv-SE', tSv)).toBe('1 jan. 2015 – Tills vidare');
    expect(termText('2015-01-01', null, 'en-GB', tEn)).toBe('1 Jan 2015 – Until further notice');
    expect(termEnds(null, '2027-12-31', 'sv-SE', tSv)).toEqual({ start: 'Start ej angiven', end: '31 dec. 2027' });
    expect(termText('2015-01-01', null, 'sv-SE', tSv)).not.toContain('…');
  });

  it('uses one wording for an open-ended period in every part of the app, in each language', () => {
    expect(new Set([sv.cooperations.openEnded, sv.agreements.untilFurtherNotice, sv.apiTokens.noExpiry])).toEqual(new Set(['Tills vidare']));
    expect(new Set([en.cooperations.openEnded, en.agreements.untilFurtherNotice, en.apiTokens.noExpiry])).toEqual(new Set(['Until further notice']));
  });
});
