import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { SETTINGS, type SettingView } from '../../../shared/organisations/settings.schemas';
import { ROLES } from '../../../shared/users/roles';

let t: TestApp;
let admin: Session;

async function settings(): Promise<Map<string, SettingView>> {
  const list = (await t.as(admin, { method: 'GET', url: '/api/settings' })).json() as SettingView[];
  return new Map(list.map((s) => [s.key, s]));
}

async function save(session: Session, changes: Record<string, unknown>, versions?: Record<string, number>) {
  const current = await settings();
  return t.as(session, {
    method: 'PATCH',
    url: '/api/settings',
    payload: { changes: Object.entries(changes).map(([key, value]) => ({ key, value, version: versions?.[key] ?? current.get(key)?.version ?? 0 })) },
  });
}

async function auditOf(key: string): Promise<{ action: string; changes: Record<string, { before?: unknown; after?: unknown }> }[]> {
  const response = await t.as(admin, { method: 'GET', url: `/api/audit-log?entityType=setting&entityId=${encodeURIComponent(key)}` });
  return response.json().items;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('admin');
});
afterAll(() => t.close());

describe('GET /api/settings', () => {
  it('IOP-10: an administrator reads every setting the page edits, the new ones at version 0 until first saved', async () => {
    const response = await t.as(admin, { method: 'GET', url: '/api/settings' });
    expect(response.statusCode).toBe(200);
    const list = response.json() as SettingView[];
    expect(list.map((s) => s.key)).toEqual([
      'democracy.validity_months',
      'case_number.prefix',
      'committee.name_sv',
      'committee.name_en',
      'municipality.name_sv',
      'municipality.name_en',
      'iop_contact.name',
      'iop_contact.email',
      'iop_contact.phone',
      'iop_contact.web',
      'iop_contact.address',
      'iop_contact.text',
      'statistics.small_count_threshold',
      'employers.control_grace_days',
      'auth.session_idle_minutes',
      'auth.session_absolute_minutes',
      'auth.staff_local_passwords',
      'auth.two_factor_required',
      'auth.invitation_valid_days',
    ]);
    const byKey = new Map(list.map((s) => [s.key, s]));
    expect(byKey.get('case_number.prefix')).toMatchObject({ value: 'AMN', version: 1 });
    expect(byKey.get('municipality.name_sv')).toEqual({ key: 'municipality.name_sv', value: '', version: 0, updatedAt: null });
    // Sign-in (issue 15): the session times, passwords for staff and two-factor sign-in, with their defaults.
    expect(byKey.get('auth.session_idle_minutes')).toMatchObject({ value: 120, version: 0 });
    expect(byKey.get('auth.staff_local_passwords')).toMatchObject({ value: true, version: 0 });
    // Required by default; the test app stores it off so that administrators can log in with a password alone.
    expect(SETTINGS['auth.two_factor_required'].default).toBe(true);
    expect(byKey.get('auth.two_factor_required')).toMatchObject({ value: false, version: 1 });
    expect(byKey.get('auth.invitation_valid_days')).toMatchObject({ value: 7, version: 0 });
  });

  it('issue 15: an on/off setting takes only true or false, and a session time only whole minutes in range (400 naming each)', async () => {
    const response = await save(admin, { 'auth.two_factor_required': 'ja', 'auth.session_idle_minutes': 2 });
    expect(response.statusCode).toBe(400);
    const paths = (response.json() as { errors: { path: string; message: string }[] }).errors.map((e) => e.path).sort();
    expect(paths).toEqual(['auth.session_idle_minutes', 'auth.two_factor_required']);
    const ok = await save(admin, { 'auth.two_factor_required': false, 'auth.session_idle_minutes': 30 });
    expect(ok.statusCode).toBe(200);
    const byKey = await settings();
    expect(byKey.get('auth.two_factor_required')).toMatchObject({ value: false, version: 1 });
    expect(byKey.get('auth.session_idle_minutes')).toMatchObject({ value: 30, version: 1 });
  });

  it.each(ROLES.filter((r) => r !== 'admin'))('refuses the %s role (403)', async (role) => {
    const session = await t.loginAs(role);
    expect((await t.as(session, { method: 'GET', url: '/api/settings' })).statusCode).toBe(403);
  });

  it('refuses the public (401)', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/settings' })).statusCode).toBe(401);
  });
});

