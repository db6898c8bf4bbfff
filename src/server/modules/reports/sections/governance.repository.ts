import { sql } from 'kysely';
import { STEERING_GROUP_TYPES } from '../../../../shared/governance/governance.schemas';
import type { JudgedSemester } from '../../../../shared/reports/governance-report.rules';
import type { Db } from '../../../db/database';
import { countOverviewRows } from '../../cooperations/overview.repository';
import { type ReportScope, scopeIsFiltered } from '../report-section';
import { cooperationInScope } from '../report-scope.repository';

/** What the governance figures are judged on: the scope, today and the semesters to judge. */
export type GovernanceQuery = { scope: ReportScope; today: string; semesters: JudgedSemester[] };

/** The day an instant falls on in the instance's time zone. */
const localDayIn = (timeZone: string) => (column: string) => sql`(${sql.ref(column)} AT TIME ZONE ${timeZone})::date`;

/**
 * The bodies active in the period with their figures (IOP-6, AGR-3), as a common table expression
 * `figures`: meetings held (dated within the period and not after today — a meeting has no status,
 * so one dated later is only planned), joint decisions decided within the period, and the judged
 * semesters without a meeting for a body of per-semester cadence. A body is active in the period
 * when it was created by its last day and is active today, was last changed on or after its first
 * day (a body's closing is not dated; its last change is the latest it can have been closed), or
 * met within it. With a filter, a body counts when it governs a cooperation in scope.
 */
function withFigures(q: GovernanceQuery) {
  const { from, to } = q.scope;
  const localDay = localDayIn(q.scope.timeZone);
  const heldTo = to < q.today ? to : q.today;
  const governsInScope = scopeIsFiltered(q.scope)
    ? sql<boolean>`EXISTS (SELECT 1 FROM governance_body_cooperation l JOIN cooperation ON cooperation.id = l.cooperation_id
                           WHERE l.body_id = b.id AND ${cooperationInScope(q.scope)})`
    : sql<boolean>`TRUE`;
  const starts = q.semesters.map((s) => s.start);
  const ends = q.semesters.map((s) => s.end);
  return sql`
    WITH body AS (
      SELECT b.id, b.type, b.name, b.cadence, b.status, ${localDay('b.updated_at')} AS changed_on, ${localDay('b.created_at')} AS created_on
      FROM governance_body b
      WHERE ${localDay('b.created_at')} <= ${to}::date
        AND (b.status = 'active' OR ${localDay('b.updated_at')} >= ${from}::date
             OR EXISTS (SELECT 1 FROM governance_meeting m WHERE m.body_id = b.id AND m.meeting_date BETWEEN ${from}::date AND ${heldTo}::date))
        AND ${governsInScope}
    ),
    held AS (
      SELECT m.body_id, count(*)::int AS n FROM governance_meeting m JOIN body ON body.id = m.body_id
      WHERE m.meeting_date BETWEEN ${from}::date AND ${heldTo}::date GROUP BY m.body_id
    ),
    decided AS (
      SELECT d.body_id, count(*)::int AS n FROM governance_decision d JOIN body ON body.id = d.body_id
      WHERE d.status = 'decided' AND ${localDay('d.decided_at')} BETWEEN ${from}::date AND ${to}::date GROUP BY d.body_id
    ),
    missed AS (
      -- A closed body is judged only for semesters that ended before its last change, when it was surely still open.
      SELECT body.id AS body_id, count(*)::int AS n
      FROM body CROSS JOIN unnest(${starts}::date[], ${ends}::date[]) AS s (start_on, end_on)
      WHERE body.cadence = 'per_semester' AND body.created_on <= s.end_on
        AND (body.status = 'active' OR body.changed_on > s.end_on)
        AND NOT EXISTS (SELECT 1 FROM governance_meeting m WHERE m.body_id = body.id AND m.meeting_date BETWEEN s.start_on AND s.end_on)
      GROUP BY body.id
    ),
    figures AS (
      SELECT body.id, body.type, body.name, body.cadence,
             coalesce(held.n, 0) AS held, coalesce(decided.n, 0) AS decided, coalesce(missed.n, 0) AS missed
      FROM body LEFT JOIN held ON held.body_id = body.id LEFT JOIN decided ON decided.body_id = body.id LEFT JOIN missed ON missed.body_id = body.id
    )`;
}

/** Per type of body: bodies active in the period, meetings held, joint decisions, and bodies that missed a semester (IOP-6, AGR-3). */
export type GovernanceTypeRow = { type: string; bodies: number; held: number; decided: number; per_semester: number; missed_bodies: number };

/** The governance figures by type of body, in one statement. */
export async function governanceByType(db: Db, q: GovernanceQuery): Promise<GovernanceTypeRow[]> {
  const result = await sql<GovernanceTypeRow>`${withFigures(q)}
    SELECT type, count(*)::int AS bodies, sum(held)::int AS held, sum(decided)::int AS decided,
           count(*) FILTER (WHERE cadence = 'per_semester')::int AS per_semester,
           count(*) FILTER (WHERE missed > 0)::int AS missed_bodies
    FROM figures GROUP BY type`.execute(db);
  return result.rows;
}

/** One steering group active in the period with its figures. */
export type SteeringGroupRow = { id: string; type: string; name: string; cadence: string; held: number; decided: number; missed: number };

/** The steering groups active in the period, by name, with their meetings held, joint decisions and missed semesters (IOP-6). */
export async function steeringGroups(db: Db, q: GovernanceQuery): Promise<SteeringGroupRow[]> {
  const result = await sql<SteeringGroupRow>`${withFigures(q)}
    SELECT id, type, name, cadence, held, decided, missed FROM figures
    WHERE type = ANY(${[...STEERING_GROUP_TYPES]}::text[])
    ORDER BY lower(name), id`.execute(db);
  return result.rows;
}

/**
 * Cooperations in force in the period, under the report's filters, whose active steering group has
 * not met so far this semester (IOP-6), counted by the register's list itself (`periodEvent=running`
 * with `steeringGroupFlag=true`), so the figure and the list behind it cannot disagree.
 */
export function cooperationsFlaggedToday(db: Db, scope: ReportScope, today: string): Promise<number> {
  return countOverviewRows(
    db,
    {
      periodEvent: 'running',
      periodFrom: scope.from,
      periodTo: scope.to,
      areaCodes: scope.areaCodes,
      unitCode: scope.unitCode,
      form: scope.forms,
      steeringGroupFlag: true,
      today,
    },
    Number.MAX_SAFE_INTEGER - 1,
  );
}
