import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A `date` column: read as YYYY-MM-DD text (see the type parser in database.ts). */
type DateColumn = ColumnType<string, string, string>;
/** `numeric` arrives from the driver as text; repositories convert it to numbers. */
type Numeric = ColumnType<string, number | string, number | string>;

/** A VIDA payout to an association for a semester, with the rate used (FRM-5, migration 0024). */
export interface VidaPayoutTable {
  id: Generated<string>;
  cooperation_id: string;
  organisation_id: string;
  period_year: number;
  period_half: 'spring' | 'autumn';
  period_start: DateColumn;
  participants: number;
  occasions: number;
  rate_sek: Numeric;
  rate_valid_from: DateColumn;
  amount_sek: Numeric;
  exception_motivation: string | null;
  exception_by: string | null;
  exception_at: NullableTimestamp;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface VidaTables {
  vida_payout: VidaPayoutTable;
}

export type VidaPayoutRow = Selectable<VidaPayoutTable>;
