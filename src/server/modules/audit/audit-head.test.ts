import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { auditHead } from '../../../shared/audit/audit.schemas';
import { ROLES } from '../../../shared/users/roles';
import { AUDIT_HEAD_CRON, AUDIT_HEAD_JOB, appendAuditHead } from './audit-head.job';
import { checkArchivedHeads, readAuditHead, verifyAuditChain } from './audit.service';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('admin');
});
afterAll(() => t.close());

/** Runs the publishing job once with a logger whose lines are collected. */
async function publishHead(): Promise<{ result: unknown; logLines: Record<string, unknown>[] }> {
  const job = t.app.jobs.registry.get(AUDIT_HEAD_JOB);
  if (!job) throw new Error('the audit head job is not declared');
  const logLines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  // Fastify's own logger (pino) writing to the sink: the same lines the app would write.
  const { log } = Fastify({ logger: { level: 'info', stream: sink } });
  const ctx = { db: t.database.db, log, timeZone: 'Europe/Stockholm', publicUrl: '', now: new Date(), jobId: 'test', attempt: 1 };
  const result = await job.handler(ctx, {});
  return { result, logLines };
}

const headLines = () =>
  fs.existsSync(t.config.auditHeadFile)
    ? fs.readFileSync(t.config.auditHeadFile, 'utf8').trim().split('\n').map((line) => auditHead.parse(JSON.parse(line)))
    : [];

async function deleteNewestRows(count: number): Promise<void> {
  const db = t.database.db;
  await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_immutable`.execute(db);
  await sql`DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT ${count})`.execute(db);
  await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_immutable`.execute(db);
}

describe('audit chain head (issue 16: audit tail anchoring)', () => {
  it('is the last row: its id, hash and time, the row count and when it was read', async () => {
    await makeUser(t.database.db);
    const last = await t.database.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    const rows = Number((await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    const now = new Date('2026-12-06T12:00:00Z');
    expect(await readAuditHead(t.database.db, now)).toEqual({
      id: String(last.id),
      hash: last.hash,
      occurredAt: last.occurred_at.toISOString(),
      rows,
      readAt: now.toISOString(),
    });
  });

  it('is published every 15 minutes: one log line `audit chain head` and one JSON line appended to AUDIT_HEAD_FILE', async () => {
    expect(t.app.jobs.registry.get(AUDIT_HEAD_JOB)).toMatchObject({ cron: AUDIT_HEAD_CRON });
    expect(AUDIT_HEAD_CRON).toBe('*/15 * * * *');
    const before = headLines().length;
    const first = await publishHead();
    await makeUser(t.database.db);
    const second = await publishHead();
    const lines = headLines();
    expect(lines).toHaveLength(before + 2);
    expect(lines.at(-2)).toEqual(first.result);
    expect(lines.at(-1)).toEqual(second.result);
    expect(lines.at(-1)?.id).toBe((await readAuditHead(t.database.db)).id);
    const logged = second.logLines.filter((l) => l.msg === 'audit chain head');
    expect(logged).toHaveLength(1);
    expect(logged[0]?.auditHead).toMatchObject({ id: lines.at(-1)?.id, hash: lines.at(-1)?.hash });
  });

  it('appends whole lines when many writers append at once, each with its own open file (as several processes do)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-heads-'));
    try {
      const file = path.join(dir, 'nested', 'audit-heads.jsonl');
      const head = await readAuditHead(t.database.db);
      await Promise.all(Array.from({ length: 200 }, (_, i) => appendAuditHead(file, { ...head, rows: i })));
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      expect(lines.pop()).toBe('');
      const rows = lines.map((line) => auditHead.parse(JSON.parse(line)).rows).sort((a, b) => (a ?? 0) - (b ?? 0));
      expect(rows).toEqual(Array.from({ length: 200 }, (_, i) => i));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('notices the newest rows removed with the trigger off, which the chain walk alone cannot (the acceptance test)', async () => {
    for (let i = 0; i < 4; i += 1) await makeUser(t.database.db);
    const { result } = await publishHead();
    const archived = auditHead.parse(result);
    expect((await checkArchivedHeads(t.database.db, [archived]))[0]?.result).toEqual({ kind: 'match' });

    await deleteNewestRows(3);

    // The remaining rows still link up: walking the chain finds nothing wrong.
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, rows: (archived.rows ?? 0) - 3 });
    // The archived head does.
    const lastId = (await readAuditHead(t.database.db)).id;
    const [check] = await checkArchivedHeads(t.database.db, [archived]);
    expect(check?.result).toEqual({ kind: 'shorter', archivedId: archived.id, lastId, missingAtLeast: 3 });
    expect(BigInt(archived.id ?? '0') - BigInt(lastId ?? '0')).toBe(3n);
  });

  it('notices a cut after which the chain went on, and a head whose row was rewritten', async () => {
    await makeUser(t.database.db);
    await makeUser(t.database.db);
    const archived = await readAuditHead(t.database.db);
    await deleteNewestRows(1);
    await makeUser(t.database.db);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
    expect((await checkArchivedHeads(t.database.db, [archived]))[0]?.result).toMatchObject({ kind: 'missing', archivedId: archived.id });

    const current = await readAuditHead(t.database.db);
    const [check] = await checkArchivedHeads(t.database.db, [{ ...current, hash: 'f'.repeat(64) }]);
    expect(check?.result).toEqual({ kind: 'mismatch', archivedId: current.id, archivedHash: 'f'.repeat(64), actualHash: current.hash });
  });
});

describe('GET /api/audit/head per role (issue 16: audit tail anchoring)', () => {
  it('answers an administrator with the current head, refuses every other role and the public', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/audit/head' })).statusCode).toBe(401);
    for (const role of ROLES) {
      const session = role === 'admin' ? admin : await t.loginAs(role);
      const response = await t.as(session, { method: 'GET', url: '/api/audit/head' });
      expect(response.statusCode, role).toBe(role === 'admin' ? 200 : 403);
    }
    const response = await t.as(admin, { method: 'GET', url: '/api/audit/head' });
    const head = auditHead.parse(response.json());
    const expected = await readAuditHead(t.database.db);
    expect({ ...head, readAt: undefined }).toEqual({ ...expected, readAt: undefined });
  });

  it('answers a monitor holding an API token with the administrator role, and refuses one with another role', async () => {
    const tokenFor = async (roles: string[]) =>
      (await t.as(admin, { method: 'POST', url: '/api/api-tokens', payload: { name: `Övervakning ${roles.join()}`, roles } })).json().secret as string;
    const monitor = await tokenFor(['admin']);
    const other = await tokenFor(['economist']);
    const read = (secret: string) => t.app.inject({ method: 'GET', url: '/api/audit/head', headers: { authorization: `Bearer ${secret}` } });
    expect((await read(monitor)).statusCode).toBe(200);
    expect(auditHead.parse((await read(monitor)).json()).id).toBe((await readAuditHead(t.database.db)).id);
    expect((await read(other)).statusCode).toBe(403);
  });

  it('takes no input: a query string with a NUL is refused with 400, never 500', async () => {
    expect((await t.as(admin, { method: 'GET', url: '/api/audit/head?x=%00' })).statusCode).toBe(400);
  });
});
