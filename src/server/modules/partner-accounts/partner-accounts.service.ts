import {
  DEFAULT_PARTNER_ACCOUNT_LIMITS,
  invitationExpiry,
  invitationRefusal,
  invitationStatus,
  type Inviter,
  type PartnerAccountLimits,
} from '../../../shared/partner/partner-invitation.rules';
import type {
  CreateInvitationInput,
  CreatedInvitationView,
  EndPartnerAccountInput,
  PartnerAccountLimitsInput,
  PartnerAccountView,
  PartnerInvitationView,
  PartnerPeopleView,
  SetPartnerContactInput,
} from '../../../shared/partner/partner-invitation.schemas';
import { isoDateIn } from '../../../shared/time/dates';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { Language } from '../../http/language';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { queueMail } from '../mail/mail.queue';
import { readSetting } from '../organisations/settings.service';
import { hashSecret, newSecret } from '../users/secrets';
import { deleteSessionsOfUser } from '../users/session.repository';
import { findUserByEmail } from '../users/user.repository';
import {
  countActiveAccounts,
  countPendingInvitations,
  disableAccountUser,
  findAccountLimits,
  findAccountsOfOrganisation,
  findInvitationsOfOrganisation,
  findOrganisationHeader,
  findPartnerAccount,
  findPendingInvitationOfEmail,
  insertInvitation,
  lockInvitationOfOrganisation,
  lockPartnerAccount,
  markInvitationRevoked,
  setContactFlag,
  upsertAccountLimits,
} from './partner-accounts.repository';
import { invitationLink, invitationMail } from './partner-invitation.mails';
import { auditedInvitation, toAccountView, toInvitationView } from './partner-accounts.views';

/** Whose people a call manages: one organisation, as staff or as its own contact. */
export type PeopleScope = { organisation: { id: string; name: string; status: 'active' | 'archived' }; inviter: Inviter };

/** How an invitation reaches the person: the public address for the link, and whether mail goes out by itself. */
export type InvitationDelivery = { publicUrl: string; smtpConfigured: boolean; timeZone: string; language: Language };

const userIdOf = (ctx: RequestContext): string | null => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** Staff manage the people of any organisation in the register (404 for one it does not hold). */
export async function staffScope(db: Db, ctx: RequestContext, organisationId: string): Promise<PeopleScope> {
  assertPermitted(ctx.actor, 'partner-accounts.manage');
  return { organisation: found(await findOrganisationHeader(db, organisationId)), inviter: 'staff' };
}

/** The organisation a partner manages as its contact, or null when it is no active contact of any. */
async function contactOrganisation(db: Db, ctx: RequestContext): Promise<PeopleScope['organisation'] | null> {
  assertPermitted(ctx.actor, 'partner-accounts.own');
  const userId = userIdOf(ctx);
  const account = userId ? await findPartnerAccount(db, userId) : undefined;
  if (!account || !account.is_contact || account.status !== 'active') return null;
  return (await findOrganisationHeader(db, account.organisation_id)) ?? null;
}

/**
 * A contact manages its own organisation's people only. Any other partner is refused: 403 when it
 * would invite, 404 (`refusal: 'not_found'`) when it names an invitation or account, which is then
 * not one it manages — as another organisation's is not.
 */
export async function contactScope(db: Db, ctx: RequestContext, refusal: 'not_partner_contact' | 'not_found' = 'not_partner_contact'): Promise<PeopleScope> {
  const organisation = await contactOrganisation(db, ctx);
  if (!organisation) throw new DomainError(refusal);
  return { organisation, inviter: 'contact' };
}

async function limitsOf(db: Db, organisationId: string): Promise<PartnerAccountLimits> {
  const row = await findAccountLimits(db, organisationId);
  return row ? { maxAccounts: row.max_accounts, contactMayInvite: row.contact_may_invite } : DEFAULT_PARTNER_ACCOUNT_LIMITS;
}

