import { acceptanceRefusal } from '../../../shared/partner/partner-invitation.rules';
import type { AcceptedInvitationView, AcceptInvitationInput, PublicInvitationView } from '../../../shared/partner/partner-invitation.schemas';
import type { Db } from '../../db/database';
import type { PartnerInvitationRow } from '../../db/schema-partner-invitations';
import { DomainError } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { consumeRateLimit, type RateLimit } from '../initiatives/rate-limit';
import { hashPassword } from '../users/password';
import { hashSecret } from '../users/secrets';
import { findUserByEmail, insertUser } from '../users/user.repository';
import {
  findInvitationByTokenHash,
  findOrganisationHeader,
  insertPartnerAccount,
  lockInvitationByTokenHash,
  markInvitationAccepted,
} from './partner-accounts.repository';

/** Opening an invitation link: far above one person's need, far below guessing a 256-bit token. */
export const INVITATION_VIEW_LIMIT: RateLimit = { bucket: 'partner-invitation-view', max: 60, windowSeconds: 60 * 60 };
/** Accepting: a person who mistypes a few times gets through; the public forms have 5 an hour. */
export const INVITATION_ACCEPT_LIMIT: RateLimit = { bucket: 'partner-invitation-accept', max: 10, windowSeconds: 60 * 60 };

/**
 * The invitation link is the public's: whoever opens it acts as the invited person, not as anyone
 * signed in in that browser. A staff member who tries a link in their own browser must not appear
 * in the audit as the one who accepted it (the session itself is left as it is).
 */
function asThePublic(ctx: RequestContext): RequestContext {
  return { ...ctx, actor: { kind: 'anonymous' } };
}

type Refusal = 'invitation_not_found' | 'invitation_used' | 'invitation_revoked' | 'invitation_expired' | 'invitation_organisation_inactive' | 'invitation_email_taken';

/** Why an invitation may not be used now, or null; an archived organisation takes no new accounts. */
async function refusalOf(db: Db, invitation: PartnerInvitationRow | undefined, now: Date): Promise<Refusal | null> {
  if (!invitation) return 'invitation_not_found';
  const refusal = acceptanceRefusal({ acceptedAt: invitation.accepted_at, revokedAt: invitation.revoked_at, expiresAt: invitation.expires_at }, now);
  if (refusal) return refusal;
  const organisation = await findOrganisationHeader(db, invitation.organisation_id);
  return organisation?.status === 'active' ? null : 'invitation_organisation_inactive';
}

/**
 * Records a refused link and throws the refusal. The audit row is written on its own, outside the
 * refused work, so that a rollback cannot take it away.
 */
async function refuse(db: Db, ctx: RequestContext, refusal: Refusal, invitationId: string | null, stage: 'view' | 'accept'): Promise<never> {
  await db.transaction().execute((trx) =>
    recordAudit(trx, ctx, { action: 'partner-invitation.refused', entityType: 'partner_invitation', entityId: invitationId, data: { reason: refusal, stage } }),
  );
  throw new DomainError(refusal);
}

/** What the acceptance page shows of a usable link: the organisation, the address and the expiry. */
export async function viewInvitation(db: Db, requestCtx: RequestContext, token: string): Promise<PublicInvitationView> {
  const ctx = asThePublic(requestCtx);
  await consumeRateLimit(db, INVITATION_VIEW_LIMIT, ctx.ip);
  const invitation = await findInvitationByTokenHash(db, hashSecret(token));
  const refusal = await refusalOf(db, invitation, new Date());
  if (refusal || !invitation) return refuse(db, ctx, refusal ?? 'invitation_not_found', invitation?.id ?? null, 'view');
  const organisation = await findOrganisationHeader(db, invitation.organisation_id);
  return { organisationName: organisation?.name ?? '', email: invitation.email, expiresAt: invitation.expires_at.toISOString() };
}

/**
 * Accepts an invitation (issue 15): creates the partner account with the chosen password, links it
 * to the invitation's organisation (as its contact when staff invited one) and uses the link up.
 * A second use, an expired or revoked link, or an address that has meanwhile got an account is
 * refused and audited. Everything is recorded as done by the public (see {@link asThePublic}).
 */
export async function acceptInvitation(db: Db, requestCtx: RequestContext, token: string, input: AcceptInvitationInput): Promise<AcceptedInvitationView> {
  const ctx = asThePublic(requestCtx);
  await consumeRateLimit(db, INVITATION_ACCEPT_LIMIT, ctx.ip);
  const passwordHash = await hashPassword(input.password);
  type Outcome = { refusal: Refusal; invitationId: string | null } | { accepted: AcceptedInvitationView };
  const outcome = await db.transaction().execute(async (trx): Promise<Outcome> => {
    const now = new Date();
    const invitation = await lockInvitationByTokenHash(trx, hashSecret(token));
    const refusal = await refusalOf(trx, invitation, now);
    if (refusal || !invitation) return { refusal: refusal ?? 'invitation_not_found', invitationId: invitation?.id ?? null };
    if (await findUserByEmail(trx, invitation.email)) return { refusal: 'invitation_email_taken', invitationId: invitation.id };
    const user = await insertUser(trx, {
      email: invitation.email,
      name: input.name,
      roles: ['partner'],
      password_hash: passwordHash,
      status: 'active',
      must_change_password: false,
      created_at: now,
      updated_at: now,
    });
    await insertPartnerAccount(trx, user.id, invitation.organisation_id, invitation.as_contact);
    await markInvitationAccepted(trx, invitation.id, user.id, now);
    await recordAudit(trx, ctx, {
      action: 'partner-invitation.accepted',
      entityType: 'partner_invitation',
      entityId: invitation.id,
      data: { userId: user.id, organisationId: invitation.organisation_id, asContact: invitation.as_contact },
    });
    await recordAudit(trx, ctx, {
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      after: { email: user.email, name: user.name, roles: user.roles, status: user.status, organisationId: invitation.organisation_id, invitationId: invitation.id },
    });
    const organisation = await findOrganisationHeader(trx, invitation.organisation_id);
    return { accepted: { email: user.email, organisationName: organisation?.name ?? '' } };
  });
  if ('refusal' in outcome) return refuse(db, ctx, outcome.refusal, outcome.invitationId, 'accept');
  return outcome.accepted;
}
