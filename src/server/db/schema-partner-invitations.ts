import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** An invitation to a partner account (migration 0043); only the token's hash is stored. */
export interface PartnerInvitationTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  name: string;
  as_contact: ColumnType<boolean, boolean | undefined, boolean>;
  invited_by: string | null;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  accepted_user_id: string | null;
  revoked_at: NullableTimestamp;
  revoked_by: string | null;
}

/** What staff allow an organisation's partner accounts (migration 0043); no row means the defaults. */
export interface PartnerAccountLimitTable {
  organisation_id: string;
  max_accounts: number;
  contact_may_invite: boolean;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface PartnerInvitationTables {
  partner_invitation: PartnerInvitationTable;
  partner_account_limit: PartnerAccountLimitTable;
}

export type PartnerInvitationRow = Selectable<PartnerInvitationTable>;
