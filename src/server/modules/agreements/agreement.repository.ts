import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type {
  AgreementAnnexRow,
  AgreementAnnexVersionRow,
  AgreementRow,
  AgreementVersionRow,
  AgreementTable,
  StoredEconomyRow,
  StoredParty,
} from '../../db/schema-agreements';
import type { Terms } from '../../../shared/agreements/terms.rules';
import type { Updateable } from 'kysely';

/** A version with the signed file's metadata and the creator's name, as the views read it. */
export type VersionWithFile = AgreementVersionRow & {
  file_name: string | null;
  file_media_type: string | null;
  file_size_bytes: number | null;
  creator_name: string | null;
};

/** The content a version is written with. */
export type VersionContent = {
  terms: Terms;
  startDate: string | null;
  endDate: string | null;
  noticeMonths: number | null;
  parties: StoredParty[];
  economy: StoredEconomyRow[];
};

/** The agreements of a cooperation, oldest first. */
export function findAgreementsByCooperation(db: Db, cooperationId: string): Promise<AgreementRow[]> {
  return db.selectFrom('agreement').selectAll().where('cooperation_id', '=', cooperationId).orderBy('created_at').orderBy('id').execute();
}

/** One agreement, optionally locked for a change. */
export function findAgreementById(db: Db, id: string, lock = false): Promise<AgreementRow | undefined> {
  const query = db.selectFrom('agreement').selectAll().where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** Whether a cooperation exists. */
export async function cooperationExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('cooperation').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Names and organisation numbers of register organisations, by id (unknown ids are absent). */
export async function findOrganisationNames(db: Db, ids: string[]): Promise<Map<string, { name: string; orgNumber: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organisation').select(['id', 'name', 'org_number']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, orgNumber: r.org_number }]));
}

/** Inserts an agreement at version 1 and returns its id. */
export async function insertAgreement(db: Db, values: { cooperationId: string; title: string }): Promise<string> {
  const row = await db
    .insertInto('agreement')
    .values({ cooperation_id: values.cooperationId, title: values.title, created_at: new Date(), updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts one version of an agreement with its content. */
export async function insertVersion(db: Db, agreementId: string, number: number, content: VersionContent, createdBy: string | null): Promise<void> {
  await db
    .insertInto('agreement_version')
    .values({
      agreement_id: agreementId,
      number,
      terms: JSON.stringify(content.terms),
      start_date: content.startDate,
      end_date: content.endDate,
      notice_months: content.noticeMonths,
      parties: JSON.stringify(content.parties),
      economy: JSON.stringify(content.economy),
      created_by: createdBy,
      created_at: new Date(),
    })
    .execute();
}

/** Rewrites the content of one (unsigned) version. */
export async function updateVersionContent(db: Db, agreementId: string, number: number, content: VersionContent): Promise<void> {
  await db
    .updateTable('agreement_version')
    .set({
      terms: JSON.stringify(content.terms),
      start_date: content.startDate,
      end_date: content.endDate,
      notice_months: content.noticeMonths,
      parties: JSON.stringify(content.parties),
      economy: JSON.stringify(content.economy),
    })
    .where('agreement_id', '=', agreementId)
    .where('number', '=', number)
    .where('signed_file_id', 'is', null)
    .execute();
}

/** Records the signed document of a version. */
export async function markVersionSigned(db: Db, agreementId: string, number: number, fileId: string, signedOn: string): Promise<void> {
  await db
    .updateTable('agreement_version')
    .set({ signed_file_id: fileId, signed_on: signedOn })
    .where('agreement_id', '=', agreementId)
    .where('number', '=', number)
    .execute();
}

/** Updates an agreement if its version still matches; false when someone else changed it first. */
export async function updateAgreementIfVersion(db: Db, id: string, version: number, patch: Updateable<AgreementTable>): Promise<boolean> {
  const result = await db
    .updateTable('agreement')
    .set({ ...patch, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function versionsWithFile(db: Db, agreementId: string) {
  return db
    .selectFrom('agreement_version as v')
    .leftJoin('file as f', 'f.id', 'v.signed_file_id')
    .leftJoin('app_user as u', 'u.id', 'v.created_by')
    .selectAll('v')
    .select(['f.original_name as file_name', 'f.media_type as file_media_type', 'f.size_bytes as file_size_bytes', 'u.name as creator_name'])
    .where('v.agreement_id', '=', agreementId);
}

/** One version of an agreement with its signed file and creator. */
export function findVersion(db: Db, agreementId: string, number: number): Promise<VersionWithFile | undefined> {
  return versionsWithFile(db, agreementId).where('v.number', '=', number).executeTakeFirst();
}

/** Every version of an agreement, first to last. */
export function findVersions(db: Db, agreementId: string): Promise<VersionWithFile[]> {
  return versionsWithFile(db, agreementId).orderBy('v.number').execute();
}

/** The annexes of an agreement by number. */
export function findAnnexes(db: Db, agreementId: string): Promise<AgreementAnnexRow[]> {
  return db.selectFrom('agreement_annex').selectAll().where('agreement_id', '=', agreementId).orderBy('number').execute();
}

/** One annex, optionally locked so that its next version number is taken once. */
export function findAnnexById(db: Db, id: string, lock = false): Promise<AgreementAnnexRow | undefined> {
  const query = db.selectFrom('agreement_annex').selectAll().where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** An annex version with its file's metadata, when it has one. */
export type AnnexVersionWithFile = AgreementAnnexVersionRow & { file_name: string | null; file_media_type: string | null; file_size_bytes: number | null };

function annexVersionsWithFile(db: Db) {
  return db
    .selectFrom('agreement_annex_version as v')
    .leftJoin('file as f', 'f.id', 'v.file_id')
    .selectAll('v')
    .select(['f.original_name as file_name', 'f.media_type as file_media_type', 'f.size_bytes as file_size_bytes']);
}

/** Every version of the given annexes, by annex and number. */
export function findAnnexVersions(db: Db, annexIds: string[]): Promise<AnnexVersionWithFile[]> {
  if (annexIds.length === 0) return Promise.resolve([]);
  return annexVersionsWithFile(db).where('v.annex_id', 'in', annexIds).orderBy('v.annex_id').orderBy('v.number').execute();
}

/** One version of an annex. */
export function findAnnexVersion(db: Db, annexId: string, number: number): Promise<AnnexVersionWithFile | undefined> {
  return annexVersionsWithFile(db).where('v.annex_id', '=', annexId).where('v.number', '=', number).executeTakeFirst();
}

/** Adds an annex with the next free number of its agreement (the agreement row is locked by the caller). */
export async function insertAnnex(db: Db, agreementId: string, title: string): Promise<string> {
  const row = await db
    .insertInto('agreement_annex')
    .values((eb) => ({
      agreement_id: agreementId,
      number: eb.selectFrom('agreement_annex').select(sql<number>`coalesce(max(number), 0) + 1`.as('n')).where('agreement_id', '=', agreementId),
      title,
      created_at: new Date(),
    }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Adds the next version of an annex (the annex row is locked by the caller); returns its number. */
export async function insertAnnexVersion(
  db: Db,
  annexId: string,
  values: { fileId: string | null; text: string | null; decisionReference: string; decidedOn: string; createdBy: string | null },
): Promise<number> {
  const row = await db
    .insertInto('agreement_annex_version')
    .values((eb) => ({
      annex_id: annexId,
      number: eb.selectFrom('agreement_annex_version').select(sql<number>`coalesce(max(number), 0) + 1`.as('n')).where('annex_id', '=', annexId),
      file_id: values.fileId,
      text: values.text,
      decision_reference: values.decisionReference,
      decided_on: values.decidedOn,
      created_by: values.createdBy,
      created_at: new Date(),
    }))
    .returning('number')
    .executeTakeFirstOrThrow();
  return row.number;
}

/** What the IOP activation gates read of a cooperation's agreements and steering groups (IOP-5, IOP-6). */
export type AgreementGateRecords = {
  /** The current versions of the cooperation's agreements that are not terminated, signed first. */
  agreements: { terms: Terms; signed: boolean }[];
  /** Per active steering group linked to the cooperation: whether the city and a civil-society party sit on it. */
  steeringGroups: { cityRepresented: boolean; partnerRepresented: boolean }[];
};

/**
 * The agreement and steering-group records of one cooperation for its activation gates. Each side
 * counts only through an active member whose organisation is a party of the body's decisions
 * (IOP-6): the city side a public body, the partner side a civil-society party of the cooperation.
 * A member of another public body who takes part without a vote does not stand for the city.
 */
export async function findAgreementGateRecords(db: Db, cooperationId: string): Promise<AgreementGateRecords> {
  const agreements = await db
    .selectFrom('agreement as a')
    .innerJoin('agreement_version as v', (j) => j.onRef('v.agreement_id', '=', 'a.id').onRef('v.number', '=', 'a.current_version'))
    .select(['v.terms', sql<boolean>`v.signed_file_id IS NOT NULL`.as('signed')])
    .where('a.cooperation_id', '=', cooperationId)
    .where('a.status', '<>', 'terminated')
    .orderBy(sql`v.signed_file_id IS NULL`)
    .orderBy('a.created_at', 'desc')
    .execute();
  const groups = await sql<{ city_represented: boolean; partner_represented: boolean }>`
    SELECT
      EXISTS (SELECT 1 FROM governance_member m JOIN organisation o ON o.id = m.organisation_id
              JOIN governance_body_party bp ON bp.body_id = b.id AND bp.organisation_id = m.organisation_id
              WHERE m.body_id = b.id AND m.active AND o.kind = 'public_body') AS city_represented,
      EXISTS (SELECT 1 FROM governance_member m JOIN organisation o ON o.id = m.organisation_id
              JOIN cooperation_party p ON p.organisation_id = m.organisation_id AND p.cooperation_id = ${cooperationId}
              JOIN governance_body_party bp ON bp.body_id = b.id AND bp.organisation_id = m.organisation_id
              WHERE m.body_id = b.id AND m.active AND o.kind = 'civil_society') AS partner_represented
    FROM governance_body b
    JOIN governance_body_cooperation l ON l.body_id = b.id AND l.cooperation_id = ${cooperationId}
    WHERE b.status = 'active' AND b.type IN ('steering_group', 'strategic_steering_group', 'operative_steering_group')`.execute(db);
  return {
    agreements: agreements.map((a) => ({ terms: a.terms, signed: a.signed })),
    steeringGroups: groups.rows.map((g) => ({ cityRepresented: g.city_represented, partnerRepresented: g.partner_represented })),
  };
}

/** The notice periods of a cooperation's agreements that are not terminated (current versions). */
export async function findAgreementNoticeMonths(db: Db, cooperationId: string): Promise<(number | null)[]> {
  const rows = await db
    .selectFrom('agreement as a')
    .innerJoin('agreement_version as v', (j) => j.onRef('v.agreement_id', '=', 'a.id').onRef('v.number', '=', 'a.current_version'))
    .select('v.notice_months')
    .where('a.cooperation_id', '=', cooperationId)
    .where('a.status', '<>', 'terminated')
    .execute();
  return rows.map((r) => r.notice_months);
}

/** Terminates the cooperation's agreements that are still in force; returns their ids. */
export async function terminateAgreementsOf(db: Db, cooperationId: string): Promise<string[]> {
  const rows = await db
    .updateTable('agreement')
    .set({ status: 'terminated', updated_at: new Date(), version: sql`version + 1` })
    .where('cooperation_id', '=', cooperationId)
    .where('status', '<>', 'terminated')
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
