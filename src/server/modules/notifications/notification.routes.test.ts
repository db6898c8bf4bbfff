import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationsMatrix } from '../../../../tests/support/authorization-matrix.notifications';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { NOTIFICATION_TYPES } from '../../../shared/notifications/notification.rules';
import { ROLES, type Role } from '../../../shared/users/roles';
import { systemContext } from '../../http/request-context';
import { notify } from './notify';

let t: TestApp;
const sessions = new Map<Role, Session>();
let anna: Session;
let bertil: Session;
const NIL = '00000000-0000-4000-8000-000000000000';
const publicUrl = 'https://samverkan.test';

async function tell(userId: string, summary: string, type: (typeof NOTIFICATION_TYPES)[number] = 'deviation_routed'): Promise<void> {
  await t.database.db.transaction().execute((trx) =>
    notify(trx, { type, recipients: [userId], actor: systemContext('test').actor, summary, link: '/avvikelser/1' }, { publicUrl }),
  );
}

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: publicUrl });
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  anna = await t.loginAs('officer');
  bertil = await t.loginAs('manager');
});
afterAll(() => t.close());

describe('notification access', () => {
  for (const route of Object.keys(notificationsMatrix)) {
    it(`${route}: every logged-in role, 401 for the public`, async () => {
      const [method = 'GET', url = ''] = route.split(' ');
      const concrete = url.replace(':id', NIL);
      expect((await t.app.inject({ method: method as 'GET', url: concrete })).statusCode).toBe(401);
      for (const role of ROLES) {
        const payload = method === 'PUT' ? { language: 'sv', deliveries: [] } : method === 'POST' ? {} : undefined;
        const response = await t.as(sessions.get(role)!, { method: method as 'GET', url: concrete, ...(payload ? { payload } : {}) });
        expect([401, 403], `${role}: ${response.body}`).not.toContain(response.statusCode);
        expect(response.statusCode).toBeLessThan(500);
      }
    });
  }
});

