import { isFreshTotpStep, LOGIN_CHALLENGE_MAX_ATTEMPTS, normaliseRecoveryCode } from '../../../shared/users/two-factor.rules';
import type { SecondFactorLoginInput } from '../../../shared/users/two-factor.schemas';
import type { Db } from '../../db/database';
import { DomainError } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { type AuthSettings, type LoginResult, startSession } from './auth.service';
import { reserveLoginAttempt, settleSuccessfulLogin } from './login-limit.service';
import { openTotpSecret } from './sealing-key.service';
import { hashSecret } from './secrets';
import { matchingTotpStep } from './totp';
import {
  addLoginChallengeAttempt,
  advanceTotpStep,
  countUnusedRecoveryCodes,
  deleteLoginChallenge,
  findLoginChallenge,
  findLoginChallengeForUpdate,
  findTwoFactorForUpdate,
  useRecoveryCode,
} from './two-factor.repository';
import { findUserById } from './user.repository';
import { toUserView } from './user.views';

type SessionResult = Extract<LoginResult, { kind: 'session' }>;
type Outcome = { ok: true; result: SessionResult } | { ok: false; error: 'login_challenge_invalid' | 'invalid_second_factor' };

/**
 * The second step of a password sign-in (issue 15, decision 015): the challenge of the password
 * step with a current TOTP code or an unused recovery code. Every attempt passes the login limits
 * of the account first (429 when it must wait); a wrong or replayed code is counted, audited and
 * refused, and a challenge is spent after a few wrong codes or once used. Success starts the
 * session through `startSession`, as every sign-in does.
 */
export async function completeSecondFactorLogin(
  db: Db,
  ctx: RequestContext,
  input: SecondFactorLoginInput,
  settings: AuthSettings,
  userAgent: string | null,
): Promise<SessionResult> {
  const now = new Date();
  const idHash = hashSecret(input.challenge);
  const known = await findLoginChallenge(db, idHash);
  if (!known || known.expires_at <= now) throw new DomainError('login_challenge_invalid');
  const attempt = { email: known.email, ip: ctx.ip ?? 'unknown' };
  await reserveLoginAttempt(db, ctx, attempt, settings.loginLimits, now);

  // A refusal is returned, not thrown, so that the counted attempt and its audit row are kept.
  const outcome = await db.transaction().execute(async (trx): Promise<Outcome> => {
    const challenge = await findLoginChallengeForUpdate(trx, idHash);
    if (!challenge || challenge.expires_at <= now) return { ok: false, error: 'login_challenge_invalid' };
    const user = await findUserById(trx, challenge.user_id);
    const factor = await findTwoFactorForUpdate(trx, challenge.user_id);
    if (!user || user.status !== 'active' || factor?.status !== 'enrolled') {
      await deleteLoginChallenge(trx, idHash);
      return { ok: false, error: 'login_challenge_invalid' };
    }

    let failure: string | undefined;
    if ('code' in input) {
      const secret = await openTotpSecret(trx, settings, user.id, factor.secret_ciphertext);
      const step = matchingTotpStep(secret, input.code, now);
      if (step === null) failure = 'wrong_code';
      else if (!isFreshTotpStep(step, factor.last_used_step) || !(await advanceTotpStep(trx, user.id, step))) failure = 'replayed_code';
    } else if (!(await useRecoveryCode(trx, user.id, hashSecret(normaliseRecoveryCode(input.recoveryCode)), now))) {
      failure = 'wrong_recovery_code';
    }

    if (failure) {
      if (challenge.attempts + 1 >= LOGIN_CHALLENGE_MAX_ATTEMPTS) await deleteLoginChallenge(trx, idHash);
      else await addLoginChallengeAttempt(trx, idHash);
      await recordAudit(trx, ctx, {
        action: 'auth.second_factor.failed',
        entityType: 'user',
        entityId: user.id,
        data: { email: user.email, reason: failure, attempt: challenge.attempts + 1 },
      });
      return { ok: false, error: 'invalid_second_factor' };
    }

    await deleteLoginChallenge(trx, idHash);
    await settleSuccessfulLogin(trx, attempt);
    if ('recoveryCode' in input) {
      const left = await countUnusedRecoveryCodes(trx, user.id);
      await recordAudit(trx, ctx, { action: 'auth.second_factor.recovery_code_used', entityType: 'user', entityId: user.id, data: { recoveryCodesLeft: left } });
    }
    const started = await startSession(trx, ctx, user, settings, { userAgent, at: now, method: 'password' });
    const view = {
      user: toUserView({ ...user, last_login_at: now }),
      csrfToken: started.csrfToken,
      twoFactorEnrolmentRequired: started.twoFactorEnrolmentRequired,
    };
    return { ok: true, result: { kind: 'session', sessionId: started.sessionId, maxAgeSeconds: started.maxAgeSeconds, view } };
  });
  if (!outcome.ok) throw new DomainError(outcome.error);
  return outcome.result;
}
