import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerAccountsMatrix } from '../../../../tests/support/authorization-matrix.partner-accounts';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { ROLES, type Role } from '../../../shared/users/roles';

let t: TestApp;
const sessions = new Map<Role, Session>();
let officer: Session;
let contactA: Session;
let contactB: Session;
let orgA: string;
let orgB: string;
let archivedOrg: string;

const NIL = '00000000-0000-4000-8000-000000000000';
const PASSWORD = 'Ett-långt-lösenord-1';

/** A partner account of an organisation, its contact or not, as staff would have made it. */
async function partnerOf(organisationId: string, isContact: boolean): Promise<Session> {
  const session = await t.loginAs('partner');
  await t.database.db.insertInto('partner_account').values({ user_id: session.userId, organisation_id: organisationId, is_contact: isContact }).execute();
  return session;
}

let sequence = 0;
const freshEmail = () => `person.${++sequence}.${Date.now().toString(36)}@partner.example`;

async function invite(session: Session, url: string, payload: Record<string, unknown>) {
  return t.as(session, { method: 'POST', url, payload });
}

/** Invites a person to an organisation as staff and returns the invitation and the token from the link. */
async function staffInvite(organisationId: string, overrides: Record<string, unknown> = {}) {
  const email = freshEmail();
  const response = await invite(officer, `/api/organisations/${organisationId}/partner-invitations`, { email, name: 'Inbjuden Person', ...overrides });
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json();
  const token = String(body.link).split('#')[1] ?? '';
  return { id: body.invitation.id as string, email, token, link: body.link as string };
}

const view = (token: string) => t.app.inject({ method: 'GET', url: `/api/public/invitations/${token}` });
const accept = (token: string, payload: Record<string, unknown> = { name: 'Inbjuden Person', password: PASSWORD, passwordRepeat: PASSWORD }) =>
  t.app.inject({ method: 'POST', url: `/api/public/invitations/${token}/accept`, payload });

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  officer = sessions.get('officer')!;
  orgA = (await makeOrganisation(t.database.db, { name: 'Läxhjälpsföreningen' })).id;
  orgB = (await makeOrganisation(t.database.db, { name: 'Språkcaféet' })).id;
  archivedOrg = (await makeOrganisation(t.database.db, { name: 'Nedlagda föreningen' })).id;
  await t.database.db.updateTable('organisation').set({ status: 'archived' }).where('id', '=', archivedOrg).execute();
  contactA = await partnerOf(orgA, true);
  contactB = await partnerOf(orgB, true);
  sessions.set('partner', contactA);
});
afterAll(() => t.close());

describe('partner account access (issue 15)', () => {
  for (const [route, allowed] of Object.entries(partnerAccountsMatrix)) {
    it(`${route}: ${Array.isArray(allowed) ? allowed.join(', ') : allowed}`, async () => {
      const [method = 'GET', url = ''] = route.split(' ');
      const concrete = url.replace(/:[a-zA-Z]+/g, NIL);
      const anonymous = await t.app.inject({ method: method as 'GET', url: concrete, ...(method === 'GET' ? {} : { payload: {} }) });
      if (allowed === 'public') expect([401, 403]).not.toContain(anonymous.statusCode);
      else expect(anonymous.statusCode).toBe(401);
      for (const role of ROLES) {
        const response = await t.as(sessions.get(role)!, { method: method as 'GET', url: concrete, ...(method === 'GET' ? {} : { payload: {} }) });
        if (allowed === 'public' || allowed.includes(role)) {
          expect([401, 403], `${role}: ${response.body}`).not.toContain(response.statusCode);
          expect(response.statusCode, `${role}: ${response.body}`).toBeLessThan(500);
        } else {
          expect(response.statusCode, role).toBe(403);
        }
      }
    });
  }
});

