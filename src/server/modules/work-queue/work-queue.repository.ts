import { sql } from 'kysely';
import { STEERING_GROUP_TYPES } from '../../../shared/governance/governance.schemas';
import type { Db } from '../../db/database';

/** A steering body that has not met since the semester began. */
export type SilentBodyRow = { id: string; name: string; type: string };

/**
 * Active steering groups meeting per semester with no meeting from `from` through `to` (IOP-6,
 * AGR-3); with `userId`, only bodies the user sits on or governing a cooperation the user manages.
 */
export function findSteeringBodiesWithoutMeeting(db: Db, from: string, to: string, userId?: string): Promise<SilentBodyRow[]> {
  let query = db
    .selectFrom('governance_body as b')
    .select(['b.id', 'b.name', 'b.type'])
    .where('b.status', '=', 'active')
    .where('b.cadence', '=', 'per_semester')
    .where('b.type', 'in', [...STEERING_GROUP_TYPES])
    .where(sql<boolean>`NOT EXISTS (SELECT 1 FROM governance_meeting g
      WHERE g.body_id = b.id AND g.meeting_date >= ${from}::date AND g.meeting_date <= ${to}::date)`);
  if (userId) {
    query = query.where(sql<boolean>`(EXISTS (SELECT 1 FROM governance_member m WHERE m.body_id = b.id AND m.user_id = ${userId} AND m.active)
      OR EXISTS (SELECT 1 FROM governance_body_cooperation l JOIN cooperation c ON c.id = l.cooperation_id
                 WHERE l.body_id = b.id AND c.responsible_manager_id = ${userId}))`);
  }
  return query.orderBy(sql`lower(b.name)`).orderBy('b.id').limit(500).execute();
}

/** A submitted partner report awaiting staff review, with its cooperation's manager. */
export type SubmittedReportRow = {
  id: string;
  period: string;
  submitted_at: Date | null;
  updated_at: Date;
  case_number: string;
  cooperation_title: string;
  organisation_name: string;
  responsible_manager_id: string | null;
  manager_name: string | null;
};

/** Partner reports submitted and not yet reviewed (IOP-9); with `managerId`, only of cooperations that manager is responsible for. */
export function findSubmittedPartnerReports(db: Db, managerId?: string): Promise<SubmittedReportRow[]> {
  let query = db
    .selectFrom('partner_report as r')
    .innerJoin('cooperation as c', 'c.id', 'r.cooperation_id')
    .innerJoin('organisation as o', 'o.id', 'r.organisation_id')
    .leftJoin('app_user as u', 'u.id', 'c.responsible_manager_id')
    .select([
      'r.id', 'r.period', 'r.submitted_at', 'r.updated_at', 'c.case_number', 'c.title as cooperation_title',
      'o.name as organisation_name', 'c.responsible_manager_id', 'u.name as manager_name',
    ])
    .where('r.status', '=', 'submitted');
  if (managerId) query = query.where('c.responsible_manager_id', '=', managerId);
  return query.orderBy('r.submitted_at').orderBy('r.id').limit(500).execute();
}

/** A proposed joint decision waiting for a party's approval. */
export type PendingDecisionRow = { id: string; text: string; proposed_at: Date; body_id: string; body_name: string };

/**
 * Proposed decisions waiting for the user's approval (IOP-6): the user is linked to an active
 * member of the body whose organisation is a party and has not voted yet. Without `userId`, every
 * proposed decision some party has still to approve.
 */
export function findDecisionsAwaitingApproval(db: Db, userId?: string): Promise<PendingDecisionRow[]> {
  let query = db
    .selectFrom('governance_decision as d')
    .innerJoin('governance_body as b', 'b.id', 'd.body_id')
    .select(['d.id', 'd.text', 'd.proposed_at', 'd.body_id', 'b.name as body_name'])
    .where('d.status', '=', 'proposed');
  if (userId) {
    query = query.where(sql<boolean>`EXISTS (SELECT 1 FROM governance_member m
      JOIN governance_body_party p ON p.body_id = m.body_id AND p.organisation_id = m.organisation_id
      WHERE m.body_id = d.body_id AND m.user_id = ${userId} AND m.active
        AND NOT EXISTS (SELECT 1 FROM governance_decision_vote v WHERE v.decision_id = d.id AND v.organisation_id = m.organisation_id))`);
  }
  return query.orderBy('d.proposed_at').orderBy('d.id').limit(500).execute();
}

