import { sql } from 'kysely';
import type { Db } from '../../../db/database';
import type { ReportScope } from '../report-section';
import { cooperationInScope } from '../report-scope.repository';

/** Offers of a kind whose period overlaps the report's, with their places. */
export type OfferKindRow = { kind: string; offers: number; places: number };

/** The offers of job partnerships in scope whose period overlaps the report's, per kind (EMP-4). */
export async function offersByKind(db: Db, scope: ReportScope): Promise<OfferKindRow[]> {
  const result = await sql<OfferKindRow>`
    SELECT o.kind, count(*)::int AS offers, coalesce(sum(o.places), 0)::int AS places
    FROM employer_offer o
    JOIN cooperation ON cooperation.id = o.cooperation_id
    WHERE o.start_date <= ${scope.to}::date AND (o.end_date IS NULL OR o.end_date >= ${scope.from}::date)
      AND ${cooperationInScope(scope)}
    GROUP BY o.kind`.execute(db);
  return result.rows;
}

/** One summed outcome cell: per kind of offer, measure and breakdown (null dimension: the total). */
export type OutcomeSumRow = { kind: string; measure: 'started' | 'employed'; dimension: 'gender' | 'target_group' | null; category: string | null; value: number };

/**
 * The current outcomes of offers in scope for the half-years given, summed per kind of offer,
 * measure and breakdown (EMP-4); superseded recordings do not count.
 */
export async function outcomeSums(db: Db, scope: ReportScope, periods: readonly string[]): Promise<OutcomeSumRow[]> {
  if (periods.length === 0) return [];
  const result = await sql<OutcomeSumRow>`
    SELECT o.kind, c.measure, c.dimension, c.category, sum(c.value)::int AS value
    FROM employer_offer_outcome r
    JOIN employer_offer_outcome_cell c ON c.outcome_id = r.id
    JOIN employer_offer o ON o.id = r.offer_id
    JOIN cooperation ON cooperation.id = o.cooperation_id
    WHERE r.superseded_at IS NULL AND r.period = ANY(${[...periods]}::text[]) AND ${cooperationInScope(scope)}
    GROUP BY o.kind, c.measure, c.dimension, c.category`.execute(db);
  return result.rows;
}

/** Job tracks running in the period: with and without Arbetsförmedlingen, and all of them (with_af null). */
export type JobTrackCountRow = { with_af: boolean | null; tracks: number; places: number; employers: number };

/**
 * Job tracks that ran during the period (EMP-4): started, with dates overlapping the period and
 * not ended before it, split by whether they are run with Arbetsförmedlingen; with a unit filter,
 * the track's receiving unit. Employers are counted once per group; the row without `with_af`
 * holds all the tracks, an employer in both groups counted once.
 */
export async function jobTracksRunning(db: Db, scope: ReportScope): Promise<JobTrackCountRow[]> {
  const unit = scope.unitCode ? sql<boolean>`t.unit_code = ${scope.unitCode}` : sql<boolean>`TRUE`;
  const result = await sql<JobTrackCountRow>`
    WITH running AS (
      SELECT t.id, t.with_af, t.places FROM job_track t
      WHERE t.status <> 'planned' AND t.start_date <= ${scope.to}::date AND t.end_date >= ${scope.from}::date
        AND (t.ended_at IS NULL OR (t.ended_at AT TIME ZONE ${scope.timeZone})::date >= ${scope.from}::date)
        AND ${unit}
    )
    SELECT r.with_af, count(*)::int AS tracks, coalesce(sum(r.places), 0)::int AS places,
           (SELECT count(DISTINCT e.organisation_id) FROM job_track_employer e JOIN running x ON x.id = e.job_track_id
             WHERE e.removed_at IS NULL AND x.with_af = r.with_af)::int AS employers
    FROM running r
    GROUP BY r.with_af
    UNION ALL
    SELECT NULL, count(DISTINCT r.id)::int, coalesce(sum(r.places), 0)::int,
           (SELECT count(DISTINCT e.organisation_id) FROM job_track_employer e JOIN running x ON x.id = e.job_track_id WHERE e.removed_at IS NULL)::int
    FROM running r`.execute(db);
  return result.rows;
}
