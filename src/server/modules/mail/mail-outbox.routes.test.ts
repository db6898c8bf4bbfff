import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { MailOutboxPage, MailView } from '../../../shared/mail/mail.schemas';
import { ROLES } from '../../../shared/users/roles';
import { queueMail } from './mail.queue';

// No SMTP configured, but the job runner is on: nothing may leave the outbox.
let t: TestApp;
let admin: Session;
const ids: string[] = [];
beforeAll(async () => {
  t = await createTestApp({}, { jobs: { pollingIntervalSeconds: 0.5 } });
  admin = await t.loginAs('admin');
  for (const [i, to] of ['anna@example.se', 'bertil@example.se', 'cecilia@example.se'].entries()) {
    ids.push(await queueMail(t.database.db, { kind: i === 0 ? 'test.digest' : 'test.handoff', to, subject: `Meddelande ${i}`, text: `Text ${i}` }));
    // The embedded database's clock counts milliseconds: mails queued in the same one tie on time.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
});
afterAll(() => t.close());

const NIL = '00000000-0000-4000-8000-000000000000';
const get = async (url: string, session = admin) => t.as(session, { method: 'GET', url });
const page = async (query = '') => (await get(`/api/admin/mail?${query}`)).json() as MailOutboxPage;

describe('the outbox without SMTP (issue 12: "without SMTP configured the app still runs and admin sees the outgoing mail in an outbox page")', () => {
  it('queued mail stays queued, and the outbox says that SMTP is not configured', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const all = await page();
    expect(all.delivery).toMatchObject({ smtpConfigured: false, from: null, counts: { queued: 3 } });
    expect(all.items.map((m) => m.status)).toEqual(['queued', 'queued', 'queued']);
    expect(all.items.every((m) => m.attempts === 0)).toBe(true);
  });

  it('lists newest first with filters on status, kind and recipient, and pages with a cursor', async () => {
    expect((await page()).items.map((m) => m.id)).toEqual([...ids].reverse());
    expect((await page('kind=test.digest')).items.map((m) => m.recipient)).toEqual(['anna@example.se']);
    expect((await page('recipient=BERT')).items.map((m) => m.id)).toEqual([ids[1]]);
    expect((await page('status=sent')).items).toEqual([]);
    expect((await page('status=queued&kind=test.handoff')).total).toBe(2);
    const first = await page('limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.total).toBe(3);
    const second = await page(`limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((m) => m.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
    expect(first.delivery.kinds).toEqual(['test.digest', 'test.handoff']);
  });

  it('shows one mail with its text; only a failed mail can be sent again', async () => {
    const view = (await get(`/api/admin/mail/${ids[0]}`)).json() as MailView;
    expect(view).toMatchObject({ id: ids[0], recipient: 'anna@example.se', subject: 'Meddelande 0', text: 'Text 0', html: null, status: 'queued' });
    const queued = await t.as(admin, { method: 'POST', url: `/api/admin/mail/${ids[0]}/retry` });
    expect(queued.statusCode).toBe(409);
    expect(queued.json()).toMatchObject({ code: 'mail_not_failed', title: 'Bara ett misslyckat e-postmeddelande kan skickas igen' });

    await t.database.db.updateTable('mail_message').set({ status: 'failed', attempts: 6, last_error: 'Connection refused', failed_at: new Date() }).where('id', '=', ids[1]!).execute();
    const failed = await page('status=failed');
    expect(failed.items).toEqual([expect.objectContaining({ id: ids[1], attempts: 6, lastError: 'Connection refused' })]);
    const retried = await t.as(admin, { method: 'POST', url: `/api/admin/mail/${ids[1]}/retry` });
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'queued', attempts: 0, failedAt: null, lastError: 'Connection refused' });
    const audit = (await get(`/api/audit-log?entityType=mail_message&entityId=${ids[1]}`)).json() as { items: { action: string; actorId: string }[] };
    expect(audit.items).toEqual([expect.objectContaining({ action: 'mail.retried', actorId: admin.userId })]);
  });
});

describe('outbox routes per role and bad input', () => {
  it('admin only; the public gets 401 and every other role 403', async () => {
    const routes: [string, string][] = [
      ['GET', '/api/admin/mail'],
      ['GET', `/api/admin/mail/${ids[2]}`],
      ['POST', `/api/admin/mail/${ids[2]}/retry`],
    ];
    for (const [method, url] of routes) {
      expect((await t.app.inject({ method: method as 'GET', url })).statusCode, url).toBe(401);
      for (const role of ROLES.filter((r) => r !== 'admin')) {
        const response = await t.as(await t.loginAs(role), { method: method as 'GET', url });
        expect(response.statusCode, `${role} ${method} ${url}`).toBe(403);
      }
    }
    expect((await get('/api/admin/mail')).statusCode).toBe(200);
    expect((await get(`/api/admin/mail/${ids[2]}`)).statusCode).toBe(200);
  });

  it('bad input is 400 with the field named, never 500; an unknown mail is 404', async () => {
    for (const [query, field] of [
      ['status=lost', 'status'],
      ['limit=0', 'limit'],
      ['limit=many', 'limit'],
      [`kind=${'k'.repeat(101)}`, 'kind'],
      ['recipient=', 'recipient'],
      ['cursor=not-a-cursor', 'cursor'],
      ['unknown=1', 'unknown'],
    ]) {
      const response = await get(`/api/admin/mail?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect((response.json() as { errors: { path: string }[] }).errors.map((e) => e.path.replace(/^query\./, '')), query).toContain(field);
    }
    expect((await get('/api/admin/mail/nope')).statusCode).toBe(400);
    expect((await t.as(admin, { method: 'POST', url: '/api/admin/mail/nope/retry' })).statusCode).toBe(400);
    expect((await get(`/api/admin/mail/${NIL}`)).statusCode).toBe(404);
    expect((await t.as(admin, { method: 'POST', url: `/api/admin/mail/${NIL}/retry` })).statusCode).toBe(404);
  });
});
