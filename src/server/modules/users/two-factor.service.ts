import { isFreshTotpStep, isSecondFactorRequired, RECOVERY_CODE_COUNT } from '../../../shared/users/two-factor.rules';
import type {
  ConfirmTwoFactorInput,
  CurrentCodeInput,
  RecoveryCodesView,
  TwoFactorEnrolmentView,
  TwoFactorStatusView,
} from '../../../shared/users/two-factor.schemas';
import type { Db } from '../../db/database';
import type { UserTwoFactorRow } from '../../db/schema-two-factor';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import type { AuthSettings } from './auth.service';
import { currentAuthPolicy } from './auth-policy.service';
import { reserveLoginAttempt, settleSuccessfulLogin } from './login-limit.service';
import { openTotpSecret, sealTotpSecret } from './sealing-key.service';
import { hashSecret } from './secrets';
import { deleteSessionsOfUser } from './session.repository';
import { matchingTotpStep, newRecoveryCode, newTotpSecret, totpEnrolment } from './totp';
import {
  advanceTotpStep,
  confirmTwoFactor,
  countUnusedRecoveryCodes,
  deleteTwoFactor,
  findTwoFactor,
  findTwoFactorForUpdate,
  replaceRecoveryCodes,
  upsertPendingTwoFactor,
} from './two-factor.repository';
import { findUserById } from './user.repository';
import { normaliseRecoveryCode } from '../../../shared/users/two-factor.rules';

type UserActor = Extract<RequestContext['actor'], { kind: 'user' }>;

function userActor(ctx: RequestContext): UserActor {
  if (ctx.actor.kind !== 'user') throw new DomainError('unauthenticated');
  return ctx.actor;
}

const wrongCode = () => new DomainError('validation_failed', { errors: [{ path: 'code', message: 'validation.twoFactor.wrongCode' }] });

/**
 * Checks a current code of the caller's own factor inside `trx` (locked row): the code must be
 * valid and of a later time step than the last accepted one (no replay). Each try first passes the
 * account's login limits, so codes cannot be guessed faster than passwords.
 */
async function acceptCurrentCode(
  db: Db,
  ctx: RequestContext,
  settings: AuthSettings,
  actor: UserActor,
  code: string,
  expected: UserTwoFactorRow['status'],
  then: (trx: Db) => Promise<void>,
): Promise<void> {
  const now = new Date();
  const attempt = { email: actor.email, ip: ctx.ip ?? 'unknown' };
  await reserveLoginAttempt(db, ctx, attempt, settings.loginLimits, now);
  const accepted = await db.transaction().execute(async (trx) => {
    const factor = await findTwoFactorForUpdate(trx, actor.userId);
    if (!factor || factor.status !== expected) {
      throw new DomainError(expected === 'pending' ? (factor ? 'two_factor_already_enrolled' : 'two_factor_not_pending') : 'two_factor_not_enrolled');
    }
    const secret = await openTotpSecret(trx, settings, actor.userId, factor.secret_ciphertext);
    const step = matchingTotpStep(secret, code, now);
    const fresh = step !== null && isFreshTotpStep(step, factor.last_used_step) && (await advanceTotpStep(trx, actor.userId, step));
    if (!fresh) {
      await recordAudit(trx, ctx, {
        action: 'auth.second_factor.failed',
        entityType: 'user',
        entityId: actor.userId,
        data: { email: actor.email, reason: step === null ? 'wrong_code' : 'replayed_code' },
      });
      return false;
    }
    await settleSuccessfulLogin(trx, attempt);
    await then(trx);
    return true;
  });
  if (!accepted) throw wrongCode();
}

async function newRecoveryCodes(trx: Db, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await replaceRecoveryCodes(trx, userId, codes.map((c) => hashSecret(normaliseRecoveryCode(c))), new Date());
  return codes;
}

/** The caller's own second factor: its state, whether it is required, and recovery codes left. */
export async function twoFactorStatus(db: Db, ctx: RequestContext): Promise<TwoFactorStatusView> {
  const actor = userActor(ctx);
  const policy = await currentAuthPolicy(db);
  const factor = await findTwoFactor(db, actor.userId);
  return {
    status: factor?.status ?? 'none',
    required: isSecondFactorRequired(actor.roles, policy.twoFactorRequired),
    enrolmentRequired: actor.twoFactorEnrolmentRequired ?? false,
    recoveryCodesLeft: factor?.status === 'enrolled' ? await countUnusedRecoveryCodes(db, actor.userId) : 0,
  };
}

