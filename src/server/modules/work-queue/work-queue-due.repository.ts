import { sql } from 'kysely';
import { PARTNER_CONTROL_DOCUMENTS } from '../../../shared/organisations/partner-control.rules';
import { oldestCurrentControlYear, YEARLY_CONTROL_DOCUMENTS } from '../../../shared/work-queue/due.rules';
import type { Db } from '../../db/database';

/** How many rows one kind of item reads at most: the list is a to-do list, not a report. */
const LIMIT = 500;

/** A civil-society party of IOPs being prepared or running, with what it has of partner control. */
export type ControlledPartyRow = {
  organisation_id: string;
  organisation_name: string;
  /** The IOP shown with the item: the party's first by case number among those listed. */
  cooperation_id: string;
  case_number: string;
  cooperation_title: string;
  responsible_manager_id: string | null;
  manager_name: string | null;
  /** When the earliest of these IOPs was registered: since when the control has been asked for. */
  since: Date;
  /** The newest year received per document type (partner-control types only). */
  documents: { type: string; year: number }[];
  /** Types recorded as not existing, with a reason. */
  not_existing: string[];
};

/**
 * Civil-society organisations that are a party to an IOP being prepared or running (IOP-3) and
 * whose partner control has a gap on `today` (ORG-4: a document neither received nor noted as not
 * existing, or a yearly one older than last year's — `partnerControlGaps` in SQL), by name, at
 * most 500; with the newest year of each document received and the documents noted as not
 * existing; with `managerId`, only parties of that manager's IOPs.
 */
export async function findPartiesUnderControl(db: Db, today: string, managerId?: string): Promise<ControlledPartyRow[]> {
  const mine = managerId ? sql`AND c.responsible_manager_id = ${managerId}` : sql``;
  const result = await sql<ControlledPartyRow>`
    WITH party AS (
      SELECT DISTINCT ON (p.organisation_id) p.organisation_id, c.id AS cooperation_id, c.case_number, c.title,
             c.responsible_manager_id,
             min(c.created_at) OVER (PARTITION BY p.organisation_id) AS since
      FROM cooperation c JOIN cooperation_party p ON p.cooperation_id = c.id
      WHERE c.form = 'iop' AND c.status IN ('preparing', 'active') ${mine}
      ORDER BY p.organisation_id, c.case_year, c.case_sequence, c.id
    )
    SELECT o.id AS organisation_id, o.name AS organisation_name, party.cooperation_id, party.case_number,
           party.title AS cooperation_title, party.responsible_manager_id, u.name AS manager_name, party.since,
           (SELECT coalesce(json_agg(json_build_object('type', d.type, 'year', d.year)), '[]')
            FROM unnest(received.types, received.years) AS d (type, year)) AS documents,
           absent.types AS not_existing
    FROM party
    -- OFFSET 0 keeps this a look-up by key per party (about 1,600 of 100,000 organisations): joined
    -- freely, the planner scanned every civil-society organisation into a hash (75 ms against 42).
    JOIN LATERAL (SELECT id, name FROM organisation WHERE id = party.organisation_id AND kind = 'civil_society' OFFSET 0) o ON true
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(document_type), '{}') AS types, coalesce(array_agg(year), '{}') AS years
      FROM (SELECT document_type, max(year) AS year FROM organisation_document
            WHERE organisation_id = o.id AND document_type <> 'other' GROUP BY document_type) newest
    ) received
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(a.document_type), '{}') AS types
      FROM organisation_document_absence a WHERE a.organisation_id = o.id AND a.reason IS NOT NULL
    ) absent
    LEFT JOIN app_user u ON u.id = party.responsible_manager_id
    WHERE EXISTS (
      SELECT 1 FROM unnest(${[...PARTNER_CONTROL_DOCUMENTS]}::text[]) AS t (type)
      WHERE CASE WHEN t.type = ANY (received.types)
                 THEN t.type = ANY (${[...YEARLY_CONTROL_DOCUMENTS]}::text[])
                      AND received.years[array_position(received.types, t.type)] < ${oldestCurrentControlYear(today)}
                 ELSE NOT t.type = ANY (absent.types) END
    )
    ORDER BY lower(o.name), o.id
    LIMIT ${LIMIT}`.execute(db);
  return result.rows;
}

