import type { ColumnType, Generated, Selectable } from 'kysely';
import type { AgreementStatus } from '../../shared/agreements/agreement.schemas';
import type { Terms } from '../../shared/agreements/terms.rules';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column: read as YYYY-MM-DD text (see the type parser in database.ts). */
type DateColumn = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
/** A jsonb column: read parsed, written as JSON text. */
type Json<T> = ColumnType<T, string | undefined, string>;

export type StoredParty = { organisationId: string; signatory: string };
export type StoredEconomyRow = { year: number; organisationId: string; moneySek: number; inKindSek: number; note?: string | null };

export interface AgreementTable {
  id: Generated<string>;
  cooperation_id: string;
  title: string;
  current_version: Generated<number>;
  status: ColumnType<AgreementStatus, AgreementStatus | undefined, AgreementStatus>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
  /** When the first yearly review not yet held falls due (IOP-8); kept by triggers (migration 0033), never written. */
  review_due_from: ColumnType<string | null, never, never>;
}

export interface AgreementVersionTable {
  agreement_id: string;
  number: number;
  terms: Json<Terms>;
  start_date: NullableDate;
  end_date: NullableDate;
  notice_months: number | null;
  parties: Json<StoredParty[]>;
  economy: Json<StoredEconomyRow[]>;
  signed_file_id: string | null;
  signed_on: NullableDate;
  created_by: string | null;
  created_at: Timestamp;
}

export interface AgreementAnnexTable {
  id: Generated<string>;
  agreement_id: string;
  number: number;
  title: string;
  created_at: Timestamp;
}

export interface AgreementAnnexVersionTable {
  annex_id: string;
  number: number;
  file_id: string | null;
  text: string | null;
  decision_reference: string;
  decided_on: DateColumn;
  created_by: string | null;
  created_at: Timestamp;
}

/** The agreement tables (migration 0010), merged into `Database` in schema.ts. */
export interface AgreementTables {
  agreement: AgreementTable;
  agreement_version: AgreementVersionTable;
  agreement_annex: AgreementAnnexTable;
  agreement_annex_version: AgreementAnnexVersionTable;
}

export type AgreementRow = Selectable<AgreementTable>;
export type AgreementVersionRow = Selectable<AgreementVersionTable>;
export type AgreementAnnexRow = Selectable<AgreementAnnexTable>;
export type AgreementAnnexVersionRow = Selectable<AgreementAnnexVersionTable>;