async function peopleOf(db: Db, organisation: { id: string; name: string }): Promise<PartnerPeopleView> {
  const now = new Date();
  const [limits, accounts, invitations] = await Promise.all([
    limitsOf(db, organisation.id),
    findAccountsOfOrganisation(db, organisation.id),
    findInvitationsOfOrganisation(db, organisation.id),
  ]);
  const invitationViews = invitations.map((row) => toInvitationView(row, now));
  return {
    organisation: { id: organisation.id, name: organisation.name },
    manages: true,
    limits,
    activeAccounts: accounts.filter((a) => a.status === 'active').length,
    pendingInvitations: invitationViews.filter((i) => i.status === 'pending').length,
    accounts: accounts.map(toAccountView),
    invitations: invitationViews,
  };
}

/** An organisation's partner accounts, invitations and limits, for staff. */
export async function listPeopleAsStaff(db: Db, ctx: RequestContext, organisationId: string): Promise<PartnerPeopleView> {
  const scope = await staffScope(db, ctx, organisationId);
  return peopleOf(db, scope.organisation);
}

/** The contact's own organisation's people; a partner who is no contact learns only that it manages none. */
export async function listPeopleAsContact(db: Db, ctx: RequestContext): Promise<PartnerPeopleView> {
  const organisation = await contactOrganisation(db, ctx);
  if (!organisation) {
    return { organisation: null, manages: false, limits: DEFAULT_PARTNER_ACCOUNT_LIMITS, activeAccounts: 0, pendingInvitations: 0, accounts: [], invitations: [] };
  }
  return peopleOf(db, organisation);
}

/** Refuses an address that already has an account or a pending invitation (409 naming the field). */
async function assertEmailInvitable(db: Db, email: string, now: Date): Promise<void> {
  const existing = await findUserByEmail(db, email);
  if (existing) {
    const code = existing.status === 'active' ? 'invitation_email_taken' : 'invitation_email_ended';
    throw new DomainError(code, { errors: [{ path: 'email', message: code }] });
  }
  if (await findPendingInvitationOfEmail(db, email, now)) {
    throw new DomainError('invitation_pending', { errors: [{ path: 'email', message: 'invitation_pending' }] });
  }
}

/**
 * Invites a person of an active organisation (issue 15): stores the token's hash, queues the mail
 * with the link and, when no SMTP server is configured, returns the link once to pass on.
 */
export async function invitePartner(db: Db, ctx: RequestContext, scope: PeopleScope, input: CreateInvitationInput, delivery: InvitationDelivery): Promise<CreatedInvitationView> {
  const { organisation, inviter } = scope;
  if (organisation.status !== 'active') throw new DomainError('organisation_not_active');
  const validDays = await readSetting(db, 'auth.invitation_valid_days');
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    await assertEmailInvitable(trx, input.email, now);
    const refusal = invitationRefusal(inviter, {
      limits: await limitsOf(trx, organisation.id),
      activeAccounts: await countActiveAccounts(trx, organisation.id),
      pendingInvitations: await countPendingInvitations(trx, organisation.id, now),
      asContact: input.asContact,
    });
    if (refusal) throw new DomainError(refusal);
    const token = newSecret();
    const row = await insertInvitation(trx, {
      organisation_id: organisation.id,
      email: input.email,
      name: input.name,
      as_contact: input.asContact,
      invited_by: userIdOf(ctx),
      token_hash: hashSecret(token),
      created_at: now,
      expires_at: invitationExpiry(now, validDays),
    });
    const link = invitationLink(delivery.publicUrl, token);
    const mail = invitationMail({ name: input.name, organisationName: organisation.name, link, expiresOn: isoDateIn(row.expires_at, delivery.timeZone) }, delivery.language);
    await queueMail(trx, { kind: 'partner-invitation', to: input.email, language: delivery.language, ...mail });
    await recordAudit(trx, ctx, { action: 'partner-invitation.created', entityType: 'partner_invitation', entityId: row.id, after: { ...auditedInvitation(row), invitedAs: inviter } });
    return {
      invitation: toInvitationView({ ...row, invited_by_name: ctx.actor.kind === 'user' ? ctx.actor.name : null }, now),
      mailQueued: true,
      link: delivery.smtpConfigured ? null : link,
    };
  });
}

