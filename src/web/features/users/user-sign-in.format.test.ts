import { describe, expect, it } from 'vitest';
import type { UserSignInView } from '../../../shared/users/user.schemas';
import { offersTwoFactorReset, passwordActionOf, signInBadges } from './user-sign-in.format';

const signIn = (over: Partial<UserSignInView>): UserSignInView => ({
  sso: false,
  hasPassword: true,
  passwordAllowed: true,
  breakGlass: false,
  secondFactor: 'off',
  ...over,
});

describe('how an account signs in, on the users page (issue 15)', () => {
  it('issue 15: names every way in as words, not colour alone', () => {
    expect(signInBadges(signIn({})).map((b) => b.key)).toEqual(['userSignIn.password', 'userSignIn.secondFactor_off']);
    expect(signInBadges(signIn({ sso: true, hasPassword: false })).map((b) => b.key)).toEqual(['userSignIn.sso', 'userSignIn.secondFactor_off']);
    expect(signInBadges(signIn({ passwordAllowed: false, breakGlass: false, secondFactor: 'missing' })).map((b) => b.key)).toEqual([
      'userSignIn.passwordOff',
      'userSignIn.secondFactor_missing',
    ]);
    expect(signInBadges(signIn({ breakGlass: true, secondFactor: 'on' })).map((b) => b.key)).toEqual([
      'userSignIn.password',
      'userSignIn.breakGlass',
      'userSignIn.secondFactor_on',
    ]);
  });

  it('issue 15: a password is reset, or given to an account made by single sign-on, saying whether it can be used', () => {
    expect(passwordActionOf(signIn({}))).toBe('reset');
    expect(passwordActionOf(signIn({ sso: true, hasPassword: false }))).toBe('give');
    expect(passwordActionOf(signIn({ sso: true, hasPassword: false, passwordAllowed: false }))).toBe('give-unusable');
  });

  it('issue 15: offers the second factor reset only for an account that has one', () => {
    expect(offersTwoFactorReset(signIn({ secondFactor: 'on' }))).toBe(true);
    expect(offersTwoFactorReset(signIn({ secondFactor: 'off' }))).toBe(false);
    expect(offersTwoFactorReset(signIn({ secondFactor: 'missing' }))).toBe(false);
  });
});
