import type { Db } from '../../db/database';

/**
 * The employers among these organisations that are members of Integrationspakten (EMP-1): a
 * party of a membership cooperation that is running (active or under review). A job partnership
 * is only for members (EMP-2).
 */
export async function findMemberOrganisationIds(db: Db, organisationIds: readonly string[]): Promise<Set<string>> {
  if (organisationIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('cooperation_party as p')
    .innerJoin('cooperation as c', 'c.id', 'p.cooperation_id')
    .select('p.organisation_id')
    .distinct()
    .where('p.organisation_id', 'in', [...organisationIds])
    .where('c.form', '=', 'integration_pact_membership')
    .where('c.status', 'in', ['active', 'under_review'])
    .execute();
  return new Set(rows.map((r) => r.organisation_id));
}
