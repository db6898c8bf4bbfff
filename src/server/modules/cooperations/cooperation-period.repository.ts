import { sql } from 'kysely';
import type { CooperationPeriodEvent } from '../../../shared/cooperations/cooperation.schemas';

/**
 * True for a cooperation (table alias `cooperation`) that did `event` within `from`–`to`, by the
 * lifecycle days of migration 0036; one never active (ended in preparation) did none of them. One definition for the committee's report and the register's
 * list, so that a figure in the report and the list behind it always agree (OVR-2, issue 13 pt 7):
 *
 * - `running`: active at some day of the period — activated on or before its last day and not ended
 *   before its first;
 * - `started`: became active within the period (new);
 * - `ended`: ended within the period, whatever the way (a decision, a term run out, a termination);
 * - `terminated`: ended within the period by a termination (notice or rescission) that took effect.
 */
export function cooperationDidInPeriod(event: CooperationPeriodEvent, from: string, to: string) {
  switch (event) {
    case 'running':
      return sql<boolean>`(cooperation.activated_on <= ${to}::date AND (cooperation.ended_on IS NULL OR cooperation.ended_on >= ${from}::date))`;
    case 'started':
      return sql<boolean>`(cooperation.activated_on BETWEEN ${from}::date AND ${to}::date)`;
    case 'ended':
      return sql<boolean>`(cooperation.status = 'ended' AND cooperation.activated_on IS NOT NULL AND cooperation.ended_on BETWEEN ${from}::date AND ${to}::date)`;
    case 'terminated':
      return sql<boolean>`(cooperation.status = 'ended' AND cooperation.activated_on IS NOT NULL AND cooperation.ended_on BETWEEN ${from}::date AND ${to}::date
        AND EXISTS (SELECT 1 FROM cooperation_termination t
                    WHERE t.cooperation_id = cooperation.id AND t.effected_at IS NOT NULL AND t.withdrawn_at IS NULL))`;
  }
}