describe('staff invite a person of a registered organisation (issue 15)', () => {
  it('stores only the token hash, queues the mail with the link and shows the link once when no SMTP is configured', async () => {
    const { id, email, token, link } = await staffInvite(orgA);
    expect(link).toMatch(/\/inbjudan#[A-Za-z0-9_-]{43}$/);
    const row = await t.database.db.selectFrom('partner_invitation').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.token_hash).not.toContain(token);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const mail = await t.database.db.selectFrom('mail_message').selectAll().where('recipient', '=', email).executeTakeFirstOrThrow();
    expect(mail.kind).toBe('partner-invitation');
    expect(mail.text_body).toContain(link);
    expect(mail.subject).toContain('Läxhjälpsföreningen');
    const people = (await t.as(officer, { method: 'GET', url: `/api/organisations/${orgA}/partner-people` })).json();
    expect(people.invitations.find((i: { id: string }) => i.id === id)).toMatchObject({ email, status: 'pending', invitedBy: expect.any(String) });
    expect(JSON.stringify(people)).not.toContain(token);
  });

  it('refuses an address that already belongs to an active account, and a second pending invitation', async () => {
    const taken = await invite(officer, `/api/organisations/${orgA}/partner-invitations`, { email: officer.email, name: 'Någon' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('invitation_email_taken');
    const { email } = await staffInvite(orgA);
    const again = await invite(officer, `/api/organisations/${orgB}/partner-invitations`, { email, name: 'Någon' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('invitation_pending');
  });

  it('invites only to an active organisation in the register', async () => {
    expect((await invite(officer, `/api/organisations/${archivedOrg}/partner-invitations`, { email: freshEmail(), name: 'X' })).statusCode).toBe(409);
    expect((await invite(officer, `/api/organisations/${NIL}/partner-invitations`, { email: freshEmail(), name: 'X' })).statusCode).toBe(404);
  });

  it('answers bad input with 400 and field errors', async () => {
    const response = await invite(officer, `/api/organisations/${orgA}/partner-invitations`, { email: 'inte-en-adress', name: '' });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'name']));
    expect((await t.as(officer, { method: 'PUT', url: `/api/organisations/${orgA}/partner-account-limits`, payload: { maxAccounts: 0, contactMayInvite: true } })).statusCode).toBe(400);
  });
});

describe('accepting an invitation (issue 15)', () => {
  it('shows the organisation, the address and the expiry, and nothing else', async () => {
    const { email, token } = await staffInvite(orgA);
    const response = await view(token);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(Object.keys(response.json()).sort()).toEqual(['email', 'expiresAt', 'organisationName']);
    expect(response.json()).toMatchObject({ organisationName: 'Läxhjälpsföreningen', email });
  });

  it('creates a partner account of the right organisation that can sign in, once: a replay is refused and audited', async () => {
    const { id, email, token } = await staffInvite(orgA, { asContact: true });
    const accepted = await accept(token);
    expect(accepted.statusCode, accepted.body).toBe(201);
    const user = await t.database.db.selectFrom('app_user').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
    expect(user.roles).toEqual(['partner']);
    const link = await t.database.db.selectFrom('partner_account').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(link).toMatchObject({ organisation_id: orgA, is_contact: true });
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD } });
    expect(login.statusCode, login.body).toBe(200);

    const replay = await accept(token);
    expect(replay.statusCode).toBe(410);
    expect(replay.json().code).toBe('invitation_used');
    expect((await view(token)).statusCode).toBe(410);
    const refusals = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'partner-invitation.refused').where('entity_id', '=', id).execute();
    expect(refusals.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses an expired link (a stored past expiry)', async () => {
    const { id, token } = await staffInvite(orgA);
    await t.database.db.updateTable('partner_invitation').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', id).execute();
    expect((await view(token)).json().code).toBe('invitation_expired');
    const response = await accept(token);
    expect(response.statusCode).toBe(410);
    expect(response.json().code).toBe('invitation_expired');
  });

  it('refuses a revoked link', async () => {
    const { id, token } = await staffInvite(orgA);
    const revoked = await t.as(officer, { method: 'POST', url: `/api/organisations/${orgA}/partner-invitations/${id}/revoke` });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().status).toBe('revoked');
    const response = await accept(token);
    expect(response.statusCode).toBe(410);
    expect(response.json().code).toBe('invitation_revoked');
  });

  it('records the acceptance as the public even when a staff member opens the link signed in, and leaves their session alone', async () => {
    const { id, email, token } = await staffInvite(orgA);
    const payload = { name: 'Inbjuden Person', password: PASSWORD, passwordRepeat: PASSWORD };
    const accepted = await t.as(officer, { method: 'POST', url: `/api/public/invitations/${token}/accept`, payload });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.headers['set-cookie']).toBeUndefined();
    const user = await t.database.db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    const audited = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_type', 'actor_id'])
      .where((eb) => eb.or([eb('entity_id', '=', id), eb('entity_id', '=', user.id)]))
      .where('action', 'in', ['partner-invitation.accepted', 'user.created'])
      .orderBy('id')
      .execute();
    expect(audited).toEqual([
      { action: 'partner-invitation.accepted', actor_type: 'anonymous', actor_id: null },
      { action: 'user.created', actor_type: 'anonymous', actor_id: null },
    ]);
    // A second try of the used link, signed in too, is refused and that refusal is the public's as well.
    expect((await t.as(officer, { method: 'GET', url: `/api/public/invitations/${token}` })).statusCode).toBe(410);
    const refusal = await t.database.db.selectFrom('audit_log').select(['actor_type', 'actor_id']).where('action', '=', 'partner-invitation.refused').where('entity_id', '=', id).executeTakeFirstOrThrow();
    expect(refusal).toEqual({ actor_type: 'anonymous', actor_id: null });
    // The staff member is still signed in as themselves.
    const session = await t.as(officer, { method: 'GET', url: '/api/auth/session' });
    expect(session.statusCode).toBe(200);
    expect(session.json().user.id).toBe(officer.userId);
  });

  it('refuses an unknown link with 404 and a malformed one with 400', async () => {
    expect((await view('A'.repeat(43))).statusCode).toBe(404);
    expect((await view('too-short')).statusCode).toBe(400);
  });

  it('refuses a weak or mistyped password with field errors, and leaves the link usable', async () => {
    const { token } = await staffInvite(orgA);
    const short = await accept(token, { name: 'X', password: 'kort', passwordRepeat: 'kort' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors.map((e: { path: string }) => e.path)).toContain('password');
    const mismatch = await accept(token, { name: 'X', password: PASSWORD, passwordRepeat: `${PASSWORD}x` });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().errors.map((e: { path: string }) => e.path)).toContain('passwordRepeat');
    expect((await view(token)).statusCode).toBe(200);
  });
});

