import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { codeStep, enrolTwoFactor, passwordStep, sessionOf, totpCodeAt } from '../../../../tests/support/two-factor';
import type { Role } from '../../../shared/users/roles';

let t: TestApp;
let ipSequence = 0;
/** A fresh client address per sign-in, so the login limits of one test never reach another. */
const nextIp = () => `10.2.${Math.floor(++ipSequence / 250)}.${ipSequence % 250}`;

beforeAll(async () => {
  t = await createTestApp({}, { twoFactorRequired: true });
});
afterAll(() => t.close());

async function signedIn(roles: Role[]): Promise<Session & { ip: string }> {
  const user = await makeUser(t.database.db, { roles });
  const ip = nextIp();
  const response = await passwordStep(t, user.email, ip);
  expect(response.statusCode).toBe(200);
  return { ...sessionOf(response, user.id, user.email), ip };
}

async function auditActions(userId: string): Promise<string[]> {
  const rows = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', userId).orderBy('occurred_at').execute();
  return rows.map((r) => r.action);
}

/** Forgets the last accepted step so a test can use the current code again (as if 30 s had passed). */
async function nextStepPassed(userId: string): Promise<void> {
  await t.database.db.updateTable('user_two_factor').set({ last_used_step: null }).where('user_id', '=', userId).execute();
}

