import type { Db } from '../database';

/** Employers that are running members of Integrationspakten (EMP-1), by name. */
export function findRunningMemberEmployers(db: Db, limit: number) {
  return db
    .selectFrom('organisation as o')
    .select(['o.id', 'o.name'])
    .where('o.kind', '=', 'employer')
    .where('o.status', '=', 'active')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('cooperation_party as p')
          .innerJoin('cooperation as c', 'c.id', 'p.cooperation_id')
          .select('p.cooperation_id')
          .whereRef('p.organisation_id', '=', 'o.id')
          .where('c.form', '=', 'integration_pact_membership')
          .where('c.status', 'in', ['active', 'under_review']),
      ),
    )
    .orderBy('o.name')
    .limit(limit)
    .execute();
}

/** Whether any job partnership exists: the demo gives them only once. */
export async function hasJobPartnerships(db: Db): Promise<boolean> {
  return (await db.selectFrom('cooperation').select('id').where('form', '=', 'job_partnership').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Dates an employer's check of a control back, as if it had been made on that day: the demo records
 * checks through the services today, and an expired control needs a check from more than a year ago.
 */
export async function backdateControlCheck(db: Db, organisationId: string, controlCode: string, checkedOn: string, validUntil: string): Promise<void> {
  await db
    .updateTable('employer_control_check')
    .set({ checked_on: checkedOn, valid_until: validUntil })
    .where('organisation_id', '=', organisationId)
    .where('control_code', '=', controlCode)
    .execute();
}
