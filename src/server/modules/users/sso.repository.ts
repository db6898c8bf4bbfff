import type { Db } from '../../db/database';
import type { SsoIdentityRow, SsoPendingLoginRow, SsoRoleMappingRow } from '../../db/schema-sso';
import type { SsoRole } from '../../../shared/users/sso.rules';

/** Every group-to-role mapping, by group and role. */
export function findRoleMappings(db: Db): Promise<SsoRoleMappingRow[]> {
  return db.selectFrom('sso_role_mapping').selectAll().orderBy('claim_value').orderBy('role').limit(10_000).execute();
}

/** One mapping by id, if any. */
export function findRoleMapping(db: Db, id: string): Promise<SsoRoleMappingRow | undefined> {
  return db.selectFrom('sso_role_mapping').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores a mapping; undefined when the group already gives that role. */
export function insertRoleMapping(
  db: Db,
  mapping: { claimValue: string; role: SsoRole; createdBy: string | null },
): Promise<SsoRoleMappingRow | undefined> {
  return db
    .insertInto('sso_role_mapping')
    .values({ claim_value: mapping.claimValue, role: mapping.role, created_by: mapping.createdBy })
    .onConflict((oc) => oc.columns(['claim_value', 'role']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Removes a mapping. */
export async function deleteRoleMapping(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sso_role_mapping').where('id', '=', id).execute();
}

/** Stores a sign-in on its way through the provider. */
export async function insertPendingLogin(
  db: Db,
  pending: { stateHash: string; nonce: string; codeVerifier: string; returnTo: string; at: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sso_pending_login')
    .values({
      state_hash: pending.stateHash,
      nonce: pending.nonce,
      code_verifier: pending.codeVerifier,
      return_to: pending.returnTo,
      created_at: pending.at,
      expires_at: pending.expiresAt,
    })
    .execute();
}

/** Takes a pending sign-in by the hash of its state: removed as it is read, so it serves once; an expired one is none. */
export async function takePendingLogin(db: Db, stateHash: string, now: Date): Promise<SsoPendingLoginRow | undefined> {
  const row = await db.deleteFrom('sso_pending_login').where('state_hash', '=', stateHash).returningAll().executeTakeFirst();
  return row && row.expires_at > now ? row : undefined;
}

/** Removes pending sign-ins past their expiry. */
export async function deleteExpiredPendingLogins(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('sso_pending_login').where('expires_at', '<=', now).execute();
}

/** The account linked to the provider's issuer and subject, if any. */
export function findIdentity(db: Db, issuer: string, subject: string): Promise<SsoIdentityRow | undefined> {
  return db.selectFrom('sso_identity').selectAll().where('issuer', '=', issuer).where('subject', '=', subject).executeTakeFirst();
}

/** The provider identity an account is linked to, if any. */
export function findIdentityOfUser(db: Db, userId: string): Promise<SsoIdentityRow | undefined> {
  return db.selectFrom('sso_identity').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Links the provider's issuer and subject to an account. */
export async function insertIdentity(db: Db, identity: { issuer: string; subject: string; userId: string; at: Date }): Promise<void> {
  await db
    .insertInto('sso_identity')
    .values({ issuer: identity.issuer, subject: identity.subject, user_id: identity.userId, created_at: identity.at })
    .execute();
}

/** Records a sign-in through the provider, or that claims disabled the account (null clears it). */
export async function updateIdentity(
  db: Db,
  key: { issuer: string; subject: string },
  changes: { lastLoginAt?: Date; disabledByClaimsAt?: Date | null },
): Promise<void> {
  await db
    .updateTable('sso_identity')
    .set({
      ...(changes.lastLoginAt ? { last_login_at: changes.lastLoginAt } : {}),
      ...(changes.disabledByClaimsAt !== undefined ? { disabled_by_claims_at: changes.disabledByClaimsAt } : {}),
    })
    .where('issuer', '=', key.issuer)
    .where('subject', '=', key.subject)
    .execute();
}

/** Keeps the ID token a session began with (removed with the session). */
export async function insertSsoSession(db: Db, sessionIdHash: string, idToken: string): Promise<void> {
  await db.insertInto('sso_session').values({ session_id_hash: sessionIdHash, id_token: idToken }).execute();
}

/** The ID token a session began with, when it began with single sign-on. */
export async function findSsoSessionIdToken(db: Db, sessionIdHash: string): Promise<string | undefined> {
  const row = await db.selectFrom('sso_session').select('id_token').where('session_id_hash', '=', sessionIdHash).executeTakeFirst();
  return row?.id_token;
}

/** Whether the account is the break-glass account. */
export async function isBreakGlassAccount(db: Db, userId: string): Promise<boolean> {
  const row = await db.selectFrom('break_glass_account').select('user_id').where('user_id', '=', userId).executeTakeFirst();
  return row !== undefined;
}

/** Marks the break-glass account, unless one is marked already. */
export async function markBreakGlassAccount(db: Db, userId: string): Promise<void> {
  await db.insertInto('break_glass_account').values({ user_id: userId }).onConflict((oc) => oc.doNothing()).execute();
}
