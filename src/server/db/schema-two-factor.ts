import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** A user's TOTP second factor (decision 015): the secret sealed with AES-256-GCM, never in clear. */
export interface UserTwoFactorTable {
  user_id: string;
  secret_ciphertext: string;
  status: 'pending' | 'enrolled';
  /** The last TOTP time step a code was accepted for; a code of this step or earlier is refused. */
  last_used_step: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: Timestamp;
  confirmed_at: NullableTimestamp;
}

/** One recovery code, stored as its SHA-256 hash; `used_at` is set when it is spent. */
export interface UserRecoveryCodeTable {
  id: Generated<string>;
  user_id: string;
  code_hash: string;
  created_at: Timestamp;
  used_at: NullableTimestamp;
}

/** The pending second step of a password sign-in, found by the hash of its challenge. */
export interface LoginChallengeTable {
  id_hash: string;
  user_id: string;
  email: string;
  attempts: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface TwoFactorTables {
  user_two_factor: UserTwoFactorTable;
  user_recovery_code: UserRecoveryCodeTable;
  login_challenge: LoginChallengeTable;
}

export type UserTwoFactorRow = Selectable<UserTwoFactorTable>;
export type LoginChallengeRow = Selectable<LoginChallengeTable>;