/** A running reserved contract within reach of its three-year limit. */
export type ReservedContractRow = {
  id: string;
  case_number: string;
  title: string;
  start_date: string;
  responsible_manager_id: string | null;
  manager_name: string | null;
};

/**
 * Running reserved contracts that started on or before `startedBy` (FRM-6: within six months of
 * their three-year limit, or past it); with `managerId`, only that manager's.
 */
export function findReservedContractsStartedBy(db: Db, startedBy: string, managerId?: string): Promise<ReservedContractRow[]> {
  let query = db
    .selectFrom('cooperation as c')
    .leftJoin('app_user as u', 'u.id', 'c.responsible_manager_id')
    .select(['c.id', 'c.case_number', 'c.title', sql<string>`c.start_date::text`.as('start_date'), 'c.responsible_manager_id', 'u.name as manager_name'])
    .where('c.form', '=', 'reserved_contract')
    .where('c.status', 'in', ['active', 'under_review'])
    .where('c.start_date', 'is not', null)
    .where('c.start_date', '<=', startedBy);
  if (managerId) query = query.where('c.responsible_manager_id', '=', managerId);
  return query.orderBy('c.start_date').orderBy('c.id').limit(LIMIT).execute() as Promise<ReservedContractRow[]>;
}

/** An ended period of an adopted plan with no value entered for it. */
export type UnmeasuredPeriodRow = {
  plan_id: string;
  period: string;
  cooperation_id: string;
  case_number: string;
  cooperation_title: string;
  responsible_manager_id: string | null;
  manager_name: string | null;
};

/** A period a plan of a year and kind has, that has ended (from `endedPlanPeriods`). */
export type EndedPlanPeriod = { year: number; kind: 'semester' | 'year'; period: string };

/**
 * Ended periods of adopted plans with a quantitative indicator, of running cooperations, that have
 * no value (or "unknown") entered (IOP-7, AGR-5); with `managerId`, only that manager's
 * cooperations. Plans are walked in (year, id) order so that the limit stops the walk.
 */
export async function findUnmeasuredPlanPeriods(db: Db, ended: EndedPlanPeriod[], managerId?: string): Promise<UnmeasuredPeriodRow[]> {
  if (ended.length === 0) return [];
  const years = [...new Set(ended.map((e) => e.year))];
  // Everything walks the adopted plans by (year, id) and stops at the limit; one manager's list
  // starts from their cooperations and looks up each one's plans by key (OFFSET 0 keeps it so: joined
  // freely, the planner read all 60,000 plans into a hash for about 1,400).
  const plans = managerId
    ? sql`cooperation c CROSS JOIN LATERAL (SELECT x.id, x.year, x.period_kind FROM activity_plan x
          WHERE x.cooperation_id = c.id AND x.status = 'adopted' AND x.year = ANY(${years}::int[]) OFFSET 0) p`
    : sql`activity_plan p JOIN cooperation c ON c.id = p.cooperation_id`;
  const mine = managerId ? sql`AND c.responsible_manager_id = ${managerId}` : sql`AND p.status = 'adopted' AND p.year = ANY(${years}::int[])`;
  const result = await sql<UnmeasuredPeriodRow>`
    SELECT p.id AS plan_id, e.period, c.id AS cooperation_id, c.case_number, c.title AS cooperation_title,
           c.responsible_manager_id, u.name AS manager_name
    FROM ${plans}
    JOIN unnest(${ended.map((e) => e.year)}::int[], ${ended.map((e) => e.kind)}::text[], ${ended.map((e) => e.period)}::text[]) AS e (year, kind, period)
      ON e.year = p.year AND e.kind = p.period_kind
    LEFT JOIN app_user u ON u.id = c.responsible_manager_id
    WHERE c.status IN ('active', 'under_review') ${mine}
      AND EXISTS (SELECT 1 FROM plan_indicator i WHERE i.plan_id = p.id AND i.kind = 'quantitative')
      -- Nested, so that the sheet is found by plan and period together (as a join, the period was
      -- checked only after reading every sheet of the plan with its cells).
      AND NOT EXISTS (SELECT 1 FROM measurement_sheet s WHERE s.plan_id = p.id AND s.period = e.period
                      AND EXISTS (SELECT 1 FROM measurement_cell m WHERE m.sheet_id = s.id AND (m.value IS NOT NULL OR m.unknown)))
    ORDER BY p.year, p.id, e.period
    LIMIT ${LIMIT}`.execute(db);
  return result.rows;
}

