import type { Db } from '../../db/database';
import type { GovernanceBodyRepresentationRow, RepresentationKind } from '../../db/schema-governance-structure';
import type { GovernanceBodyRow } from '../../db/schema-governance';

/** A representation row with the name of the register organisation it points to, if any. */
export type RepresentationWithOrganisation = GovernanceBodyRepresentationRow & { organisation_name: string | null };

/** The representation rows of the given bodies, in their listed order. */
export function findRepresentation(db: Db, bodyIds: string[]): Promise<RepresentationWithOrganisation[]> {
  if (bodyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('governance_body_representation as r')
    .leftJoin('organisation as o', 'o.id', 'r.organisation_id')
    .selectAll('r')
    .select('o.name as organisation_name')
    .where('r.body_id', 'in', bodyIds)
    .orderBy('r.body_id')
    .orderBy('r.sort_order')
    .orderBy('r.id')
    .execute();
}

/** Replaces a body's representation with the given rows, numbered in order. */
export async function replaceRepresentation(
  db: Db,
  bodyId: string,
  rows: { party: string; organisationId: string | null; representative: string; kind: RepresentationKind }[],
): Promise<void> {
  await db.deleteFrom('governance_body_representation').where('body_id', '=', bodyId).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('governance_body_representation')
    .values(
      rows.map((r, i) => ({
        body_id: bodyId,
        party: r.party,
        organisation_id: r.organisationId,
        representative: r.representative,
        kind: r.kind,
        sort_order: i,
      })),
    )
    .execute();
}

/** Which of the given organisation ids exist in the register. */
export async function existingOrganisationIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('organisation').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export type StructureBodyFilter = {
  cooperationId?: string | undefined;
  /** Only bodies where this user sits as an active member (a steering member's view). */
  memberUserId?: string | undefined;
};

/** Bodies for the organisation diagram, in the order they were set up: those linked to a cooperation (any status), else all active ones. */
export function findStructureBodies(db: Db, f: StructureBodyFilter): Promise<GovernanceBodyRow[]> {
  let query = db.selectFrom('governance_body').selectAll('governance_body');
  const { cooperationId, memberUserId } = f;
  if (cooperationId) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('governance_body_cooperation as l')
          .select('l.body_id')
          .whereRef('l.body_id', '=', 'governance_body.id')
          .where('l.cooperation_id', '=', cooperationId),
      ),
    );
  } else {
    query = query.where('governance_body.status', '=', 'active');
  }
  if (memberUserId) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('governance_member as m')
          .select('m.id')
          .whereRef('m.body_id', '=', 'governance_body.id')
          .where('m.user_id', '=', memberUserId)
          .where('m.active', '=', true),
      ),
    );
  }
  return query.orderBy('governance_body.created_at').orderBy('governance_body.id').limit(1_000).execute();
}

/** The cooperations linked to at least one body (one the user sits on, when given), by case number. */
export function findCooperationsWithBodies(db: Db, memberUserId?: string): Promise<{ id: string; case_number: string; title: string; form: string }[]> {
  return db
    .selectFrom('cooperation as c')
    .select(['c.id', 'c.case_number', 'c.title', 'c.form'])
    .where((eb) => {
      let linked = eb.selectFrom('governance_body_cooperation as l').select('l.body_id').whereRef('l.cooperation_id', '=', 'c.id');
      if (memberUserId) {
        linked = linked.where((inner) =>
          inner.exists(
            inner
              .selectFrom('governance_member as m')
              .select('m.id')
              .whereRef('m.body_id', '=', 'l.body_id')
              .where('m.user_id', '=', memberUserId)
              .where('m.active', '=', true),
          ),
        );
      }
      return eb.exists(linked);
    })
    .orderBy('c.case_number')
    .execute();
}
