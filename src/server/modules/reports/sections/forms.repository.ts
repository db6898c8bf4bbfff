import { sql } from 'kysely';
import { cooperationDidInPeriod } from '../../cooperations/cooperation-period.repository';
import { cooperationInScope } from '../report-scope.repository';
import type { Db } from '../../../db/database';
import type { ReportScope } from '../report-section';

/** Running, new, ended and terminated cooperations per form within the period, in one statement. */
export async function countsByForm(db: Db, scope: ReportScope) {
  const { from, to } = scope;
  return db
    .selectFrom('cooperation')
    .select([
      'cooperation.form',
      sql<number>`count(*)::int`.as('running'),
      sql<number>`count(*) FILTER (WHERE ${cooperationDidInPeriod('started', from, to)})::int`.as('started'),
      sql<number>`count(*) FILTER (WHERE ${cooperationDidInPeriod('ended', from, to)})::int`.as('ended'),
      sql<number>`count(*) FILTER (WHERE ${cooperationDidInPeriod('terminated', from, to)})::int`.as('terminated'),
    ])
    .where(cooperationInScope(scope))
    .where(cooperationDidInPeriod('running', from, to))
    .groupBy('cooperation.form')
    .execute();
}
