import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { PartnerReportRow } from '../../db/schema-partner';
import type { PartnerReportStatus } from '../../../shared/partner/partner-report.rules';

/** A report with the names its view shows: cooperation, organisation, people and the financial report file. */
export type PartnerReportWithNames = PartnerReportRow & {
  case_number: string;
  cooperation_title: string;
  organisation_name: string;
  submitted_by_name: string | null;
  reviewed_by_name: string | null;
  file_original_name: string | null;
  file_media_type: string | null;
  file_size_bytes: number | null;
};

function withNames(db: Db) {
  return db
    .selectFrom('partner_report as r')
    .innerJoin('cooperation as c', 'c.id', 'r.cooperation_id')
    .innerJoin('organisation as o', 'o.id', 'r.organisation_id')
    .leftJoin('app_user as s', 's.id', 'r.submitted_by')
    .leftJoin('app_user as v', 'v.id', 'r.reviewed_by')
    .leftJoin('file as f', 'f.id', 'r.financial_report_file_id')
    .select([
      'r.id', 'r.cooperation_id', 'r.organisation_id', 'r.period', 'r.follow_up_text', 'r.financial_report_file_id', 'r.status',
      'r.review_comment', 'r.submitted_by', 'r.submitted_at', 'r.reviewed_by', 'r.reviewed_at', 'r.created_at', 'r.updated_at', 'r.version',
      'c.case_number', 'c.title as cooperation_title', 'o.name as organisation_name', 's.name as submitted_by_name', 'v.name as reviewed_by_name',
      'f.original_name as file_original_name', 'f.media_type as file_media_type', 'f.size_bytes as file_size_bytes',
    ]);
}

/** One report with its names, if it exists. */
export function findPartnerReport(db: Db, id: string): Promise<PartnerReportWithNames | undefined> {
  return withNames(db).where('r.id', '=', id).executeTakeFirst();
}

/** The report of an organisation for a cooperation and period, if one was started; locked for update when asked. */
export function findPartnerReportByKey(
  db: Db,
  key: { cooperationId: string; organisationId: string; period: string },
  forUpdate = false,
): Promise<PartnerReportRow | undefined> {
  let query = db
    .selectFrom('partner_report')
    .selectAll()
    .where('cooperation_id', '=', key.cooperationId)
    .where('organisation_id', '=', key.organisationId)
    .where('period', '=', key.period);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Locks a report row for the rest of the transaction; undefined when it does not exist. */
export function lockPartnerReport(db: Db, id: string): Promise<PartnerReportRow | undefined> {
  return db.selectFrom('partner_report').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Reports matching the filter, newest activity first (staff's review queue and a cooperation's reports). */
export function findPartnerReports(
  db: Db,
  filter: { status?: PartnerReportStatus; cooperationId?: string; organisationId?: string },
): Promise<PartnerReportWithNames[]> {
  let query = withNames(db);
  if (filter.status) query = query.where('r.status', '=', filter.status);
  if (filter.cooperationId) query = query.where('r.cooperation_id', '=', filter.cooperationId);
  if (filter.organisationId) query = query.where('r.organisation_id', '=', filter.organisationId);
  return query.orderBy('r.updated_at', 'desc').orderBy('r.id').limit(500).execute();
}

/** Starts a report as a draft and returns its id. */
export async function insertPartnerReport(
  db: Db,
  values: { cooperationId: string; organisationId: string; period: string; followUpText: string | null },
): Promise<string> {
  const row = await db
    .insertInto('partner_report')
    .values({ cooperation_id: values.cooperationId, organisation_id: values.organisationId, period: values.period, follow_up_text: values.followUpText })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a report if its version still matches, bumping the version; false when someone else changed it first. */
export async function updatePartnerReportIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Partial<{
    follow_up_text: string | null;
    financial_report_file_id: string | null;
    status: PartnerReportStatus;
    review_comment: string | null;
    submitted_by: string | null;
    submitted_at: Date | null;
    reviewed_by: string | null;
    reviewed_at: Date | null;
  }>,
): Promise<boolean> {
  const result = await db
    .updateTable('partner_report')
    .set({ ...changes, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The organisation a partner account speaks for, or null when none is linked. */
export async function findUserOrganisation(db: Db, userId: string): Promise<{ id: string; name: string } | null> {
  const row = await db
    .selectFrom('partner_account as a')
    .innerJoin('organisation as o', 'o.id', 'a.organisation_id')
    .select(['o.id', 'o.name'])
    .where('a.user_id', '=', userId)
    .executeTakeFirst();
  return row ?? null;
}

/** Whether the organisation is a party of the cooperation (registered on it). */
export async function isCooperationParty(db: Db, cooperationId: string, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('cooperation_party')
    .select('cooperation_id')
    .where('cooperation_id', '=', cooperationId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The cooperations an organisation is a party of, by case number. */
export function findCooperationsOfOrganisation(
  db: Db,
  organisationId: string,
): Promise<{ id: string; case_number: string; title: string; form: string; status: string }[]> {
  return db
    .selectFrom('cooperation as c')
    .innerJoin('cooperation_party as p', 'p.cooperation_id', 'c.id')
    .select(['c.id', 'c.case_number', 'c.title', 'c.form', 'c.status'])
    .where('p.organisation_id', '=', organisationId)
    .orderBy('c.case_number')
    .execute();
}

/** The reports of an organisation for the given periods, by cooperation. */
export function findReportStatuses(
  db: Db,
  organisationId: string,
  periods: string[],
): Promise<{ id: string; cooperation_id: string; period: string; status: PartnerReportStatus }[]> {
  if (periods.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('partner_report')
    .select(['id', 'cooperation_id', 'period', 'status'])
    .where('organisation_id', '=', organisationId)
    .where('period', 'in', periods)
    .execute();
}

/** The cooperation's case number, title and status, if it exists. */
export function findCooperationHeader(db: Db, id: string): Promise<{ id: string; case_number: string; title: string; status: string } | undefined> {
  return db.selectFrom('cooperation').select(['id', 'case_number', 'title', 'status']).where('id', '=', id).executeTakeFirst();
}
