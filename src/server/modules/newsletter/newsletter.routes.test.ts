import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsletterMatrix } from '../../../../tests/support/authorization-matrix.newsletter';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { ROLES, type Role } from '../../../shared/users/roles';
import { confirmSubscription, purgeExpiredSubscriptions, subscribeToNewsletter } from './newsletter-subscription.service';

let t: TestApp;
const sessions = new Map<Role, Session>();
let officer: Session;
const NIL = '00000000-0000-4000-8000-000000000000';
const PUBLIC_URL = 'https://samverkan.example.se';

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL });
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  officer = sessions.get('officer')!;
});
afterAll(() => t.close());

let ipSequence = 0;
/** Each call comes from its own address unless a test says otherwise, so one test's rate limit does not touch another. */
const nextIp = () => `203.0.113.${(ipSequence += 1) % 250}`;
const subscribe = (payload: Record<string, unknown>, remoteAddress = nextIp(), headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/public/newsletter/subscriptions', payload, remoteAddress, headers });
const confirm = (token: string) => t.app.inject({ method: 'POST', url: '/api/public/newsletter/confirm', payload: { token }, remoteAddress: nextIp() });
const leave = (token: string) => t.app.inject({ method: 'POST', url: '/api/public/newsletter/unsubscribe', payload: { token }, remoteAddress: nextIp() });
const mailsTo = (recipient: string, kind?: string) => {
  let q = t.database.db.selectFrom('mail_message').selectAll().where('recipient', '=', recipient);
  if (kind) q = q.where('kind', '=', kind);
  return q.orderBy('queued_at').execute();
};
const subscriber = (email: string) => t.database.db.selectFrom('newsletter_subscriber').selectAll().where('email', '=', email).executeTakeFirst();
const tokenIn = (text: string, path: string) => {
  const match = new RegExp(`${PUBLIC_URL.replace(/\./g, '\\.')}${path}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no link to ${path} in: ${text}`);
  return match[1];
};
const CONFIRM_PATH = '/offentligt/nyhetsbrev/bekrafta';
const UNSUBSCRIBE_PATH = '/offentligt/nyhetsbrev/avsluta';

/** Subscribes and confirms an address through the API; returns nothing but leaves it confirmed. */
async function confirmedSubscriber(email: string): Promise<void> {
  expect((await subscribe({ email })).statusCode).toBe(202);
  const [mail] = await mailsTo(email, 'newsletter.confirm');
  expect((await confirm(tokenIn(mail!.text_body, CONFIRM_PATH))).json()).toEqual({ result: 'confirmed' });
}

const createItem = async (subject: string, body = 'Nu startar ett nytt IOP om läxhjälp i Rinkeby.') => {
  const response = await t.as(officer, { method: 'POST', url: '/api/newsletter/items', payload: { subject, body } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number };
};

describe('the IOP newsletter: subscribe, confirm, send, unsubscribe (IOP-10)', () => {
  it('IOP-10: subscribe queues a confirmation mail with the link; confirming makes the address a recipient; a send queues exactly one mail per confirmed subscriber, none to pending ones, each with an unsubscribe link that deletes the row', async () => {
    const response = await subscribe({ email: '  Lasare.Ett@Example.org ' });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ accepted: true });
    const email = 'lasare.ett@example.org';
    const [confirmation, ...more] = await mailsTo(email);
    expect(more).toEqual([]);
    expect(confirmation).toMatchObject({ kind: 'newsletter.confirm', status: 'queued', language: 'sv', subject: 'Bekräfta din prenumeration på nyhetsbrevet om IOP' });
    const token = tokenIn(confirmation!.text_body, CONFIRM_PATH);
    const pending = await subscriber(email);
    expect(pending).toMatchObject({ status: 'pending', confirmed_at: null });
    // Only a hash of the token is stored.
    expect(pending!.confirm_token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(pending)).not.toContain(token);

    expect((await confirm(token)).json()).toEqual({ result: 'confirmed' });
    expect(await subscriber(email)).toMatchObject({ status: 'confirmed' });
    expect((await confirm(token)).json()).toEqual({ result: 'already_confirmed' });
    expect((await confirm('x'.repeat(43))).json()).toEqual({ result: 'invalid' });

    await confirmedSubscriber('lasare.tva@example.org');
    expect((await subscribe({ email: 'vantar@example.org' })).statusCode).toBe(202);
    const confirmed = await t.database.db.selectFrom('newsletter_subscriber').select('email').where('status', '=', 'confirmed').execute();

    const item = await createItem('Nyheter om IOP i vår');
    const overview = (await t.as(officer, { method: 'GET', url: '/api/newsletter' })).json();
    expect(overview.confirmedSubscribers).toBe(confirmed.length);
    expect(overview.pendingSubscribers).toBeGreaterThanOrEqual(1);
    const sent = await t.as(officer, { method: 'POST', url: `/api/newsletter/items/${item.id}/send`, payload: { version: item.version } });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sent', recipientCount: confirmed.length, sentBy: { id: officer.userId } });

    const newsletters = await t.database.db.selectFrom('mail_message').selectAll().where('kind', '=', 'newsletter').where('subject', '=', 'Nyheter om IOP i vår').execute();
    expect(newsletters.map((m) => m.recipient).sort()).toEqual(confirmed.map((c) => c.email).sort());
    expect(newsletters.filter((m) => m.recipient === 'vantar@example.org')).toEqual([]);
    const mine = newsletters.find((m) => m.recipient === email)!;
    expect(mine.text_body).toContain('Nu startar ett nytt IOP om läxhjälp i Rinkeby.');
    const unsubscribeToken = tokenIn(mine.text_body, UNSUBSCRIBE_PATH);
    expect(mine.text_body).toContain(`List-Unsubscribe: <${PUBLIC_URL}${UNSUBSCRIBE_PATH}?token=${unsubscribeToken}>`);
    // Each reader has a link of their own.
    const otherToken = tokenIn(newsletters.find((m) => m.recipient !== email)!.text_body, UNSUBSCRIBE_PATH);
    expect(otherToken).not.toBe(unsubscribeToken);

    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', item.id).where('action', '=', 'newsletter-item.sent').executeTakeFirstOrThrow();
    expect(audit.changes).toMatchObject({ status: { before: 'draft', after: 'sent' }, recipientCount: { after: confirmed.length } });
    for (const c of confirmed) expect(JSON.stringify(audit)).not.toContain(c.email);

    const again = await t.as(officer, { method: 'POST', url: `/api/newsletter/items/${item.id}/send`, payload: { version: item.version + 1 } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'newsletter_already_sent', requirement: 'IOP-10' });

    const id = (await subscriber(email))!.id;
    expect((await leave(unsubscribeToken)).json()).toEqual({ result: 'unsubscribed' });
    expect(await subscriber(email)).toBeUndefined();
    expect(await t.database.db.selectFrom('newsletter_unsubscribe_token').selectAll().where('subscriber_id', '=', id).execute()).toEqual([]);
    expect((await leave(unsubscribeToken)).json()).toEqual({ result: 'invalid' });
    expect(await subscriber('lasare.tva@example.org')).toMatchObject({ status: 'confirmed' });

    const news = (await t.app.inject({ method: 'GET', url: '/api/public/newsletter/items' })).json();
    expect(news.items.map((n: { subject: string }) => n.subject)).toContain('Nyheter om IOP i vår');
  });

  it('IOP-10: the answer is the same for a new, a pending and a confirmed address; the confirmed one is mailed its way out instead', async () => {
    await confirmedSubscriber('kand@example.org');
    expect((await subscribe({ email: 'halvvags@example.org' })).statusCode).toBe(202);
    const answers = await Promise.all(['kand@example.org', 'halvvags@example.org', 'okand@example.org'].map((email) => subscribe({ email })));
    for (const answer of answers) {
      expect(answer.statusCode).toBe(202);
      expect(answer.body).toBe(answers[0]!.body);
    }
    // The pending address got a new link and the old one stopped working; the confirmed one is unchanged.
    const halfway = await mailsTo('halvvags@example.org', 'newsletter.confirm');
    expect(halfway).toHaveLength(2);
    expect((await confirm(tokenIn(halfway[0]!.text_body, CONFIRM_PATH))).json()).toEqual({ result: 'invalid' });
    expect((await confirm(tokenIn(halfway[1]!.text_body, CONFIRM_PATH))).json()).toEqual({ result: 'confirmed' });
    const [note] = await mailsTo('kand@example.org', 'newsletter.already_subscribed');
    expect(note!.subject).toBe('Du prenumererar redan på nyhetsbrevet om IOP');
    expect((await leave(tokenIn(note!.text_body, UNSUBSCRIBE_PATH))).json()).toEqual({ result: 'unsubscribed' });
    expect(await subscriber('kand@example.org')).toBeUndefined();
  });

  it('IOP-10: re-sending to one address is limited to 3 mails a day, silently; the client address is limited to 10 subscriptions an hour', async () => {
    for (let i = 0; i < 5; i += 1) expect((await subscribe({ email: 'ivrig@example.org' })).statusCode).toBe(202);
    expect(await mailsTo('ivrig@example.org')).toHaveLength(3);
    const ip = '198.51.100.77';
    for (let i = 0; i < 10; i += 1) expect((await subscribe({ email: `flod${i}@example.org` }, ip)).statusCode).toBe(202);
    const eleventh = await subscribe({ email: 'flod10@example.org' }, ip);
    expect(eleventh.statusCode).toBe(429);
    expect(eleventh.json()).toMatchObject({ code: 'rate_limited', title: 'För många förfrågningar. Försök igen senare.' });
    expect(await subscriber('flod10@example.org')).toBeUndefined();
  });

  it('IOP-10: a filled-in honeypot gets the same answer and nothing is stored or sent', async () => {
    const response = await subscribe({ email: 'robot@example.org', website: 'https://cheap-pills.example' });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ accepted: true });
    expect(await subscriber('robot@example.org')).toBeUndefined();
    expect(await mailsTo('robot@example.org')).toEqual([]);
  });

  it('IOP-10: bad input answers 400 with a Swedish message (English on request), never 500', async () => {
    const notAnAddress = await subscribe({ email: 'inte-en-adress' });
    expect(notAnAddress.statusCode).toBe(400);
    expect(notAnAddress.json().errors).toEqual([{ path: 'email', message: 'Ange en giltig e-postadress' }]);
    const tooLong = await subscribe({ email: `${'a'.repeat(250)}@example.org` });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors).toEqual([{ path: 'email', message: 'Ange högst 254 tecken' }]);
    const english = await subscribe({ email: 'nope' }, nextIp(), { 'accept-language': 'en' });
    expect(english.json().errors).toEqual([{ path: 'email', message: 'Enter a valid e-mail address' }]);
    for (const payload of [{}, { email: 42 }, { email: 'a@example.org', name: 'Anna' }, { email: ['a@example.org'] }]) {
      expect((await subscribe(payload)).statusCode, JSON.stringify(payload)).toBe(400);
    }
    for (const token of ['', 'ett token med mellanslag', 'x'.repeat(201), '<script>']) {
      expect((await confirm(token)).statusCode, token).toBe(400);
      expect((await leave(token)).statusCode, token).toBe(400);
    }
    const missing = await confirm('');
    expect(missing.json().errors).toEqual([{ path: 'token', message: 'Länken är ofullständig. Kopiera hela länken från e-postmeddelandet.' }]);
  });

  it('IOP-10: an unconfirmed subscription expires after 7 days and is deleted', async () => {
    const db = t.database.db;
    const start = new Date('2030-01-01T10:00:00Z');
    await subscribeToNewsletter(db, PUBLIC_URL, 'en', { email: 'glomsk@example.org' }, start);
    const [mail] = await mailsTo('glomsk@example.org');
    expect(mail).toMatchObject({ kind: 'newsletter.confirm', language: 'en', subject: 'Confirm your subscription to the IOP newsletter' });
    const token = tokenIn(mail!.text_body, CONFIRM_PATH);
    const eightDaysLater = new Date(start.getTime() + 8 * 24 * 3600 * 1000);
    expect(await confirmSubscription(db, token, eightDaysLater)).toEqual({ result: 'invalid' });
    expect(await subscriber('glomsk@example.org')).toBeUndefined();

    await subscribeToNewsletter(db, PUBLIC_URL, 'sv', { email: 'langsam@example.org' }, start);
    expect(await purgeExpiredSubscriptions(db, new Date(start.getTime() + 6 * 24 * 3600 * 1000))).toBe(0);
    expect(await subscriber('langsam@example.org')).toMatchObject({ status: 'pending' });
    expect(await purgeExpiredSubscriptions(db, eightDaysLater)).toBeGreaterThanOrEqual(1);
    expect(await subscriber('langsam@example.org')).toBeUndefined();
  });
});