describe('the bell (issue 12)', () => {
  it('lists the caller’s own notifications, newest first, with the unread count', async () => {
    await tell(anna.userId, 'Första');
    await tell(anna.userId, 'Andra');
    await tell(bertil.userId, 'Bertils');
    const list = await t.as(anna, { method: 'GET', url: '/api/notifications' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((n: { summary: string }) => n.summary)).toEqual(['Andra', 'Första']);
    expect(list.json().unread).toBe(2);
    expect(list.json().items[0]).toMatchObject({ type: 'deviation_routed', link: '/avvikelser/1', readAt: null });
    expect((await t.as(anna, { method: 'GET', url: '/api/notifications/unread-count' })).json()).toEqual({ count: 2 });
  });

  it('marks one read, and refuses another user’s notification with 404', async () => {
    const [first] = (await t.as(anna, { method: 'GET', url: '/api/notifications' })).json().items as { id: string }[];
    expect((await t.as(bertil, { method: 'POST', url: `/api/notifications/${first!.id}/read` })).statusCode).toBe(404);
    expect((await t.as(anna, { method: 'POST', url: `/api/notifications/${NIL}/read` })).statusCode).toBe(404);
    const read = await t.as(anna, { method: 'POST', url: `/api/notifications/${first!.id}/read` });
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect((await t.as(anna, { method: 'GET', url: '/api/notifications/unread-count' })).json()).toEqual({ count: 1 });
    expect((await t.as(anna, { method: 'GET', url: '/api/notifications?unreadOnly=true' })).json().items).toHaveLength(1);
    // Bertil's stays unread.
    expect((await t.as(bertil, { method: 'GET', url: '/api/notifications/unread-count' })).json()).toEqual({ count: 1 });
  });

  it('marks all of the caller’s notifications read, and only the caller’s', async () => {
    const all = await t.as(anna, { method: 'POST', url: '/api/notifications/read-all' });
    expect(all.json()).toEqual({ marked: 1 });
    expect((await t.as(anna, { method: 'GET', url: '/api/notifications/unread-count' })).json()).toEqual({ count: 0 });
    expect((await t.as(bertil, { method: 'GET', url: '/api/notifications/unread-count' })).json()).toEqual({ count: 1 });
  });

  it('refuses an API token (403): notifications belong to people', async () => {
    const created = await t.as(sessions.get('admin')!, { method: 'POST', url: '/api/api-tokens', payload: { name: 'Integration', roles: ['officer'] } });
    expect(created.statusCode).toBe(201);
    const response = await t.app.inject({ method: 'GET', url: '/api/notifications', headers: { authorization: `Bearer ${created.json().secret}` } });
    expect(response.statusCode).toBe(403);
  });

  it('answers 400, never 500, for bad input', async () => {
    expect((await t.as(anna, { method: 'POST', url: '/api/notifications/not-a-uuid/read' })).statusCode).toBe(400);
    expect((await t.as(anna, { method: 'GET', url: '/api/notifications?limit=0' })).statusCode).toBe(400);
    expect((await t.as(anna, { method: 'GET', url: '/api/notifications?limit=abc' })).statusCode).toBe(400);
    expect((await t.as(anna, { method: 'GET', url: '/api/notifications?unreadOnly=maybe' })).statusCode).toBe(400);
    expect((await t.as(anna, { method: 'GET', url: '/api/notifications?other=1' })).statusCode).toBe(400);
  });
});

describe('preferences per type and mail language', () => {
  it('starts from the defaults: e-mail at once for decisions and returned reports, the digest for the rest, Swedish', async () => {
    const response = await t.as(anna, { method: 'GET', url: '/api/notifications/preferences' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.language).toBe('sv');
    expect(body.deliveries.map((d: { type: string }) => d.type)).toEqual([...NOTIFICATION_TYPES]);
    expect(body.deliveries.find((d: { type: string }) => d.type === 'decision_awaiting_approval')).toEqual({ type: 'decision_awaiting_approval', delivery: 'email', isDefault: true });
    expect(body.deliveries.find((d: { type: string }) => d.type === 'deviation_routed')).toEqual({ type: 'deviation_routed', delivery: 'digest', isDefault: true });
  });

  it('saves the caller’s choices and language, leaving other users untouched', async () => {
    const saved = await t.as(anna, {
      method: 'PUT',
      url: '/api/notifications/preferences',
      payload: { language: 'en', deliveries: [{ type: 'deviation_routed', delivery: 'email' }, { type: 'decision_awaiting_approval', delivery: 'app' }] },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().language).toBe('en');
    expect(saved.json().deliveries.find((d: { type: string }) => d.type === 'deviation_routed')).toEqual({ type: 'deviation_routed', delivery: 'email', isDefault: false });
    expect(saved.json().deliveries.find((d: { type: string }) => d.type === 'decision_awaiting_approval').delivery).toBe('app');
    const again = await t.as(anna, { method: 'PUT', url: '/api/notifications/preferences', payload: { language: 'sv', deliveries: [{ type: 'deviation_routed', delivery: 'digest' }] } });
    expect(again.json().language).toBe('sv');
    expect(again.json().deliveries.find((d: { type: string }) => d.type === 'deviation_routed').delivery).toBe('digest');
    // A type left out keeps its earlier choice.
    expect(again.json().deliveries.find((d: { type: string }) => d.type === 'decision_awaiting_approval').delivery).toBe('app');
    expect((await t.as(bertil, { method: 'GET', url: '/api/notifications/preferences' })).json().language).toBe('sv');
  });

  it('e-mail at once queues a mail in the user’s language; the digest and the app only queue none', async () => {
    await t.as(bertil, { method: 'PUT', url: '/api/notifications/preferences', payload: { language: 'en', deliveries: [{ type: 'deviation_routed', delivery: 'email' }] } });
    await tell(bertil.userId, 'Engelsk avvikelse');
    await tell(anna.userId, 'Sammanfattad avvikelse');
    const mails = await t.database.db.selectFrom('mail_message').selectAll().where('user_id', 'in', [anna.userId, bertil.userId]).execute();
    expect(mails.map((m) => [m.user_id, m.kind, m.language])).toEqual([[bertil.userId, 'notification.deviation_routed', 'en']]);
    expect(mails[0]!.subject).toBe('Samverkan: Deviation to handle: Engelsk avvikelse');
    expect(mails[0]!.text_body).toContain(`${publicUrl}/avvikelser/1`);
  });

  it('answers 400 for an unknown type or delivery, a type given twice, or a bad language', async () => {
    const put = (payload: unknown) => t.as(anna, { method: 'PUT', url: '/api/notifications/preferences', payload: payload as object });
    expect((await put({ language: 'sv', deliveries: [{ type: 'nope', delivery: 'email' }] })).statusCode).toBe(400);
    expect((await put({ language: 'sv', deliveries: [{ type: 'deviation_routed', delivery: 'sms' }] })).statusCode).toBe(400);
    expect((await put({ language: 'de', deliveries: [] })).statusCode).toBe(400);
    const twice = await put({ language: 'sv', deliveries: [{ type: 'deviation_routed', delivery: 'email' }, { type: 'deviation_routed', delivery: 'app' }] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors[0].message).toBe('Samma typ av avisering finns två gånger');
    expect((await put({})).statusCode).toBe(400);
  });
});
