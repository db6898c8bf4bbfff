import type { ApiTokenView } from '../../../shared/users/api-token.schemas';
import type { UserView } from '../../../shared/users/user.schemas';
import type { ApiTokenRow, AppUserRow } from '../../db/schema';

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