describe('PATCH /api/settings (a group of settings in one change)', () => {
  it('IOP-10: saves the IOP contact function together, audits each changed setting and returns the new versions', async () => {
    const before = await settings();
    const response = await save(admin, {
      'iop_contact.name': 'IOP-funktionen, Arbetsmarknadsförvaltningen',
      'iop_contact.email': 'iop@kommun.example',
      'iop_contact.phone': '08-123 456 00',
      'iop_contact.web': 'https://kommun.example/iop',
      'iop_contact.address': '',
      'iop_contact.text': '  Vi svarar inom en vecka.  ',
    });
    expect(response.statusCode).toBe(200);
    const after = new Map((response.json() as SettingView[]).map((s) => [s.key, s]));
    expect(after.get('iop_contact.name')).toMatchObject({ value: 'IOP-funktionen, Arbetsmarknadsförvaltningen', version: 1 });
    expect(after.get('iop_contact.email')).toMatchObject({ value: 'iop@kommun.example', version: (before.get('iop_contact.email')?.version ?? 0) + 1 });
    expect(after.get('iop_contact.text')?.value).toBe('Vi svarar inom en vecka.');
    // The address was empty and stays empty: neither a new version nor an audit row.
    expect(after.get('iop_contact.address')?.version).toBe(before.get('iop_contact.address')?.version);
    expect(await auditOf('iop_contact.address')).toEqual([]);
    const [entry] = await auditOf('iop_contact.web');
    expect(entry).toMatchObject({ action: 'setting.updated', changes: { value: { before: '', after: 'https://kommun.example/iop' } } });
  });

  it('IOP-10: names the municipality shown on the public pages, and the public reads it without login', async () => {
    expect((await save(admin, { 'municipality.name_sv': 'Exempelby kommun', 'municipality.name_en': '' })).statusCode).toBe(200);
    const response = await t.app.inject({ method: 'GET', url: '/api/public/publisher' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      committeeNameSv: 'Arbetsmarknadsnämnden',
      committeeNameEn: 'Labour Market Committee',
      municipalityNameSv: 'Exempelby kommun',
      municipalityNameEn: '',
    });
    expect(response.headers['cache-control']).toBe('public, max-age=300');
  });

  it('refuses a value against its setting’s rule with a Swedish message under the setting’s key, and saves nothing of the group', async () => {
    const before = await settings();
    const response = await save(admin, {
      'case_number.prefix': 'amn',
      'iop_contact.email': 'inte en adress',
      'iop_contact.phone': 'ring oss',
      'iop_contact.web': 'kommun.example',
      'iop_contact.name': 'Ett namn som annars vore giltigt',
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('validation_failed');
    expect(body.errors).toEqual([
      { path: 'case_number.prefix', message: 'Ange prefixet med 1–10 versaler A–Ö utan mellanslag, till exempel AMN' },
      { path: 'iop_contact.email', message: 'Ange en giltig e-postadress, till exempel iop@kommun.se, eller lämna fältet tomt' },
      { path: 'iop_contact.phone', message: 'Ange telefonnumret med siffror, till exempel 08-123 456 00, eller lämna fältet tomt' },
      { path: 'iop_contact.web', message: 'Ange en webbadress som börjar med https://, eller lämna fältet tomt' },
    ]);
    const after = await settings();
    expect(after.get('iop_contact.name')).toEqual(before.get('iop_contact.name'));
  });

  it('answers in English when asked', async () => {
    const current = await settings();
    const response = await t.as(admin, {
      method: 'PATCH',
      url: '/api/settings',
      headers: { 'accept-language': 'en' },
      payload: { changes: [{ key: 'committee.name_sv', value: '   ', version: current.get('committee.name_sv')?.version }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'committee.name_sv', message: 'Give the committee’s name, at most 200 characters' }]);
  });

  it('refuses an empty municipality name once one is to be stored, and a too long text', async () => {
    const response = await save(admin, { 'municipality.name_sv': '', 'iop_contact.text': 'x'.repeat(501) });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(['municipality.name_sv', 'iop_contact.text']);
  });

  it('refuses unknown and internal settings, a setting given twice, and malformed bodies (400, never 500)', async () => {
    const unknown = await t.as(admin, { method: 'PATCH', url: '/api/settings', payload: { changes: [{ key: 'rate_limit.hash_key', value: 'x', version: 1 }] } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([{ path: 'rate_limit.hash_key', message: 'Inställningen finns inte' }]);
    const twice = await t.as(admin, {
      method: 'PATCH',
      url: '/api/settings',
      payload: { changes: [{ key: 'iop_contact.name', value: 'A', version: 1 }, { key: 'iop_contact.name', value: 'B', version: 1 }] },
    });
    expect(twice.statusCode).toBe(400);
    for (const payload of [{}, { changes: [] }, { changes: 'x' }, { changes: [{ key: 'iop_contact.name', value: 'A' }] }, { changes: [{ key: 'iop_contact.name', value: 'A', version: -1 }] }, { changes: [], extra: 1 }]) {
      const response = await t.as(admin, { method: 'PATCH', url: '/api/settings', payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const notJson = await t.as(admin, { method: 'PATCH', url: '/api/settings', headers: { 'content-type': 'application/json' }, payload: '{"changes": [' });
    expect(notJson.statusCode).toBe(400);
    const wrongType = await save(admin, { 'democracy.validity_months': '12' });
    expect(wrongType.statusCode).toBe(400);
  });

  it('refuses a stale version with 409 and keeps the other administrator’s value (optimistic concurrency)', async () => {
    const current = await settings();
    const version = current.get('committee.name_en')?.version ?? 0;
    expect((await save(admin, { 'committee.name_en': 'Employment Committee' }, { 'committee.name_en': version })).statusCode).toBe(200);
    const stale = await save(admin, { 'committee.name_en': 'Labour Committee' }, { 'committee.name_en': version });
    expect(stale.statusCode).toBe(409);
    expect((await settings()).get('committee.name_en')?.value).toBe('Employment Committee');
  });

  it('refuses a second first value of a new setting: two administrators who both saw version 0', async () => {
    expect((await settings()).get('municipality.name_en')?.version).toBe(0);
    expect((await save(admin, { 'municipality.name_en': 'Exampleby Municipality' }, { 'municipality.name_en': 0 })).statusCode).toBe(200);
    expect((await save(admin, { 'municipality.name_en': 'Exampleby' }, { 'municipality.name_en': 0 })).statusCode).toBe(409);
    expect((await settings()).get('municipality.name_en')).toMatchObject({ value: 'Exampleby Municipality', version: 1 });
  });

  it.each(ROLES.filter((r) => r !== 'admin'))('refuses the %s role (403)', async (role) => {
    const session = await t.loginAs(role);
    expect((await save(session, { 'iop_contact.name': 'Någon annan' })).statusCode).toBe(403);
  });

  it('refuses the public (401)', async () => {
    const response = await t.app.inject({ method: 'PATCH', url: '/api/settings', payload: { changes: [{ key: 'iop_contact.name', value: 'X', version: 1 }] } });
    expect(response.statusCode).toBe(401);
  });
});

describe('PATCH /api/settings/:key (one setting)', () => {
  it('changes the case-number prefix for new numbers; a bad value is a 400 under `value`', async () => {
    const current = await settings();
    const bad = await t.as(admin, { method: 'PATCH', url: '/api/settings/case_number.prefix', payload: { value: 'A M N', version: current.get('case_number.prefix')?.version } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'value', message: 'Ange prefixet med 1–10 versaler A–Ö utan mellanslag, till exempel AMN' }]);
    const ok = await t.as(admin, { method: 'PATCH', url: '/api/settings/case_number.prefix', payload: { value: 'ÄMN', version: current.get('case_number.prefix')?.version } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ key: 'case_number.prefix', value: 'ÄMN', version: 2 });
    expect((await t.as(admin, { method: 'PATCH', url: '/api/settings/nothing.here', payload: { value: 1, version: 1 } })).statusCode).toBe(404);
  });
});
