import { describe, expect, it } from 'vitest';
import { safeRedirect, validateLoginSearch } from './login.search';

describe('where the login page may send the user afterwards', () => {
  it('accepts paths on this site', () => {
    expect(safeRedirect('/admin/users?q=anna')).toBe('/admin/users?q=anna');
  });

  it('refuses other sites, protocol-relative and backslash tricks, and the login page itself', () => {
    for (const value of ['https://evil.example', '//evil.example', '/\\evil.example', 'admin', '/login?redirect=/']) {
      expect(safeRedirect(value)).toBeUndefined();
    }
  });

  it('keeps only a known reason', () => {
    expect(validateLoginSearch({ reason: 'expired', redirect: '/x' })).toEqual({ reason: 'expired', redirect: '/x' });
    expect(validateLoginSearch({ reason: 'hacked', redirect: 42 })).toEqual({});
  });
});
