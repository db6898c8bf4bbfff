import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { isoTimestamp } from '../../db/iso-timestamp';
import type { MeasurementCategoryRow, MeasurementCellTable } from '../../db/schema-measurements';

/** The cooperation measured, or undefined when there is none. */
export function findMeasuredCooperation(db: Db, id: string): Promise<{ id: string; title: string } | undefined> {
  return db.selectFrom('cooperation').select(['id', 'title']).where('id', '=', id).executeTakeFirst();
}

/** A cooperation's plan for a year, with how often it is measured and whether it is adopted. */
export function findPlanOfYear(
  db: Db,
  cooperationId: string,
  year: number,
): Promise<{ id: string; status: 'draft' | 'proposed' | 'adopted'; period_kind: 'semester' | 'year' } | undefined> {
  return db.selectFrom('activity_plan').select(['id', 'status', 'period_kind']).where('cooperation_id', '=', cooperationId).where('year', '=', year).executeTakeFirst();
}

/** A plan's quantitative indicators, in goal and indicator order. */
export function findQuantitativeIndicators(db: Db, planId: string) {
  return db
    .selectFrom('plan_indicator as i')
    .innerJoin('plan_goal as g', 'g.id', 'i.goal_id')
    .select(['i.id', 'i.name', 'i.unit', 'i.baseline', 'i.target', 'i.direction', 'g.title as goal_title'])
    .where('i.plan_id', '=', planId)
    .where('i.kind', '=', 'quantitative')
    .orderBy('g.position')
    .orderBy('i.position')
    .orderBy('i.id')
    .execute();
}

/** Every breakdown category, in dimension and position order. */
export function findMeasurementCategories(db: Db): Promise<MeasurementCategoryRow[]> {
  return db
    .selectFrom('measurement_category')
    .select(['dimension', 'code', 'name_sv', 'name_en', 'position', 'active', 'version'])
    .orderBy(sql`array_position(array['gender', 'target_group', 'focus_group'], dimension)`)
    .orderBy('position')
    .orderBy('code')
    .execute();
}

/**
 * The clusters of a cooperation: bodies of type 'cluster' linked to it, or reporting (through any
 * number of bodies) to a body linked to it — the clusters of the agreement with Arbetsförmedlingen
 * report to its operative steering group.
 */
export async function findClustersOf(db: Db, cooperationId: string): Promise<{ id: string; name: string }[]> {
  const result = await sql<{ id: string; name: string }>`
    WITH RECURSIVE reach (id, depth) AS (
      SELECT body_id, 0 FROM governance_body_cooperation WHERE cooperation_id = ${cooperationId}
      UNION
      SELECT b.id, r.depth + 1 FROM governance_body b JOIN reach r ON b.reports_to_id = r.id WHERE r.depth < 10
    )
    SELECT DISTINCT b.id, b.name FROM governance_body b JOIN reach r ON r.id = b.id
    WHERE b.type = 'cluster'
    ORDER BY b.name, b.id`.execute(db);
  return result.rows;
}

/** The saved periods of plans for one cluster (null: the cooperation as a whole), with who saved them. */
export function findSheets(db: Db, planIds: string[], clusterId: string | null) {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('measurement_sheet as s')
    .leftJoin('app_user as u', 'u.id', 's.updated_by')
    .select(['s.id', 's.plan_id', 's.period', 's.version', 's.updated_by', 'u.name as updated_by_name', isoTimestamp('s.updated_at').as('updated_at')])
    .where('s.plan_id', 'in', planIds)
    .where((eb) => (clusterId === null ? eb('s.cluster_id', 'is', null) : eb('s.cluster_id', '=', clusterId)))
    .execute();
}

/** The cells of the given sheets. */
export function findCells(db: Db, sheetIds: string[]) {
  if (sheetIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('measurement_cell')
    .select(['sheet_id', 'indicator_id', 'dimension', 'category', 'value', 'unknown'])
    .where('sheet_id', 'in', sheetIds)
    .execute();
}

/** One period's sheet, locked for a save. */
export function findSheetForUpdate(db: Db, planId: string, period: string, clusterId: string | null) {
  return db
    .selectFrom('measurement_sheet')
    .select(['id', 'version'])
    .where('plan_id', '=', planId)
    .where('period', '=', period)
    .where((eb) => (clusterId === null ? eb('cluster_id', 'is', null) : eb('cluster_id', '=', clusterId)))
    .forUpdate()
    .executeTakeFirst();
}

/** Creates a period's sheet at version 1; undefined when a concurrent save created it first. */
export function insertSheet(db: Db, values: { plan_id: string; period: string; cluster_id: string | null; updated_by: string | null }) {
  return db
    .insertInto('measurement_sheet')
    .values(values)
    .onConflict((oc) => oc.columns(['plan_id', 'period', 'cluster_id']).doNothing())
    .returning(['id', 'version'])
    .executeTakeFirst();
}

/** Moves a sheet to its next version when still at the given one; false when someone else saved first. */
export async function touchSheetIfVersion(db: Db, id: string, version: number, updatedBy: string | null): Promise<boolean> {
  const result = await db
    .updateTable('measurement_sheet')
    .set({ version: version + 1, updated_by: updatedBy, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Replaces every cell of a sheet. */
export async function replaceCells(db: Db, sheetId: string, cells: Omit<MeasurementCellTable, 'sheet_id'>[]): Promise<void> {
  await db.deleteFrom('measurement_cell').where('sheet_id', '=', sheetId).execute();
  if (cells.length > 0) await db.insertInto('measurement_cell').values(cells.map((c) => ({ ...c, sheet_id: sheetId }))).execute();
}