describe('newsletter access (IOP-10)', () => {
  for (const [route, allowed] of Object.entries(newsletterMatrix)) {
    it(`${route}: allowed for ${Array.isArray(allowed) ? allowed.join(', ') : allowed}, 403 for the others, 401 for the public`, async () => {
      const [method = 'GET', url = ''] = route.split(' ');
      const concrete = url.replace(':id', NIL);
      expect((await t.app.inject({ method: method as 'GET', url: concrete })).statusCode).toBe(401);
      for (const role of ROLES) {
        const response = await t.as(sessions.get(role)!, { method: method as 'GET', url: concrete, ...(method === 'GET' ? {} : { payload: {} }) });
        if (Array.isArray(allowed) && allowed.includes(role)) {
          expect([401, 403], `${role}: ${response.body}`).not.toContain(response.statusCode);
          expect(response.statusCode).toBeLessThan(500);
        } else {
          expect(response.statusCode, role).toBe(403);
        }
      }
    });
  }

  it('the public routes need no login', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/public/newsletter/items' })).statusCode).toBe(200);
    expect((await subscribe({ email: 'vem-som-helst@example.org' })).statusCode).toBe(202);
  });
});

describe('news items written by staff (IOP-10)', () => {
  it('a draft is edited, sent once, and then stays as it was; every step is in the audit log', async () => {
    const manager = sessions.get('manager')!;
    const draft = await createItem('Utkast');
    const edited = await t.as(manager, { method: 'PATCH', url: `/api/newsletter/items/${draft.id}`, payload: { subject: 'Öppet möte om IOP', body: 'Välkommen till ett öppet möte.', version: draft.version } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ subject: 'Öppet möte om IOP', status: 'draft', version: draft.version + 1, createdBy: { id: officer.userId } });
    const stale = await t.as(manager, { method: 'PATCH', url: `/api/newsletter/items/${draft.id}`, payload: { subject: 'x', body: 'y', version: draft.version } });
    expect(stale.statusCode).toBe(409);
    expect((await t.as(manager, { method: 'POST', url: `/api/newsletter/items/${draft.id}/send`, payload: { version: draft.version } })).statusCode).toBe(409);
    const sent = await t.as(manager, { method: 'POST', url: `/api/newsletter/items/${draft.id}/send`, payload: { version: draft.version + 1 } });
    expect(sent.statusCode).toBe(200);
    const afterSend = await t.as(manager, { method: 'PATCH', url: `/api/newsletter/items/${draft.id}`, payload: { subject: 'Ändrad', body: 'Ändrad', version: sent.json().version } });
    expect(afterSend.json()).toMatchObject({ code: 'newsletter_already_sent', title: 'Nyheten är redan skickad och kan inte skickas eller ändras igen' });
    const actions = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', draft.id).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['newsletter-item.created', 'newsletter-item.updated', 'newsletter-item.sent']);
    // Drafts are not public news.
    const other = await createItem('Hemligt utkast');
    const news = (await t.app.inject({ method: 'GET', url: '/api/public/newsletter/items' })).json();
    expect(news.items.map((n: { id: string }) => n.id)).toContain(draft.id);
    expect(news.items.map((n: { id: string }) => n.id)).not.toContain(other.id);
  });

  it('the overview gives counts, never addresses, to every role that may see it, admin included', async () => {
    await confirmedSubscriber('hemlig@example.org');
    for (const role of ['officer', 'manager', 'admin'] as const) {
      const response = await t.as(sessions.get(role)!, { method: 'GET', url: '/api/newsletter' });
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain('@example.org');
      expect(response.json().confirmedSubscribers).toBeGreaterThanOrEqual(1);
    }
  });

  it('bad input answers 400, unknown items 404, never 500', async () => {
    const post = (payload: Record<string, unknown>) => t.as(officer, { method: 'POST', url: '/api/newsletter/items', payload });
    const empty = await post({ subject: '  ', body: 'x' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([{ path: 'subject', message: 'Fältet är obligatoriskt' }]);
    expect((await post({ subject: 'x'.repeat(201), body: 'x' })).statusCode).toBe(400);
    expect((await post({ subject: 'x', body: 'x', status: 'sent' })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: '/api/newsletter/items/inte-ett-id' })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: `/api/newsletter/items/${NIL}` })).statusCode).toBe(404);
    expect((await t.as(officer, { method: 'POST', url: `/api/newsletter/items/${NIL}/send`, payload: { version: 1 } })).statusCode).toBe(404);
    expect((await t.as(officer, { method: 'POST', url: `/api/newsletter/items/${NIL}/send`, payload: { version: -1 } })).statusCode).toBe(400);
  });
});
