import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { AnnualReviewOutcome, AnnualReviewRow, AnnualReviewTrigger } from '../../db/schema-lifecycle';

/** A review with its manager's name and the date of the review-group meeting it was consulted at. */
export type AnnualReviewWithNames = AnnualReviewRow & { manager_name: string | null; meeting_date: string | null };

/** An agreement as the yearly review reads it: its current term and its cooperation. */
export type ReviewedAgreement = {
  id: string;
  title: string;
  status: string;
  cooperation_id: string;
  cooperation_status: string;
  case_number: string;
  cooperation_title: string;
  responsible_manager_id: string | null;
  manager_name: string | null;
  start_date: string | null;
  end_date: string | null;
  reviewed_years: number[];
};

function reviewedAgreements(db: Db) {
  return db
    .selectFrom('agreement as a')
    .innerJoin('agreement_version as v', (j) => j.onRef('v.agreement_id', '=', 'a.id').onRef('v.number', '=', 'a.current_version'))
    .innerJoin('cooperation as c', 'c.id', 'a.cooperation_id')
    .leftJoin('app_user as u', 'u.id', 'c.responsible_manager_id')
    .select([
      'a.id',
      'a.title',
      'a.status',
      'a.cooperation_id',
      'c.status as cooperation_status',
      'c.case_number',
      'c.title as cooperation_title',
      'c.responsible_manager_id',
      'u.name as manager_name',
      'v.start_date',
      'v.end_date',
      sql<number[]>`coalesce((SELECT array_agg(DISTINCT r.review_year) FROM annual_review r WHERE r.agreement_id = a.id), '{}')`.as('reviewed_years'),
    ]);
}

/** One agreement with its current term, cooperation and reviewed years. */
export function findReviewedAgreement(db: Db, id: string): Promise<ReviewedAgreement | undefined> {
  return reviewedAgreements(db).where('a.id', '=', id).executeTakeFirst();
}

/**
 * The agreements that may owe a yearly review: signed, of a running cooperation (active or under
 * review), optionally only those of one responsible manager.
 */
export function findAgreementsInForce(db: Db, managerId?: string): Promise<ReviewedAgreement[]> {
  let query = reviewedAgreements(db).where('a.status', '=', 'signed').where('c.status', 'in', ['active', 'under_review']);
  if (managerId) query = query.where('c.responsible_manager_id', '=', managerId);
  return query.execute();
}

/**
 * The agreements in force whose yearly review is on the worklist on `today` (IOP-8: due within
 * `dueSoonDays` or overdue, and the agreement still runs on the day it is due), the longest
 * unreviewed first, at most `limit`; optionally only one responsible manager's. Walks the
 * agreements by the stored day their first unreviewed year falls due (migration 0033) and stops
 * at the limit. The review due is that day or, when years were missed, the latest anniversary
 * passed, whichever is later (`annualReviewDue` works the same out from the rows).
 */
export function findAgreementsDueForReview(
  db: Db,
  q: { today: string; horizon: string; limit: number; managerId?: string | undefined },
): Promise<ReviewedAgreement[]> {
  const year = Number(q.today.slice(0, 4));
  const anniversary = (y: number) => sql`(v.start_date + make_interval(years => ${y}::int - extract(year FROM v.start_date)::int))::date`;
  const latestPassed = sql`CASE WHEN ${anniversary(year)} <= ${q.today}::date THEN ${anniversary(year)} ELSE ${anniversary(year - 1)} END`;
  let query = reviewedAgreements(db)
    .where('a.status', '=', 'signed')
    .where('c.status', 'in', ['active', 'under_review'])
    .where('a.review_due_from', '<=', q.horizon)
    .where(sql<boolean>`(v.end_date IS NULL OR v.end_date >= greatest(a.review_due_from, ${latestPassed}))`);
  if (q.managerId) query = query.where('c.responsible_manager_id', '=', q.managerId);
  return query.orderBy('a.review_due_from').orderBy('a.id').limit(q.limit).execute();
}

/** The reviews of an agreement, newest first. */
export function findAnnualReviews(db: Db, agreementId: string): Promise<AnnualReviewWithNames[]> {
  return db
    .selectFrom('annual_review as r')
    .leftJoin('app_user as u', 'u.id', 'r.responsible_manager_id')
    .leftJoin('review_meeting as m', 'm.id', 'r.review_meeting_id')
    .selectAll('r')
    .select(['u.name as manager_name', 'm.meeting_date'])
    .where('r.agreement_id', '=', agreementId)
    .orderBy('r.review_year', 'desc')
    .orderBy('r.reviewed_on', 'desc')
    .orderBy('r.created_at', 'desc')
    .execute();
}

/** Whether a review-group meeting exists. */
export async function reviewMeetingExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('review_meeting').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Inserts a review and returns its id. */
export async function insertAnnualReview(
  db: Db,
  values: {
    agreementId: string;
    reviewYear: number;
    trigger: AnnualReviewTrigger;
    reviewedOn: string;
    responsibleManagerId: string;
    reviewGroupConsultedOn: string;
    reviewMeetingId: string | null;
    outcome: AnnualReviewOutcome;
    reasons: string;
    createdBy: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('annual_review')
    .values({
      agreement_id: values.agreementId,
      review_year: values.reviewYear,
      trigger: values.trigger,
      reviewed_on: values.reviewedOn,
      responsible_manager_id: values.responsibleManagerId,
      review_group_consulted_on: values.reviewGroupConsultedOn,
      review_meeting_id: values.reviewMeetingId,
      outcome: values.outcome,
      reasons: values.reasons,
      created_by: values.createdBy,
      created_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
