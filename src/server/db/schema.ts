import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AgreementTables } from './schema-agreements';
import type { CooperationTables } from './schema-cooperations';
import type { DeviationTables } from './schema-deviations';
import type { DistrictHistoryTables } from './schema-districts';
import type { MailTables } from './schema-mail';
import type { NewsletterTables } from './schema-newsletter';
import type { NotificationTables } from './schema-notifications';
import type { EconomyTables } from './schema-economy';
import type { FollowUpTables } from './schema-followup';
import type { PartnerTables } from './schema-partner';
import type { PartnerInvitationTables } from './schema-partner-invitations';
import type { FollowUpRecordTables } from './schema-follow-ups';
import type { GovernanceTables } from './schema-governance';
import type { GovernanceStructureTables } from './schema-governance-structure';
import type { GovernanceQuestionTables } from './schema-governance-questions';
import type { LifecycleTables } from './schema-lifecycle';
import type { MeasurementTables } from './schema-measurements';
import type { OrganisationTables } from './schema-organisations';
import type { VidaTables } from './schema-vida';
import type { Role } from '../../shared/users/roles';
import type { EmployerTables } from './schema-employers';
import type { EmployerOfferTables } from './schema-employer-offers';
import type { SingleSignOnTables } from './schema-sso';
import type { TwoFactorTables } from './schema-two-factor';
import type { PortalTables } from './schema-portal';
import type { FileBlobTables } from './schema-files';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface AppUserTable {
  id: Generated<string>;
  email: string;
  name: string;
  roles: Role[];
  password_hash: string;
  status: 'active' | 'disabled';
  must_change_password: Generated<boolean>;
  last_login_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  disabled_at: NullableTimestamp;
  version: Generated<number>;
}

export interface UserSessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
  /** The session's id in lists and links; the secret id itself is only ever stored as a hash. */
  public_id: Generated<string>;
  /** How the user proved who they are (decision 015). */
  method: ColumnType<'password' | 'oidc', 'password' | 'oidc' | undefined, never>;
}

/** A login-limit counter (decision 005): `email` is '' for an address, `ip` is '' for an account. */
export interface LoginLimitTable {
  scope: 'account' | 'account_address' | 'address';
  email: ColumnType<string, string | undefined, never>;
  ip: ColumnType<string, string | undefined, never>;
  failures: ColumnType<number, number | undefined, number>;
  last_failure_at: NullableTimestamp;
  refused_since_failure: ColumnType<number, number | undefined, number>;
}

export interface ApiTokenTable {
  id: Generated<string>;
  name: string;
  token_hash: string;
  prefix: string;
  roles: Role[];
  created_by: string | null;
  created_at: Timestamp;
  expires_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  version: Generated<number>;
}

export interface AuditLogTable {
  id: Generated<string>;
  occurred_at: Date;
  actor_type: 'user' | 'token' | 'anonymous' | 'system';
  actor_id: string | null;
  actor_label: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  changes: ColumnType<Record<string, { before?: unknown; after?: unknown }>, string, never>;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface FileTable {
  id: Generated<string>;
  /** Where the content lives: the SHA-256 hash itself, the key of its `file_blob`. */
  storage_key: string;
  original_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface Database
  extends OrganisationTables,
    CooperationTables,
    GovernanceTables,
    AgreementTables,
    LifecycleTables,
    GovernanceStructureTables,
    FollowUpTables,
    PartnerTables,
    VidaTables,
    MeasurementTables,
    FollowUpRecordTables,
    EconomyTables,
    DeviationTables,
    MailTables,
    NewsletterTables,
    GovernanceQuestionTables,
    NotificationTables,
    DistrictHistoryTables,
    EmployerTables,
    EmployerOfferTables,
    PartnerInvitationTables,
    SingleSignOnTables,
    TwoFactorTables,
    PortalTables,
    FileBlobTables {
  app_user: AppUserTable;
  user_session: UserSessionTable;
  login_limit: LoginLimitTable;
  api_token: ApiTokenTable;
  audit_log: AuditLogTable;
  file: FileTable;
}

export type AppUserRow = Selectable<AppUserTable>;
export type NewAppUser = Insertable<AppUserTable>;
export type AppUserUpdate = Updateable<AppUserTable>;
export type UserSessionRow = Selectable<UserSessionTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type FileRow = Selectable<FileTable>;
export type NewFile = Insertable<FileTable>;