/** Revokes a pending invitation of the scope's organisation; another organisation's is not found (404). */
export async function revokeInvitation(db: Db, ctx: RequestContext, scope: PeopleScope, invitationId: string): Promise<PartnerInvitationView> {
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    const current = found(await lockInvitationOfOrganisation(trx, invitationId, scope.organisation.id));
    const status = invitationStatus({ acceptedAt: current.accepted_at, revokedAt: current.revoked_at, expiresAt: current.expires_at }, now);
    if (status !== 'pending') throw new DomainError('invitation_not_pending');
    const revoked = await markInvitationRevoked(trx, current.id, userIdOf(ctx), now);
    await recordAudit(trx, ctx, { action: 'partner-invitation.revoked', entityType: 'partner_invitation', entityId: current.id, data: { ...auditedInvitation(current), revokedAs: scope.inviter } });
    return toInvitationView(revoked, now);
  });
}

/**
 * Ends the account of a person who has left (issue 15): disabled, every session ended, the
 * contact role taken away, audited with the reason. A contact ends ordinary accounts of its own
 * organisation only; another contact's account (its own included) is ended by staff.
 */
export async function endPartnerAccount(db: Db, ctx: RequestContext, scope: PeopleScope, userId: string, input: EndPartnerAccountInput): Promise<PartnerAccountView> {
  return db.transaction().execute(async (trx) => {
    const account = await lockPartnerAccount(trx, userId);
    if (!account || account.organisation_id !== scope.organisation.id) throw new DomainError('not_found');
    if (account.status !== 'active') throw new DomainError('partner_account_ended');
    if (scope.inviter === 'contact' && account.is_contact) throw new DomainError('contact_may_not_end_contact');
    const now = new Date();
    await disableAccountUser(trx, userId, now);
    await setContactFlag(trx, userId, false);
    await deleteSessionsOfUser(trx, userId);
    await recordAudit(trx, ctx, {
      action: 'partner-account.ended',
      entityType: 'user',
      entityId: userId,
      data: { organisationId: scope.organisation.id, reason: input.reason, endedAs: scope.inviter },
    });
    return toAccountView({ ...account, status: 'disabled', is_contact: false });
  });
}

/** Staff make an active account its organisation's contact, or take the role away. */
export async function setPartnerContact(db: Db, ctx: RequestContext, organisationId: string, userId: string, input: SetPartnerContactInput): Promise<PartnerAccountView> {
  const scope = await staffScope(db, ctx, organisationId);
  return db.transaction().execute(async (trx) => {
    const account = await lockPartnerAccount(trx, userId);
    if (!account || account.organisation_id !== scope.organisation.id) throw new DomainError('not_found');
    if (account.status !== 'active') throw new DomainError('partner_account_ended');
    await setContactFlag(trx, userId, input.isContact);
    await recordAudit(trx, ctx, {
      action: 'partner-account.contact-changed',
      entityType: 'user',
      entityId: userId,
      before: { isContact: account.is_contact },
      after: { isContact: input.isContact },
      data: { organisationId },
    });
    return toAccountView({ ...account, is_contact: input.isContact });
  });
}

/** Staff set what an organisation's partner accounts are allowed: the most accounts, and whether its contact may invite. */
export async function setAccountLimits(db: Db, ctx: RequestContext, organisationId: string, input: PartnerAccountLimitsInput): Promise<PartnerAccountLimits> {
  const scope = await staffScope(db, ctx, organisationId);
  return db.transaction().execute(async (trx) => {
    const before = await limitsOf(trx, scope.organisation.id);
    await upsertAccountLimits(trx, scope.organisation.id, input, userIdOf(ctx));
    await recordAudit(trx, ctx, { action: 'partner-account.limits-changed', entityType: 'organisation', entityId: scope.organisation.id, before, after: { ...input } });
    return { maxAccounts: input.maxAccounts, contactMayInvite: input.contactMayInvite };
  });
}
