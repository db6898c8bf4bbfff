import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { systemContext } from '../../http/request-context';
import { recordAudit, verifyAuditChain } from './audit.service';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('admin');
});
afterAll(() => t.close());

const countRows = async () =>
  Number((await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

describe('audit log', () => {
  it('links every row to the previous one: the chain verifies', async () => {
    await makeUser(t.database.db);
    await makeUser(t.database.db);
    const result = await verifyAuditChain(t.database.db, 2);
    expect(result.ok).toBe(true);
    expect(result.rows).toBe(await countRows());
    const rows = await t.database.db.selectFrom('audit_log').select(['prev_hash', 'hash']).orderBy('id').execute();
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
  });

  it('writes no audit row when the transaction of the change fails', async () => {
    const before = await countRows();
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await recordAudit(trx, systemContext('test'), { action: 'test.event', entityType: 'test', entityId: '1' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await countRows()).toBe(before);
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await expect(sql`UPDATE audit_log SET action = 'forged'`.execute(t.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(t.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(t.database.db)).rejects.toThrow(/append-only/);
  });

  it('keeps the chain intact under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.database.db.transaction().execute((trx) =>
          recordAudit(trx, systemContext('test'), { action: 'test.concurrent', entityType: 'test', entityId: String(i) }),
        ),
      ),
    );
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('lists entries for administrators, filtered by entity, actor, action and time', async () => {
    const user = await makeUser(t.database.db, { name: 'Filtrerad' });
    const byEntity = await t.as(admin, { method: 'GET', url: `/api/audit-log?entityType=user&entityId=${user.id}` });
    expect(byEntity.statusCode).toBe(200);
    expect(byEntity.json().items).toHaveLength(1);
    expect(byEntity.json().items[0]).toMatchObject({ action: 'user.created', entityId: user.id, changes: { name: { after: 'Filtrerad' } } });

    const byActor = await t.as(admin, { method: 'GET', url: `/api/audit-log?actorId=${admin.userId}&action=auth.login` });
    expect(byActor.json().items.map((e: { action: string }) => e.action)).toEqual(['auth.login.succeeded']);

    const future = encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString());
    const none = await t.as(admin, { method: 'GET', url: `/api/audit-log?from=${future}` });
    expect(none.json()).toEqual({ items: [], nextCursor: null, total: 0 });

    const page = await t.as(admin, { method: 'GET', url: '/api/audit-log?limit=2' });
    const next = await t.as(admin, { method: 'GET', url: `/api/audit-log?limit=2&cursor=${page.json().nextCursor}` });
    const firstIds = page.json().items.map((e: { id: string }) => Number(e.id));
    const nextIds = next.json().items.map((e: { id: string }) => Number(e.id));
    expect(Math.min(...firstIds)).toBeGreaterThan(Math.max(...nextIds));

    expect((await t.as(admin, { method: 'GET', url: '/api/audit-log?from=yesterday' })).statusCode).toBe(400);
  });

  it('reports the first row whose content was changed behind its back (trigger disabled)', async () => {
    const user = await makeUser(t.database.db, { name: 'Manipulerad' });
    const target = await t.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('entity_id', '=', user.id)
      .executeTakeFirstOrThrow();
    await makeUser(t.database.db);
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_immutable`.execute(t.database.db);
    await sql`UPDATE audit_log SET actor_label = 'someone else' WHERE id = ${target.id}`.execute(t.database.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_immutable`.execute(t.database.db);
    const result = await verifyAuditChain(t.database.db);
    expect(result).toMatchObject({ ok: false, brokenId: target.id, reason: 'content does not match its hash' });
  });
});
