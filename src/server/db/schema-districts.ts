import type { ColumnType, Selectable } from 'kysely';

type DateColumn = ColumnType<string, string, string>;

/** That a district's unit is carried on by another from a date (migration 0035, AGR-9). */
export interface DistrictSuccessionTable {
  predecessor_code: string;
  successor_code: string;
  effective_on: DateColumn;
}

export type DistrictSuccessionRow = Selectable<DistrictSuccessionTable>;

export interface DistrictHistoryTables {
  district_succession: DistrictSuccessionTable;
}
