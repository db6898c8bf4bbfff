import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Role } from '../../shared/users/roles';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** A value of the provider's group claim mapped to a staff role (migration 0041, decision 014). */
export interface SsoRoleMappingTable {
  id: Generated<string>;
  claim_value: string;
  role: Exclude<Role, 'partner'>;
  created_by: string | null;
  created_at: Timestamp;
}

/** The provider's issuer and subject of an account, and when claims disabled it (migration 0041). */
export interface SsoIdentityTable {
  issuer: string;
  subject: string;
  user_id: string;
  created_at: Timestamp;
  last_login_at: NullableTimestamp;
  disabled_by_claims_at: NullableTimestamp;
}

/** A sign-in on its way through the provider, keyed by the hash of its state, used once (migration 0041). */
export interface SsoPendingLoginTable {
  state_hash: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

/** The ID token a session began with, the hint for signing out at the provider (migration 0041). */
export interface SsoSessionTable {
  session_id_hash: string;
  id_token: string;
}

/** The one account that may always sign in with its password (migration 0041). */
export interface BreakGlassAccountTable {
  singleton: Generated<boolean>;
  user_id: string;
  marked_at: Timestamp;
}

export interface SingleSignOnTables {
  sso_role_mapping: SsoRoleMappingTable;
  sso_identity: SsoIdentityTable;
  sso_pending_login: SsoPendingLoginTable;
  sso_session: SsoSessionTable;
  break_glass_account: BreakGlassAccountTable;
}

export type SsoRoleMappingRow = Selectable<SsoRoleMappingTable>;
export type SsoIdentityRow = Selectable<SsoIdentityTable>;
export type SsoPendingLoginRow = Selectable<SsoPendingLoginTable>;
