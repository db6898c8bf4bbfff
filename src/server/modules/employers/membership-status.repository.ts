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

/** What the member list is filtered by (EMP-1). */
export type MemberFilter = {
  q?: string | undefined;
  employerTypes?: readonly string[] | undefined;
  status: 'active' | 'ended' | 'all';
  memberFrom?: string | undefined;
  memberTo?: string | undefined;
  organisationId?: string | undefined;
  sort: 'name' | 'memberSince';
  order: 'asc' | 'desc';
};

/** One membership of Integrationspakten with its employer and profile. */
export type MemberRow = {
  organisation_id: string;
  name: string;
  org_number: string | null;
  employer_type: string | null;
  size_band: string | null;
  cooperation_id: string;
  case_number: string;
  status: string;
  activated_on: string | null;
  ended_on: string | null;
  ended_reason: string | null;
  manager_name: string | null;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The memberships of Integrationspakten (EMP-1) — running ones (active or under review) count as
 * members, as in `findMemberOrganisationIds` — with the employer's name, type and member-since
 * day (the membership's `activated_on`), filtered and sorted; at most `limit` rows.
 */
export function findMembers(db: Db, f: MemberFilter, limit: number): Promise<MemberRow[]> {
  let query = db
    .selectFrom('cooperation as c')
    .innerJoin('cooperation_party as p', 'p.cooperation_id', 'c.id')
    .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
    .leftJoin('employer_profile as ep', 'ep.organisation_id', 'o.id')
    .leftJoin('app_user as m', 'm.id', 'c.responsible_manager_id')
    .select([
      'o.id as organisation_id',
      'o.name',
      'o.org_number',
      'ep.employer_type',
      'ep.size_band',
      'c.id as cooperation_id',
      'c.case_number',
      'c.status',
      'c.activated_on',
      'c.ended_on',
      'c.ended_reason',
      'm.name as manager_name',
    ])
    .where('c.form', '=', 'integration_pact_membership')
    .where('o.kind', '=', 'employer');
  if (f.status === 'active') query = query.where('c.status', 'in', ['active', 'under_review']);
  else if (f.status === 'ended') query = query.where('c.status', '=', 'ended');
  else query = query.where('c.status', '<>', 'preparing');
  if (f.employerTypes && f.employerTypes.length > 0) query = query.where('ep.employer_type', 'in', [...f.employerTypes] as never[]);
  if (f.memberFrom) query = query.where('c.activated_on', '>=', f.memberFrom);
  if (f.memberTo) query = query.where('c.activated_on', '<=', f.memberTo);
  if (f.organisationId) query = query.where('o.id', '=', f.organisationId);
  if (f.q) {
    const pattern = `%${escapeLike(f.q)}%`;
    const digits = f.q.replace(/[\s-]/g, '');
    query = query.where((eb) =>
      eb.or([
        eb('o.name', 'ilike', pattern),
        eb('c.case_number', 'ilike', pattern),
        ...(/^\d{3,10}$/.test(digits) ? [eb(eb.fn('replace', ['o.org_number', eb.val('-'), eb.val('')]), 'like', `%${digits}%`)] : []),
      ]),
    );
  }
  query =
    f.sort === 'memberSince'
      ? query.orderBy('c.activated_on', (ob) => (f.order === 'asc' ? ob.asc().nullsLast() : ob.desc().nullsLast())).orderBy('o.name')
      : query.orderBy('o.name', f.order).orderBy('c.activated_on', 'desc');
  return query.limit(limit).execute();
}
