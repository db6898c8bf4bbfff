import { type ExpressionBuilder, type Insertable, sql, type Updateable } from 'kysely';
import type { InitiativeStatus } from '../../../shared/cooperations/forms';
import type { RegistryNumberMatch } from '../../../shared/cooperations/registry-number.rules';
import type { InitiativeNumberMatch } from '../../../shared/initiatives/initiative-number.rules';
import type { Db } from '../../db/database';
import type { Database } from '../../db/schema';
import type { InitiativeRow, InitiativeTable, RecommendationRow } from '../../db/schema-cooperations';

export type InitiativeFilter = {
  q?: string | undefined;
  statuses?: InitiativeStatus[] | undefined;
  origin?: 'external' | 'internal' | undefined;
  /** The area filter widened to the area and its sub-areas. */
  areaCodes?: string[] | undefined;
  targetGroup?: string | undefined;
  organisationId?: string | undefined;
  /** The initiative number the search text names, if it names one. */
  number?: InitiativeNumberMatch | undefined;
  /** The registry number the search text names, if it names one. */
  registryNumber?: RegistryNumberMatch | undefined;
};

export type InitiativeListRow = InitiativeRow & { creator_name: string | null };

type InitiativeEb = ExpressionBuilder<Database, 'initiative'>;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/** The initiative, or the year of initiatives, an initiative number names. */
function matchesNumber(eb: InitiativeEb, n: InitiativeNumberMatch) {
  const year = eb('initiative.number_year', '=', n.year);
  return n.sequence === null ? year : eb.and([year, eb('initiative.number_sequence', '=', n.sequence)]);
}

/** The number itself and, for one typed without a classification code, that case's numbers with one. */
function matchesRegistryNumber(eb: InitiativeEb, r: RegistryNumberMatch) {
  return eb.or([
    eb('initiative.registry_number', '=', r.exact),
    ...(r.withCode ? [eb('initiative.registry_number', 'like', `${escapeLike(r.withCode)}%`)] : []),
  ]);
}

function matchesText(eb: InitiativeEb, text: string, f: InitiativeFilter) {
  // A registry number with its classification code can be nothing else: it alone decides.
  if (f.registryNumber?.complete) return matchesRegistryNumber(eb, f.registryNumber);
  return eb.or([
    ...(f.number ? [matchesNumber(eb, f.number)] : []),
    ...(f.registryNumber ? [matchesRegistryNumber(eb, f.registryNumber)] : []),
    // Inflected Swedish words in title or brief: "föreningarna" finds "förening".
    sql<boolean>`initiative.search_vector @@ websearch_to_tsquery('swedish', ${text})`,
    // A title typed from its start, including words the stemmer would not find yet.
    eb('initiative.title', 'ilike', `${escapeLike(text)}%`),
    // The receipt code public proposers were given before initiatives had numbers: the start of the id.
    ...(/^[0-9a-f]{8}$/i.test(text) ? [sql<boolean>`initiative.id::text LIKE ${`${text.toLowerCase()}%`}`] : []),
  ]);
}

function filtered(db: Db, f: InitiativeFilter) {
  let query = db.selectFrom('initiative');
  if (f.statuses && f.statuses.length > 0) query = query.where('initiative.status', 'in', f.statuses);
  if (f.origin) query = query.where('initiative.origin', '=', f.origin);
  if (f.areaCodes) query = query.where(sql<boolean>`initiative.areas && ${f.areaCodes}::text[]`);
  if (f.targetGroup) query = query.where(sql<boolean>`initiative.target_groups @> ARRAY[${f.targetGroup}]::text[]`);
  const organisationId = f.organisationId;
  if (organisationId) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('initiative_organisation')
          .select(sql`1`.as('one'))
          .whereRef('initiative_organisation.initiative_id', '=', 'initiative.id')
          .where('initiative_organisation.organisation_id', '=', organisationId),
      ),
    );
  }
  const text = f.q;
  if (text) query = query.where((eb) => matchesText(eb, text, f));
  return query;
}

