import type { UserSignInView } from '../../../shared/users/user.schemas';

type SignInBadgeKey =
  | 'userSignIn.sso'
  | 'userSignIn.password'
  | 'userSignIn.passwordOff'
  | 'userSignIn.breakGlass'
  | `userSignIn.secondFactor_${UserSignInView['secondFactor']}`;

/** One badge of the users list's sign-in column: the text's key and a colour that only repeats it. */
export type SignInBadge = { key: SignInBadgeKey; color: string };

/**
 * How an account signs in, as badges with words (issue 15): the city's sign-in, a password (and
 * whether it may be used now), the break-glass account, and the second factor's state.
 */
export function signInBadges(signIn: UserSignInView): SignInBadge[] {
  const badges: SignInBadge[] = [];
  if (signIn.sso) badges.push({ key: 'userSignIn.sso', color: 'blue' });
  if (signIn.hasPassword) {
    badges.push(signIn.passwordAllowed ? { key: 'userSignIn.password', color: 'gray' } : { key: 'userSignIn.passwordOff', color: 'gray' });
  }
  if (signIn.breakGlass) badges.push({ key: 'userSignIn.breakGlass', color: 'orange' });
  const factor = { on: 'green', off: 'gray', missing: 'red' } as const;
  badges.push({ key: `userSignIn.secondFactor_${signIn.secondFactor}`, color: factor[signIn.secondFactor] });
  return badges;
}

/**
 * What the password action of a row does: a reset of an existing password, or giving a password to
 * an account made by single sign-on — usable at once, or only once staff passwords are turned on.
 */
export type PasswordAction = 'reset' | 'give' | 'give-unusable';

/** The password action a row offers, so the menu and its confirmation say what will happen. */
export function passwordActionOf(signIn: UserSignInView): PasswordAction {
  if (signIn.hasPassword) return 'reset';
  return signIn.passwordAllowed ? 'give' : 'give-unusable';
}

/** Whether the row offers to reset the second factor: only an account that has one (the server answers 409 otherwise). */
export function offersTwoFactorReset(signIn: UserSignInView): boolean {
  return signIn.secondFactor === 'on';
}