/** A body that owes a follow-up record for a period. */
export type FollowUpOwedRow = { body_id: string; body_name: string; cooperation_id: string | null };

/**
 * Active bodies of `bodyType` that existed before the period ended and have no follow-up record of
 * `kind` for it (AGR-5); with `userId`, only bodies the user sits on or that govern a cooperation
 * the user manages.
 */
export function findBodiesOwingFollowUp(
  db: Db,
  owed: { bodyType: string; kind: string; period: string; periodEnd: string },
  userId?: string,
): Promise<FollowUpOwedRow[]> {
  let query = db
    .selectFrom('governance_body as b')
    .select([
      'b.id as body_id',
      'b.name as body_name',
      sql<string | null>`(SELECT l.cooperation_id FROM governance_body_cooperation l WHERE l.body_id = b.id ORDER BY l.cooperation_id LIMIT 1)`.as('cooperation_id'),
    ])
    .where('b.status', '=', 'active')
    .where('b.type', '=', owed.bodyType)
    .where(sql<boolean>`b.created_at < (${owed.periodEnd}::date + 1)`)
    .where(sql<boolean>`NOT EXISTS (SELECT 1 FROM follow_up_record r
      WHERE r.body_id = b.id AND r.kind = ${owed.kind} AND r.period = ${owed.period})`);
  if (userId) {
    query = query.where(sql<boolean>`(EXISTS (SELECT 1 FROM governance_member m WHERE m.body_id = b.id AND m.user_id = ${userId} AND m.active)
      OR EXISTS (SELECT 1 FROM governance_body_cooperation l JOIN cooperation c ON c.id = l.cooperation_id
                 WHERE l.body_id = b.id AND c.responsible_manager_id = ${userId}))`);
  }
  return query.orderBy(sql`lower(b.name)`).orderBy('b.id').limit(LIMIT).execute();
}

/** An open deviation still not handled after its limit. */
export type UnhandledDeviationRow = {
  id: string;
  description: string;
  reported_on: string;
  routed_user_id: string | null;
  routed_user_name: string | null;
  body_name: string | null;
};

/**
 * Deviations still only reported on or before `reportedBy` (AGR-4: past the limit for a decision);
 * with `userId`, only those routed to the user or to a body the user sits on.
 */
export function findUnhandledDeviations(db: Db, reportedBy: string, userId?: string): Promise<UnhandledDeviationRow[]> {
  let query = db
    .selectFrom('deviation as d')
    .leftJoin('app_user as u', 'u.id', 'd.routed_user_id')
    .leftJoin('governance_body as b', 'b.id', 'd.routed_body_id')
    .select(['d.id', 'd.description', 'd.reported_on', 'd.routed_user_id', 'u.name as routed_user_name', 'b.name as body_name'])
    .where('d.status', '=', 'reported')
    .where('d.reported_on', '<=', reportedBy);
  if (userId) {
    query = query.where(sql<boolean>`(d.routed_user_id = ${userId} OR EXISTS (SELECT 1 FROM governance_member m
      WHERE m.body_id = d.routed_body_id AND m.user_id = ${userId} AND m.active))`);
  }
  return query.orderBy('d.reported_on').orderBy('d.id').limit(LIMIT).execute();
}

/** An action on an open deviation, not done by its due date. */
export type OverdueActionRow = {
  id: string;
  text: string;
  due_date: string;
  deviation_id: string;
  owner_user_id: string;
  owner_name: string | null;
};

/**
 * Actions on deviations not closed, not done and due before `today` (AGR-4); with `userId`, only
 * the user's own.
 */
export function findOverdueDeviationActions(db: Db, today: string, userId?: string): Promise<OverdueActionRow[]> {
  let query = db
    .selectFrom('deviation_action as a')
    .innerJoin('deviation as d', 'd.id', 'a.deviation_id')
    .leftJoin('app_user as u', 'u.id', 'a.owner_user_id')
    .select(['a.id', 'a.text', 'a.due_date', 'a.deviation_id', 'a.owner_user_id', 'u.name as owner_name'])
    .where('a.done', '=', false)
    .where('a.due_date', '<', today)
    .where('d.status', '<>', 'closed');
  if (userId) query = query.where('a.owner_user_id', '=', userId);
  return query.orderBy('a.due_date').orderBy('a.id').limit(LIMIT).execute();
}
