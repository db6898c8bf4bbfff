import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** The dimensions a measurement is broken down by (AGR-6; focus groups: 003 §7.1). */
export type MeasurementDimension = 'gender' | 'target_group' | 'focus_group';

/** A breakdown category (reference data, migration 0021). */
export interface MeasurementCategoryTable {
  dimension: MeasurementDimension;
  code: string;
  name_sv: string;
  name_en: string;
  position: number;
  active: Generated<boolean>;
  version: Generated<number>;
}

/** One period of a plan's measurements, optionally for one cluster; its version guards saves. */
export interface MeasurementSheetTable {
  id: Generated<string>;
  plan_id: string;
  period: string;
  cluster_id: string | null;
  updated_by: string | null;
  updated_at: Timestamp;
  version: Generated<number>;
}

/** One aggregate cell: a value or unknown; the total has neither dimension nor category. */
export interface MeasurementCellTable {
  sheet_id: string;
  indicator_id: string;
  dimension: MeasurementDimension | null;
  category: string | null;
  value: number | null;
  unknown: boolean;
}

/** A cluster's local mapping of unemployment for a year (003 §7.1). */
export interface ClusterMappingTable {
  id: Generated<string>;
  cluster_id: string;
  year: number;
  unemployed: number | null;
  unemployed_women: number | null;
  unemployed_men: number | null;
  description: string | null;
  participants_indicator_id: string | null;
  started_work_indicator_id: string | null;
  started_studies_indicator_id: string | null;
  updated_by: string | null;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface MeasurementTables {
  measurement_category: MeasurementCategoryTable;
  measurement_sheet: MeasurementSheetTable;
  measurement_cell: MeasurementCellTable;
  cluster_mapping: ClusterMappingTable;
}

export type MeasurementCategoryRow = Selectable<MeasurementCategoryTable>;
export type MeasurementSheetRow = Selectable<MeasurementSheetTable>;
export type MeasurementCellRow = Selectable<MeasurementCellTable>;
export type ClusterMappingRow = Selectable<ClusterMappingTable>;
