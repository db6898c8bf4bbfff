import type { ApiTokenView } from '../../../shared/users/api-token.schemas';
import { passwordSignInAllowed } from '../../../shared/users/sso.rules';
import { secondFactorState } from '../../../shared/users/two-factor.rules';
import type { UserListItemView, UserView } from '../../../shared/users/user.schemas';
import type { ApiTokenRow, AppUserRow } from '../../db/schema';
import type { UserListRow } from './user.repository';
import { SSO_ONLY_PASSWORD_HASH } from './password';

/** The public shape of a user; never includes the password hash. */
export function toUserView(row: AppUserRow): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    status: row.status,
    mustChangePassword: row.must_change_password,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** The sign-in settings the users list is read under. */
export type SignInSettings = { staffLocalPasswords: boolean; twoFactorRequired: boolean };

/** A user of the administrators' list with how it signs in (issue 15). */
export function toUserListItemView(row: UserListRow, settings: SignInSettings): UserListItemView {
  const breakGlass = Boolean(row.is_break_glass);
  const hasPassword = row.password_hash !== SSO_ONLY_PASSWORD_HASH;
  const passwordAllowed = passwordSignInAllowed({ roles: row.roles, breakGlass }, settings.staffLocalPasswords);
  return {
    ...toUserView(row),
    organisationId: row.organisation_id,
    signIn: {
      sso: Boolean(row.has_sso_identity),
      hasPassword,
      passwordAllowed,
      breakGlass,
      secondFactor: secondFactorState({
        roles: row.roles,
        settingOn: settings.twoFactorRequired,
        enrolled: row.two_factor_status === 'enrolled',
        passwordUsable: hasPassword && passwordAllowed,
      }),
    },
  };
}

/** What the audit log keeps of a user: everything but secrets and bookkeeping. */
export function auditedUser(row: AppUserRow): Record<string, unknown> {
  return {
    email: row.email,
    name: row.name,
    roles: row.roles,
    status: row.status,
    mustChangePassword: row.must_change_password,
  };
}

/** The public shape of an API token; never includes the secret or its hash. */
export function toApiTokenView(row: ApiTokenRow): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    roles: row.roles,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    expiresAt: row.expires_at?.toISOString() ?? null,
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    version: row.version,
  };
}