describe('the wrong organisation is refused (issue 15)', () => {
  it("staff cannot revoke one organisation's invitation through another's page", async () => {
    const { id } = await staffInvite(orgB);
    expect((await t.as(officer, { method: 'POST', url: `/api/organisations/${orgA}/partner-invitations/${id}/revoke` })).statusCode).toBe(404);
  });

  it("a contact of A neither sees nor manages B's people", async () => {
    const invitationOfB = await staffInvite(orgB);
    const personOfB = await partnerOf(orgB, false);
    const people = (await t.as(contactA, { method: 'GET', url: '/api/partner/people' })).json();
    expect(people.organisation.name).toBe('Läxhjälpsföreningen');
    expect(JSON.stringify(people)).not.toContain(invitationOfB.email);
    expect(JSON.stringify(people)).not.toContain(personOfB.email);
    expect((await t.as(contactA, { method: 'POST', url: `/api/partner/people/invitations/${invitationOfB.id}/revoke` })).statusCode).toBe(404);
    expect((await t.as(contactA, { method: 'POST', url: `/api/partner/people/${personOfB.userId}/end`, payload: { reason: 'Har slutat' } })).statusCode).toBe(404);
    // And B's contact sees its own.
    const peopleOfB = (await t.as(contactB, { method: 'GET', url: '/api/partner/people' })).json();
    expect(peopleOfB.accounts.map((a: { email: string }) => a.email)).toContain(personOfB.email);
  });

  it('a partner who is no contact manages nobody', async () => {
    const member = await partnerOf(orgA, false);
    const people = (await t.as(member, { method: 'GET', url: '/api/partner/people' })).json();
    expect(people).toMatchObject({ manages: false, organisation: null, accounts: [], invitations: [] });
    const response = await invite(member, '/api/partner/people/invitations', { email: freshEmail(), name: 'X' });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('not_partner_contact');
  });
});

