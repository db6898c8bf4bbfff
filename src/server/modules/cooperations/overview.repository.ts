import { sql } from 'kysely';
import type { CaseNumberMatch } from '../../../shared/cooperations/case-number.rules';
import type { CooperationFilter } from '../../../shared/cooperations/cooperation.schemas';
import type { Db } from '../../db/database';
import type { CooperationRow } from '../../db/schema-cooperations';

export type OverviewFilter = Omit<CooperationFilter, 'area'> & {
  /** The area filter widened to the area and all its sub-areas. */
  areaCodes?: string[] | undefined;
  /** The case numbers the search text names, if it names any. */
  caseNumber?: CaseNumberMatch | undefined;
};

export type OverviewSort = 'caseNumber' | 'title' | 'updatedAt';
export type OverviewRow = CooperationRow & { manager_name: string | null };

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

function filtered(db: Db, f: OverviewFilter) {
  let query = db.selectFrom('cooperation');
  if (f.form && f.form.length > 0) query = query.where('cooperation.form', 'in', f.form);
  if (f.status && f.status.length > 0) query = query.where('cooperation.status', 'in', f.status);
  if (f.areaCodes) query = query.where(sql<boolean>`cooperation.areas && ${f.areaCodes}::text[]`);
  if (f.targetGroup) query = query.where(sql<boolean>`cooperation.target_groups @> ARRAY[${f.targetGroup}]::text[]`);
  if (f.unitCode) query = query.where('cooperation.unit_code', '=', f.unitCode);
  if (f.responsibleManagerId) query = query.where('cooperation.responsible_manager_id', '=', f.responsibleManagerId);
  // The year of the case number, i.e. the year the cooperation was registered.
  if (f.year) query = query.where('cooperation.case_year', '=', f.year);
  const organisationId = f.organisationId;
  if (organisationId) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('cooperation_party')
          .select(sql`1`.as('one'))
          .whereRef('cooperation_party.cooperation_id', '=', 'cooperation.id')
          .where('cooperation_party.organisation_id', '=', organisationId),
      ),
    );
  }
  const text = f.q;
  if (text) {
    const cn = f.caseNumber;
    query = query.where((eb) =>
      eb.or([
        // Inflected Swedish words in title or description: "föreningar" finds "förening".
        sql<boolean>`cooperation.search_vector @@ websearch_to_tsquery('swedish', ${text})`,
        // Partial titles, through the trigram index on lower(title).
        eb(sql`lower(cooperation.title)`, 'like', `%${escapeLike(text.toLowerCase())}%`),
        ...(cn?.exact ? [eb('cooperation.case_number', '=', cn.exact)] : []),
        ...(cn?.prefix ? [eb('cooperation.case_number', 'like', `${escapeLike(cn.prefix)}%`)] : []),
      ]),
    );
  }
  return query;
}

/** A keyset position: the sort key and the id of the last row of the previous page. */
export type OverviewAfter = [number, number] | [string, string];

/** Cooperations matching a filter in the requested order, one more than the limit, with the manager's name. */
export function findOverviewRows(
  db: Db,
  f: OverviewFilter,
  order: { sort: OverviewSort; limit: number; after?: OverviewAfter | undefined },
): Promise<OverviewRow[]> {
  let query = filtered(db, f)
    .leftJoin('app_user', 'app_user.id', 'cooperation.responsible_manager_id')
    .selectAll('cooperation')
    .select('app_user.name as manager_name');
  const after = order.after;
  if (order.sort === 'title') {
    if (after) query = query.where(sql<boolean>`(lower(cooperation.title), cooperation.id) > (${after[0]}, ${after[1]}::uuid)`);
    query = query.orderBy(sql`lower(cooperation.title)`).orderBy('cooperation.id');
  } else if (order.sort === 'updatedAt') {
    if (after) query = query.where(sql<boolean>`(cooperation.updated_at, cooperation.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
    query = query.orderBy('cooperation.updated_at', 'desc').orderBy('cooperation.id', 'desc');
  } else {
    if (after) query = query.where(sql<boolean>`(cooperation.case_year, cooperation.case_sequence) < (${after[0]}::int, ${after[1]}::int)`);
    query = query.orderBy('cooperation.case_year', 'desc').orderBy('cooperation.case_sequence', 'desc');
  }
  return query.limit(order.limit + 1).execute();
}

/** How many cooperations match a filter, counting no further than `cap + 1`. */
export async function countOverviewRows(db: Db, f: OverviewFilter, cap: number): Promise<number> {
  const row = await db
    .selectFrom(filtered(db, f).select(sql`1`.as('one')).limit(cap + 1).as('hits'))
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every cooperation matching a filter, newest case number first, for export (bounded by `max`). */
export function findOverviewRowsForExport(db: Db, f: OverviewFilter, max: number): Promise<OverviewRow[]> {
  return filtered(db, f)
    .leftJoin('app_user', 'app_user.id', 'cooperation.responsible_manager_id')
    .selectAll('cooperation')
    .select('app_user.name as manager_name')
    .orderBy('cooperation.case_year', 'desc')
    .orderBy('cooperation.case_sequence', 'desc')
    .limit(max)
    .execute();
}

/** The parties' names of many cooperations at once, in name order: one query for a whole page. */
export async function findPartyNames(db: Db, cooperationIds: string[]): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  if (cooperationIds.length === 0) return names;
  // One array parameter instead of a list: an export may name more ids than a statement can bind.
  const rows = await db
    .selectFrom('cooperation_party')
    .innerJoin('organisation', 'organisation.id', 'cooperation_party.organisation_id')
    .select(['cooperation_party.cooperation_id', 'organisation.name'])
    .where(sql<boolean>`cooperation_party.cooperation_id = ANY(${cooperationIds}::uuid[])`)
    .orderBy('organisation.name')
    .execute();
  for (const r of rows) names.set(r.cooperation_id, [...(names.get(r.cooperation_id) ?? []), r.name]);
  return names;
}

/** Codes and names of a reference table of the cooperation register (units, target groups), inactive ones included. */
export function findReferenceNames(db: Db, table: 'unit' | 'target_group') {
  return db.selectFrom(table).select(['code', 'name_sv', 'name_en']).orderBy('sort_order').execute();
}
