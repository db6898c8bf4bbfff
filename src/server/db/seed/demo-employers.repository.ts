import { sql } from 'kysely';
import type { Db } from '../database';

/** Whether any application for Integrationspakten exists (the demo employers are then loaded already). */
export async function hasMembershipApplications(db: Db): Promise<boolean> {
  return (await db.selectFrom('integration_pact_application').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** An employer of the register by name, with its version (the demo links its applications to it). */
export function findDemoEmployer(db: Db, name: string): Promise<{ id: string; org_number: string | null; version: number } | undefined> {
  return db.selectFrom('organisation').select(['id', 'org_number', 'version']).where('kind', '=', 'employer').where('name', '=', name).executeTakeFirst();
}

/**
 * Dates a demo membership as its history has it: the services approve it today, so the trigger
 * gives `activated_on` (member since) today; a demo member joined on its own day, and an ended one
 * left on its day (migration 0036).
 */
export async function backdateDemoMembership(db: Db, cooperationId: string, memberSince: string, endedOn: string | null): Promise<void> {
  await db
    .updateTable('cooperation')
    .set({ activated_on: memberSince, start_date: memberSince, ...(endedOn ? { ended_on: endedOn, end_date: endedOn } : {}) })
    .where('id', '=', cooperationId)
    .execute();
  await sql`UPDATE integration_pact_application SET created_at = ${memberSince}::date - 21, decided_at = ${memberSince}::date, checked_at = ${memberSince}::date - 7
    WHERE cooperation_id = ${cooperationId}`.execute(db);
}
