import type { Db } from '../../db/database';

/** The employer parties of a cooperation, by name. */
export function findEmployerParties(db: Db, cooperationId: string) {
  return db
    .selectFrom('cooperation_party as p')
    .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
    .select(['o.id', 'o.name'])
    .where('p.cooperation_id', '=', cooperationId)
    .where('o.kind', '=', 'employer')
    .orderBy('o.name')
    .execute();
}

/**
 * Who answers for a job partnership and its employers (EMP-3): the partnership's responsible
 * manager and the staff member who registered it, and the responsible managers of the employers'
 * other running cooperations (their membership, other partnerships, job tracks).
 */
export async function findResponsibleForEmployers(db: Db, cooperationId: string, organisationIds: readonly string[]): Promise<string[]> {
  const own = await db.selectFrom('cooperation').select(['responsible_manager_id', 'created_by']).where('id', '=', cooperationId).executeTakeFirst();
  const others =
    organisationIds.length === 0
      ? []
      : await db
          .selectFrom('cooperation_party as p')
          .innerJoin('cooperation as c', 'c.id', 'p.cooperation_id')
          .select('c.responsible_manager_id')
          .distinct()
          .where('p.organisation_id', 'in', [...organisationIds])
          .where('c.id', '!=', cooperationId)
          .where('c.status', 'in', ['preparing', 'active', 'under_review'])
          .where('c.responsible_manager_id', 'is not', null)
          .execute();
  const ids = [own?.responsible_manager_id, own?.created_by, ...others.map((o) => o.responsible_manager_id)];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

/**
 * The employer parties of running job partnerships (active or under review, EMP-2), with the
 * partnership's responsible manager: those of one manager, of some partnerships, or all.
 */
export function findRunningJobPartnershipEmployers(db: Db, filter: { managerId?: string; cooperationIds?: readonly string[] } = {}) {
  let query = db
    .selectFrom('cooperation as c')
    .innerJoin('cooperation_party as p', 'p.cooperation_id', 'c.id')
    .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
    .leftJoin('app_user as u', 'u.id', 'c.responsible_manager_id')
    .select(['c.id as cooperation_id', 'c.case_number', 'c.title', 'c.responsible_manager_id', 'u.name as manager_name', 'o.id as organisation_id', 'o.name as organisation_name'])
    .where('c.form', '=', 'job_partnership')
    .where('c.status', 'in', ['active', 'under_review'])
    .where('o.kind', '=', 'employer');
  if (filter.managerId) query = query.where('c.responsible_manager_id', '=', filter.managerId);
  if (filter.cooperationIds) {
    if (filter.cooperationIds.length === 0) return Promise.resolve([]);
    query = query.where('c.id', 'in', [...filter.cooperationIds]);
  }
  return query.orderBy('o.name').orderBy('c.case_number').execute();
}
