import { describe, expect, it } from 'vitest';
import { validateTokenSearch } from './newsletter.search';

describe('the token of a newsletter link (IOP-10)', () => {
  it('keeps a text token and drops anything else', () => {
    expect(validateTokenSearch({ token: 'abc_DEF-123' })).toEqual({ token: 'abc_DEF-123' });
    expect(validateTokenSearch({ token: '' })).toEqual({});
    expect(validateTokenSearch({ token: 42 })).toEqual({});
    expect(validateTokenSearch({})).toEqual({});
  });
});