/** An organisation whose latest democracy assessment has run out or soon will. */
export type LapsingAssessmentRow = { organisation_id: string; organisation_name: string; valid_until: string };

/**
 * Organisations that are parties of a running cooperation whose latest democracy assessment is
 * valid only until before `soon` (DEM-3); with `managerId`, only parties of that manager's cooperations.
 */
export async function findLapsingAssessments(db: Db, soon: string, managerId?: string): Promise<LapsingAssessmentRow[]> {
  const mine = managerId ? sql`AND c.responsible_manager_id = ${managerId}` : sql``;
  // From the assessments that lapse (index on valid_until), keeping each organisation's latest:
  // far fewer rows than every party of every running cooperation.
  const result = await sql<LapsingAssessmentRow>`
    SELECT o.id AS organisation_id, o.name AS organisation_name, a.valid_until::text AS valid_until
    FROM democracy_assessment a
    JOIN organisation o ON o.id = a.organisation_id
    WHERE a.valid_until < ${soon}::date
      AND NOT EXISTS (SELECT 1 FROM democracy_assessment n WHERE n.organisation_id = a.organisation_id AND n.signed_at > a.signed_at)
      AND EXISTS (SELECT 1 FROM cooperation_party p JOIN cooperation c ON c.id = p.cooperation_id
                  WHERE p.organisation_id = a.organisation_id AND c.status IN ('preparing', 'active', 'under_review') ${mine})
    ORDER BY a.valid_until, o.id
    LIMIT 500`.execute(db);
  return result.rows;
}

/** An annual-cycle task not done by its due date, with its body. */
export type DueCycleTaskRow = { id: string; kind: 'follow_up' | 'plan_next_year'; due_on: string; body_id: string; body_name: string };

/**
 * Annual-cycle tasks of active bodies due on or before `today` and not done (IOP-7); with
 * `userId`, only of bodies the user sits on or that govern a cooperation the user manages.
 */
export function findDueCycleTasks(db: Db, today: string, userId?: string): Promise<DueCycleTaskRow[]> {
  let query = db
    .selectFrom('governance_cycle_task as k')
    .innerJoin('governance_body as b', 'b.id', 'k.body_id')
    .select(['k.id', 'k.kind', 'k.due_on', 'k.body_id', 'b.name as body_name'])
    .where('k.done_at', 'is', null)
    .where('k.due_on', '<=', today)
    .where('b.status', '=', 'active');
  if (userId) {
    query = query.where(sql<boolean>`(EXISTS (SELECT 1 FROM governance_member m WHERE m.body_id = b.id AND m.user_id = ${userId} AND m.active)
      OR EXISTS (SELECT 1 FROM governance_body_cooperation l JOIN cooperation c ON c.id = l.cooperation_id
                 WHERE l.body_id = b.id AND c.responsible_manager_id = ${userId}))`);
  }
  return query.orderBy('k.due_on').orderBy('k.id').limit(500).execute();
}

/** A signed agreement whose current term ends soon. */
export type EndingAgreementRow = {
  id: string;
  title: string;
  end_date: string;
  cooperation_id: string;
  case_number: string;
  responsible_manager_id: string | null;
  manager_name: string | null;
};

/**
 * Signed agreements of running cooperations whose current term ends from `from` through `to`
 * (IOP-5: time to extend, procure anew or end); with `managerId`, only that manager's.
 */
export function findAgreementsEndingBetween(db: Db, from: string, to: string, managerId?: string): Promise<EndingAgreementRow[]> {
  let query = db
    .selectFrom('agreement as a')
    .innerJoin('agreement_version as v', (j) => j.onRef('v.agreement_id', '=', 'a.id').onRef('v.number', '=', 'a.current_version'))
    .innerJoin('cooperation as c', 'c.id', 'a.cooperation_id')
    .leftJoin('app_user as u', 'u.id', 'c.responsible_manager_id')
    .select(['a.id', 'a.title', sql<string>`v.end_date::text`.as('end_date'), 'a.cooperation_id', 'c.case_number', 'c.responsible_manager_id', 'u.name as manager_name'])
    .where('a.status', '=', 'signed')
    .where('c.status', 'in', ['active', 'under_review'])
    .where('v.end_date', '>=', from)
    .where('v.end_date', '<=', to);
  if (managerId) query = query.where('c.responsible_manager_id', '=', managerId);
  // v.agreement_id is a.id: in this order the versions' end index (migration 0033) is walked and the walk stops at the limit.
  return query.orderBy('v.end_date').orderBy('v.agreement_id').limit(500).execute();
}
