import { ROLES, type Role } from './roles';

/** The roles single sign-on can grant: every staff role; partners are invited, never mapped (issue 15). */
export const SSO_ROLES = ROLES.filter((role): role is Exclude<Role, 'partner'> => role !== 'partner');
export type SsoRole = (typeof SSO_ROLES)[number];

export type RoleMapping = { claimValue: string; role: SsoRole };

/** The values of the provider's group claim: one string or a list of strings; anything else is none. */
export function claimValuesOf(raw: unknown): string[] {
  if (typeof raw === 'string') return raw.trim() === '' ? [] : [raw.trim()];
  if (!Array.isArray(raw)) return [];
  return raw.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter((v) => v !== '');
}

/** The staff roles the mappings give for these claim values, in the roles' usual order (issue 15). */
export function rolesFromClaims(values: readonly string[], mappings: readonly RoleMapping[]): SsoRole[] {
  const held = new Set(values);
  const granted = new Set(mappings.filter((m) => held.has(m.claimValue)).map((m) => m.role));
  return SSO_ROLES.filter((role) => granted.has(role));
}

/** Whether an account is staff: any role other than `partner` alone (issue 15). */
export function isStaffAccount(roles: readonly Role[]): boolean {
  return roles.some((role) => role !== 'partner');
}

/**
 * Whether an account may sign in with its password: partners always, staff only while local
 * passwords for staff are on, and the break-glass account always (issue 15).
 */
export function passwordSignInAllowed(account: { roles: readonly Role[]; breakGlass: boolean }, staffLocalPasswords: boolean): boolean {
  return staffLocalPasswords || account.breakGlass || !isStaffAccount(account.roles);
}

/** What an account looks like before a single sign-on decides about it. */
export type ExistingSsoAccount = { status: 'active' | 'disabled'; disabledByClaims: boolean; roles: readonly Role[] };

export type SsoSignInDecision =
  | { kind: 'create'; roles: SsoRole[] }
  | { kind: 'update'; roles: SsoRole[]; rolesChanged: boolean; reEnable: boolean }
  | { kind: 'refuse'; reason: 'no_role' | 'account_disabled'; disable: boolean };

/**
 * What a single sign-on does with an account (issue 15): creates it with the mapped roles, updates
 * its roles (and enables it again when claims, not an administrator, had disabled it), or refuses;
 * an active account whose claims no longer map to any role is disabled, and an account an
 * administrator disabled stays disabled whatever the claims say.
 */
export function decideSsoSignIn(existing: ExistingSsoAccount | undefined, mappedRoles: SsoRole[]): SsoSignInDecision {
  if (existing && existing.status === 'disabled' && !existing.disabledByClaims) {
    return { kind: 'refuse', reason: 'account_disabled', disable: false };
  }
  if (mappedRoles.length === 0) return { kind: 'refuse', reason: 'no_role', disable: existing?.status === 'active' };
  if (!existing) return { kind: 'create', roles: mappedRoles };
  const before = [...existing.roles].sort().join(',');
  const after = [...mappedRoles].sort().join(',');
  return { kind: 'update', roles: mappedRoles, rolesChanged: before !== after, reEnable: existing.status === 'disabled' };
}

/**
 * Where the app may send the browser after signing in: a path inside the app only (never another
 * site, `//host` or `/\host`), else the start page.
 */
export function safeReturnPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 2000) return '/';
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\\]/.test(raw)) return '/';
  if (raw.startsWith('/api/') || raw.startsWith('/login')) return '/';
  return raw;
}

/**
 * The reasons a single sign-on is refused, as the login page shows them; `busy` is a start refused
 * because too many came from the same address.
 */
export const SSO_ERRORS = ['unavailable', 'state', 'provider', 'verification', 'claims', 'no_role', 'account_disabled', 'email_taken', 'busy'] as const;
export type SsoError = (typeof SSO_ERRORS)[number];
