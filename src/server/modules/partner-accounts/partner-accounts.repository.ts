import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { PartnerInvitationRow } from '../../db/schema-partner-invitations';

/** An organisation as invitations need it: its name and whether it is active in the register. */
export function findOrganisationHeader(db: Db, id: string): Promise<{ id: string; name: string; status: 'active' | 'archived' } | undefined> {
  return db.selectFrom('organisation').select(['id', 'name', 'status']).where('id', '=', id).executeTakeFirst();
}

/** The limits staff set for an organisation, if they have set any. */
export function findAccountLimits(db: Db, organisationId: string): Promise<{ max_accounts: number; contact_may_invite: boolean } | undefined> {
  return db.selectFrom('partner_account_limit').select(['max_accounts', 'contact_may_invite']).where('organisation_id', '=', organisationId).executeTakeFirst();
}

/** Stores the limits staff set for an organisation. */
export async function upsertAccountLimits(db: Db, organisationId: string, limits: { maxAccounts: number; contactMayInvite: boolean }, userId: string | null): Promise<void> {
  const values = { max_accounts: limits.maxAccounts, contact_may_invite: limits.contactMayInvite, updated_at: new Date(), updated_by: userId };
  await db
    .insertInto('partner_account_limit')
    .values({ organisation_id: organisationId, ...values })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
    .execute();
}

export type PartnerAccountWithUser = {
  user_id: string;
  organisation_id: string;
  is_contact: boolean;
  created_at: Date;
  name: string;
  email: string;
  status: 'active' | 'disabled';
};

const accountColumns = [
  'partner_account.user_id',
  'partner_account.organisation_id',
  'partner_account.is_contact',
  'partner_account.created_at',
  'app_user.name',
  'app_user.email',
  'app_user.status',
] as const;

/** The partner accounts of an organisation with their people, active first, then by name. */
export function findAccountsOfOrganisation(db: Db, organisationId: string): Promise<PartnerAccountWithUser[]> {
  return db
    .selectFrom('partner_account')
    .innerJoin('app_user', 'app_user.id', 'partner_account.user_id')
    .select(accountColumns)
    .where('partner_account.organisation_id', '=', organisationId)
    .orderBy('app_user.status', 'asc')
    .orderBy('app_user.name', 'asc')
    .execute();
}

/** One partner account with its person, locked for a change. */
export function lockPartnerAccount(db: Db, userId: string): Promise<PartnerAccountWithUser | undefined> {
  return db
    .selectFrom('partner_account')
    .innerJoin('app_user', 'app_user.id', 'partner_account.user_id')
    .select(accountColumns)
    .where('partner_account.user_id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
}

/** The partner account a user holds, if any. */
export function findPartnerAccount(db: Db, userId: string): Promise<PartnerAccountWithUser | undefined> {
  return db
    .selectFrom('partner_account')
    .innerJoin('app_user', 'app_user.id', 'partner_account.user_id')
    .select(accountColumns)
    .where('partner_account.user_id', '=', userId)
    .executeTakeFirst();
}

/** Active partner accounts of an organisation. */
export async function countActiveAccounts(db: Db, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('partner_account')
    .innerJoin('app_user', 'app_user.id', 'partner_account.user_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('partner_account.organisation_id', '=', organisationId)
    .where('app_user.status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks an account as its organisation's contact, or not. */
export async function setContactFlag(db: Db, userId: string, isContact: boolean): Promise<void> {
  await db.updateTable('partner_account').set({ is_contact: isContact }).where('user_id', '=', userId).execute();
}

/** Disables a user who has left their organisation (sessions are ended separately). */
export async function disableAccountUser(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ status: 'disabled', disabled_at: now, updated_at: now, version: sql`version + 1` })
    .where('id', '=', userId)
    .execute();
}

export type InvitationWithInviter = PartnerInvitationRow & { invited_by_name: string | null };

/** The invitations of an organisation, newest first, with the inviter's name. */
export function findInvitationsOfOrganisation(db: Db, organisationId: string): Promise<InvitationWithInviter[]> {
  return db
    .selectFrom('partner_invitation')
    .leftJoin('app_user', 'app_user.id', 'partner_invitation.invited_by')
    .selectAll('partner_invitation')
    .select('app_user.name as invited_by_name')
    .where('partner_invitation.organisation_id', '=', organisationId)
    .orderBy('partner_invitation.created_at', 'desc')
    .orderBy('partner_invitation.id', 'desc')
    .limit(200)
    .execute();
}

/** Pending invitations of an organisation (neither accepted, revoked nor expired). */
export async function countPendingInvitations(db: Db, organisationId: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom('partner_invitation')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A pending invitation of this address to any organisation, if there is one. */
export function findPendingInvitationOfEmail(db: Db, email: string, now: Date): Promise<PartnerInvitationRow | undefined> {
  return db
    .selectFrom('partner_invitation')
    .selectAll()
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/** Stores a new invitation. */
export function insertInvitation(
  db: Db,
  values: { organisation_id: string; email: string; name: string; as_contact: boolean; invited_by: string | null; token_hash: string; created_at: Date; expires_at: Date },
): Promise<PartnerInvitationRow> {
  return db.insertInto('partner_invitation').values(values).returningAll().executeTakeFirstOrThrow();
}

/** One invitation of an organisation, locked for a change. */
export function lockInvitationOfOrganisation(db: Db, id: string, organisationId: string): Promise<PartnerInvitationRow | undefined> {
  return db.selectFrom('partner_invitation').selectAll().where('id', '=', id).where('organisation_id', '=', organisationId).forUpdate().executeTakeFirst();
}

/** The invitation a token's hash belongs to, locked so that two acceptances cannot both succeed. */
export function lockInvitationByTokenHash(db: Db, tokenHash: string): Promise<PartnerInvitationRow | undefined> {
  return db.selectFrom('partner_invitation').selectAll().where('token_hash', '=', tokenHash).forUpdate().executeTakeFirst();
}

/** The invitation a token's hash belongs to. */
export function findInvitationByTokenHash(db: Db, tokenHash: string): Promise<PartnerInvitationRow | undefined> {
  return db.selectFrom('partner_invitation').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Revokes a pending invitation. */
export async function markInvitationRevoked(db: Db, id: string, userId: string | null, now: Date): Promise<PartnerInvitationRow> {
  return db.updateTable('partner_invitation').set({ revoked_at: now, revoked_by: userId }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Marks an invitation used by the account it created. */
export async function markInvitationAccepted(db: Db, id: string, userId: string, now: Date): Promise<void> {
  await db.updateTable('partner_invitation').set({ accepted_at: now, accepted_user_id: userId }).where('id', '=', id).execute();
}

/** Links a new partner account to its organisation, as contact or not. */
export async function insertPartnerAccount(db: Db, userId: string, organisationId: string, isContact: boolean): Promise<void> {
  await db.insertInto('partner_account').values({ user_id: userId, organisation_id: organisationId, is_contact: isContact }).execute();
}
