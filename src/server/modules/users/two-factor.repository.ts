import type { Db } from '../../db/database';
import type { LoginChallengeRow, UserTwoFactorRow } from '../../db/schema-two-factor';

/** The internal setting holding the database's own key for sealing secrets when SECRET_ENCRYPTION_KEY is not set. */
const SEALING_KEY_SETTING = 'two_factor.sealing_key';

/**
 * The database's key for sealing secrets (base64), created on first use like the rate-limit
 * hash key; a concurrent first use by another process keeps whichever key was stored first.
 */
export async function findOrCreateSealingKey(db: Db, candidate: string): Promise<string> {
  await db
    .insertInto('setting')
    .values({ key: SEALING_KEY_SETTING, value: JSON.stringify(candidate), updated_at: new Date() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('setting').select('value').where('key', '=', SEALING_KEY_SETTING).executeTakeFirstOrThrow();
  return String(row.value);
}

/** A user's second factor, if one was started. */
export async function findTwoFactor(db: Db, userId: string): Promise<UserTwoFactorRow | undefined> {
  return db.selectFrom('user_two_factor').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** A user's second factor, locked until the transaction ends (codes are checked one at a time). */
export async function findTwoFactorForUpdate(db: Db, userId: string): Promise<UserTwoFactorRow | undefined> {
  return db.selectFrom('user_two_factor').selectAll().where('user_id', '=', userId).forUpdate().executeTakeFirst();
}

/** Starts (or starts over) a pending enrolment with a new sealed secret. */
export async function upsertPendingTwoFactor(db: Db, userId: string, secretCiphertext: string, at: Date): Promise<void> {
  await db
    .insertInto('user_two_factor')
    .values({ user_id: userId, secret_ciphertext: secretCiphertext, status: 'pending', created_at: at })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({ secret_ciphertext: secretCiphertext, status: 'pending', last_used_step: null, created_at: at, confirmed_at: null }),
    )
    .execute();
}

/**
 * Records that a code of `step` was accepted, only if that step is later than the last accepted
 * one: false means a concurrent request used the same code first (a replay).
 */
export async function advanceTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('user_two_factor')
    .set({ last_used_step: step })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Confirms a pending enrolment. */
export async function confirmTwoFactor(db: Db, userId: string, at: Date): Promise<void> {
  await db.updateTable('user_two_factor').set({ status: 'enrolled', confirmed_at: at }).where('user_id', '=', userId).execute();
}

/** Removes a user's second factor and recovery codes (turned off or reset by an administrator). */
export async function deleteTwoFactor(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('user_recovery_code').where('user_id', '=', userId).execute();
  await db.deleteFrom('user_two_factor').where('user_id', '=', userId).execute();
}

/** Replaces a user's recovery codes with new ones (hashes only). */
export async function replaceRecoveryCodes(db: Db, userId: string, codeHashes: string[], at: Date): Promise<void> {
  await db.deleteFrom('user_recovery_code').where('user_id', '=', userId).execute();
  await db
    .insertInto('user_recovery_code')
    .values(codeHashes.map((code_hash) => ({ user_id: userId, code_hash, created_at: at })))
    .execute();
}

/** Spends an unused recovery code of a user; false when there is no such unused code. */
export async function useRecoveryCode(db: Db, userId: string, codeHash: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('user_recovery_code')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many unused recovery codes a user has left. */
export async function countUnusedRecoveryCodes(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('user_recovery_code')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Stores the second step of a sign-in under the hash of its challenge; expired ones are swept first. */
export async function insertLoginChallenge(
  db: Db,
  challenge: { idHash: string; userId: string; email: string; at: Date; expiresAt: Date },
): Promise<void> {
  await db.deleteFrom('login_challenge').where('expires_at', '<', challenge.at).execute();
  await db
    .insertInto('login_challenge')
    .values({ id_hash: challenge.idHash, user_id: challenge.userId, email: challenge.email, created_at: challenge.at, expires_at: challenge.expiresAt })
    .execute();
}

/** A sign-in challenge, locked until the transaction ends (attempts are counted one at a time). */
export async function findLoginChallengeForUpdate(db: Db, idHash: string): Promise<LoginChallengeRow | undefined> {
  return db.selectFrom('login_challenge').selectAll().where('id_hash', '=', idHash).forUpdate().executeTakeFirst();
}

/** Counts one more wrong code against a challenge. */
export async function addLoginChallengeAttempt(db: Db, idHash: string): Promise<void> {
  await db.updateTable('login_challenge').set((eb) => ({ attempts: eb('attempts', '+', 1) })).where('id_hash', '=', idHash).execute();
}

/** Spends a challenge (used, expired or out of attempts). */
export async function deleteLoginChallenge(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('login_challenge').where('id_hash', '=', idHash).execute();
}

/** A sign-in challenge, unlocked (to learn whose login limits an attempt on it counts against). */
export async function findLoginChallenge(db: Db, idHash: string): Promise<LoginChallengeRow | undefined> {
  return db.selectFrom('login_challenge').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
}
