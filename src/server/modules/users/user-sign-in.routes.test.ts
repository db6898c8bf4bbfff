import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { Role } from '../../../shared/users/roles';
import { SSO_ONLY_PASSWORD_HASH } from './password';

// Issue 15: the users list says how each account signs in, read in the list's own query.
let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('admin');
  // The listing administrator has a factor, so turning the requirement on below does not stop them.
  await enrol(admin.userId, 'enrolled');
});
afterAll(() => t.close());

async function enrol(userId: string, status: 'pending' | 'enrolled') {
  const now = new Date();
  await t.database.db
    .insertInto('user_two_factor')
    .values({ user_id: userId, secret_ciphertext: 'sealed', status, created_at: now, confirmed_at: status === 'enrolled' ? now : null })
    .execute();
}

async function linkIdentity(userId: string) {
  await t.database.db.insertInto('sso_identity').values({ issuer: 'https://idp.example', subject: userId, user_id: userId, created_at: new Date() }).execute();
}

async function person(name: string, roles: Role[]) {
  return makeUser(t.database.db, { name: `Inloggningssätt ${name}`, roles });
}

async function setSetting(key: 'auth.two_factor_required' | 'auth.staff_local_passwords', value: boolean) {
  await t.database.db
    .insertInto('setting')
    .values({ key, value: JSON.stringify(value), updated_at: new Date() })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
    .execute();
}

async function listed() {
  const response = await t.as(admin, { method: 'GET', url: '/api/users?q=Inloggningss%C3%A4tt&limit=50' });
  expect(response.statusCode, response.body).toBe(200);
  return new Map<string, { signIn: Record<string, unknown>; organisationId: string | null }>(
    response.json().items.map((u: { name: string }) => [u.name.replace('Inloggningssätt ', ''), u]),
  );
}

describe('how each account signs in, on the users list (issue 15)', () => {
  it('tells single sign-on, passwords, the break-glass account and the second factor apart', async () => {
    await person('lokal', ['officer']);
    const linked = await person('länkad', ['officer']);
    await linkIdentity(linked.id);
    const ssoOnly = await person('bara-sso', ['admin']);
    await t.database.db.updateTable('app_user').set({ password_hash: SSO_ONLY_PASSWORD_HASH }).where('id', '=', ssoOnly.id).execute();
    await linkIdentity(ssoOnly.id);
    const reserve = await person('reserv', ['admin']);
    await t.database.db.deleteFrom('break_glass_account').execute();
    await t.database.db.insertInto('break_glass_account').values({ user_id: reserve.id, marked_at: new Date() }).execute();
    const withFactor = await person('med-faktor', ['officer']);
    await enrol(withFactor.id, 'enrolled');
    const pendingAdmin = await person('påbörjad', ['admin']);
    await enrol(pendingAdmin.id, 'pending');
    await person('partner', ['partner']);

    const base = { sso: false, hasPassword: true, passwordAllowed: true, breakGlass: false, secondFactor: 'off' };
    let users = await listed();
    expect(users.get('lokal')?.signIn).toEqual(base);
    expect(users.get('länkad')?.signIn).toEqual({ ...base, sso: true });
    expect(users.get('bara-sso')?.signIn).toEqual({ ...base, sso: true, hasPassword: false });
    expect(users.get('reserv')?.signIn).toEqual({ ...base, breakGlass: true });
    expect(users.get('med-faktor')?.signIn).toEqual({ ...base, secondFactor: 'on' });
    expect(users.get('påbörjad')?.signIn).toEqual(base);

    // Required for administrators: missing where a password sign-in would be asked, not for single sign-on only.
    await setSetting('auth.two_factor_required', true);
    users = await listed();
    expect(users.get('reserv')?.signIn.secondFactor).toBe('missing');
    expect(users.get('påbörjad')?.signIn.secondFactor).toBe('missing');
    expect(users.get('bara-sso')?.signIn.secondFactor).toBe('off');
    expect(users.get('lokal')?.signIn.secondFactor).toBe('off');

    // Staff passwords off: only the break-glass account and partners may use theirs.
    await setSetting('auth.staff_local_passwords', false);
    users = await listed();
    expect(users.get('lokal')?.signIn).toMatchObject({ hasPassword: true, passwordAllowed: false });
    expect(users.get('reserv')?.signIn).toMatchObject({ passwordAllowed: true, secondFactor: 'missing' });
    expect(users.get('partner')?.signIn).toMatchObject({ passwordAllowed: true });
    // An administrator who cannot use a password now is not asked for a factor either.
    expect(users.get('påbörjad')?.signIn.secondFactor).toBe('off');
    await setSetting('auth.staff_local_passwords', true);
    await setSetting('auth.two_factor_required', false);
  });

  it('an administrator’s password reset gives an account made by single sign-on a password', async () => {
    const ssoOnly = await person('ny-sso', ['officer']);
    const row = await t.database.db
      .updateTable('app_user')
      .set({ password_hash: SSO_ONLY_PASSWORD_HASH })
      .where('id', '=', ssoOnly.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    await linkIdentity(ssoOnly.id);
    expect((await listed()).get('ny-sso')?.signIn).toMatchObject({ sso: true, hasPassword: false });
    const reset = await t.as(admin, { method: 'POST', url: `/api/users/${ssoOnly.id}/reset-password`, payload: { version: row.version } });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await listed()).get('ny-sso')?.signIn).toMatchObject({ sso: true, hasPassword: true });
  });
});
