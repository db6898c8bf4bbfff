import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { CooperationRow, CooperationTable, InitiativeRow } from '../../db/schema-cooperations';
import { democracyStatusSql } from '../organisations/organisation.repository';

/**
 * The columns a cooperation is read with: all but the search vector, which only the overview's
 * search reads and which is the largest value of the row.
 */
export const COOPERATION_COLUMNS = [
  'id',
  'case_number',
  'case_year',
  'case_sequence',
  'initiative_id',
  'title',
  'form',
  'status',
  'ended_reason',
  'responsible_manager_id',
  'unit_code',
  'areas',
  'target_groups',
  'value_sek',
  'compensation_sek',
  'start_date',
  'end_date',
  'description',
  'facts',
  'created_by',
  'created_at',
  'updated_at',
  'version',
  'public_summary',
  'published',
  'registry_number',
  'activated_on',
  'ended_on',
] as const;
// A column added to the table must be added above (or excluded here) to be read back.
const everyColumnRead: Record<Exclude<keyof CooperationTable, (typeof COOPERATION_COLUMNS)[number] | 'search_vector'>, never> = {};
void everyColumnRead;

/** A cooperation as the services read it (without its search vector). */
export type CooperationRecord = Pick<CooperationRow, (typeof COOPERATION_COLUMNS)[number]>;

/** The cooperation's columns qualified by its table, for statements that join others. */
export const QUALIFIED_COOPERATION_COLUMNS = COOPERATION_COLUMNS.map((c) => `cooperation.${c}` as const);

export type CooperationWithManager = CooperationRecord & { manager_name: string | null };

export type PartyRow = {
  id: string;
  name: string;
  kind: 'civil_society' | 'employer' | 'public_body';
  status: 'active' | 'archived';
  democracy_status: string;
};

/**
 * Takes the next case number of a prefix and year. The upsert locks the counter row until the
 * creating transaction ends, so concurrent creators wait in turn (unique), and a rollback
 * returns the number with everything else (gap-free). Sequences are unique per year whatever
 * the prefix (the table's UNIQUE (case_year, case_sequence)), so a counter never falls behind
 * the year's highest number: a prefix changed mid-year continues the year's sequence.
 */
