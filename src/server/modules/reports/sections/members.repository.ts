import { sql } from 'kysely';
import type { Db } from '../../../db/database';
import type { ReportScope } from '../report-section';
import { cooperationInScope } from '../report-scope.repository';

/** Integrationspakten's memberships per employer type (null: no type recorded): members at the period's end, new and ended within it. */
export type MemberCounts = { employer_type: string | null; at_end: number; started: number; ended: number };

/**
 * Counts the memberships of Integrationspakten (EMP-1) by the employer's type: a member at the
 * period's end became active on or before its last day and had not ended by then; a new member
 * became active within the period; an ended membership ended within it (migration 0036's days).
 */
export async function memberCountsByType(db: Db, scope: ReportScope): Promise<MemberCounts[]> {
  const { from, to } = scope;
  const result = await sql<MemberCounts>`
    SELECT ep.employer_type,
      count(*) FILTER (WHERE cooperation.activated_on <= ${to} AND (cooperation.ended_on IS NULL OR cooperation.ended_on > ${to}))::int AS at_end,
      count(*) FILTER (WHERE cooperation.activated_on BETWEEN ${from} AND ${to})::int AS started,
      count(*) FILTER (WHERE cooperation.ended_on BETWEEN ${from} AND ${to})::int AS ended
    FROM cooperation
    JOIN cooperation_party p ON p.cooperation_id = cooperation.id
    JOIN organisation o ON o.id = p.organisation_id AND o.kind = 'employer'
    LEFT JOIN employer_profile ep ON ep.organisation_id = o.id
    WHERE cooperation.form = 'integration_pact_membership' AND cooperation.activated_on IS NOT NULL AND ${cooperationInScope(scope)}
    GROUP BY ep.employer_type`.execute(db);
  return result.rows;
}

/** The memberships that ended within the period, with the employer and the reason. */
export async function findEndedMemberships(db: Db, scope: ReportScope): Promise<{ name: string; case_number: string; ended_on: string; ended_reason: string | null }[]> {
  const { from, to } = scope;
  const result = await sql<{ name: string; case_number: string; ended_on: string; ended_reason: string | null }>`
    SELECT o.name, cooperation.case_number, cooperation.ended_on, cooperation.ended_reason
    FROM cooperation
    JOIN cooperation_party p ON p.cooperation_id = cooperation.id
    JOIN organisation o ON o.id = p.organisation_id AND o.kind = 'employer'
    WHERE cooperation.form = 'integration_pact_membership' AND cooperation.ended_on BETWEEN ${from} AND ${to} AND ${cooperationInScope(scope)}
    ORDER BY cooperation.ended_on, o.name`.execute(db);
  return result.rows;
}
