import { sql } from 'kysely';
import type { UserQuery } from '../../../shared/users/user.schemas';
import type { Db } from '../../db/database';
import type { Role } from '../../../shared/users/roles';
import type { AppUserRow, AppUserUpdate, NewAppUser } from '../../db/schema';

/** The user with this id, if any. */
export function findUserById(db: Db, id: string): Promise<AppUserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The user with this e-mail address (case-insensitive), if any. */
export function findUserByEmail(db: Db, email: string): Promise<AppUserRow | undefined> {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

/** Inserts a user and returns the stored row. */
export function insertUser(db: Db, user: NewAppUser): Promise<AppUserRow> {
  return db.insertInto('app_user').values(user).returningAll().executeTakeFirstOrThrow();
}

/**
 * Updates a user only if its version still matches, bumping the version; returns undefined when
 * someone else changed it first.
 */
export function updateUserIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: AppUserUpdate,
): Promise<AppUserRow | undefined> {
  return db
    .updateTable('app_user')
    .set({ ...changes, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Records a successful login time without changing the record's version. */
export async function touchLastLogin(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable('app_user').set({ last_login_at: at }).where('id', '=', id).execute();
}

function filtered(db: Db, q: UserQuery) {
  let query = db.selectFrom('app_user');
  if (q.q) {
    const pattern = `%${q.q.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([eb(sql`lower(name)`, 'like', pattern), eb(sql`lower(email)`, 'like', pattern)]),
    );
  }
  if (q.role) query = query.where(sql<boolean>`${q.role} = ANY(roles)`);
  if (q.status) query = query.where('status', '=', q.status);
  return query;
}

/** A user of the administrators' list with what decides how it signs in, fetched with it. */
export type UserListRow = AppUserRow & {
  organisation_id: string | null;
  has_sso_identity: boolean;
  is_break_glass: boolean;
  two_factor_status: 'pending' | 'enrolled' | null;
};

/**
 * Users matching a filter, by name, starting after the cursor's (name, id); one extra row. Each
 * row carries its partner organisation, whether it has a single sign-on identity, whether it is
 * the break-glass account and its second factor's status, in the same query (no query per row).
 */
export function findUsers(db: Db, q: UserQuery, after: [string, string] | undefined): Promise<UserListRow[]> {
  let query = filtered(db, q)
    .selectAll('app_user')
    .select((eb) => [
      eb.selectFrom('partner_account').select('organisation_id').whereRef('partner_account.user_id', '=', 'app_user.id').as('organisation_id'),
      eb.exists(eb.selectFrom('sso_identity').select('user_id').whereRef('sso_identity.user_id', '=', 'app_user.id')).as('has_sso_identity'),
      eb
        .exists(eb.selectFrom('break_glass_account').select('user_id').whereRef('break_glass_account.user_id', '=', 'app_user.id'))
        .as('is_break_glass'),
      eb.selectFrom('user_two_factor').select('status').whereRef('user_two_factor.user_id', '=', 'app_user.id').as('two_factor_status'),
    ]);
  if (after) query = query.where(sql<boolean>`(lower(name), id) > (${after[0]}, ${after[1]}::uuid)`);
  return query.orderBy(sql`lower(name)`).orderBy('id').limit(q.limit + 1).execute() as Promise<UserListRow[]>;
}

/** How many users match a filter. */
export async function countUsers(db: Db, q: UserQuery): Promise<number> {
  const row = await filtered(db, q).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many users exist at all (the first run creates an administrator when none do). */
export async function countAllUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('app_user').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Active users holding a role, by name (ids and names only). */
export function findActiveUsersWithRole(db: Db, role: Role): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('app_user')
    .select(['id', 'name'])
    .where('status', '=', 'active')
    .where(sql<boolean>`${role} = ANY(roles)`)
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .limit(1_000)
    .execute();
}

/** Whether the register holds an organisation with this id (a partner account is linked to one). */
export async function organisationExists(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('organisation').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** The organisations the given partner accounts speak for, by user id. */
export async function findPartnerOrganisationIds(db: Db, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.selectFrom('partner_account').select(['user_id', 'organisation_id']).where('user_id', 'in', userIds).execute();
  return new Map(rows.map((r) => [r.user_id, r.organisation_id]));
}

/** Links a partner account to the organisation it speaks for, or removes the link (null). */
export async function setPartnerOrganisation(db: Db, userId: string, organisationId: string | null): Promise<void> {
  if (organisationId === null) {
    await db.deleteFrom('partner_account').where('user_id', '=', userId).execute();
    return;
  }
  await db
    .insertInto('partner_account')
    .values({ user_id: userId, organisation_id: organisationId })
    // A contact moved to another organisation is not that one's contact (issue 15): staff appoint contacts.
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        organisation_id: organisationId,
        is_contact: sql<boolean>`partner_account.is_contact AND partner_account.organisation_id = excluded.organisation_id`,
      }),
    )
    .execute();
}
