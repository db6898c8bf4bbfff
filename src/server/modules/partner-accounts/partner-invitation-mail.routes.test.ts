import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';

// With SMTP configured the mail carries the link and the inviter never sees it (issue 15).
// No background jobs run here, so nothing is sent: the mail stays in the outbox to be read.
let t: TestApp;
let officer: Session;
let admin: Session;
let organisationId: string;

beforeAll(async () => {
  t = await createTestApp({ SMTP_HOST: '127.0.0.1', SMTP_PORT: '2525', MAIL_FROM: 'Samverkan <noreply@stad.example>', PUBLIC_URL: 'https://samverkan.stad.example' });
  officer = await t.loginAs('officer');
  admin = await t.loginAs('admin');
  organisationId = (await makeOrganisation(t.database.db, { name: 'Läsfrämjandet Järva' })).id;
});
afterAll(() => t.close());

async function setSetting(key: string, value: unknown) {
  const settings = (await t.as(admin, { method: 'GET', url: '/api/settings' })).json() as { key: string; version: number }[];
  const current = settings.find((s) => s.key === key);
  if (!current) throw new Error(`no setting ${key}`);
  return t.as(admin, { method: 'PATCH', url: `/api/settings/${key}`, payload: { value, version: current.version } });
}

describe('the invitation mail (issue 15)', () => {
  it('carries the link at the public address and is not shown to the inviter when mail goes out', async () => {
    const email = 'larare@lasframjandet.example';
    const response = await t.as(officer, { method: 'POST', url: `/api/organisations/${organisationId}/partner-invitations`, payload: { email, name: 'Lärare Läsfrämjandet' } });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ mailQueued: true, link: null });
    const mail = await t.database.db.selectFrom('mail_message').selectAll().where('recipient', '=', email).executeTakeFirstOrThrow();
    expect(mail.text_body).toMatch(/https:\/\/samverkan\.stad\.example\/inbjudan#[A-Za-z0-9_-]{43}/);
    expect(mail.language).toBe('sv');
    expect(mail.subject).toBe('Inbjudan till Samverkan för Läsfrämjandet Järva');
  });

  it("is written in the inviter's language and expires after the days the setting gives", async () => {
    expect((await setSetting('auth.invitation_valid_days', 3)).statusCode).toBe(200);
    const email = 'volunteer@lasframjandet.example';
    const before = Date.now();
    const response = await t.as(officer, {
      method: 'POST',
      url: `/api/organisations/${organisationId}/partner-invitations`,
      headers: { 'accept-language': 'en' },
      payload: { email, name: 'Volunteer' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const expiresAt = new Date(response.json().invitation.expiresAt).getTime();
    expect(expiresAt - before).toBeGreaterThanOrEqual(3 * 24 * 3600 * 1000 - 1000);
    expect(expiresAt - before).toBeLessThan(3 * 24 * 3600 * 1000 + 60_000);
    const mail = await t.database.db.selectFrom('mail_message').selectAll().where('recipient', '=', email).executeTakeFirstOrThrow();
    expect(mail.language).toBe('en');
    expect(mail.subject).toBe('Invitation to Samverkan for Läsfrämjandet Järva');
  });
});
