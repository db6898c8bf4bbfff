import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import * as m0001 from './migrations/0001-platform';
import * as m0002 from './migrations/0002-files';
import * as m0003 from './migrations/0003-organisations';
import * as m0004 from './migrations/0004-cooperations';
import * as m0005 from './migrations/0005-organisation-search';
import * as m0007 from './migrations/0007-review-follow-up';
import * as m0008 from './migrations/0008-governance';
import * as m0009 from './migrations/0009-public-iop';
import * as m0010 from './migrations/0010-agreements';
import * as m0011 from './migrations/0011-agreement-lifecycle';
import * as m0012 from './migrations/0012-governance-structure';
import * as m0013 from './migrations/0013-registry-and-initiative-numbers';
import * as m0015 from './migrations/0015-decision-parties';
import * as m0016 from './migrations/0016-login-limits';
import * as m0017 from './migrations/0017-list-indexes';
import * as m0018 from './migrations/0018-democracy-preparation';
import * as m0019 from './migrations/0019-activity-plans';
import * as m0021 from './migrations/0021-measurements';
import * as m0022 from './migrations/0022-follow-ups';
import * as m0023 from './migrations/0023-economy';
import * as m0024 from './migrations/0024-vida-payouts';
import * as m0025 from './migrations/0025-partner-reports';
import * as m0026 from './migrations/0026-deviations';
import * as m0027 from './migrations/0027-mail-outbox';
import * as m0028 from './migrations/0028-notifications';
import * as m0029 from './migrations/0029-questions-and-spread';
import * as m0030 from './migrations/0030-newsletter';
import * as m0032 from './migrations/0032-work-queue-indexes';
import * as m0033 from './migrations/0033-work-queue-due-dates';
import * as m0034 from './migrations/0034-governance-hierarchy-index';
import * as m0035 from './migrations/0035-district-history';
import * as m0036 from './migrations/0036-cooperation-lifecycle-dates';
import * as m0037 from './migrations/0037-employer-controls';
import * as m0038 from './migrations/0038-employer-control-checks';
import * as m0040 from './migrations/0040-employer-offers';
import * as m0044 from './migrations/0044-partner-document-submissions';
import * as m0045 from './migrations/0045-file-blobs';
import * as m0039 from './migrations/0039-employer-membership';
import * as m0041 from './migrations/0041-single-sign-on';
import * as m0042 from './migrations/0042-two-factor-and-sessions';
import * as m0043 from './migrations/0043-partner-invitations';

/**
 * Migrations in order; listed statically so bundlers and test runners need no file-system scan.
 * The numbers 0006 and 0014 were never used; new migrations continue after the highest landed number.
 */
const migrations: Record<string, Migration> = {
  '0001-platform': m0001,
  '0002-files': m0002,
  '0003-organisations': m0003,
  '0004-cooperations': m0004,
  '0005-organisation-search': m0005,
  '0007-review-follow-up': m0007,
  '0008-governance': m0008,
  '0009-public-iop': m0009,
  '0010-agreements': m0010,
  '0011-agreement-lifecycle': m0011,
  '0012-governance-structure': m0012,
  '0013-registry-and-initiative-numbers': m0013,
  '0015-decision-parties': m0015,
  '0016-login-limits': m0016,
  '0017-list-indexes': m0017,
  '0018-democracy-preparation': m0018,
  '0019-activity-plans': m0019,
  '0021-measurements': m0021,
  '0022-follow-ups': m0022,
  '0023-economy': m0023,
  '0024-vida-payouts': m0024,
  '0025-partner-reports': m0025,
  '0026-deviations': m0026,
  '0027-mail-outbox': m0027,
  '0028-notifications': m0028,
  '0029-questions-and-spread': m0029,
  '0030-newsletter': m0030,
  '0032-work-queue-indexes': m0032,
  '0033-work-queue-due-dates': m0033,
  '0034-governance-hierarchy-index': m0034,
  '0035-district-history': m0035,
  '0036-cooperation-lifecycle-dates': m0036,
  '0037-employer-controls': m0037,
  '0038-employer-control-checks': m0038,
  '0040-employer-offers': m0040,
  '0039-employer-membership': m0039,
  '0041-single-sign-on': m0041,
  '0042-two-factor-and-sessions': m0042,
  '0043-partner-invitations': m0043,
  '0044-partner-document-submissions': m0044,
  '0045-file-blobs': m0045,
};

/** The names of every migration this build knows, in order (readiness compares them with the database's). */
export function knownMigrationNames(): string[] {
  return Object.keys(migrations);
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
/**
 * The key of the session advisory lock every process takes before it migrates (decision 023); any
 * constant will do as long as nothing else in the database uses it. Kysely's own is another number.
 */
export const MIGRATION_ADVISORY_LOCK_KEY = 7_301_612_110_016_023n;

async function runMigrator(db: Kysely<any>, disableTransactions: boolean): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider, disableTransactions }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Brings the database to the latest schema; throws with the failing migration's name. The whole
 * run, including the creation of Kysely's own bookkeeping tables on a fresh database (which
 * Kysely does before its lock), holds one PostgreSQL session advisory lock on one connection:
 * processes that start together migrate once, and the others wait, then find nothing to do.
 * With `inCallersTransaction` the migrations open no transaction of their own, so a caller that
 * has begun one on a single connection (the move to PostgreSQL, into a target it alone uses)
 * commits or undoes them with its work.
 */
export async function migrateToLatest(db: Kysely<any>, options: { inCallersTransaction?: boolean } = {}): Promise<string[]> {
  if (options.inCallersTransaction) return runMigrator(db, true);
  // Lock and unlock must be on the same session: a pool would hand out any connection.
  return db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${sql.lit(MIGRATION_ADVISORY_LOCK_KEY)})`.execute(conn);
    try {
      return await runMigrator(conn, false);
    } finally {
      // A connection lost meanwhile took the lock with it; that must not hide the first error.
      await sql`SELECT pg_advisory_unlock(${sql.lit(MIGRATION_ADVISORY_LOCK_KEY)})`.execute(conn).catch(() => undefined);
    }
  });
}

/** Brings the database up to and including the named migration (for tests of a migration's data changes). */
export async function migrateUpTo(db: Kysely<any>, name: string): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateTo(name);
  if (error) throw new Error(`Migration to ${name} failed: ${String(error)}`, { cause: error });
}