/**
 * Starts (or starts over) enrolling the caller's own second factor: a new secret, sealed at rest,
 * pending until confirmed with a code; the answer shows it as a QR code and as a typed key.
 */
export async function startEnrolment(db: Db, ctx: RequestContext, settings: AuthSettings): Promise<TwoFactorEnrolmentView> {
  const actor = userActor(ctx);
  const secret = newTotpSecret();
  await db.transaction().execute(async (trx) => {
    const factor = await findTwoFactorForUpdate(trx, actor.userId);
    if (factor?.status === 'enrolled') throw new DomainError('two_factor_already_enrolled');
    await upsertPendingTwoFactor(trx, actor.userId, await sealTotpSecret(trx, settings, actor.userId, secret), new Date());
  });
  return totpEnrolment(secret, actor.email);
}

/** Confirms the caller's pending enrolment with a first code; the recovery codes are returned, this once only. */
export async function confirmEnrolment(db: Db, ctx: RequestContext, settings: AuthSettings, input: ConfirmTwoFactorInput): Promise<RecoveryCodesView> {
  const actor = userActor(ctx);
  let recoveryCodes: string[] = [];
  await acceptCurrentCode(db, ctx, settings, actor, input.code, 'pending', async (trx) => {
    await confirmTwoFactor(trx, actor.userId, new Date());
    recoveryCodes = await newRecoveryCodes(trx, actor.userId);
    await recordAudit(trx, ctx, { action: 'auth.second_factor.enrolled', entityType: 'user', entityId: actor.userId });
  });
  return { recoveryCodes };
}

/** Replaces the caller's recovery codes after a current code; the old ones stop working. */
export async function regenerateRecoveryCodes(db: Db, ctx: RequestContext, settings: AuthSettings, input: CurrentCodeInput): Promise<RecoveryCodesView> {
  const actor = userActor(ctx);
  let recoveryCodes: string[] = [];
  await acceptCurrentCode(db, ctx, settings, actor, input.code, 'enrolled', async (trx) => {
    recoveryCodes = await newRecoveryCodes(trx, actor.userId);
    await recordAudit(trx, ctx, { action: 'auth.second_factor.recovery_codes_regenerated', entityType: 'user', entityId: actor.userId });
  });
  return { recoveryCodes };
}

/** Turns the caller's own second factor off after a current code; refused while the account requires one. */
export async function disableOwnTwoFactor(db: Db, ctx: RequestContext, settings: AuthSettings, input: CurrentCodeInput): Promise<void> {
  const actor = userActor(ctx);
  const policy = await currentAuthPolicy(db);
  if (isSecondFactorRequired(actor.roles, policy.twoFactorRequired)) throw new DomainError('two_factor_required_by_policy');
  await acceptCurrentCode(db, ctx, settings, actor, input.code, 'enrolled', async (trx) => {
    await deleteTwoFactor(trx, actor.userId);
    await recordAudit(trx, ctx, { action: 'auth.second_factor.disabled', entityType: 'user', entityId: actor.userId });
  });
}

/**
 * An administrator removes another user's second factor (a lost phone and spent recovery codes):
 * the user's sessions end and, where a factor is required, they must enrol again at next sign-in.
 */
export async function resetTwoFactor(db: Db, ctx: RequestContext, userId: string): Promise<void> {
  assertPermitted(ctx.actor, 'users.manage');
  await db.transaction().execute(async (trx) => {
    const user = found(await findUserById(trx, userId));
    const factor = await findTwoFactorForUpdate(trx, user.id);
    if (!factor) throw new DomainError('two_factor_not_enrolled');
    await deleteTwoFactor(trx, user.id);
    await deleteSessionsOfUser(trx, user.id);
    await recordAudit(trx, ctx, { action: 'auth.second_factor.reset', entityType: 'user', entityId: user.id, data: { email: user.email, status: factor.status } });
  });
}
