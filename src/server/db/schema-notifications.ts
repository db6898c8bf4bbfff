import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** One notification for one user (migration 0028), written in the transaction of its hand-off. */
export interface NotificationTable {
  id: Generated<string>;
  user_id: string;
  /** One of NOTIFICATION_TYPES. */
  type: string;
  /** The name of the thing handed off (an initiative's title, an organisation's name …). */
  summary: string;
  /** The path inside the app where the user acts on it. */
  link: string;
  created_at: Timestamp;
  read_at: NullableTimestamp;
}

/** A user's chosen delivery for one notification type; a type without a row has its default. */
export interface NotificationPreferenceTable {
  user_id: string;
  type: string;
  delivery: 'app' | 'email' | 'digest';
}

/** A user's mail settings; a user without a row gets Swedish. */
export interface NotificationSettingTable {
  user_id: string;
  language: ColumnType<'sv' | 'en', 'sv' | 'en' | undefined, 'sv' | 'en'>;
  updated_at: Timestamp;
}

/** The weekly digest sent to a user for an ISO week (`2026-W49`): at most one per user and week. */
export interface NotificationDigestTable {
  user_id: string;
  iso_week: string;
  sent_at: Timestamp;
  mail_message_id: string | null;
}

export interface NotificationTables {
  notification: NotificationTable;
  notification_preference: NotificationPreferenceTable;
  notification_setting: NotificationSettingTable;
  notification_digest: NotificationDigestTable;
}

export type NotificationRow = Selectable<NotificationTable>;
