import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** Runs a trivial query; throws when the database does not answer. */
export async function checkDatabase(db: Db): Promise<void> {
  await sql`SELECT 1`.execute(db);
}
