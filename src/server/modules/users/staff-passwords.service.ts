import { passwordSignInAllowed } from '../../../shared/users/sso.rules';
import type { Db } from '../../db/database';
import type { AppUserRow } from '../../db/schema';
import { DomainError } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { readSetting } from '../organisations/settings.service';
import { isBreakGlassAccount } from './sso.repository';

/**
 * Refuses a password sign-in by a staff account while local passwords for staff are turned off
 * (setting `auth.staff_local_passwords`, issue 15); partners and the break-glass account always
 * pass. Called once the password is known to be right, so the answer reveals nothing to a guesser.
 */
export async function assertPasswordSignInAllowed(db: Db, ctx: RequestContext, user: AppUserRow): Promise<void> {
  const staffLocalPasswords = await readSetting(db, 'auth.staff_local_passwords');
  if (staffLocalPasswords) return;
  const breakGlass = await isBreakGlassAccount(db, user.id);
  if (passwordSignInAllowed({ roles: user.roles, breakGlass }, staffLocalPasswords)) return;
  await db.transaction().execute(async (trx) => {
    await recordAudit(trx, ctx, {
      action: 'auth.login.failed',
      entityType: 'user',
      entityId: user.id,
      data: { email: user.email, reason: 'staff_passwords_off' },
    });
  });
  throw new DomainError('staff_passwords_off');
}
