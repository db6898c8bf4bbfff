import { type ExpressionBuilder, sql } from 'kysely';
import type { CaseNumberMatch } from '../../../shared/cooperations/case-number.rules';
import type { RegistryNumberMatch } from '../../../shared/cooperations/registry-number.rules';
import type { CooperationFilter } from '../../../shared/cooperations/cooperation.schemas';
import { semesterOf } from '../../../shared/governance/cadence.rules';
import { STEERING_GROUP_TYPES } from '../../../shared/governance/governance.schemas';
import type { Db } from '../../db/database';
import type { Database } from '../../db/schema';
import type { CooperationRow } from '../../db/schema-cooperations';
import { type CooperationRecord, QUALIFIED_COOPERATION_COLUMNS } from './cooperation.repository';
import { cooperationHasEconomyInYear } from './cooperation-economy.repository';
import { cooperationDidInPeriod } from './cooperation-period.repository';

export type OverviewFilter = Omit<CooperationFilter, 'area'> & {
  /** The area filter widened to the area and all its sub-areas. */
  areaCodes?: string[] | undefined;
  /** The case numbers the search text names, if it names any. */
  caseNumber?: CaseNumberMatch | undefined;
  /** The registry number (diarienummer) the search text names, if it names one. */
  registryNumber?: RegistryNumberMatch | undefined;
  /** The day the steering-group flag is judged on (required by `steeringGroupFlag`). */
  today?: string | undefined;
};

/**
 * True for a cooperation with an active steering group of per-semester cadence that has no meeting
 * dated from the start of the current semester through today (IOP-6, as `isMeetingCadenceMet`).
 * Correlated on `cooperation.id`; both look-ups run on indexes (body–cooperation, meeting by body).
 */
function steeringGroupFlagged(today: string) {
  const { start } = semesterOf(today);
  return sql<boolean>`EXISTS (
    SELECT 1 FROM governance_body_cooperation l JOIN governance_body b ON b.id = l.body_id
    WHERE l.cooperation_id = cooperation.id AND b.status = 'active' AND b.cadence = 'per_semester'
      AND b.type = ANY(${[...STEERING_GROUP_TYPES]}::text[])
      AND NOT EXISTS (SELECT 1 FROM governance_meeting g
                      WHERE g.body_id = b.id AND g.meeting_date >= ${start}::date AND g.meeting_date <= ${today}::date))`;
}

export type OverviewSort = 'caseNumber' | 'title' | 'updatedAt';
export type OverviewRow = CooperationRecord & { manager_name: string | null };

/** The columns an overview page shows or pages by; the search vector, description and facts stay in the database. */
const LIST_COLUMNS = [
  'cooperation.id',
  'cooperation.case_number',
  'cooperation.case_year',
  'cooperation.case_sequence',
  'cooperation.title',
  'cooperation.form',
  'cooperation.status',
  'cooperation.unit_code',
  'cooperation.areas',
  'cooperation.target_groups',
  'cooperation.value_sek',
  'cooperation.start_date',
  'cooperation.end_date',
  'cooperation.updated_at',
  'cooperation.registry_number',
] as const;

