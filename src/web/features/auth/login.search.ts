import { SSO_ERRORS, type SsoError } from '../../../shared/users/sso.rules';

export type LoginSearch = {
  /** Where to go after login; only same-site paths are accepted. */
  redirect?: string;
  /** Why the user is at the login page, for a short explanation above the form. */
  reason?: 'logged-out' | 'expired';
  /** Why a single sign-on was refused (issue 15); the login page says it in words. */
  sso_error?: SsoError;
};

/** Same-site path or undefined, so a crafted link cannot send a user to another site after login. */
export function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  if (value.startsWith('/login')) return undefined;
  return value;
}

/** Reads the login page's search parameters from the URL. */
export function validateLoginSearch(search: Record<string, unknown>): LoginSearch {
  const result: LoginSearch = {};
  const redirect = safeRedirect(search.redirect);
  if (redirect) result.redirect = redirect;
  if (search.reason === 'logged-out' || search.reason === 'expired') result.reason = search.reason;
  if (SSO_ERRORS.includes(search.sso_error as SsoError)) result.sso_error = search.sso_error as SsoError;
  return result;
}
