import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../tests/support/factories';
import { createTestApp, type Session, sessionCookieOf, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('admin');
});
afterAll(() => t.close());

async function createUser(payload: Record<string, unknown>) {
  return t.as(admin, { method: 'POST', url: '/api/users', payload });
}

describe('user administration', () => {
  it('creates a user with several roles and a generated temporary password shown once', async () => {
    const response = await createUser({ email: 'Anna.Berg@Stockholm.se', name: 'Anna Berg', roles: ['officer', 'review_group'] });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user).toMatchObject({
      email: 'anna.berg@stockholm.se',
      name: 'Anna Berg',
      roles: ['officer', 'review_group'],
      status: 'active',
      mustChangePassword: true,
      version: 1,
    });
    expect(body.temporaryPassword).toMatch(/^[\w]{5}-[\w]{5}-[\w]{5}-[\w]{5}$/);
    const stored = await t.database.db.selectFrom('app_user').select('password_hash').where('id', '=', body.user.id).executeTakeFirstOrThrow();
    expect(stored.password_hash.startsWith('$argon2id$')).toBe(true);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'anna.berg@stockholm.se', password: body.temporaryPassword },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user.mustChangePassword).toBe(true);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', body.user.id).where('action', '=', 'user.created').executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(admin.userId);
    expect(audit.changes).toMatchObject({ roles: { after: ['officer', 'review_group'] } });
    expect(JSON.stringify(audit.changes)).not.toContain('argon2');
  });

  it('refuses a taken e-mail address with 409 naming the field', async () => {
    await createUser({ email: 'dup@stockholm.se', name: 'Ett', roles: ['officer'] });
    const again = await createUser({ email: 'DUP@stockholm.se', name: 'Två', roles: ['officer'] });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'email_taken', errors: [{ path: 'email', message: 'E-postadressen används redan' }] });
  });

  it('validates input with Swedish messages per field', async () => {
    const response = await createUser({ email: 'inte-en-adress', name: '', roles: [], password: 'kort' });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['email', 'name', 'password', 'roles']);
    expect(response.json().errors.find((e: { path: string }) => e.path === 'roles').message).toBe('Välj minst en roll');
    const badRole = await createUser({ email: 'x@y.se', name: 'X', roles: ['superuser'] });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().errors[0].path).toBe('roles.0');
  });

  it('edits roles with optimistic concurrency: a stale version gets 409', async () => {
    const created = (await createUser({ email: 'edit@stockholm.se', name: 'Edit', roles: ['officer'] })).json().user;
    const ok = await t.as(admin, { method: 'PATCH', url: `/api/users/${created.id}`, payload: { version: 1, roles: ['manager'] } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ roles: ['manager'], version: 2 });
    const stale = await t.as(admin, { method: 'PATCH', url: `/api/users/${created.id}`, payload: { version: 1, name: 'Annat' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', created.id).where('action', '=', 'user.updated').executeTakeFirstOrThrow();
    expect(audit.changes).toEqual({ roles: { before: ['officer'], after: ['manager'] } });
  });

  it('disabling a user ends their sessions at once; the old cookie gets 401', async () => {
    const victim = await t.loginAs('officer');
    expect((await t.as(victim, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    const response = await t.as(admin, { method: 'POST', url: `/api/users/${victim.userId}/disable`, payload: { version: 1 } });
    expect(response.statusCode).toBe(200);
    expect(response.json().status).toBe('disabled');
    expect((await t.as(victim, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    const enabled = await t.as(admin, { method: 'POST', url: `/api/users/${victim.userId}/enable`, payload: { version: 2 } });
    expect(enabled.json().status).toBe('active');
  });

  it('does not let an administrator disable themself or drop their own admin role', async () => {
    const self = await t.as(admin, { method: 'POST', url: `/api/users/${admin.userId}/disable`, payload: { version: 1 } });
    expect(self.statusCode).toBe(409);
    expect(self.json().code).toBe('cannot_disable_self');
    const demote = await t.as(admin, { method: 'PATCH', url: `/api/users/${admin.userId}`, payload: { version: 1, roles: ['officer'] } });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().code).toBe('cannot_remove_own_admin');
  });

  it('resets a password: a new temporary one, sessions ended, change required', async () => {
    const victim = await t.loginAs('economist');
    const response = await t.as(admin, { method: 'POST', url: `/api/users/${victim.userId}/reset-password`, payload: { version: 1 } });
    expect(response.statusCode).toBe(200);
    const { user, temporaryPassword } = response.json();
    expect(user.mustChangePassword).toBe(true);
    expect((await t.as(victim, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: victim.email, password: temporaryPassword } });
    expect(login.statusCode).toBe(200);
    const cookie = sessionCookieOf(login);
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie, 'x-csrf-token': login.json().csrfToken },
      payload: { currentPassword: temporaryPassword, newPassword: 'my-own-new-password' },
    });
    expect(changed.json().user.mustChangePassword).toBe(false);
  });

  it('lists users by name with search, role filter, total and a working cursor', async () => {
    for (const name of ['Öberg Lina', 'Åström Per', 'Ahmed Sara']) {
      await makeUser(t.database.db, { name, roles: ['steering_member'] });
    }
    const first = await t.as(admin, { method: 'GET', url: '/api/users?role=steering_member&limit=2' });
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.total).toBe(3);
    expect(page1.items).toHaveLength(2);
    expect(page1.nextCursor).toEqual(expect.any(String));
    const second = await t.as(admin, { method: 'GET', url: `/api/users?role=steering_member&limit=2&cursor=${page1.nextCursor}` });
    const page2 = second.json();
    expect(page2.items).toHaveLength(1);
    expect(page2.nextCursor).toBeNull();
    const names = [...page1.items, ...page2.items].map((u: { name: string }) => u.name);
    expect(new Set(names)).toEqual(new Set(['Öberg Lina', 'Åström Per', 'Ahmed Sara']));
    const search = await t.as(admin, { method: 'GET', url: `/api/users?q=${encodeURIComponent('åström')}` });
    expect(search.json().items.map((u: { name: string }) => u.name)).toEqual(['Åström Per']);
  });

  it('answers a malformed cursor, id or filter with 400, an unknown id with 404', async () => {
    expect((await t.as(admin, { method: 'GET', url: '/api/users?cursor=garbage' })).statusCode).toBe(400);
    expect((await t.as(admin, { method: 'GET', url: '/api/users?role=king' })).statusCode).toBe(400);
    expect((await t.as(admin, { method: 'GET', url: '/api/users?limit=100000' })).statusCode).toBe(400);
    expect((await t.as(admin, { method: 'GET', url: '/api/users/not-a-uuid' })).json().errors[0].path).toBe('params.id');
    const missing = await t.as(admin, { method: 'GET', url: '/api/users/00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
  });

  it('refuses everyone but administrators with 403', async () => {
    const officer = await t.loginAs(['officer', 'manager', 'review_group', 'economist', 'steering_member', 'partner']);
    expect((await t.as(officer, { method: 'GET', url: '/api/users' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
  });
});

describe('changing an e-mail address', () => {
  it('checks the new address inside the same transaction (no deadlock on the embedded database)', async () => {
    const a = (await createUser({ email: 'first@stockholm.se', name: 'Första', roles: ['officer'] })).json().user;
    await createUser({ email: 'taken@stockholm.se', name: 'Andra', roles: ['officer'] });
    const taken = await t.as(admin, { method: 'PATCH', url: `/api/users/${a.id}`, payload: { version: 1, email: 'taken@stockholm.se' } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('email_taken');
    const ok = await t.as(admin, { method: 'PATCH', url: `/api/users/${a.id}`, payload: { version: 1, email: 'renamed@stockholm.se' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().email).toBe('renamed@stockholm.se');
  });
});

describe('the staff directory (INI-6: choosing a responsible manager)', () => {
  it('lists active users of one role by name with id and name only', async () => {
    const officer = await t.loginAs('officer');
    const active = await makeUser(t.database.db, { roles: ['manager'], name: 'Åsa Chefsdotter' });
    const disabled = await makeUser(t.database.db, { roles: ['manager'], name: 'Bo Slutat' });
    await t.database.db.updateTable('app_user').set({ status: 'disabled' }).where('id', '=', disabled.id).execute();
    const response = await t.as(officer, { method: 'GET', url: '/api/user-directory?role=manager' });
    expect(response.statusCode).toBe(200);
    const items: { id: string; name: string }[] = response.json().items;
    expect(items).toContainEqual({ id: active.id, name: 'Åsa Chefsdotter' });
    expect(items.some((u) => u.id === disabled.id)).toBe(false);
    expect(items.every((u) => Object.keys(u).sort().join() === 'id,name')).toBe(true);
    expect(items.some((u) => u.id === officer.userId)).toBe(false);
  });

  it('refuses other roles than the directory offers with 400, and outside parties with 403', async () => {
    const officer = await t.loginAs('officer');
    expect((await t.as(officer, { method: 'GET', url: '/api/user-directory?role=admin' })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: '/api/user-directory' })).statusCode).toBe(400);
    const partner = await t.loginAs('partner');
    expect((await t.as(partner, { method: 'GET', url: '/api/user-directory?role=manager' })).statusCode).toBe(403);
  });

  it('IOP-6: lists steering members to those who keep governance bodies, so a partner’s representative can be linked', async () => {
    const member = await makeUser(t.database.db, { roles: ['steering_member'], name: 'Östen Partnersson' });
    for (const role of ['officer', 'manager', 'admin'] as const) {
      const response = await t.as(await t.loginAs(role), { method: 'GET', url: '/api/user-directory?role=steering_member' });
      expect(response.statusCode, role).toBe(200);
      expect(response.json().items, role).toContainEqual({ id: member.id, name: 'Östen Partnersson' });
    }
    for (const role of ['review_group', 'economist'] as const) {
      expect((await t.as(await t.loginAs(role), { method: 'GET', url: '/api/user-directory?role=steering_member' })).statusCode, role).toBe(403);
    }
    const steering = await t.loginAs('steering_member');
    expect((await t.as(steering, { method: 'GET', url: '/api/user-directory?role=steering_member' })).statusCode).toBe(403);
  });
});
