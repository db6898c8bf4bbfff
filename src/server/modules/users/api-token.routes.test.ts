import type { KyselyPlugin, OperationNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { buildApp } from '../../app';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('admin');
});
afterAll(() => t.close());

function bearer(secret: string, url = '/api/users') {
  return t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${secret}` } });
}

describe('API tokens', () => {
  it('creates a token whose secret is shown once and stored only as a hash', async () => {
    const response = await t.as(admin, { method: 'POST', url: '/api/api-tokens', payload: { name: 'Ekonomisystem', roles: ['economist'] } });
    expect(response.statusCode).toBe(201);
    const { token, secret } = response.json();
    expect(secret).toMatch(/^svk_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: 'Ekonomisystem', roles: ['economist'], revokedAt: null, prefix: secret.slice(0, 10) });
    expect(token).not.toHaveProperty('secret');
    const row = await t.database.db.selectFrom('api_token').selectAll().where('id', '=', token.id).executeTakeFirstOrThrow();
    expect(row.token_hash).not.toContain(secret.slice(4));
    const list = await t.as(admin, { method: 'GET', url: '/api/api-tokens' });
    expect(JSON.stringify(list.json())).not.toContain(secret);
  });

  it('authenticates integrations with its roles and needs no CSRF token for writes', async () => {
    const { secret } = (await t.as(admin, { method: 'POST', url: '/api/api-tokens', payload: { name: 'Integration', roles: ['admin'] } })).json();
    expect((await bearer(secret)).statusCode).toBe(200);
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { authorization: `Bearer ${secret}` },
      payload: { email: 'via-token@stockholm.se', name: 'Via token', roles: ['officer'] },
    });
    expect(write.statusCode).toBe(201);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', write.json().user.id).executeTakeFirstOrThrow();
    expect(audit.actor_type).toBe('token');
    expect(audit.actor_label).toBe('Integration');
  });

  it('gives a token only the access of its roles', async () => {
    const { secret } = (await t.as(admin, { method: 'POST', url: '/api/api-tokens', payload: { name: 'Läsare', roles: ['officer'] } })).json();
    expect((await bearer(secret)).statusCode).toBe(403);
  });

  it('stops working at once when revoked; revoking twice is a conflict', async () => {
    const { token, secret } = (await t.as(admin, { method: 'POST', url: '/api/api-tokens', payload: { name: 'Kortlivad', roles: ['admin'] } })).json();
    const revoked = await t.as(admin, { method: 'POST', url: `/api/api-tokens/${token.id}/revoke`, payload: { version: token.version } });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).toEqual(expect.any(String));
    expect((await bearer(secret)).statusCode).toBe(401);
    const again = await t.as(admin, { method: 'POST', url: `/api/api-tokens/${token.id}/revoke`, payload: { version: 2 } });
    expect(again.statusCode).toBe(409);
    const active = (await t.as(admin, { method: 'GET', url: '/api/api-tokens' })).json();
    expect(active.items.some((i: { id: string }) => i.id === token.id)).toBe(false);
    const all = (await t.as(admin, { method: 'GET', url: '/api/api-tokens?includeRevoked=true' })).json();
    expect(all.items.some((i: { id: string }) => i.id === token.id)).toBe(true);
  });

  it('refuses an expired token', async () => {
    const { token, secret } = (await t.as(admin, { method: 'POST', url: '/api/api-tokens', payload: { name: 'Utgången', roles: ['admin'], expiresAt: '2030-01-01' } })).json();
    expect((await bearer(secret)).statusCode).toBe(200);
    await t.database.db.updateTable('api_token').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', token.id).execute();
    expect((await bearer(secret)).statusCode).toBe(401);
  });

  it('refuses an unknown or malformed bearer token with 401', async () => {
    expect((await bearer('svk_unknown')).statusCode).toBe(401);
    const malformed = await t.app.inject({ method: 'GET', url: '/api/users', headers: { authorization: 'Basic abc' } });
    expect(malformed.statusCode).toBe(401);
  });

  it('validates creation input', async () => {
    const response = await t.as(admin, { method: 'POST', url: '/api/api-tokens', payload: { name: '', roles: [], expiresAt: '2030-13-45' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['expiresAt', 'name', 'roles']);
  });
});

describe('last-used stamp of API tokens', () => {
  it('sends no UPDATE of the token on a read by id within a minute of the last stamp', async () => {
    // The same database, seen through a plugin that notes every UPDATE of api_token it is sent.
    const updates: OperationNode[] = [];
    const recorder: KyselyPlugin = {
      transformQuery: ({ node }) => {
        if (node.kind === 'UpdateQueryNode' && JSON.stringify(node.table).includes('"api_token"')) updates.push(node);
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    const watched = await buildApp({
      config: t.config,
      database: { ...t.database, db: t.database.db.withPlugin(recorder) },
      logger: false,
    });
    try {
      const { token, secret } = (await t.as(admin, { method: 'POST', url: '/api/api-tokens', payload: { name: 'Läser', roles: ['admin'] } })).json();
      const read = () => watched.inject({ method: 'GET', url: `/api/users/${admin.userId}`, headers: { authorization: `Bearer ${secret}` } });
      for (let i = 0; i < 5; i += 1) expect((await read()).statusCode).toBe(200);
      // Only the first use stamps the token.
      expect(updates).toHaveLength(1);
      const stamped = await t.database.db.selectFrom('api_token').select('last_used_at').where('id', '=', token.id).executeTakeFirstOrThrow();
      expect(stamped.last_used_at).not.toBeNull();
      // A minute later the next use stamps it again.
      await t.database.db
        .updateTable('api_token')
        .set({ last_used_at: new Date(Date.now() - 61_000) })
        .where('id', '=', token.id)
        .execute();
      expect((await read()).statusCode).toBe(200);
      expect(updates).toHaveLength(2);
      const restamped = await t.database.db.selectFrom('api_token').select('last_used_at').where('id', '=', token.id).executeTakeFirstOrThrow();
      expect(Date.now() - (restamped.last_used_at?.getTime() ?? 0)).toBeLessThan(10_000);
    } finally {
      await watched.close();
    }
  });
});
