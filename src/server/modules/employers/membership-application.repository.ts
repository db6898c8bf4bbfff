import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { IntegrationPactApplicationRow, IntegrationPactApplicationTable } from '../../db/schema-employers';

/** An application with the names the views show: its organisation, checker, decider and membership. */
export type ApplicationRecord = IntegrationPactApplicationRow & {
  linked_name: string | null;
  linked_org_number: string | null;
  linked_status: 'active' | 'archived' | null;
  checked_by_name: string | null;
  decided_by_name: string | null;
  case_number: string | null;
  cooperation_status: string | null;
};

function withNames(db: Db) {
  return db
    .selectFrom('integration_pact_application as a')
    .leftJoin('organisation as o', 'o.id', 'a.organisation_id')
    .leftJoin('app_user as checker', 'checker.id', 'a.checked_by')
    .leftJoin('app_user as decider', 'decider.id', 'a.decided_by')
    .leftJoin('cooperation as c', 'c.id', 'a.cooperation_id')
    .selectAll('a')
    .select([
      'o.name as linked_name',
      'o.org_number as linked_org_number',
      'o.status as linked_status',
      'checker.name as checked_by_name',
      'decider.name as decided_by_name',
      'c.case_number',
      'c.status as cooperation_status',
    ]);
}

/** Inserts an application and returns its id. */
export async function insertApplication(db: Db, row: Insertable<IntegrationPactApplicationTable>): Promise<string> {
  const inserted = await db.insertInto('integration_pact_application').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** One application with its names. */
export function findApplicationById(db: Db, id: string): Promise<ApplicationRecord | undefined> {
  return withNames(db).where('a.id', '=', id).executeTakeFirst() as Promise<ApplicationRecord | undefined>;
}

/** Locks an application's row for the rest of the transaction (a check or decision reads, then writes). */
export async function lockApplication(db: Db, id: string): Promise<void> {
  await db.selectFrom('integration_pact_application').select('id').where('id', '=', id).forUpdate().execute();
}

/** Updates an application only if its version matches, bumping the version. */
export async function updateApplicationIfVersion(db: Db, id: string, version: number, changes: Updateable<IntegrationPactApplicationTable>): Promise<boolean> {
  const result = await db
    .updateTable('integration_pact_application')
    .set({ ...changes, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Applications by status, oldest received first by default or by organisation name. */
export function findApplications(
  db: Db,
  q: { statuses?: readonly string[] | undefined; organisationId?: string; sort: 'date' | 'name'; order: 'asc' | 'desc'; limit: number },
): Promise<ApplicationRecord[]> {
  let query = withNames(db);
  if (q.statuses && q.statuses.length > 0) query = query.where('a.status', 'in', [...q.statuses] as IntegrationPactApplicationRow['status'][]);
  if (q.organisationId) query = query.where('a.organisation_id', '=', q.organisationId);
  query = q.sort === 'name' ? query.orderBy('a.organisation_name', q.order).orderBy('a.number', 'asc') : query.orderBy('a.created_at', q.order).orderBy('a.number', q.order);
  return query.limit(q.limit).execute() as Promise<ApplicationRecord[]>;
}

/** The application that created a membership cooperation (EMP-1), if any. */
export function findApplicationOfMembership(db: Db, cooperationId: string): Promise<IntegrationPactApplicationRow | undefined> {
  return db.selectFrom('integration_pact_application').selectAll().where('cooperation_id', '=', cooperationId).executeTakeFirst();
}

/** Employers in the register with this organisation number, to link a public application to. */
export function findEmployersByOrgNumber(db: Db, orgNumber: string): Promise<{ id: string; name: string; org_number: string | null; status: 'active' | 'archived' }[]> {
  return db
    .selectFrom('organisation')
    .select(['id', 'name', 'org_number', 'status'])
    .where('kind', '=', 'employer')
    .where('org_number', '=', orgNumber)
    .orderBy('name')
    .execute();
}

/** An organisation's kind, status and organisation number, to link and check an application against. */
export function findOrganisationForApplication(db: Db, id: string): Promise<{ id: string; kind: string; status: 'active' | 'archived'; org_number: string | null; name: string } | undefined> {
  return db.selectFrom('organisation').select(['id', 'kind', 'status', 'org_number', 'name']).where('id', '=', id).executeTakeFirst();
}

/** Whether a user holds a role (the responsible manager of a membership must be a manager, INI-6). */
export async function isActiveManager(db: Db, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('id', '=', userId)
    .where('status', '=', 'active')
    .where(sql<boolean>`'manager' = ANY(roles)`)
    .executeTakeFirst();
  return row !== undefined;
}
