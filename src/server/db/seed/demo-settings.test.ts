import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../tests/support/factories';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { systemContext, type RequestContext } from '../../http/request-context';
import { DEMO_SETTINGS, seedDemoSettings } from './demo-settings';

let t: TestApp;
let admin: RequestContext;

beforeAll(async () => {
  // As on a fresh installation: two-factor sign-in at its default (required) until the demo turns it off.
  t = await createTestApp({}, { twoFactorRequired: true });
  const user = await makeUser(t.database.db, { roles: ['admin'] });
  admin = {
    ...systemContext('test'),
    actor: { kind: 'user', userId: user.id, email: user.email, name: user.name, roles: user.roles, sessionIdHash: '', csrfToken: '', mustChangePassword: false },
  };
});
afterAll(() => t.close());

describe('the demo settings (IOP-10)', () => {
  it('IOP-10: the demo publishes an IOP contact function — a functional mailbox, not a person — on the public IOP page', async () => {
    expect(await seedDemoSettings(t.database.db, admin)).toBe(Object.keys(DEMO_SETTINGS).length);
    const response = await t.app.inject({ method: 'GET', url: '/api/public/iop' });
    expect(response.statusCode).toBe(200);
    expect(response.json().contact).toEqual({
      name: 'IOP-funktionen, Arbetsmarknadsförvaltningen',
      email: 'iop.arbetsmarknad@demo.samverkan.local',
      phone: '08-465 004 10',
      web: '',
      address: '',
      text: DEMO_SETTINGS['iop_contact.text'],
      proposalPath: '/foresla-samverkan',
    });
    const publisher = (await t.app.inject({ method: 'GET', url: '/api/public/publisher' })).json();
    expect(publisher).toMatchObject({ municipalityNameSv: 'Stockholms stad', municipalityNameEn: 'City of Stockholm' });
  });

  it('issue 15: the demo turns two-factor sign-in off, so it can be toured with the printed demo passwords', async () => {
    const stored = await t.database.db.selectFrom('setting').select('value').where('key', '=', 'auth.two_factor_required').executeTakeFirstOrThrow();
    expect(stored.value).toBe(false);
  });

  it('is audited like a change on the settings page, and running the seed again changes nothing an administrator set', async () => {
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'entity_id', 'actor_id']).where('entity_type', '=', 'setting').execute();
    expect(audit).toHaveLength(Object.keys(DEMO_SETTINGS).length);
    expect(new Set(audit.map((a) => a.action))).toEqual(new Set(['setting.updated']));
    await t.database.db.updateTable('setting').set({ value: JSON.stringify('annan@kommun.example') }).where('key', '=', 'iop_contact.email').execute();
    expect(await seedDemoSettings(t.database.db, admin)).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/public/iop' })).json().contact.email).toBe('annan@kommun.example');
  });
});
