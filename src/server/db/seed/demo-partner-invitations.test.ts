import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../../tests/support/factories';
import { createTestApp, sessionCookieOf, type TestApp } from '../../../../tests/support/test-app';
import { systemContext } from '../../http/request-context';
import { demoEmail, seedDemo } from './demo';
import { DEMO_PARTNER_ORGANISATION } from './demo-partner';
import { DEMO_INVITED, seedDemoPartnerInvitation } from './demo-partner-invitations';

// Issue 15: the demo partner is its organisation's contact and sees one invitation waiting.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, t.app.fileStorage);
}, 240_000);
afterAll(() => t.close());

describe('the demo partner invitation (issue 15)', () => {
  it("makes the demo partner its organisation's contact, with one pending invitation; loading again adds nothing", async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: demoEmail('partner'), password: DEMO_PASSWORD } });
    const response = await t.app.inject({ method: 'GET', url: '/api/partner/people', headers: { cookie: sessionCookieOf(login) } });
    const people = response.json();
    expect(people).toMatchObject({ manages: true, organisation: { name: DEMO_PARTNER_ORGANISATION }, pendingInvitations: 1 });
    expect(people.invitations.map((i: { email: string; status: string }) => [i.email, i.status])).toEqual([[DEMO_INVITED.email, 'pending']]);
    await seedDemoPartnerInvitation(t.database.db, systemContext('test'), demoEmail('partner'));
    expect(await t.database.db.selectFrom('partner_invitation').select('id').execute()).toHaveLength(1);
  });
});