describe('who must enrol before anything else (issue 15)', () => {
  it('issue 15: an administrator without a second factor is asked to enrol before anything else', async () => {
    const admin = await signedIn(['admin']);
    const session = await t.as(admin, { method: 'GET', url: '/api/auth/session' });
    expect(session.json()).toMatchObject({ twoFactorEnrolmentRequired: true });
    const blocked = await t.as(admin, { method: 'GET', url: '/api/users' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().type).toContain('two_factor_enrolment_required');
    const status = await t.as(admin, { method: 'GET', url: '/api/auth/two-factor' });
    expect(status.json()).toEqual({ status: 'none', required: true, enrolmentRequired: true, recoveryCodesLeft: 0 });

    await enrolTwoFactor(t, admin);
    expect((await t.as(admin, { method: 'GET', url: '/api/users' })).statusCode).toBe(200);
    expect((await t.as(admin, { method: 'GET', url: '/api/auth/session' })).json()).toMatchObject({ twoFactorEnrolmentRequired: false });
  });

  it('issue 15: a partner account that can approve joint decisions must enrol; a partner alone and an officer need not', async () => {
    const approver = await signedIn(['partner', 'steering_member']);
    expect((await t.as(approver, { method: 'GET', url: '/api/auth/session' })).json().twoFactorEnrolmentRequired).toBe(true);
    for (const roles of [['partner'], ['officer']] as Role[][]) {
      const session = await signedIn(roles);
      expect((await t.as(session, { method: 'GET', url: '/api/auth/session' })).json().twoFactorEnrolmentRequired).toBe(false);
    }
  });

  it('issue 15: a user who must enrol may still log out', async () => {
    const admin = await signedIn(['admin']);
    expect((await t.as(admin, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
  });
});

describe('enrolment (issue 15)', () => {
  it('issue 15: shows the secret as a QR code and as a key in groups, and confirms only with a right code', async () => {
    const officer = await signedIn(['officer']);
    const start = await t.as(officer, { method: 'POST', url: '/api/auth/two-factor/enrolment' });
    expect(start.statusCode).toBe(200);
    const view = start.json();
    expect(view.otpauthUri).toMatch(/^otpauth:\/\/totp\/Samverkan:.*secret=[A-Z2-7]+/);
    expect(view.otpauthUri).toContain('algorithm=SHA1&digits=6&period=30');
    expect(view.qrCodeSvg).toMatch(/^<svg/);
    expect(view.manualKey).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    // The secret is sealed at rest, never stored as typed.
    const stored = await t.database.db.selectFrom('user_two_factor').selectAll().where('user_id', '=', officer.userId).executeTakeFirstOrThrow();
    expect(stored.status).toBe('pending');
    expect(stored.secret_ciphertext).not.toContain(view.manualKey.replace(/ /g, ''));
    expect(stored.secret_ciphertext).toMatch(/^v1\.db\./);

    const wrong = await t.as(officer, { method: 'POST', url: '/api/auth/two-factor/enrolment/confirm', payload: { code: '000000' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([expect.objectContaining({ path: 'code' })]);
    const secret = new URL(view.otpauthUri).searchParams.get('secret') ?? '';
    const confirmed = await t.as(officer, { method: 'POST', url: '/api/auth/two-factor/enrolment/confirm', payload: { code: totpCodeAt(secret) } });
    expect(confirmed.statusCode).toBe(200);
    const codes: string[] = confirmed.json().recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    // Only hashes are kept.
    const hashes = await t.database.db.selectFrom('user_recovery_code').select('code_hash').where('user_id', '=', officer.userId).execute();
    expect(hashes.map((h) => h.code_hash)).not.toContain(codes[0]);
    expect(await auditActions(officer.userId)).toContain('auth.second_factor.enrolled');

    const again = await t.as(officer, { method: 'POST', url: '/api/auth/two-factor/enrolment' });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a confirmation without a started enrolment (409) and malformed codes (400)', async () => {
    const officer = await signedIn(['officer']);
    expect((await t.as(officer, { method: 'POST', url: '/api/auth/two-factor/enrolment/confirm', payload: { code: '123456' } })).statusCode).toBe(409);
    for (const payload of [{}, { code: '12345' }, { code: 'abcdef' }, { code: 123456 }, { code: '123456', extra: 1 }]) {
      expect((await t.as(officer, { method: 'POST', url: '/api/auth/two-factor/enrolment/confirm', payload })).statusCode).toBe(400);
    }
  });
});

describe('signing in with a second factor (issue 15)', () => {
  it('issue 15: the password step gives a challenge and no session; a wrong code and a replayed code are refused and audited', async () => {
    const admin = await signedIn(['admin']);
    const { secret } = await enrolTwoFactor(t, admin);
    const ip = nextIp();

    const first = await passwordStep(t, admin.email, ip);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ secondFactorRequired: true, challenge: expect.any(String), expiresAt: expect.any(String) });
    expect(first.cookies.find((c) => c.name === 'samverkan_session')).toBeUndefined();
    const challenge = first.json().challenge;

    const wrong = await codeStep(t, { challenge, code: totpCodeAt(secret, 5) }, ip);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().type).toContain('invalid_second_factor');

    const code = totpCodeAt(secret, 1);
    const ok = await codeStep(t, { challenge, code }, ip);
    expect(ok.statusCode).toBe(200);
    const session = sessionOf(ok, admin.userId, admin.email);
    expect((await t.as(session, { method: 'GET', url: '/api/users' })).statusCode).toBe(200);

    // The challenge is single-use, and the same code with a new challenge is a replay.
    expect((await codeStep(t, { challenge, code }, ip)).statusCode).toBe(401);
    const second = (await passwordStep(t, admin.email, ip)).json();
    const replay = await codeStep(t, { challenge: second.challenge, code }, ip);
    expect(replay.statusCode).toBe(401);

    const failures = await t.database.db
      .selectFrom('audit_log')
      .select('changes')
      .where('entity_id', '=', admin.userId)
      .where('action', '=', 'auth.second_factor.failed')
      .orderBy('occurred_at')
      .execute();
    expect(failures.map((f) => f.changes.reason?.after)).toEqual(['wrong_code', 'replayed_code']);
    expect(await auditActions(admin.userId)).toContain('auth.login.succeeded');
  });

  it('issue 15: a recovery code works once, in any case and with or without its dash', async () => {
    const admin = await signedIn(['admin']);
    const { recoveryCodes } = await enrolTwoFactor(t, admin);
    const ip = nextIp();
    const code = (recoveryCodes[0] ?? '').toUpperCase().replace('-', ' ');
    const first = (await passwordStep(t, admin.email, ip)).json();
    expect((await codeStep(t, { challenge: first.challenge, recoveryCode: code }, ip)).statusCode).toBe(200);
    const second = (await passwordStep(t, admin.email, ip)).json();
    expect((await codeStep(t, { challenge: second.challenge, recoveryCode: recoveryCodes[0] }, ip)).statusCode).toBe(401);
    expect(await auditActions(admin.userId)).toContain('auth.second_factor.recovery_code_used');
    const status = await t.as(admin, { method: 'GET', url: '/api/auth/two-factor' });
    expect(status.json()).toMatchObject({ status: 'enrolled', recoveryCodesLeft: 9 });
  });

  it('issue 15: a challenge takes five wrong codes, then the password must be given again', async () => {
    const admin = await signedIn(['admin']);
    const { secret } = await enrolTwoFactor(t, admin);
    const ip = nextIp();
    const { challenge } = (await passwordStep(t, admin.email, ip)).json();
    for (let i = 0; i < 5; i += 1) {
      expect((await codeStep(t, { challenge, code: totpCodeAt(secret, 10 + i) }, ip)).statusCode).toBe(401);
    }
    const spent = await codeStep(t, { challenge, code: totpCodeAt(secret, 1) }, ip);
    expect(spent.statusCode).toBe(401);
    expect(spent.json().type).toContain('login_challenge_invalid');
  });

  it('never answers bad input of the code step with a 500', async () => {
    for (const payload of [
      {},
      { challenge: 'x' },
      { challenge: 'x', code: '12' },
      { challenge: 'x', code: '123456', recoveryCode: 'abcde-fghij' },
      { challenge: '', code: '123456' },
      { challenge: 'x'.repeat(101), code: '123456' },
      { challenge: 'x', recoveryCode: 'short' },
      { challenge: 'x', recoveryCode: '<script>alert(1)</script>' },
    ]) {
      expect((await codeStep(t, payload)).statusCode).toBe(400);
    }
    expect((await codeStep(t, { challenge: 'unknown', code: '123456' })).statusCode).toBe(401);
  });

  it('issue 15: with the setting off an administrator signs in with a password alone', async () => {
    const relaxed = await createTestApp();
    try {
      const admin = await relaxed.loginAs('admin');
      expect((await relaxed.as(admin, { method: 'GET', url: '/api/users' })).statusCode).toBe(200);
    } finally {
      await relaxed.close();
    }
  });
});

describe('recovery codes, turning off and the administrator reset (issue 15)', () => {
  it('issue 15: new recovery codes take a current code and replace the old ones', async () => {
    const admin = await signedIn(['admin']);
    const { secret, recoveryCodes } = await enrolTwoFactor(t, admin);
    expect((await t.as(admin, { method: 'POST', url: '/api/auth/two-factor/recovery-codes', payload: { code: '000000' } })).statusCode).toBe(400);
    const fresh = await t.as(admin, { method: 'POST', url: '/api/auth/two-factor/recovery-codes', payload: { code: totpCodeAt(secret, 1) } });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json().recoveryCodes).toHaveLength(10);
    const ip = nextIp();
    const { challenge } = (await passwordStep(t, admin.email, ip)).json();
    expect((await codeStep(t, { challenge, recoveryCode: recoveryCodes[0] }, ip)).statusCode).toBe(401);
    expect(await auditActions(admin.userId)).toContain('auth.second_factor.recovery_codes_regenerated');
  });

  it('issue 15: one’s own second factor can be turned off with a current code, but not while it is required', async () => {
    const admin = await signedIn(['admin']);
    const adminFactor = await enrolTwoFactor(t, admin);
    const refused = await t.as(admin, { method: 'POST', url: '/api/auth/two-factor/disable', payload: { code: totpCodeAt(adminFactor.secret, 1) } });
    expect(refused.statusCode).toBe(409);

    const officer = await signedIn(['officer']);
    const { secret } = await enrolTwoFactor(t, officer);
    expect((await t.as(officer, { method: 'POST', url: '/api/auth/two-factor/disable', payload: { code: '000000' } })).statusCode).toBe(400);
    await nextStepPassed(officer.userId);
    expect((await t.as(officer, { method: 'POST', url: '/api/auth/two-factor/disable', payload: { code: totpCodeAt(secret) } })).statusCode).toBe(204);
    expect((await t.as(officer, { method: 'GET', url: '/api/auth/two-factor' })).json().status).toBe('none');
    expect(await auditActions(officer.userId)).toContain('auth.second_factor.disabled');
    // Without a factor the password alone signs in again.
    const again = await passwordStep(t, officer.email, nextIp());
    expect(again.json().secondFactorRequired).toBeUndefined();
  });

  it('issue 15: an administrator resets another user’s second factor: their sessions end and they must enrol again', async () => {
    const admin = await signedIn(['admin']);
    await enrolTwoFactor(t, admin);
    const other = await signedIn(['admin']);
    await enrolTwoFactor(t, other);

    const officer = await signedIn(['officer']);
    expect((await t.as(officer, { method: 'POST', url: `/api/users/${other.userId}/two-factor/reset` })).statusCode).toBe(403);

    const reset = await t.as(admin, { method: 'POST', url: `/api/users/${other.userId}/two-factor/reset` });
    expect(reset.statusCode).toBe(204);
    expect((await t.as(other, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    const relogin = await passwordStep(t, other.email, nextIp());
    expect(relogin.json().twoFactorEnrolmentRequired).toBe(true);
    expect(await auditActions(other.userId)).toContain('auth.second_factor.reset');

    expect((await t.as(admin, { method: 'POST', url: `/api/users/${other.userId}/two-factor/reset` })).statusCode).toBe(409);
    expect((await t.as(admin, { method: 'POST', url: '/api/users/00000000-0000-4000-8000-000000000000/two-factor/reset' })).statusCode).toBe(404);
    expect((await t.as(admin, { method: 'POST', url: '/api/users/not-a-uuid/two-factor/reset' })).statusCode).toBe(400);
  });
});
