import { describe, expect, it } from 'vitest';
import { claimValuesOf, decideSsoSignIn, passwordSignInAllowed, rolesFromClaims, safeReturnPath } from './sso.rules';

// Issue 15: staff single sign-on and passwords for staff.
describe('claimValuesOf (issue 15)', () => {
  it('reads one string or a list of strings and ignores anything else', () => {
    expect(claimValuesOf(' sg-a ')).toEqual(['sg-a']);
    expect(claimValuesOf(['sg-a', 3, '', 'sg-b', null])).toEqual(['sg-a', 'sg-b']);
    expect(claimValuesOf({ a: 1 })).toEqual([]);
    expect(claimValuesOf(undefined)).toEqual([]);
  });
});

describe('rolesFromClaims (issue 15)', () => {
  const mappings = [
    { claimValue: 'sg-a', role: 'admin' as const },
    { claimValue: 'sg-b', role: 'officer' as const },
    { claimValue: 'sg-b', role: 'manager' as const },
  ];

  it('gives every mapped role once, in the roles’ order', () => {
    expect(rolesFromClaims(['sg-a', 'sg-b', 'sg-b'], mappings)).toEqual(['officer', 'manager', 'admin']);
  });

  it('gives nothing for unmapped groups', () => {
    expect(rolesFromClaims(['sg-x'], mappings)).toEqual([]);
  });
});

describe('passwordSignInAllowed (issue 15)', () => {
  it('lets partners and the break-glass account in when staff passwords are off, but not other staff', () => {
    expect(passwordSignInAllowed({ roles: ['partner'], breakGlass: false }, false)).toBe(true);
    expect(passwordSignInAllowed({ roles: ['admin'], breakGlass: true }, false)).toBe(true);
    expect(passwordSignInAllowed({ roles: ['officer'], breakGlass: false }, false)).toBe(false);
    expect(passwordSignInAllowed({ roles: ['partner', 'officer'], breakGlass: false }, false)).toBe(false);
    expect(passwordSignInAllowed({ roles: ['officer'], breakGlass: false }, true)).toBe(true);
  });
});

describe('decideSsoSignIn (issue 15)', () => {
  it('creates a new account with the mapped roles', () => {
    expect(decideSsoSignIn(undefined, ['officer'])).toEqual({ kind: 'create', roles: ['officer'] });
  });

  it('refuses a new person without a mapped role, disabling nothing', () => {
    expect(decideSsoSignIn(undefined, [])).toEqual({ kind: 'refuse', reason: 'no_role', disable: false });
  });

  it('disables an active account whose claims give no role', () => {
    expect(decideSsoSignIn({ status: 'active', disabledByClaims: false, roles: ['officer'] }, [])).toEqual({
      kind: 'refuse',
      reason: 'no_role',
      disable: true,
    });
  });

  it('keeps an account an administrator disabled disabled', () => {
    expect(decideSsoSignIn({ status: 'disabled', disabledByClaims: false, roles: ['officer'] }, ['officer'])).toMatchObject({
      kind: 'refuse',
      reason: 'account_disabled',
    });
  });

  it('enables again an account claims disabled once they give a role', () => {
    expect(decideSsoSignIn({ status: 'disabled', disabledByClaims: true, roles: ['officer'] }, ['officer'])).toEqual({
      kind: 'update',
      roles: ['officer'],
      rolesChanged: false,
      reEnable: true,
    });
  });

  it('notices a change of roles whatever their order', () => {
    const existing = { status: 'active' as const, disabledByClaims: false, roles: ['manager', 'officer'] as const };
    expect(decideSsoSignIn({ ...existing, roles: [...existing.roles] }, ['officer', 'manager'])).toMatchObject({ rolesChanged: false });
    expect(decideSsoSignIn({ ...existing, roles: [...existing.roles] }, ['officer'])).toMatchObject({ rolesChanged: true });
  });
});

describe('safeReturnPath (issue 15)', () => {
  it('keeps paths inside the app and turns everything else into the start page', () => {
    expect(safeReturnPath('/organisationer?q=a')).toBe('/organisationer?q=a');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', '/api/users', '/login', undefined, 42, '/a\nb']) {
      expect(safeReturnPath(bad)).toBe('/');
    }
  });
});
