import { type ExpressionBuilder, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { OrganisationQuery } from '../../../shared/organisations/organisation.schemas';
import { orgNumberDigits } from '../../../shared/organisations/org-number.rules';
import type { Db } from '../../db/database';
import { isoTimestamp } from '../../db/iso-timestamp';
import type { Database } from '../../db/schema';
import type { OrganisationRow, OrganisationTable } from '../../db/schema-organisations';
import type { Insertable, Updateable } from 'kysely';

export type OrganisationFilter = Omit<OrganisationQuery, 'limit' | 'cursor' | 'sort'> & {
  /** The area filter widened to the area and all its sub-areas. */
  areaCodes?: string[] | undefined;
  /**
   * Misspelt search (a fallback when the text itself finds nothing): a Swedish `tsquery` of the
   * name words nearest to each word searched for (see `correctedNameQuery`).
   */
  fuzzyQuery?: string | undefined;
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

/**
 * The same statuses as `democracyStatusSql`, as plain column conditions: PostgreSQL estimates
 * these well (the CASE expression it guesses at 0.5 % and then plans parallel scans for).
 */
function democracyStatusIs(eb: OrgEb, status: string, today: string) {
  switch (status) {
    case 'not_assessed':
      return eb('democracy_result', 'is', null);
    case 'not_eligible':
      return eb('democracy_result', '=', 'not_eligible');
    case 'expired':
      return eb.and([eb('democracy_result', '=', 'eligible'), eb('democracy_valid_until', '<', sql<string>`${today}::date`)]);
    default:
      return eb.and([
        eb('democracy_result', '=', 'eligible'),
        eb.or([eb('democracy_valid_until', 'is', null), eb('democracy_valid_until', '>=', sql<string>`${today}::date`)]),
      ]);
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/** Inflected Swedish words in name or description: "föreningar" finds "förening". */
const fullText = (text: string) => sql<boolean>`search_vector @@ websearch_to_tsquery('swedish', ${text})`;

function matchesText(eb: OrgEb, text: string, fuzzyQuery: string | undefined) {
  const digits = orgNumberDigits(text);
  if (digits) return eb(sql`replace(org_number, '-', '')`, 'like', `${digits}%`);
  // Misspelt names: the corrected name words, through the full-text index.
  if (fuzzyQuery !== undefined) return sql<boolean>`search_vector @@ to_tsquery('swedish', ${fuzzyQuery})`;
  // Partial names (trigram GIN index) or full text.
  return eb.or([eb(sql`lower(name)`, 'like', `%${escapeLike(text.toLowerCase())}%`), fullText(text)]);
}

/** The filters other than the search text. */
function filteredWithoutText(db: Db, f: OrganisationFilter) {
  let query = db.selectFrom('organisation');
  if (f.status !== 'all') query = query.where('status', '=', f.status);
  if (f.kind) query = query.where('kind', '=', f.kind);
  if (f.legalForm) query = query.where('legal_form', '=', f.legalForm);
  if (f.areaCodes) query = query.where(sql<boolean>`areas && ${f.areaCodes}::text[]`);
  if (f.district) query = query.where(sql<boolean>`districts @> ARRAY[${f.district}]::text[]`);
  const status = f.democracyStatus;
  if (status) query = query.where((eb) => democracyStatusIs(eb, status, f.today));
  return query;
}

function filtered(db: Db, f: OrganisationFilter) {
  const text = f.q;
  const query = filteredWithoutText(db, f);
  return text ? query.where((eb) => matchesText(eb, text, f.fuzzyQuery)) : query;
}

/**
 * The columns of an organisation that are read back: all but the search vector (the largest
 * column, only ever matched in SQL) and the two timestamps, which views read as ISO text.
 */
const RECORD_COLUMNS = [
  'id',
  'name',
  'kind',
  'legal_form',
  'org_number',
  'description',
  'member_count',
  'website',
  'street',
  'postal_code',
  'city',
  'districts',
  'areas',
  'contacts',
  'status',
  'democracy_result',
  'democracy_valid_until',
  'bankgiro',
  'plusgiro',
  'version',
] as const;
// A column added to the table must be added above (or to the exclusions here) to be read back.
const everyColumnRead: Record<Exclude<keyof OrganisationTable, (typeof RECORD_COLUMNS)[number] | 'created_at' | 'updated_at' | 'search_vector'>, never> = {};
void everyColumnRead;

/** An organisation as the views read it: its timestamps as ISO text, its democracy status on a date. */
export type OrganisationListRow = Pick<OrganisationRow, (typeof RECORD_COLUMNS)[number]> & {
  created_at_iso: string;
  updated_at_iso: string;
  democracy_status: string;
};

/** The record columns, the timestamps as ISO text and the democracy status on `today`. */
function viewColumns(today: string) {
  return [
    ...RECORD_COLUMNS,
    isoTimestamp('organisation.created_at').as('created_at_iso'),
    isoTimestamp('organisation.updated_at').as('updated_at_iso'),
    democracyStatusSql(today).as('democracy_status'),
  ] as const;
}

type PageOrder = {
  sort: 'name' | 'updated' | 'relevance';
  limit: number;
  after?: [string, string] | number | undefined;
  /** For name order: only lowercased names at or after `from`, or before `before`. */
  nameRange?: { from?: string; before?: string } | undefined;
};

function pageQuery(db: Db, f: OrganisationFilter, order: PageOrder) {
  let query = filtered(db, f).select(viewColumns(f.today));
  const range = order.nameRange;
  if (range?.from !== undefined) query = query.where(sql`lower(name)`, '>=', range.from);
  if (range?.before !== undefined) query = query.where(sql`lower(name)`, '<', range.before);
  const after = order.after;
  if (order.sort === 'relevance' && f.q) {
    query = query
      .orderBy(sql`lower(name) <-> ${f.q.toLowerCase()}`)
      .orderBy('id')
      .offset(typeof after === 'number' ? after : 0);
  } else if (order.sort === 'updated') {
    if (Array.isArray(after)) query = query.where(sql<boolean>`(updated_at, id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
    query = query.orderBy('organisation.updated_at', 'desc').orderBy('organisation.id', 'desc');
  } else {
    if (Array.isArray(after)) query = query.where(sql<boolean>`(lower(name), id) > (${after[0]}, ${after[1]}::uuid)`);
    query = query.orderBy(sql`lower(name)`).orderBy('id');
  }
  return query.limit(order.limit + 1);
}

/**
 * Organisations matching a filter in the requested order, one more than the limit.
 * `after` is a keyset position for name/updated order and an offset for relevance. Relevance
 * (the trigram distance of the name) sorts every hit, so the service asks for it only when
 * there are at most `TOTAL_CAP` hits and lists broader searches by name.
 *
 * PostgreSQL returns the page as one JSON array: one value for the app to parse (natively)
 * instead of some twenty per row through the driver's parsers, which cost the app more CPU than
 * anything else on a list page.
 */
export async function findOrganisations(db: Db, f: OrganisationFilter, order: PageOrder): Promise<OrganisationListRow[]> {
  const { rows } = await db.selectNoFrom(jsonArrayFrom(pageQuery(db, f, order)).as('rows')).executeTakeFirstOrThrow();
  return rows;
}

/** How many organisations match, counting no further than `cap + 1` (a statement of its own or a subquery). */
function cappedCount(db: Db, query: ReturnType<typeof filteredWithoutText>, cap: number) {
  return db.selectFrom(query.select(sql`1`.as('one')).limit(cap + 1).as('hits')).select((eb) => eb.fn.countAll<string>().as('n'));
}

/**
 * A page (as `findOrganisations`) and the capped total of its filter in one statement: a list
 * without search text costs one round trip instead of two.
 */
export async function findOrganisationsWithTotal(
  db: Db,
  f: OrganisationFilter,
  order: PageOrder,
  cap: number,
): Promise<{ rows: OrganisationListRow[]; total: number }> {
  const { rows, total } = await db
    .selectNoFrom([jsonArrayFrom(pageQuery(db, f, order)).as('rows'), sql<string>`(${cappedCount(db, filtered(db, f), cap)})`.as('total')])
    .executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}

/** The string just after every string that starts with `prefix` (in code-point order). */
function nextPrefix(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop() ?? '';
  return chars.join('') + String.fromCodePoint((last.codePointAt(0) ?? 0) + 1);
}

/**
 * How many organisations match a filter, counting no further than `cap + 1`: an exact count
 * of a broad search would read a large part of the register on every page. A search text is
 * first counted through its cheap parts alone — full text, then names starting with the text
 * (name index) — which find a subset of the hits: when one of them passes the cap, so does
 * the whole, and the costly substring match is never run (CASE evaluates its subqueries lazily).
 */
export async function countOrganisations(db: Db, f: OrganisationFilter, cap: number): Promise<number> {
  const capped = (query: ReturnType<typeof filteredWithoutText>) => cappedCount(db, query, cap);
  const whole = capped(filtered(db, f));
  const text = f.q;
  if (!text || f.fuzzyQuery !== undefined || orgNumberDigits(text)) {
    return Number((await whole.executeTakeFirstOrThrow()).n);
  }
  const lowered = text.toLowerCase();
  const byFullText = capped(filteredWithoutText(db, f).where(fullText(text)));
  const byNamePrefix = capped(
    filteredWithoutText(db, f)
      .where(sql`lower(name)`, '>=', lowered)
      .where(sql`lower(name)`, '<', nextPrefix(lowered))
      // left() rather than LIKE: the trigram index must not be offered for this part.
      .where(sql`left(lower(name), ${[...lowered].length})`, '=', lowered),
  );
  const { rows } = await sql<{ n: string }>`
    SELECT CASE WHEN (${byFullText}) > ${cap} THEN ${cap + 1}
                WHEN (${byNamePrefix}) > ${cap} THEN ${cap + 1}
                ELSE (${whole}) END AS n`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * A `tsquery` for a misspelt search: each word replaced by the words of organisation names
 * nearest to it by trigram similarity (at most five, OR-ed), the words AND-ed; words
 * with no near name word are left out. Undefined when no word has a near name word.
 */
export async function correctedNameQuery(db: Db, text: string): Promise<string | undefined> {
  const words = [...new Set(text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 2))].slice(0, 10);
  if (words.length === 0) return undefined;
  const { rows } = await sql<{ typed: string; word: string; similarity: number }>`
    SELECT t.typed, near.word, near.similarity FROM unnest(${words}::text[]) AS t(typed)
    CROSS JOIN LATERAL (
      SELECT word, similarity(word, t.typed) AS similarity FROM organisation_name_word
      WHERE word % t.typed ORDER BY word <-> t.typed, word LIMIT 5
    ) AS near`.execute(db);
  const groups = words
    .map((w) => {
      // Only letters reach the tsquery, so no user text can change its syntax.
      const near = rows.filter((r) => r.typed === w && /^\p{L}+$/u.test(r.word));
      // Only the nearest words (the first is the nearest): "kulturforeningen" becomes
      // "kulturföreningen", not also "föreningen", which would find a quarter of the register.
      const best = near[0]?.similarity ?? 0;
      return near.filter((r) => r.similarity >= best - 0.1).map((r) => r.word);
    })
    .filter((near) => near.length > 0)
    .map((near) => `(${near.join(' | ')})`);
  return groups.length > 0 ? groups.join(' & ') : undefined;
}

export type OrganisationExportRow = Pick<OrganisationRow, (typeof RECORD_COLUMNS)[number] | 'updated_at'> & { democracy_status: string };

/** Every organisation matching a filter, by name, for export (bounded by `max`); times as `Date` for the spreadsheet's time zone. */
export function findOrganisationsForExport(db: Db, f: OrganisationFilter, max: number): Promise<OrganisationExportRow[]> {
  return filtered(db, f)
    .select([...RECORD_COLUMNS, 'updated_at', democracyStatusSql(f.today).as('democracy_status')])
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .limit(max)
    .execute();
}

/** One organisation with its democracy status on a date. */
export function findOrganisationById(db: Db, id: string, today: string): Promise<OrganisationListRow | undefined> {
  return db.selectFrom('organisation').select(viewColumns(today)).where('id', '=', id).executeTakeFirst();
}

/** The organisation holding an organisation number, if any. */
export function findOrganisationByOrgNumber(db: Db, orgNumber: string): Promise<Pick<OrganisationRow, 'id' | 'name'> | undefined> {
  return db.selectFrom('organisation').select(['id', 'name']).where('org_number', '=', orgNumber).executeTakeFirst();
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