describe("an organisation's contact manages its own people within the limits (issue 15)", () => {
  it('invites an ordinary account of its own organisation, never a contact', async () => {
    const ok = await invite(contactB, '/api/partner/people/invitations', { email: freshEmail(), name: 'Ny medlem' });
    expect(ok.statusCode, ok.body).toBe(201);
    const row = await t.database.db.selectFrom('partner_invitation').selectAll().where('id', '=', ok.json().invitation.id).executeTakeFirstOrThrow();
    expect(row.organisation_id).toBe(orgB);
    const asContact = await invite(contactB, '/api/partner/people/invitations', { email: freshEmail(), name: 'X', asContact: true });
    expect(asContact.statusCode).toBe(403);
    expect(asContact.json().code).toBe('contact_may_not_grant_contact');
  });

  it('stops at the most accounts staff allow, and not at all when staff do not let it invite', async () => {
    const org = (await makeOrganisation(t.database.db, { name: 'Lilla föreningen' })).id;
    const contact = await partnerOf(org, true);
    const limits = await t.as(officer, { method: 'PUT', url: `/api/organisations/${org}/partner-account-limits`, payload: { maxAccounts: 2, contactMayInvite: true } });
    expect(limits.statusCode, limits.body).toBe(200);
    expect((await invite(contact, '/api/partner/people/invitations', { email: freshEmail(), name: 'A' })).statusCode).toBe(201);
    const over = await invite(contact, '/api/partner/people/invitations', { email: freshEmail(), name: 'B' });
    expect(over.statusCode).toBe(409);
    expect(over.json().code).toBe('partner_account_limit_reached');
    await t.as(officer, { method: 'PUT', url: `/api/organisations/${org}/partner-account-limits`, payload: { maxAccounts: 10, contactMayInvite: false } });
    const barred = await invite(contact, '/api/partner/people/invitations', { email: freshEmail(), name: 'C' });
    expect(barred.statusCode).toBe(403);
    expect(barred.json().code).toBe('contact_may_not_invite');
    // The contact cannot raise its own limits: that route is staff's.
    expect((await t.as(contact, { method: 'PUT', url: `/api/organisations/${org}/partner-account-limits`, payload: { maxAccounts: 50, contactMayInvite: true } })).statusCode).toBe(403);
  });

  it("ends an ordinary account of its own organisation, with the person's sessions, but not another contact's", async () => {
    const org = (await makeOrganisation(t.database.db, { name: 'Föreningen Avslut' })).id;
    const contact = await partnerOf(org, true);
    const otherContact = await partnerOf(org, true);
    const leaving = await partnerOf(org, false);
    const ended = await t.as(contact, { method: 'POST', url: `/api/partner/people/${leaving.userId}/end`, payload: { reason: 'Har lämnat föreningen' } });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().status).toBe('disabled');
    expect((await t.as(leaving, { method: 'GET', url: '/api/partner/home' })).statusCode).toBe(401);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'partner-account.ended').where('entity_id', '=', leaving.userId).executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.changes)).toContain('Har lämnat föreningen');
    expect((await t.as(contact, { method: 'POST', url: `/api/partner/people/${otherContact.userId}/end`, payload: { reason: 'X' } })).statusCode).toBe(403);
    expect((await t.as(contact, { method: 'POST', url: `/api/partner/people/${leaving.userId}/end`, payload: { reason: '' } })).statusCode).toBe(400);
  });
});

describe('staff end accounts and appoint contacts (issue 15)', () => {
  it('ends any account of the organisation and appoints a contact', async () => {
    const person = await partnerOf(orgA, false);
    const appointed = await t.as(officer, { method: 'PUT', url: `/api/organisations/${orgA}/partner-accounts/${person.userId}/contact`, payload: { isContact: true } });
    expect(appointed.statusCode, appointed.body).toBe(200);
    expect(appointed.json().isContact).toBe(true);
    expect((await t.as(person, { method: 'GET', url: '/api/partner/people' })).json().manages).toBe(true);
    expect((await t.as(officer, { method: 'POST', url: `/api/organisations/${orgB}/partner-accounts/${person.userId}/end`, payload: { reason: 'X' } })).statusCode).toBe(404);
    const ended = await t.as(officer, { method: 'POST', url: `/api/organisations/${orgA}/partner-accounts/${person.userId}/end`, payload: { reason: 'Slutat' } });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ status: 'disabled', isContact: false });
    expect((await t.as(officer, { method: 'POST', url: `/api/organisations/${orgA}/partner-accounts/${person.userId}/end`, payload: { reason: 'Igen' } })).statusCode).toBe(409);
  });

  it("a contact an administrator moves to another organisation is not that organisation's contact", async () => {
    const person = await partnerOf(orgA, true);
    const admin = sessions.get('admin')!;
    const user = (await t.as(admin, { method: 'GET', url: `/api/users/${person.userId}` })).json();
    const moved = await t.as(admin, { method: 'PATCH', url: `/api/users/${person.userId}`, payload: { version: user.version, organisationId: orgB } });
    expect(moved.statusCode, moved.body).toBe(200);
    const link = await t.database.db.selectFrom('partner_account').selectAll().where('user_id', '=', person.userId).executeTakeFirstOrThrow();
    expect(link).toMatchObject({ organisation_id: orgB, is_contact: false });
  });
});
