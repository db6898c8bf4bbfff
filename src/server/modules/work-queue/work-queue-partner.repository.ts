import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** A running cooperation of the partner's organisation, with its reports of the periods asked for. */
export type PartnerCooperationRow = {
  id: string;
  case_number: string;
  title: string;
  start_date: string | null;
  end_date: string | null;
  reports: { period: string; status: string; reviewed_at: string | null }[];
};

/**
 * The running cooperations of the organisation the partner account speaks for (decision 008),
 * each with the organisation's reports of `periods` (IOP-9). Nothing when no organisation is linked.
 */
export async function findPartnerCooperationsWithReports(db: Db, userId: string, periods: string[]): Promise<PartnerCooperationRow[]> {
  const result = await sql<PartnerCooperationRow>`
    SELECT c.id, c.case_number, c.title, c.start_date::text AS start_date, c.end_date::text AS end_date,
           coalesce((SELECT json_agg(json_build_object('period', r.period, 'status', r.status, 'reviewed_at', r.reviewed_at))
                     FROM partner_report r
                     WHERE r.cooperation_id = c.id AND r.organisation_id = a.organisation_id AND r.period = ANY(${periods}::text[])), '[]') AS reports
    FROM partner_account a
    JOIN cooperation_party p ON p.organisation_id = a.organisation_id
    JOIN cooperation c ON c.id = p.cooperation_id
    WHERE a.user_id = ${userId} AND c.status IN ('active', 'under_review')
    ORDER BY c.case_number
    LIMIT 500`.execute(db);
  return result.rows;
}

/** A joint decision waiting for the approval of the partner's organisation. */
export type PartyDecisionRow = { id: string; text: string; proposed_at: Date; body_id: string; body_name: string };

/**
 * Proposed joint decisions of bodies where the organisation the partner account speaks for is a
 * party and has not voted yet (IOP-6: no party decides alone). Nothing when no organisation is linked.
 */
export async function findDecisionsAwaitingPartnerOrganisation(db: Db, userId: string): Promise<PartyDecisionRow[]> {
  const result = await sql<PartyDecisionRow>`
    SELECT d.id, d.text, d.proposed_at, b.id AS body_id, b.name AS body_name
    FROM partner_account a
    JOIN governance_body_party p ON p.organisation_id = a.organisation_id
    JOIN governance_decision d ON d.body_id = p.body_id AND d.status = 'proposed'
    JOIN governance_body b ON b.id = d.body_id
    WHERE a.user_id = ${userId}
      AND NOT EXISTS (SELECT 1 FROM governance_decision_vote v WHERE v.decision_id = d.id AND v.organisation_id = a.organisation_id)
    ORDER BY d.proposed_at, d.id
    LIMIT 500`.execute(db);
  return result.rows;
}
