import type { ColumnType, Generated, Selectable } from 'kysely';
import type { PartnerReportStatus } from '../../shared/partner/partner-report.rules';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** A partner organisation's report on one cooperation and period (follow-up text, financial report). */
export interface PartnerReportTable {
  id: Generated<string>;
  cooperation_id: string;
  organisation_id: string;
  period: string;
  follow_up_text: string | null;
  financial_report_file_id: string | null;
  status: ColumnType<PartnerReportStatus, PartnerReportStatus | undefined, PartnerReportStatus>;
  review_comment: string | null;
  submitted_by: string | null;
  submitted_at: NullableTimestamp;
  reviewed_by: string | null;
  reviewed_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

/** The organisation a partner account speaks for (partners see only its cooperations). */
export interface PartnerAccountTable {
  user_id: string;
  organisation_id: string;
  created_at: Timestamp;
  /** The organisation's contact manages its people (migration 0043). */
  is_contact: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface PartnerTables {
  partner_report: PartnerReportTable;
  partner_account: PartnerAccountTable;
}

export type PartnerReportRow = Selectable<PartnerReportTable>;