export async function allocateCaseSequence(db: Db, prefix: string, year: number): Promise<number> {
  const highest = sql<number>`(SELECT coalesce(max(case_sequence), 0) FROM cooperation WHERE case_year = ${year})`;
  const row = await db
    .insertInto('case_number_counter')
    .values({ prefix, year, last_number: sql<number>`${highest} + 1` })
    .onConflict((oc) =>
      oc.columns(['prefix', 'year']).doUpdateSet({ last_number: sql<number>`greatest(case_number_counter.last_number, ${highest}) + 1` }),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}

/** Inserts a cooperation and returns its id. */
export async function insertCooperation(db: Db, row: Insertable<CooperationTable>): Promise<string> {
  const inserted = await db.insertInto('cooperation').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/**
 * Makes these organisations the cooperation's parties. A removed party's link row goes: the
 * link is not a record of its own, and the audit entry of the change keeps who was a party when.
 */
export async function setParties(db: Db, cooperationId: string, organisationIds: string[]): Promise<void> {
  let remove = db.deleteFrom('cooperation_party').where('cooperation_id', '=', cooperationId);
  if (organisationIds.length > 0) remove = remove.where('organisation_id', 'not in', organisationIds);
  await remove.execute();
  if (organisationIds.length === 0) return;
  await db
    .insertInto('cooperation_party')
    .values(organisationIds.map((organisation_id) => ({ cooperation_id: cooperationId, organisation_id })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** One cooperation with its responsible manager's name. */
export function findCooperationById(db: Db, id: string): Promise<CooperationWithManager | undefined> {
  return db
    .selectFrom('cooperation')
    .leftJoin('app_user', 'app_user.id', 'cooperation.responsible_manager_id')
    .select(QUALIFIED_COOPERATION_COLUMNS)
    .select('app_user.name as manager_name')
    .where('cooperation.id', '=', id)
    .executeTakeFirst();
}

/** Locks a cooperation's row for the rest of the transaction (a transition reads, then writes). */
export async function lockCooperation(db: Db, id: string): Promise<void> {
  await db.selectFrom('cooperation').select('id').where('id', '=', id).forUpdate().execute();
}

/** Organisations by id with their democracy status on a date, in name order. */
export function findPartyOrganisations(db: Db, ids: string[], today: string): Promise<PartyRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organisation')
    .select(['id', 'name', 'kind', 'status'])
    .select(democracyStatusSql(today).as('democracy_status'))
    .where('id', 'in', ids)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** The ids of a cooperation's parties. */
export async function findPartyIds(db: Db, cooperationId: string): Promise<string[]> {
  const rows = await db.selectFrom('cooperation_party').select('organisation_id').where('cooperation_id', '=', cooperationId).execute();
  return rows.map((r) => r.organisation_id);
}

/** A party with its partner-control documents and notes of absence, as the gates read them. */
export type GatePartyRow = PartyRow & {
  documents: { id: string; document_type: string; year: number; uploaded_at: string }[];
  absences: { document_type: string; reason: string | null }[];
};

/**
 * Everything the gates read from other tables in one statement: the parties (given by id, or
 * the cooperation's stored parties) in name order with their democracy status on a date and
 * their partner-control records (ORG-4), and what the review group knows of the initiative.
 */
export async function findGateRecords(
  db: Db,
  parties: string[] | { cooperationId: string },
  initiativeId: string | null,
  today: string,
): Promise<{ parties: GatePartyRow[]; consulted: boolean; informed: boolean }> {
  if (Array.isArray(parties) && parties.length === 0 && !initiativeId) return { parties: [], consulted: false, informed: false };
  const partyCondition = Array.isArray(parties)
    ? sql<boolean>`o.id = ANY(${parties}::uuid[])`
    : sql<boolean>`o.id IN (SELECT organisation_id FROM cooperation_party WHERE cooperation_id = ${parties.cooperationId})`;
  const reviewGroup = initiativeId
    ? sql`EXISTS (SELECT 1 FROM recommendation WHERE initiative_id = ${initiativeId} AND outcome = 'form') AS consulted,
        EXISTS (SELECT 1 FROM review_agenda_item i JOIN review_meeting m ON m.id = i.meeting_id
                WHERE i.initiative_id = ${initiativeId} AND i.kind = 'information' AND m.status = 'held') AS informed`
    : sql`false AS consulted, false AS informed`;
  const result = await sql<{ parties: GatePartyRow[]; consulted: boolean; informed: boolean }>`
    SELECT coalesce((
      SELECT json_agg(p ORDER BY p.name, p.id) FROM (
        SELECT o.id, o.name, o.kind, o.status, ${democracyStatusSql(today)} AS democracy_status,
          coalesce((SELECT json_agg(json_build_object('id', d.id, 'document_type', d.document_type, 'year', d.year, 'uploaded_at', d.uploaded_at))
                    FROM organisation_document d WHERE d.organisation_id = o.id), '[]'::json) AS documents,
          coalesce((SELECT json_agg(json_build_object('document_type', a.document_type, 'reason', a.reason))
                    FROM organisation_document_absence a WHERE a.organisation_id = o.id AND a.reason IS NOT NULL), '[]'::json) AS absences
        FROM organisation o WHERE ${partyCondition}
      ) p), '[]'::json) AS parties,
      ${reviewGroup}`.execute(db);
  const row = result.rows[0];
  if (!row) return { parties: [], consulted: false, informed: false };
  // PGlite and node-postgres both parse json; a driver returning text would be parsed here.
  const list = typeof row.parties === 'string' ? (JSON.parse(row.parties) as GatePartyRow[]) : row.parties;
  return { parties: list, consulted: Boolean(row.consulted), informed: Boolean(row.informed) };
}

/** Updates a cooperation only if its version matches, bumping the version. */
export async function updateCooperationIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Updateable<CooperationTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('cooperation')
    .set({ ...changes, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** An initiative, locked for the rest of the transaction so that it is converted only once. */
export function findInitiativeForUpdate(db: Db, id: string): Promise<InitiativeRow | undefined> {
  return db.selectFrom('initiative').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The organisations named in an initiative. */
export async function findInitiativeOrganisationIds(db: Db, initiativeId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('initiative_organisation')
    .select('organisation_id')
    .where('initiative_id', '=', initiativeId)
    .execute();
  return rows.map((r) => r.organisation_id);
}

/** The review group's last recommendation of a form for an initiative (INI-2), with the added value it recorded (FRM-2). */
export async function findRecommendation(
  db: Db,
  initiativeId: string,
): Promise<{ form: string | null; addedValue: { affirmed: boolean; justification: string } | null } | null> {
  const row = await db
    .selectFrom('recommendation')
    .select(['recommended_form', 'added_value'])
    .where('initiative_id', '=', initiativeId)
    .where('outcome', '=', 'form')
    .orderBy('recorded_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { form: row.recommended_form, addedValue: row.added_value } : null;
}

/** Marks an initiative as converted into a cooperation. */
export async function markInitiativeConverted(db: Db, id: string): Promise<void> {
  await db
    .updateTable('initiative')
    .set({ status: 'converted', updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** Which of these codes exist (and are active) in a reference table of the cooperation register. */
export async function findKnownCodes(db: Db, table: 'unit' | 'target_group', codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom(table).select('code').where('code', 'in', codes).where('active', '=', true).execute();
  return new Set(rows.map((r) => r.code));
}

/** An earlier reserved contract as the FRM-6 gate reads it: what it is, what it follows and its parties (holders). */
export type PredecessorRow = {
  id: string;
  case_number: string;
  title: string;
  form: string;
  facts: Record<string, unknown>;
  holders: { id: string; name: string }[];
};

/** The cooperation a reserved contract states it follows (FRM-6), with its parties in name order. */
export async function findPredecessorRecord(db: Db, id: string): Promise<PredecessorRow | undefined> {
  const row = await db.selectFrom('cooperation').select(['id', 'case_number', 'title', 'form', 'facts']).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const holders = await db
    .selectFrom('cooperation_party')
    .innerJoin('organisation', 'organisation.id', 'cooperation_party.organisation_id')
    .select(['organisation.id', 'organisation.name'])
    .where('cooperation_party.cooperation_id', '=', id)
    .orderBy('organisation.name')
    .orderBy('organisation.id')
    .execute();
  return { ...row, holders };
}
