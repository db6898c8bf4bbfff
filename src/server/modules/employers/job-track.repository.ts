import { type Insertable, sql, type Updateable } from 'kysely';
import { ARBETSFORMEDLINGEN_ORG_NUMBER } from '../../../shared/deviations/deviation.rules';
import type { JobTrackQuery } from '../../../shared/employers/employer-offers.schemas';
import type { Db } from '../../db/database';
import type { JobTrackTable } from '../../db/schema-employer-offers';

/** Adds a track with its employers; returns its id. */
export async function insertJobTrack(db: Db, values: Insertable<JobTrackTable>, employerIds: readonly string[], addedBy: string | null): Promise<string> {
  const row = await db.insertInto('job_track').values(values).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('job_track_employer')
    .values(employerIds.map((organisationId) => ({ job_track_id: row.id, organisation_id: organisationId, added_by: addedBy })))
    .execute();
  return row.id;
}

/** Adds an employer to a track, or brings back one removed earlier. */
export async function addTrackEmployer(db: Db, trackId: string, organisationId: string, addedBy: string | null): Promise<void> {
  await db
    .insertInto('job_track_employer')
    .values({ job_track_id: trackId, organisation_id: organisationId, added_by: addedBy })
    .onConflict((oc) => oc.columns(['job_track_id', 'organisation_id']).doUpdateSet({ added_at: new Date(), added_by: addedBy, removed_at: null, removed_by: null }))
    .execute();
}

/** The tracks, filtered and sorted, with the names the list shows. */
export function findJobTracks(db: Db, q: Partial<JobTrackQuery> & { id?: string }) {
  let query = db
    .selectFrom('job_track as t')
    .leftJoin('unit as u', 'u.code', 't.unit_code')
    .leftJoin('cooperation as a', 'a.id', 't.agreement_cooperation_id')
    .leftJoin('governance_body as g', 'g.id', 't.working_group_id')
    .leftJoin('app_user as ender', 'ender.id', 't.ended_by')
    .selectAll('t')
    .select(['u.name_sv as unit_name_sv', 'u.name_en as unit_name_en', 'a.case_number as agreement_case_number', 'a.title as agreement_title', 'g.name as working_group_name', 'ender.name as ended_by_name']);
  if (q.id) query = query.where('t.id', '=', q.id);
  if (q.status) query = query.where('t.status', '=', q.status);
  if (q.withAf) query = query.where('t.with_af', '=', q.withAf === 'true');
  if (q.agreementId) query = query.where('t.agreement_cooperation_id', '=', q.agreementId);
  if (q.workingGroupId) query = query.where('t.working_group_id', '=', q.workingGroupId);
  if (q.employerId) {
    const employerId = q.employerId;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('job_track_employer as e')
          .select(sql`1`.as('one'))
          .whereRef('e.job_track_id', '=', 't.id')
          .where('e.organisation_id', '=', employerId)
          .where('e.removed_at', 'is', null),
      ),
    );
  }
  const direction = q.direction ?? 'desc';
  const sortColumn = { start: 't.start_date', title: 't.title', status: 't.status', places: 't.places' } as const;
  return query
    .orderBy(sortColumn[q.sort ?? 'start'], direction)
    .orderBy('t.title')
    .orderBy('t.id')
    .execute();
}

/** The current employers of the tracks, by name. */
export function findTrackEmployers(db: Db, trackIds: readonly string[]) {
  if (trackIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('job_track_employer as e')
    .innerJoin('organisation as o', 'o.id', 'e.organisation_id')
    .select(['e.job_track_id', 'o.id', 'o.name'])
    .where('e.job_track_id', 'in', [...trackIds])
    .where('e.removed_at', 'is', null)
    .orderBy('o.name')
    .execute();
}

/** Locks a track for a change. */
export function lockJobTrack(db: Db, id: string) {
  return db.selectFrom('job_track').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Changes a track still at the version; false when someone changed it first. */
export async function updateJobTrackIfVersion(db: Db, id: string, version: number, changes: Updateable<JobTrackTable>): Promise<boolean> {
  const result = await db
    .updateTable('job_track')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The organisations among the ids, with their kind and whether they are archived. */
export function findOrganisationsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('organisation').select(['id', 'name', 'kind', 'status']).where('id', 'in', [...ids]).execute();
}

/** Active employers (organisations of kind employer), by name, for choosing a track's employers. */
export function findEmployerOrganisations(db: Db) {
  return db.selectFrom('organisation').select(['id', 'name']).where('kind', '=', 'employer').where('status', '=', 'active').orderBy('name').execute();
}

/**
 * The cooperation agreements with Arbetsförmedlingen (EMP-4, 003): cooperations of form
 * 'public_agreement' with Arbetsförmedlingen as a party, not ended, optionally only one.
 */
export function findAfAgreements(db: Db, id?: string) {
  let query = db
    .selectFrom('cooperation as c')
    .select(['c.id', 'c.case_number', 'c.title', 'c.status'])
    .where('c.form', '=', 'public_agreement')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('cooperation_party as p')
          .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
          .select(sql`1`.as('one'))
          .whereRef('p.cooperation_id', '=', 'c.id')
          .where('o.org_number', '=', ARBETSFORMEDLINGEN_ORG_NUMBER),
      ),
    )
    .orderBy('c.case_number');
  if (id) query = query.where('c.id', '=', id);
  return query.execute();
}

/** The working groups (governance bodies of type working_group) linked to the cooperations. */
export function findWorkingGroups(db: Db, cooperationIds: readonly string[]) {
  if (cooperationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('governance_body as b')
    .innerJoin('governance_body_cooperation as bc', 'bc.body_id', 'b.id')
    .select(['b.id', 'b.name', 'b.status', 'bc.cooperation_id'])
    .where('b.type', '=', 'working_group')
    .where('bc.cooperation_id', 'in', [...cooperationIds])
    .orderBy('b.name')
    .execute();
}
