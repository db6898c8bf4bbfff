import type { RequestContext } from '../../http/request-context';
import { updateUser } from '../../modules/users/user.service';
import type { Db } from '../database';

/** The organisation the demo partner account speaks for: the partner of the demo IOP Duo Stockholm. */
export const DEMO_PARTNER_ORGANISATION = 'Individuell Människohjälp (IM)';

/**
 * Links the demo partner account to its organisation, as an administrator would, so that the
 * partner sees and reports on that organisation's cooperations; safe to run twice.
 */
export async function linkDemoPartner(db: Db, admin: RequestContext, partnerEmail: string): Promise<void> {
  const [user, organisation] = await Promise.all([
    db
      .selectFrom('app_user as u')
      .leftJoin('partner_account as a', 'a.user_id', 'u.id')
      .select(['u.id', 'u.version', 'a.organisation_id'])
      .where('u.email', '=', partnerEmail)
      .executeTakeFirst(),
    db.selectFrom('organisation').select('id').where('name', '=', DEMO_PARTNER_ORGANISATION).executeTakeFirst(),
  ]);
  if (!user || !organisation || user.organisation_id) return;
  await updateUser(db, admin, user.id, { version: user.version, organisationId: organisation.id });
}
