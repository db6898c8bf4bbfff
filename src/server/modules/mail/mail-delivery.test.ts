import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodedBodyOf, headerOf, SmtpTestServer } from '../../../../tests/support/smtp-test-server';
import { waitFor } from '../../../../tests/support/wait-for';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { MailSummaryView, MailView } from '../../../shared/mail/mail.schemas';
import { queueMail } from './mail.queue';

const smtp = new SmtpTestServer({ user: 'samverkan', password: 'smtp-secret' });
let t: TestApp;
let admin: Session;

beforeAll(async () => {
  await smtp.start();
  t = await createTestApp(smtp.env(), {
    jobs: { pollingIntervalSeconds: 0.5, everySeconds: { 'mail.deliver': 1 } },
    mail: { policy: { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: false }, timeouts: { connectionMs: 2_000, greetingMs: 2_000, socketMs: 5_000 } },
  });
  admin = await t.loginAs('admin');
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

const outbox = async (query: string) => (await t.as(admin, { method: 'GET', url: `/api/admin/mail?${query}` })).json() as { items: MailSummaryView[]; delivery: { smtpConfigured: boolean } };
const mailById = async (id: string) => (await t.as(admin, { method: 'GET', url: `/api/admin/mail/${id}` })).json() as MailView;

describe('e-mail through SMTP (issue 12: "e-mail through SMTP with a kept library (nodemailer): host, port, TLS and credentials from the environment")', () => {
  it('a mail queued in its cause\'s transaction is delivered to the SMTP server with recipient, subject and body, and marked sent', async () => {
    const id = await t.database.db.transaction().execute((trx) =>
      queueMail(trx, {
        kind: 'test.delivery',
        to: 'mottagare@example.se',
        subject: 'Ett nytt initiativ att bereda',
        text: `Hej!\n\nEtt nytt initiativ väntar på beredning: ${t.app.publicUrl}/initiatives/1\n`,
      }),
    );
    const received = await waitFor(() => smtp.received.find((m) => headerOf(m.raw, 'Message-ID')?.includes(id)), 'the mail reaches the SMTP server');
    expect(received.to).toEqual(['mottagare@example.se']);
    expect(received.from).toBe('noreply@kommun.example');
    expect(received.user).toBe('samverkan');
    expect(headerOf(received.raw, 'To')).toBe('mottagare@example.se');
    expect(headerOf(received.raw, 'Subject')).toBe('Ett nytt initiativ att bereda');
    expect(headerOf(received.raw, 'From')).toBe('Samverkan <noreply@kommun.example>');
    expect(decodedBodyOf(received.raw)).toContain(`Ett nytt initiativ väntar på beredning: ${t.app.publicUrl}/initiatives/1`);

    const row = await waitFor(async () => {
      const view = await mailById(id);
      return view.status === 'sent' ? view : undefined;
    }, 'the outbox shows the mail as sent');
    expect(row).toMatchObject({ attempts: 1, lastError: null, messageId: `<${id}@kommun.example>` });
    expect(smtp.received.filter((m) => headerOf(m.raw, 'Message-ID')?.includes(id))).toHaveLength(1);
  });

  it('a mail rolled back with its cause is never sent', async () => {
    const before = smtp.received.length;
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await queueMail(trx, { kind: 'test.rollback', to: 'ingen@example.se', subject: 'Rolled back', text: 'Never' });
        throw new Error('the cause failed');
      }),
    ).rejects.toThrow('the cause failed');
    expect((await outbox('kind=test.rollback')).items).toHaveLength(0);
    expect(smtp.received.length).toBe(before);
  });

  it('with SMTP stopped the delivery retries, then the mail shows as failed to admin with the error; nothing is lost, and a retry after SMTP is back delivers it', async () => {
    await smtp.stop();
    const id = await queueMail(t.database.db, { kind: 'test.outage', to: 'vantar@example.se', subject: 'Under the outage', text: 'Sent after the server is back.' });
    const failed = await waitFor(async () => (await outbox('status=failed&kind=test.outage')).items.find((m) => m.id === id), 'the mail fails after its retries');
    expect(failed.attempts).toBe(3);
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    const kept = await mailById(id);
    expect(kept).toMatchObject({ status: 'failed', recipient: 'vantar@example.se', subject: 'Under the outage', text: 'Sent after the server is back.' });

    await smtp.start();
    const retried = await t.as(admin, { method: 'POST', url: `/api/admin/mail/${id}/retry` });
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'queued', attempts: 0 });
    const received = await waitFor(() => smtp.received.find((m) => headerOf(m.raw, 'Message-ID')?.includes(id)), 'the retried mail reaches the SMTP server');
    expect(received.to).toEqual(['vantar@example.se']);
    await waitFor(async () => (await mailById(id)).status === 'sent', 'the retried mail is marked sent');

    const again = await t.as(admin, { method: 'POST', url: `/api/admin/mail/${id}/retry` });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('mail_not_failed');
    const audit = (await t.as(admin, { method: 'GET', url: `/api/audit-log?entityType=mail_message&entityId=${id}` })).json() as { items: { action: string }[] };
    expect(audit.items.map((e) => e.action)).toEqual(['mail.retried']);
  });

  it('a mail left `sending` by a process that stopped mid-send is given back and delivered (crash recovery)', async () => {
    const id = await queueMail(t.database.db, { kind: 'test.crash', to: 'aterupptagen@example.se', subject: 'After a crash', text: 'Claimed, then the process died.' });
    await t.database.db
      .updateTable('mail_message')
      .set({ status: 'sending', attempts: 1, claimed_at: new Date(Date.now() - 60 * 60 * 1000) })
      .where('id', '=', id)
      .execute();
    const received = await waitFor(() => smtp.received.find((m) => headerOf(m.raw, 'Message-ID')?.includes(id)), 'the released mail reaches the SMTP server');
    expect(received.to).toEqual(['aterupptagen@example.se']);
    await waitFor(async () => (await mailById(id)).status === 'sent', 'the released mail is marked sent');
    expect((await mailById(id)).attempts).toBe(2);
  });
});
