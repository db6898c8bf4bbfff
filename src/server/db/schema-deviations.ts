import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DeviationPlaceKind, DeviationRouteReason, DeviationSeverity, DeviationStatus } from '../../shared/deviations/deviation.rules';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A `date` column: read as YYYY-MM-DD text (see the type parser in database.ts). */
type DateColumn = ColumnType<string, string, string>;

/** A deviation (AGR-4; migration 0026). */
export interface DeviationTable {
  id: Generated<string>;
  description: string;
  place_kind: DeviationPlaceKind;
  cooperation_id: string | null;
  body_id: string | null;
  routine: string | null;
  severity: DeviationSeverity;
  occurred_on: DateColumn;
  status: ColumnType<DeviationStatus, DeviationStatus | undefined, DeviationStatus>;
  route_reason: DeviationRouteReason;
  routed_body_id: string | null;
  routed_user_id: string | null;
  decision: string | null;
  governance_decision_id: string | null;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  conclusion: string | null;
  closed_by: string | null;
  closed_at: NullableTimestamp;
  reported_by: string | null;
  /** The day it was reported, in the app's time zone (the unhandled limit counts from it). */
  reported_on: DateColumn;
  reported_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

/** An action taken on a deviation, with its owner and due date. */
export interface DeviationActionTable {
  id: Generated<string>;
  deviation_id: string;
  text: string;
  owner_user_id: string;
  due_date: DateColumn;
  done: Generated<boolean>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface DeviationTables {
  deviation: DeviationTable;
  deviation_action: DeviationActionTable;
}

export type DeviationRow = Selectable<DeviationTable>;
export type DeviationActionRow = Selectable<DeviationActionTable>;
