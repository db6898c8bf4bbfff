import { describe, expect, it } from 'vitest';
import { validateOrganisationSearch, validateOrganisationTabSearch } from './organisation.search';

describe('the register search in the page address', () => {
  it('keeps known filters, trimmed, and drops empty or foreign values', () => {
    expect(validateOrganisationSearch({ q: '  Kompis Sverge ', kind: 'civil_society', status: '', page: '2', area: 42 })).toEqual({
      q: 'Kompis Sverge',
      kind: 'civil_society',
    });
  });

  it('cuts overlong values instead of sending them to the server', () => {
    expect(validateOrganisationSearch({ q: 'x'.repeat(500) }).q).toHaveLength(200);
  });

  it('names a tab of the organisation page only when it exists, and leaves the default out', () => {
    expect(validateOrganisationTabSearch({ tab: 'democracy' })).toEqual({ tab: 'democracy' });
    expect(validateOrganisationTabSearch({ tab: 'overview' })).toEqual({});
    expect(validateOrganisationTabSearch({ tab: 'secrets' })).toEqual({});
  });
});
