import { invitationExpiry } from '../../../shared/partner/partner-invitation.rules';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../../modules/audit/audit.service';
import { findOrganisationHeader, findPartnerAccount, findPendingInvitationOfEmail, insertInvitation, setContactFlag } from '../../modules/partner-accounts/partner-accounts.repository';
import { auditedInvitation } from '../../modules/partner-accounts/partner-accounts.views';
import { readSetting } from '../../modules/organisations/settings.service';
import { findUserByEmail } from '../../modules/users/user.repository';
import { hashSecret, newSecret } from '../../modules/users/secrets';
import type { Db } from '../database';

/** The person the demo organisation's contact has invited; the invitation waits to be accepted. */
export const DEMO_INVITED = { email: 'volontarsamordnare@im.demo.samverkan.local', name: 'Demo Volontärsamordnare' } as const;

/**
 * Makes the demo partner its organisation's contact (issue 15) and gives the organisation one
 * pending invitation. Its link was never shown to anyone and no mail is queued: the demo shows the
 * invitation in the lists, not a usable link. Safe to run twice.
 */
export async function seedDemoPartnerInvitation(db: Db, officer: RequestContext, partnerEmail: string): Promise<void> {
  const partner = await findUserByEmail(db, partnerEmail);
  const account = partner ? await findPartnerAccount(db, partner.id) : undefined;
  if (!account) return;
  const now = new Date();
  if (await findPendingInvitationOfEmail(db, DEMO_INVITED.email, now)) return;
  const organisation = await findOrganisationHeader(db, account.organisation_id);
  if (!organisation) return;
  const validDays = await readSetting(db, 'auth.invitation_valid_days');
  await db.transaction().execute(async (trx) => {
    await setContactFlag(trx, account.user_id, true);
    const row = await insertInvitation(trx, {
      organisation_id: organisation.id,
      email: DEMO_INVITED.email,
      name: DEMO_INVITED.name,
      as_contact: false,
      invited_by: officer.actor.kind === 'user' ? officer.actor.userId : null,
      token_hash: hashSecret(newSecret()),
      created_at: now,
      expires_at: invitationExpiry(now, validDays),
    });
    await recordAudit(trx, officer, { action: 'partner-invitation.created', entityType: 'partner_invitation', entityId: row.id, after: { ...auditedInvitation(row), invitedAs: 'staff' } });
  });
}
