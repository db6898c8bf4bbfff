import { sql } from 'kysely';
import type { Db } from '../../db/database';

const ids = (rows: { id: string | null }[]): string[] => rows.flatMap((r) => (r.id ? [r.id] : []));

/** The review group (INI-2): every active user holding the review-group role. */
export async function findReviewGroupUserIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('app_user').select('id').where('status', '=', 'active').where(sql<boolean>`${'review_group'} = ANY(roles)`).execute();
  return ids(rows);
}

/** The users linked to the active members of a governance body. */
export async function findBodyMemberUserIds(db: Db, bodyId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('governance_member')
    .select('user_id as id')
    .where('body_id', '=', bodyId)
    .where('active', '=', true)
    .where('user_id', 'is not', null)
    .execute();
  return ids(rows);
}

/**
 * Who must approve a proposed decision (IOP-6): the users linked to the body's active members for
 * an organisation that is a party of the body and has not voted on it yet.
 */
export async function findDecisionApproverUserIds(db: Db, decisionId: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    SELECT DISTINCT m.user_id AS id
    FROM governance_decision d
    JOIN governance_member m ON m.body_id = d.body_id AND m.active AND m.user_id IS NOT NULL
    JOIN governance_body_party p ON p.body_id = m.body_id AND p.organisation_id = m.organisation_id
    WHERE d.id = ${decisionId}
      AND NOT EXISTS (SELECT 1 FROM governance_decision_vote v WHERE v.decision_id = d.id AND v.organisation_id = m.organisation_id)`.execute(db);
  return ids(result.rows);
}

/** The partner users of an organisation. */
export async function findPartnerUserIds(db: Db, organisationId: string): Promise<string[]> {
  const rows = await db.selectFrom('partner_account').select('user_id as id').where('organisation_id', '=', organisationId).execute();
  return ids(rows);
}

/** The officer of an initiative (INI-2): the staff member who registered it; a public proposal has none. */
export async function findInitiativeOfficerId(db: Db, initiativeId: string): Promise<string | null> {
  const row = await db.selectFrom('initiative').select('created_by').where('id', '=', initiativeId).executeTakeFirst();
  return row?.created_by ?? null;
}
