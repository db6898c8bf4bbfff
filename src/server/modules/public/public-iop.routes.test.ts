import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makeUser } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { insertCooperation } from './public-iop.test-helper';

let t: TestApp;
let admin: Session;
let shown: { id: string; caseNumber: string };
let formulaTitled: { id: string; caseNumber: string };
const hidden: Record<string, { id: string; caseNumber: string }> = {};
const MANAGER_NAME = 'Maja Chefsson';
const MANAGER_EMAIL = 'maja.chefsson@stad.example';
const DESCRIPTION = 'Intern beskrivning med budgetdetaljer';

async function setSetting(key: string, value: unknown) {
  const settings = (await t.as(admin, { method: 'GET', url: '/api/settings' })).json() as { key: string; version: number }[];
  const current = settings.find((s) => s.key === key);
  if (!current) throw new Error(`no setting ${key}`);
  return t.as(admin, { method: 'PATCH', url: `/api/settings/${key}`, payload: { value, version: current.version } });
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('admin');
  const db = t.database.db;
  const manager = await makeUser(db, { roles: ['manager'], name: MANAGER_NAME, email: MANAGER_EMAIL });
  const tensta = await makeOrganisation(db, { name: 'Kvinnor i Tensta', orgNumber: '802400-6382' });
  const rinkeby = await makeOrganisation(db, { name: 'Rinkeby idrottsförening' });
  const base = { managerId: manager.id, description: DESCRIPTION, partyIds: [tensta.id, rinkeby.id] };
  shown = await insertCooperation(db, {
    ...base,
    title: 'Språkcafé i Tensta',
    publicSummary: 'Språkträning som leder vidare till praktik.',
    targetGroups: ['newly_arrived', 'foreign_born_women'],
    startDate: '2025-03-01',
    endDate: '2027-12-31',
  });
  formulaTitled = await insertCooperation(db, { ...base, title: '=HYPERLINK("http://evil.example")', publicSummary: '+46 på väg', startDate: '2026-01-01' });
  hidden.preparing = await insertCooperation(db, { ...base, status: 'preparing', title: 'Förberedd IOP' });
  hidden.ended = await insertCooperation(db, { ...base, status: 'ended', title: 'Avslutad IOP' });
  hidden.underReview = await insertCooperation(db, { ...base, status: 'under_review', title: 'IOP under översyn' });
  hidden.unpublished = await insertCooperation(db, { ...base, published: false, title: 'Opublicerad IOP' });
  hidden.procurement = await insertCooperation(db, { ...base, form: 'procurement', title: 'Upphandlad tjänst' });
  for (const [key, value] of [
    ['iop_contact.name', 'IOP-funktionen'],
    ['iop_contact.address', 'Arbetsmarknadsförvaltningen, Box 1, 100 00 Stockholm'],
    ['iop_contact.phone', '08-508 000 00'],
    ['iop_contact.email', 'iop@stad.example'],
    ['iop_contact.web', 'https://stad.example/iop'],
    ['iop_contact.text', 'Vi svarar inom en vecka.'],
  ] as const) {
    const response = await setSetting(key, value);
    if (response.statusCode !== 200) throw new Error(`setting ${key}: ${response.body}`);
  }
});
afterAll(() => t.close());

describe('GET /api/public/iop (IOP-10, OVR-3)', () => {
  it('IOP-10: works without login and lists active, published IOPs only', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/iop' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items.map((i: { caseNumber: string }) => i.caseNumber)).toEqual([shown.caseNumber, formulaTitled.caseNumber]);
    for (const h of Object.values(hidden)) expect(response.body).not.toContain(h.caseNumber);
  });

  it('IOP-10: shows partner, purpose, target groups, term and start year, and the contact function', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/api/public/iop' })).json();
    expect(body.contact).toEqual({
      name: 'IOP-funktionen',
      email: 'iop@stad.example',
      phone: '08-508 000 00',
      web: 'https://stad.example/iop',
      address: 'Arbetsmarknadsförvaltningen, Box 1, 100 00 Stockholm',
      text: 'Vi svarar inom en vecka.',
      proposalPath: '/foresla-samverkan',
    });
    expect(body.items[0]).toEqual({
      caseNumber: shown.caseNumber,
      title: 'Språkcafé i Tensta',
      partners: ['Kvinnor i Tensta', 'Rinkeby idrottsförening'],
      purpose: 'Språkträning som leder vidare till praktik.',
      targetGroups: [
        { code: 'newly_arrived', nameSv: 'Nyanlända vuxna', nameEn: 'Newly arrived adults' },
        { code: 'foreign_born_women', nameSv: 'Utrikesfödda kvinnor', nameEn: 'Foreign-born women' },
      ],
      startDate: '2025-03-01',
      endDate: '2027-12-31',
      startYear: 2025,
    });
  });

  it('OVR-3: leaks no internal field, staff e-mail, manager, description, organisation number or id', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/iop' });
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(['contact', 'items']);
    for (const item of body.items) {
      expect(Object.keys(item).sort()).toEqual(['caseNumber', 'endDate', 'partners', 'purpose', 'startDate', 'startYear', 'targetGroups', 'title']);
    }
    // The only e-mail address is the published functional mailbox.
    expect(response.body.match(/[^\s"<>,;]+@[^\s"<>,;]+/g)).toEqual(['iop@stad.example']);
    for (const secret of [MANAGER_NAME, MANAGER_EMAIL, DESCRIPTION, '802400-6382', shown.id, 'facts', 'version', 'value_sek']) {
      expect(response.body).not.toContain(secret);
    }
  });

  it('OVR-3: an unpublished contact stays unpublished: empty settings give empty fields', async () => {
    const other = await createTestApp();
    try {
      const body = (await other.app.inject({ method: 'GET', url: '/api/public/iop' })).json();
      expect(body).toEqual({
        contact: { name: '', email: '', phone: '', web: '', address: '', text: '', proposalPath: '/foresla-samverkan' },
        items: [],
      });
    } finally {
      await other.close();
    }
  });

  it('OVR-3: may be cached by browsers and proxies for five minutes, unlike the rest of the API', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/iop' });
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    const internal = await t.as(admin, { method: 'GET', url: '/api/settings' });
    expect(internal.headers['cache-control']).toBe('no-store');
  });
});

describe('GET /api/public/iop.csv (open data)', () => {
  it('OVR-3: the same rows as CSV with Swedish headers, formulas escaped, cacheable', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/iop.csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    const lines = response.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Diarienummer;Titel;Partner;Syfte;Målgrupper;Startdatum;Slutdatum;Startår');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      `${shown.caseNumber};Språkcafé i Tensta;Kvinnor i Tensta, Rinkeby idrottsförening;Språkträning som leder vidare till praktik.;Nyanlända vuxna, Utrikesfödda kvinnor;2025-03-01;2027-12-31;2025`,
    );
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(lines[2]).toContain(";'+46 på väg;");
    for (const secret of [MANAGER_NAME, MANAGER_EMAIL, DESCRIPTION, 'Opublicerad IOP', 'Upphandlad tjänst']) expect(response.body).not.toContain(secret);
  });
});

describe('the IOP contact settings', () => {
  it('IOP-10: the contact mailbox must be an e-mail address or empty', async () => {
    expect((await setSetting('iop_contact.email', 'inte en adress')).statusCode).toBe(400);
    expect((await setSetting('iop_contact.phone', 'x'.repeat(41))).statusCode).toBe(400);
  });
});
