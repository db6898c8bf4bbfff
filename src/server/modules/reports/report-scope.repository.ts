import { sql } from 'kysely';
import type { ReportScope } from './report-section';

/**
 * The report's filters (area with sub-areas, unit, forms) as a predicate on a cooperation (table
 * alias `cooperation`), the same conditions as the register's list (`overview.repository`), so a
 * figure and its list agree (issue 13, point 7). Without filters it is true.
 */
export function cooperationInScope(scope: ReportScope) {
  const parts = [sql<boolean>`TRUE`];
  if (scope.areaCodes) parts.push(sql<boolean>`cooperation.areas && ${scope.areaCodes}::text[]`);
  if (scope.unitCode) parts.push(sql<boolean>`cooperation.unit_code = ${scope.unitCode}`);
  if (scope.forms && scope.forms.length > 0) parts.push(sql<boolean>`cooperation.form = ANY(${scope.forms}::text[])`);
  return sql<boolean>`(${sql.join(parts, sql` AND `)})`;
}
