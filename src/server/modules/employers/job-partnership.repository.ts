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
