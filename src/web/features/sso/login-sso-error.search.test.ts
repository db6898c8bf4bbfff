import { describe, expect, it } from 'vitest';
import { validateLoginSearch } from '../auth/login.search';

// Issue 15: the login page says why a single sign-on was refused, for known reasons only.
describe('the login page’s single sign-on error', () => {
  it('keeps a known reason and drops anything else', () => {
    expect(validateLoginSearch({ sso_error: 'no_role' })).toEqual({ sso_error: 'no_role' });
    // A start refused for too many from one address (issue 15): the page says to wait.
    expect(validateLoginSearch({ sso_error: 'busy' })).toEqual({ sso_error: 'busy' });
    expect(validateLoginSearch({ sso_error: '<script>' })).toEqual({});
    expect(validateLoginSearch({ sso_error: ['state'] })).toEqual({});
  });
});
