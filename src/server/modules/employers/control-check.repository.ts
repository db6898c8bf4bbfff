import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { isoTimestamp } from '../../db/iso-timestamp';

/**
 * The checks that count for each of the employers (EMP-2, EMP-3): every check recorded after the
 * employer's latest reset (an immediate termination), oldest first. Employers without checks are
 * absent from the result.
 */
export async function findCountingChecks(db: Db, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('employer_control_check as c')
    .select([
      'c.id',
      'c.organisation_id',
      'c.programme_code',
      'c.control_code',
      'c.result',
      'c.collective_agreement',
      'c.evidence_reference',
      'c.evidence_file_id',
      'c.note',
      'c.checked_on',
      'c.valid_until',
      'c.checked_by',
      isoTimestamp('c.recorded_at').as('recorded_at'),
    ])
    .where('c.organisation_id', 'in', [...organisationIds])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('employer_control_reset as r')
            .select(sql`1`.as('one'))
            .whereRef('r.organisation_id', '=', 'c.organisation_id')
            .whereRef('r.reset_at', '>=', 'c.recorded_at'),
        ),
      ),
    )
    .orderBy('c.checked_on')
    .orderBy('c.recorded_at')
    .execute();
}
