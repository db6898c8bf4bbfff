import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { StoredEconomyRow, StoredParty } from '../../db/schema-agreements';
import type { OutcomeKind } from '../../db/schema-economy';

/** The budget rows of the current version of each of a cooperation's agreements (IOP-9). */
export async function findBudgetRows(db: Db, cooperationId: string): Promise<{ economy: StoredEconomyRow[]; parties: StoredParty[] }[]> {
  return db
    .selectFrom('agreement as a')
    .innerJoin('agreement_version as v', (j) => j.onRef('v.agreement_id', '=', 'a.id').onRef('v.number', '=', 'a.current_version'))
    .select(['v.economy', 'v.parties'])
    .where('a.cooperation_id', '=', cooperationId)
    .orderBy('a.created_at')
    .execute();
}

/** The organisations recorded as parties of a cooperation. */
export async function findCooperationPartyIds(db: Db, cooperationId: string): Promise<string[]> {
  const rows = await db.selectFrom('cooperation_party').select('organisation_id').where('cooperation_id', '=', cooperationId).execute();
  return rows.map((r) => r.organisation_id);
}

/** Names of organisations by id. */
export async function findOrganisationNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organisation').select(['id', 'name']).where(sql<boolean>`id = ANY(${ids}::uuid[])`).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** An outcome entry with its party's and author's names. */
export type OutcomeWithNames = {
  id: string;
  cooperation_id: string;
  year: number;
  organisation_id: string;
  organisation_name: string;
  occurred_on: string;
  amount_sek: number;
  kind: OutcomeKind;
  reference: string | null;
  note: string | null;
  removed_at: Date | null;
  created_by: string | null;
  creator_name: string | null;
  updated_at: Date;
  version: number;
};

function outcomesWithNames(db: Db) {
  return db
    .selectFrom('economy_outcome as o')
    .innerJoin('organisation as org', 'org.id', 'o.organisation_id')
    .leftJoin('app_user as u', 'u.id', 'o.created_by')
    .select([
      'o.id',
      'o.cooperation_id',
      'o.year',
      'o.organisation_id',
      'org.name as organisation_name',
      'o.occurred_on',
      'o.amount_sek',
      'o.kind',
      'o.reference',
      'o.note',
      'o.removed_at',
      'o.created_by',
      'u.name as creator_name',
      'o.updated_at',
      'o.version',
    ]);
}

/** The live outcome entries of a cooperation, by year, date and time of entry. */
export function findOutcomes(db: Db, cooperationId: string): Promise<OutcomeWithNames[]> {
  return outcomesWithNames(db)
    .where('o.cooperation_id', '=', cooperationId)
    .where('o.removed_at', 'is', null)
    .orderBy('o.year', 'desc')
    .orderBy('o.occurred_on', 'desc')
    .orderBy('o.created_at', 'desc')
    .execute();
}

/** One live outcome entry of a cooperation, locked when asked. */
export function findOutcome(db: Db, cooperationId: string, id: string, lock = false): Promise<OutcomeWithNames | undefined> {
  let q = outcomesWithNames(db).where('o.cooperation_id', '=', cooperationId).where('o.id', '=', id).where('o.removed_at', 'is', null);
  if (lock) q = q.forUpdate('o');
  return q.executeTakeFirst();
}

export type OutcomeValues = {
  year: number;
  organisationId: string;
  occurredOn: string;
  amountSek: number;
  kind: OutcomeKind;
  reference: string | null;
  note: string | null;
};

