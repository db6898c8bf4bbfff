import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** A decision-making party of a body, with how many of its representatives sit in the body now. */
export type BodyPartyRow = { organisation_id: string; name: string; active_members: number };

/** The organisations whose approval the body's joint decisions need (IOP-6). */
export async function findPartyOrganisationIds(db: Db, bodyId: string): Promise<string[]> {
  const rows = await db.selectFrom('governance_body_party').select('organisation_id').where('body_id', '=', bodyId).execute();
  return rows.map((r) => r.organisation_id);
}

/** The body's parties by name, each with its number of active members in the body. */
export async function findBodyParties(db: Db, bodyId: string): Promise<BodyPartyRow[]> {
  const rows = await db
    .selectFrom('governance_body_party as p')
    .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
    .select([
      'p.organisation_id',
      'o.name',
      sql<string>`(SELECT count(*) FROM governance_member m
        WHERE m.body_id = p.body_id AND m.organisation_id = p.organisation_id AND m.active)`.as('active_members'),
    ])
    .where('p.body_id', '=', bodyId)
    .orderBy('o.name')
    .orderBy('p.organisation_id')
    .execute();
  return rows.map((r) => ({ organisation_id: r.organisation_id, name: r.name, active_members: Number(r.active_members) }));
}

/** Makes these organisations parties of the body, keeping those it has; returns how many were new. */
export async function addBodyParties(db: Db, bodyId: string, organisationIds: readonly string[]): Promise<number> {
  if (organisationIds.length === 0) return 0;
  const added = await db
    .insertInto('governance_body_party')
    .values([...new Set(organisationIds)].map((organisation_id) => ({ body_id: bodyId, organisation_id })))
    .onConflict((oc) => oc.columns(['body_id', 'organisation_id']).doNothing())
    .returning('organisation_id')
    .execute();
  return added.length;
}

/** Replaces the body's parties with exactly these organisations. */
export async function replaceBodyParties(db: Db, bodyId: string, organisationIds: readonly string[]): Promise<void> {
  await db.deleteFrom('governance_body_party').where('body_id', '=', bodyId).execute();
  await addBodyParties(db, bodyId, organisationIds);
}

/** Which of the given organisation ids are in the register. */
export async function existingOrganisationIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('organisation').select('id').where('id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.id));
}

/** The partner organisations registered on the given cooperations. */
export async function findCooperationPartnerIds(db: Db, cooperationIds: readonly string[]): Promise<string[]> {
  if (cooperationIds.length === 0) return [];
  const rows = await db.selectFrom('cooperation_party').select('organisation_id').distinct().where('cooperation_id', 'in', [...cooperationIds]).execute();
  return rows.map((r) => r.organisation_id);
}

/** The parties named in the current versions of the given cooperations' agreements (the city signs there). */
export async function findAgreementPartyIds(db: Db, cooperationIds: readonly string[]): Promise<string[]> {
  if (cooperationIds.length === 0) return [];
  const rows = await sql<{ organisation_id: string }>`
    SELECT DISTINCT (e.value->>'organisationId')::uuid AS organisation_id
    FROM agreement a
    JOIN agreement_version v ON v.agreement_id = a.id AND v.number = a.current_version
    CROSS JOIN LATERAL jsonb_array_elements(v.parties) e
    JOIN organisation o ON o.id = (e.value->>'organisationId')::uuid
    WHERE a.cooperation_id IN (${sql.join([...cooperationIds])})`.execute(db);
  return rows.rows.map((r) => r.organisation_id);
}

/**
 * The organisations that sign agreements on the administration's side: parties to an agreement
 * without being a registered partner of its cooperation. This is how the register knows the
 * city's own organisation without naming it in code.
 */
export async function findAdministrationOrganisationIds(db: Db): Promise<string[]> {
  const rows = await sql<{ organisation_id: string }>`
    SELECT DISTINCT (e.value->>'organisationId')::uuid AS organisation_id
    FROM agreement a
    JOIN agreement_version v ON v.agreement_id = a.id AND v.number = a.current_version
    CROSS JOIN LATERAL jsonb_array_elements(v.parties) e
    JOIN organisation o ON o.id = (e.value->>'organisationId')::uuid
    WHERE NOT EXISTS (
      SELECT 1 FROM cooperation_party cp
      WHERE cp.cooperation_id = a.cooperation_id AND cp.organisation_id = (e.value->>'organisationId')::uuid
    )`.execute(db);
  return rows.rows.map((r) => r.organisation_id);
}