/** Initiatives matching a filter, newest first, one more than the limit; `after` is the last row's key. */
export function findInitiatives(
  db: Db,
  f: InitiativeFilter,
  page: { limit: number; after?: [string, string] | undefined },
): Promise<InitiativeListRow[]> {
  let query = filtered(db, f)
    .leftJoin('app_user', 'app_user.id', 'initiative.created_by')
    .selectAll('initiative')
    .select('app_user.name as creator_name');
  if (page.after) {
    query = query.where(sql<boolean>`(initiative.created_at, initiative.id) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`);
  }
  return query.orderBy('initiative.created_at', 'desc').orderBy('initiative.id', 'desc').limit(page.limit + 1).execute();
}

/** How many initiatives match a filter. */
export async function countInitiatives(db: Db, f: InitiativeFilter): Promise<number> {
  const row = await filtered(db, f)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One initiative with the name of the staff member who registered it. */
export function findInitiativeById(db: Db, id: string): Promise<InitiativeListRow | undefined> {
  return db
    .selectFrom('initiative')
    .leftJoin('app_user', 'app_user.id', 'initiative.created_by')
    .selectAll('initiative')
    .select('app_user.name as creator_name')
    .where('initiative.id', '=', id)
    .executeTakeFirst();
}

export type LinkedOrganisation = { initiative_id: string; id: string; name: string; kind: 'civil_society' | 'employer' | 'public_body' };

/** The organisations linked to each of these initiatives, by name. */
export async function findOrganisationsOfInitiatives(db: Db, initiativeIds: string[]): Promise<LinkedOrganisation[]> {
  if (initiativeIds.length === 0) return [];
  return db
    .selectFrom('initiative_organisation')
    .innerJoin('organisation', 'organisation.id', 'initiative_organisation.organisation_id')
    .select(['initiative_organisation.initiative_id', 'organisation.id', 'organisation.name', 'organisation.kind'])
    .where('initiative_organisation.initiative_id', 'in', initiativeIds)
    .orderBy('organisation.name')
    .execute();
}

/** Which of these organisations exist in the register and are active. */
export async function findActiveOrganisationIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('organisation').select('id').where('id', 'in', ids).where('status', '=', 'active').execute();
  return new Set(rows.map((r) => r.id));
}

/** The active organisation holding an organisation number, if any. */
export async function findActiveOrganisationIdByOrgNumber(db: Db, orgNumber: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('organisation')
    .select('id')
    .where('org_number', '=', orgNumber)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row?.id;
}

/** Inserts an initiative and returns its id. */
export async function insertInitiative(db: Db, values: Insertable<InitiativeTable>): Promise<string> {
  const row = await db.insertInto('initiative').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Updates an initiative only if its version matches, bumping the version; false otherwise. */
export async function updateInitiativeIfVersion(db: Db, id: string, version: number, changes: Updateable<InitiativeTable>): Promise<boolean> {
  const result = await db
    .updateTable('initiative')
    .set({ ...changes, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Links exactly these organisations to an initiative (the change itself is kept in the audit log). */
export async function replaceInitiativeOrganisations(db: Db, initiativeId: string, organisationIds: string[]): Promise<void> {
  await db.deleteFrom('initiative_organisation').where('initiative_id', '=', initiativeId).execute();
  if (organisationIds.length === 0) return;
  await db
    .insertInto('initiative_organisation')
    .values(organisationIds.map((organisationId) => ({ initiative_id: initiativeId, organisation_id: organisationId })))
    .execute();
}

/** The newest recommendation recorded on an initiative, if any. */
export function findLatestRecommendation(db: Db, initiativeId: string): Promise<RecommendationRow | undefined> {
  return db
    .selectFrom('recommendation')
    .selectAll()
    .where('initiative_id', '=', initiativeId)
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
