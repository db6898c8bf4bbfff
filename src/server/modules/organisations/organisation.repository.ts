import { type ExpressionBuilder, sql } from 'kysely';
import type { OrganisationQuery } from '../../../shared/organisations/organisation.schemas';
import { orgNumberDigits } from '../../../shared/organisations/org-number.rules';
import type { Db } from '../../db/database';
import type { Database } from '../../db/schema';
import type { OrganisationRow, OrganisationTable } from '../../db/schema-organisations';
import type { Insertable, Updateable } from 'kysely';

export type OrganisationFilter = Omit<OrganisationQuery, 'limit' | 'cursor' | 'sort'> & {
  /** The area filter widened to the area and all its sub-areas. */
  areaCodes?: string[] | undefined;
  /** Also match names by trigram similarity (misspellings); costly, so used only as a fallback. */
  fuzzy?: boolean | undefined;
  today: string;
};

type OrgEb = ExpressionBuilder<Database, 'organisation'>;

/** The democracy status computed in SQL exactly as `democracyStatus` computes it in src/shared. */
export function democracyStatusSql(today: string) {
  return sql<string>`CASE
    WHEN democracy_result IS NULL THEN 'not_assessed'
    WHEN democracy_result = 'not_eligible' THEN 'not_eligible'
    WHEN democracy_valid_until < ${today}::date THEN 'expired'
    ELSE 'eligible' END`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

function matchesText(eb: OrgEb, text: string, fuzzy: boolean) {
  const digits = orgNumberDigits(text);
  if (digits) return eb(sql`replace(org_number, '-', '')`, 'like', `${digits}%`);
  const lowered = text.toLowerCase();
  return eb.or([
    // Partial names (trigram GIN index).
    eb(sql`lower(name)`, 'like', `%${escapeLike(lowered)}%`),
    // Inflected Swedish words in name or description: "föreningar" finds "förening".
    sql<boolean>`search_vector @@ websearch_to_tsquery('swedish', ${text})`,
    // Misspelt names: trigram similarity, computed per candidate row, hence only on request.
    ...(fuzzy ? [sql<boolean>`lower(name) % ${lowered}`] : []),
  ]);
}

function filtered(db: Db, f: OrganisationFilter) {
  let query = db.selectFrom('organisation');
  if (f.status !== 'all') query = query.where('status', '=', f.status);
  if (f.kind) query = query.where('kind', '=', f.kind);
  if (f.legalForm) query = query.where('legal_form', '=', f.legalForm);
  if (f.areaCodes) query = query.where(sql<boolean>`areas && ${f.areaCodes}::text[]`);
  if (f.district) query = query.where(sql<boolean>`districts @> ARRAY[${f.district}]::text[]`);
  if (f.democracyStatus) query = query.where(democracyStatusSql(f.today), '=', f.democracyStatus);
  const text = f.q;
  if (text) query = query.where((eb) => matchesText(eb, text, f.fuzzy === true));
  return query;
}

export type OrganisationListRow = OrganisationRow & { democracy_status: string };

/**
 * Organisations matching a filter in the requested order, one more than the limit.
 * `after` is a keyset position for name/updated order and an offset for relevance.
 */
export function findOrganisations(
  db: Db,
  f: OrganisationFilter,
  order: { sort: 'name' | 'updated' | 'relevance'; limit: number; after?: [string, string] | number | undefined },
): Promise<OrganisationListRow[]> {
  let query = filtered(db, f).selectAll().select(democracyStatusSql(f.today).as('democracy_status'));
  const after = order.after;
  if (order.sort === 'relevance' && f.q) {
    const lowered = f.q.toLowerCase();
    query = query
      // Trigram distance of the name, alone: only a single distance key lets PostgreSQL walk the
      // GiST index nearest-first (KNN) instead of ranking every hit. Description-only hits come last.
      .orderBy(sql`lower(name) <-> ${lowered}`)
      .offset(typeof after === 'number' ? after : 0);
  } else if (order.sort === 'updated') {
    if (Array.isArray(after)) query = query.where(sql<boolean>`(updated_at, id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
    query = query.orderBy('updated_at', 'desc').orderBy('id', 'desc');
  } else {
    if (Array.isArray(after)) query = query.where(sql<boolean>`(lower(name), id) > (${after[0]}, ${after[1]}::uuid)`);
    query = query.orderBy(sql`lower(name)`).orderBy('id');
  }
  return query.limit(order.limit + 1).execute() as Promise<OrganisationListRow[]>;
}

/**
 * How many organisations match a filter, counting no further than `cap + 1`: an exact count
 * of a broad search would read a large part of the register on every page.
 */
export async function countOrganisations(db: Db, f: OrganisationFilter, cap: number): Promise<number> {
  const row = await db
    .selectFrom(filtered(db, f).select(sql`1`.as('one')).limit(cap + 1).as('hits'))
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every organisation matching a filter, by name, for export (bounded by `max`). */
export function findOrganisationsForExport(db: Db, f: OrganisationFilter, max: number): Promise<OrganisationListRow[]> {
  return filtered(db, f)
    .selectAll()
    .select(democracyStatusSql(f.today).as('democracy_status'))
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .limit(max)
    .execute() as Promise<OrganisationListRow[]>;
}

/** One organisation with its democracy status on a date. */
export function findOrganisationById(db: Db, id: string, today: string): Promise<OrganisationListRow | undefined> {
  return db
    .selectFrom('organisation')
    .selectAll()
    .select(democracyStatusSql(today).as('democracy_status'))
    .where('id', '=', id)
    .executeTakeFirst() as Promise<OrganisationListRow | undefined>;
}

/** The organisation holding an organisation number, if any. */
export function findOrganisationByOrgNumber(db: Db, orgNumber: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisation').selectAll().where('org_number', '=', orgNumber).executeTakeFirst();
}

/** Which of these organisation numbers are already registered. */
export async function findTakenOrgNumbers(db: Db, orgNumbers: string[]): Promise<Map<string, string>> {
  if (orgNumbers.length === 0) return new Map();
  const rows = await db.selectFrom('organisation').select(['id', 'org_number']).where('org_number', 'in', orgNumbers).execute();
  return new Map(rows.map((r) => [r.org_number ?? '', r.id]));
}

/** Inserts organisations and returns their ids in order. */
export async function insertOrganisations(db: Db, rows: Insertable<OrganisationTable>[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insertInto('organisation').values(rows).returning('id').execute();
  return inserted.map((r) => r.id);
}

/** Updates an organisation only if its version matches, bumping the version; undefined otherwise. */
export async function updateOrganisationIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Updateable<OrganisationTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('organisation')
    .set({ ...changes, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records the outcome of a newly signed democracy assessment on the organisation itself. */
export async function setDemocracyOutcome(
  db: Db,
  id: string,
  outcome: { result: 'eligible' | 'not_eligible'; validUntil: string },
): Promise<void> {
  await db
    .updateTable('organisation')
    .set({ democracy_result: outcome.result, democracy_valid_until: outcome.validUntil, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** Ids of the organisations with exactly these names (for seeding and fixtures), keyed by name. */
export async function findOrganisationIdsByName(db: Db, names: string[]): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  const rows = await db.selectFrom('organisation').select(['id', 'name']).where('name', 'in', names).execute();
  return new Map(rows.map((r) => [r.name, r.id]));
}