export type OverviewListRow = Pick<CooperationRow, 'id' | 'case_number' | 'case_year' | 'case_sequence' | 'title' | 'form' | 'status' | 'unit_code' | 'areas' | 'target_groups' | 'value_sek' | 'start_date' | 'end_date' | 'updated_at' | 'registry_number'> & {
  manager_name: string | null;
};

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
  if (f.steeringGroupFlag !== undefined) {
    if (!f.today) throw new Error('steeringGroupFlag needs today');
    const flagged = steeringGroupFlagged(f.today);
    query = query.where(f.steeringGroupFlag ? flagged : sql<boolean>`NOT ${flagged}`);
  }
  if (f.periodEvent && f.periodFrom && f.periodTo) query = query.where(cooperationDidInPeriod(f.periodEvent, f.periodFrom, f.periodTo));
  if (f.economyYear !== undefined) query = query.where(cooperationHasEconomyInYear(f.economyYear));
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
  const cn = f.caseNumber;
  const rn = f.registryNumber;
  // The registry number itself and, for one typed without a classification code, that case's numbers with one.
  const registryHits = (eb: ExpressionBuilder<Database, 'cooperation'>) =>
    rn
      ? [
          eb('cooperation.registry_number', '=', rn.exact),
          ...(rn.withCode ? [eb('cooperation.registry_number', 'like', `${escapeLike(rn.withCode)}%`)] : []),
        ]
      : [];
  if (rn?.complete) {
    // A registry number with its classification code can be nothing else: its index alone decides.
    query = query.where((eb) => eb.or(registryHits(eb)));
  } else if (cn?.exact && !cn.prefix) {
    // A whole case number names one cooperation: the unique index finds it, and the full-text
    // and title predicates beside it would only make PostgreSQL scan their indexes for nothing.
    // The same text may also be a registry number without a code (`AMN 2017-0228`).
    query = query.where((eb) => eb.or([eb('cooperation.case_number', '=', cn.exact), ...registryHits(eb)]));
  } else if (text) {
    query = query.where((eb) =>
      eb.or([
        ...registryHits(eb),
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
): Promise<OverviewListRow[]> {
  let query = filtered(db, f)
    .leftJoin('app_user', 'app_user.id', 'cooperation.responsible_manager_id')
    .select(LIST_COLUMNS)
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

/**
 * The first `cap + 1` hits of a filter in no order, counted, and the requested page of them in
 * one statement. When the count stays within the cap those hits are all there are, so the page
 * is right and the count is the total; past the cap the caller pages through the sort index
 * instead (`findOverviewRows`). Saves a second statement for every filter with at most `cap` hits.
 */
export async function findCappedHitsPage(
  db: Db,
  f: OverviewFilter,
  order: { sort: OverviewSort; limit: number; after?: OverviewAfter | undefined },
  cap: number,
): Promise<{ rows: OverviewListRow[]; count: number | undefined }> {
  // The hits carry only the sort keys (cheap to read 1,001 of); the page's columns are joined after.
  const hits = filtered(db, f)
    .select(['cooperation.id', 'cooperation.case_year', 'cooperation.case_sequence', 'cooperation.title', 'cooperation.updated_at'])
    .limit(cap + 1);
  const after = order.after;
  let keyset = sql`true`;
  let inner = sql`case_year DESC, case_sequence DESC`;
  let outer = sql`page.case_year DESC, page.case_sequence DESC`;
  if (order.sort === 'title') {
    if (after) keyset = sql`(lower(title), id) > (${after[0]}, ${after[1]}::uuid)`;
    inner = sql`lower(title), id`;
    outer = sql`lower(page.title), page.id`;
  } else if (order.sort === 'updatedAt') {
    if (after) keyset = sql`(updated_at, id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`;
    inner = sql`updated_at DESC, id DESC`;
    outer = sql`page.updated_at DESC, page.id DESC`;
  } else if (after) {
    keyset = sql`(case_year, case_sequence) < (${after[0]}::int, ${after[1]}::int)`;
  }
  const page = sql<{ id: string }>`(SELECT * FROM hits WHERE ${keyset} ORDER BY ${inner} LIMIT ${order.limit + 1})`;
  const query = db
    .with('hits', () => hits)
    .selectFrom(page.as('page'))
    .innerJoin('cooperation', (join) => join.on(sql<boolean>`cooperation.id = page.id`))
    .leftJoin('app_user', 'app_user.id', 'cooperation.responsible_manager_id')
    .select(LIST_COLUMNS)
    .select('app_user.name as manager_name')
    .select(sql<string>`(SELECT count(*) FROM hits)`.as('hit_count'))
    .orderBy(outer);
  const found = await query.execute();
  const first = found[0];
  // No row carries no count: no hits at all, or none after the cursor (then the caller counts).
  const count = first ? Number(first.hit_count) : after ? undefined : 0;
  return { rows: found.map(({ hit_count: _n, ...row }) => row), count };
}

/** How many cooperations match a filter, counting no further than `cap + 1`. */
export async function countOverviewRows(db: Db, f: OverviewFilter, cap: number): Promise<number> {
  const row = await db
    .selectFrom(filtered(db, f).select(sql`1`.as('one')).limit(cap + 1).as('hits'))
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Every cooperation matching a filter, newest case number first, for export (bounded by `max`),
 * with its steering-group flag as of `today` (IOP-6).
 */
export function findOverviewRowsForExport(
  db: Db,
  f: OverviewFilter,
  max: number,
  today: string,
): Promise<(OverviewRow & { steering_group_flag: boolean })[]> {
  return filtered(db, f)
    .leftJoin('app_user', 'app_user.id', 'cooperation.responsible_manager_id')
    .select(QUALIFIED_COOPERATION_COLUMNS)
    .select('app_user.name as manager_name')
    .select(steeringGroupFlagged(today).as('steering_group_flag'))
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

/** Which of many cooperations have a steering group without a meeting this semester (IOP-6): one query for a whole page. */
export async function findSteeringGroupFlags(db: Db, cooperationIds: string[], today: string): Promise<Set<string>> {
  if (cooperationIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('cooperation')
    .select('cooperation.id')
    .where(sql<boolean>`cooperation.id = ANY(${cooperationIds}::uuid[])`)
    .where(steeringGroupFlagged(today))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The active area codes an area filter covers: the area itself and its sub-areas. */
export async function findAreaCodesWithin(db: Db, area: string): Promise<string[]> {
  const rows = await db
    .selectFrom('area')
    .select('code')
    .where('active', '=', true)
    .where((eb) => eb.or([eb('code', '=', area), eb('parent_code', '=', area)]))
    .orderBy('sort_order')
    .execute();
  return rows.map((r) => r.code);
}

/** Codes and names of a reference table of the cooperation register (units, target groups), inactive ones included. */
export function findReferenceNames(db: Db, table: 'unit' | 'target_group') {
  return db.selectFrom(table).select(['code', 'name_sv', 'name_en']).orderBy('sort_order').execute();
}