/** Inserts an outcome entry and returns its id. */
export async function insertOutcome(db: Db, cooperationId: string, v: OutcomeValues, createdBy: string | null): Promise<string> {
  const now = new Date();
  const row = await db
    .insertInto('economy_outcome')
    .values({
      cooperation_id: cooperationId,
      year: v.year,
      organisation_id: v.organisationId,
      occurred_on: v.occurredOn,
      amount_sek: v.amountSek,
      kind: v.kind,
      reference: v.reference,
      note: v.note,
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Replaces an outcome entry's fields and bumps its version. */
export async function updateOutcome(db: Db, id: string, v: OutcomeValues): Promise<void> {
  await db
    .updateTable('economy_outcome')
    .set({
      year: v.year,
      organisation_id: v.organisationId,
      occurred_on: v.occurredOn,
      amount_sek: v.amountSek,
      kind: v.kind,
      reference: v.reference,
      note: v.note,
      updated_at: new Date(),
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .execute();
}

/** Marks an outcome entry removed; the row stays for the history. */
export async function markOutcomeRemoved(db: Db, id: string, removedBy: string | null): Promise<void> {
  await db
    .updateTable('economy_outcome')
    .set({ removed_at: new Date(), removed_by: removedBy, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** Meetings of the bodies that govern a cooperation, newest first: where its economy is reconciled. */
export function findGoverningMeetings(db: Db, cooperationId: string) {
  return db
    .selectFrom('governance_meeting as m')
    .innerJoin('governance_body as b', 'b.id', 'm.body_id')
    .innerJoin('governance_body_cooperation as l', 'l.body_id', 'b.id')
    .select(['m.id', 'm.meeting_date', 'b.name as body_name'])
    .where('l.cooperation_id', '=', cooperationId)
    .orderBy('m.meeting_date', 'desc')
    .orderBy('m.id')
    .limit(200)
    .execute();
}

/** One meeting of a body that governs the cooperation, or undefined. */
export function findGoverningMeeting(db: Db, cooperationId: string, meetingId: string) {
  return db
    .selectFrom('governance_meeting as m')
    .innerJoin('governance_body as b', 'b.id', 'm.body_id')
    .innerJoin('governance_body_cooperation as l', 'l.body_id', 'b.id')
    .select(['m.id', 'm.meeting_date', 'b.name as body_name'])
    .where('l.cooperation_id', '=', cooperationId)
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
}

/** Inserts a reconciliation with its snapshot of figures. */
export async function insertReconciliation(
  db: Db,
  v: { cooperationId: string; meetingId: string; year: number; snapshot: unknown; note: string | null; createdBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto('economy_reconciliation')
    .values({
      cooperation_id: v.cooperationId,
      meeting_id: v.meetingId,
      year: v.year,
      snapshot: JSON.stringify(v.snapshot),
      note: v.note,
      created_by: v.createdBy,
      created_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A cooperation's reconciliations with meeting and author, newest meeting first. */
export function findReconciliations(db: Db, cooperationId: string) {
  return db
    .selectFrom('economy_reconciliation as r')
    .innerJoin('governance_meeting as m', 'm.id', 'r.meeting_id')
    .innerJoin('governance_body as b', 'b.id', 'm.body_id')
    .leftJoin('app_user as u', 'u.id', 'r.created_by')
    .select(['r.id', 'r.year', 'r.meeting_id', 'm.meeting_date', 'b.name as body_name', 'r.snapshot', 'r.note', 'r.created_by', 'u.name as creator_name', 'r.created_at'])
    .where('r.cooperation_id', '=', cooperationId)
    .orderBy('m.meeting_date', 'desc')
    .orderBy('r.created_at', 'desc')
    .execute();
}

function auditsWithFile(db: Db) {
  return db
    .selectFrom('economy_audit as a')
    .leftJoin('file as f', 'f.id', 'a.report_file_id')
    .leftJoin('app_user as u', 'u.id', 'a.created_by')
    .select([
      'a.id',
      'a.cooperation_id',
      'a.auditor',
      'a.scope',
      'a.audited_on',
      'a.findings',
      'a.report_file_id',
      'f.original_name as file_name',
      'f.media_type as file_media_type',
      'f.size_bytes as file_size_bytes',
      'a.created_by',
      'u.name as creator_name',
      'a.created_at',
      'a.version',
    ]);
}

export type AuditWithFile = Awaited<ReturnType<typeof findAudits>>[number];

/** A cooperation's external audits, newest first. */
export function findAudits(db: Db, cooperationId: string) {
  return auditsWithFile(db).where('a.cooperation_id', '=', cooperationId).orderBy('a.audited_on', 'desc').orderBy('a.created_at', 'desc').execute();
}

/** One external audit of a cooperation, locked when asked. */
export function findAudit(db: Db, cooperationId: string, id: string, lock = false) {
  let q = auditsWithFile(db).where('a.cooperation_id', '=', cooperationId).where('a.id', '=', id);
  if (lock) q = q.forUpdate('a');
  return q.executeTakeFirst();
}

/** Inserts an external audit and returns its id. */
export async function insertAudit(
  db: Db,
  v: { cooperationId: string; auditor: string; scope: string; auditedOn: string; findings: string | null; createdBy: string | null },
): Promise<string> {
  const now = new Date();
  const row = await db
    .insertInto('economy_audit')
    .values({
      cooperation_id: v.cooperationId,
      auditor: v.auditor,
      scope: v.scope,
      audited_on: v.auditedOn,
      findings: v.findings,
      created_by: v.createdBy,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Files an audit's report (a newer report replaces the reference; the old file stays stored). */
export async function setAuditReport(db: Db, id: string, fileId: string): Promise<void> {
  await db.updateTable('economy_audit').set({ report_file_id: fileId, updated_at: new Date(), version: sql`version + 1` }).where('id', '=', id).execute();
}

/** The form and status of a cooperation, if it exists. */
export function findCooperationBasics(db: Db, cooperationId: string): Promise<{ id: string; form: string; status: string } | undefined> {
  return db.selectFrom('cooperation').select(['id', 'form', 'status']).where('id', '=', cooperationId).executeTakeFirst();
}
