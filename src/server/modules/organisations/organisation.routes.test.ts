import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
});
afterAll(() => t.close());

const base = { name: 'Nya föreningen', kind: 'civil_society', legalForm: 'non_profit_association' };
const create = (payload: Record<string, unknown>) => t.as(officer, { method: 'POST', url: '/api/organisations', payload });

describe('organisation numbers (ORG-3)', () => {
  it('ORG-3: accepts 212000-0142 and stores 2021002114 as 202100-2114', async () => {
    const city = await create({ ...base, name: 'Stockholms stad', kind: 'public_body', legalForm: 'municipality', orgNumber: '212000-0142' });
    expect(city.statusCode).toBe(201);
    expect(city.json().orgNumber).toBe('212000-0142');
    const af = await create({ ...base, name: 'Arbetsförmedlingen', kind: 'public_body', legalForm: 'government_agency', orgNumber: '2021002114' });
    expect(af.statusCode).toBe(201);
    expect(af.json().orgNumber).toBe('202100-2114');
  });

  it('ORG-3: refuses malformed numbers with 400 naming orgNumber in Swedish', async () => {
    const cases: [string, string][] = [
      ['212000-0143', 'Organisationsnumret har fel kontrollsiffra'],
      ['21200-0142', 'Organisationsnumret ska ha tio siffror, NNNNNN-NNNN'],
      ['212000-014A', 'Organisationsnumret ska ha tio siffror, NNNNNN-NNNN'],
    ];
    for (const [orgNumber, message] of cases) {
      const response = await create({ ...base, orgNumber });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors).toEqual([{ path: 'orgNumber', message }]);
    }
  });

  it('ORG-3: a duplicate gets 409 linking the organisation that has the number', async () => {
    const first = await create({ ...base, name: 'Första', orgNumber: '802400-6382' });
    expect(first.statusCode).toBe(201);
    const second = await create({ ...base, name: 'Andra', orgNumber: '8024006382' });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      code: 'org_number_taken',
      errors: [{ path: 'orgNumber', message: 'Organisationsnumret finns redan i registret' }],
      existing: { id: first.json().id, name: 'Första', href: `/api/organisations/${first.json().id}` },
    });
  });

  it('allows organisations without a number (small associations)', async () => {
    const a = await create({ ...base, name: 'Liten förening A' });
    const b = await create({ ...base, name: 'Liten förening B', orgNumber: '' });
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(b.json().orgNumber).toBeNull();
  });
});

describe('registering and editing (ORG-1, ORG-2)', () => {
  it('ORG-2: the legal form must belong to the kind; areas and districts must exist', async () => {
    const response = await create({ ...base, legalForm: 'limited_company', areas: ['summer_jobs', 'moon_base'], districts: ['atlantis'] });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'legalForm', message: 'Okänd juridisk form för den här typen av organisation' },
      { path: 'areas.1', message: 'Okänt samverkansområde' },
      { path: 'districts.0', message: 'Okänd stadsdel' },
    ]);
  });

  it('stores the full record with contacts and returns it', async () => {
    const response = await create({
      ...base,
      name: 'Svenska med baby',
      description: 'Språkträning för nyanlända föräldrar med små barn',
      memberCount: 1200,
      website: 'svenskamedbaby.se',
      address: { street: 'Exempelgatan 1', postalCode: '11122', city: 'Stockholm' },
      districts: ['sodermalm'],
      areas: ['newly_arrived_adults.language_training'],
      contacts: [{ name: 'Kontaktperson', role: 'Verksamhetsledare', email: 'info@example.org', phone: '08-123 456' }],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'Svenska med baby',
      memberCount: 1200,
      website: 'https://svenskamedbaby.se',
      address: { street: 'Exempelgatan 1', postalCode: '111 22', city: 'Stockholm' },
      contacts: [{ name: 'Kontaktperson', role: 'Verksamhetsledare', email: 'info@example.org', phone: '08-123 456' }],
      status: 'active',
      democracyStatus: 'not_assessed',
      version: 1,
    });
  });

  it('edits with optimistic concurrency and keeps every change in the history', async () => {
    const created = (await create({ ...base, name: 'Historikföreningen' })).json();
    const ok = await t.as(officer, { method: 'PATCH', url: `/api/organisations/${created.id}`, payload: { version: 1, name: 'Historikföreningen i Stockholm' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(2);
    const stale = await t.as(officer, { method: 'PATCH', url: `/api/organisations/${created.id}`, payload: { version: 1, memberCount: 3 } });
    expect(stale.statusCode).toBe(409);
    const history = await t.as(officer, { method: 'GET', url: `/api/organisations/${created.id}/history` });
    expect(history.statusCode).toBe(200);
    expect(history.json().items.map((e: { action: string }) => e.action)).toEqual(['organisation.updated', 'organisation.created']);
    expect(history.json().items[0].changes).toEqual({ name: { before: 'Historikföreningen', after: 'Historikföreningen i Stockholm' } });
  });

  it('archives instead of deleting, and restores', async () => {
    const created = (await create({ ...base, name: 'Arkivföreningen' })).json();
    const archived = await t.as(officer, { method: 'POST', url: `/api/organisations/${created.id}/archive`, payload: { version: 1 } });
    expect(archived.json().status).toBe('archived');
    const ids = async (query: string) =>
      (await t.as(officer, { method: 'GET', url: `/api/organisations?${query}&limit=200` })).json().items.map((o: { id: string }) => o.id);
    expect(await ids('status=active')).not.toContain(created.id);
    expect(await ids('status=archived')).toEqual([created.id]);
    expect(await ids('status=all')).toContain(created.id);
    const edit = await t.as(officer, { method: 'PATCH', url: `/api/organisations/${created.id}`, payload: { version: 2, name: 'X' } });
    expect(edit.statusCode).toBe(409);
    const restored = await t.as(officer, { method: 'POST', url: `/api/organisations/${created.id}/restore`, payload: { version: 2 } });
    expect(restored.json().status).toBe('active');
  });

  it('lets review group and economists read but not write; partners see nothing', async () => {
    const reviewer = await t.loginAs('review_group');
    expect((await t.as(reviewer, { method: 'GET', url: '/api/organisations' })).statusCode).toBe(200);
    expect((await t.as(reviewer, { method: 'POST', url: '/api/organisations', payload: base })).statusCode).toBe(403);
    const partner = await t.loginAs('partner');
    expect((await t.as(partner, { method: 'GET', url: '/api/organisations' })).statusCode).toBe(403);
  });
});

describe('search and lists', () => {
  beforeAll(async () => {
    const db = t.database.db;
    await makeOrganisation(db, { name: 'Individuell Människohjälp', description: 'Biståndsorganisation som arbetar med utsatta människor' });
    await makeOrganisation(db, { name: 'Kompis Sverige', orgNumber: '802480-1758', description: 'Matchar nyanlända med etablerade svenskar' });
    await makeOrganisation(db, { name: 'Internationella Bekantskaper', description: 'En förening för språkcaféer', areas: ['newly_arrived_adults.language_training'], districts: ['bromma'] });
    await makeOrganisation(db, { name: 'Nema Problema', description: 'Idrott och gemenskap för unga', areas: ['summer_jobs'] });
    await makeOrganisation(db, { name: 'Byggbolaget i Kista AB', kind: 'employer', districts: ['rinkeby_kista'] });
  });

  const names = async (query: string) =>
    (await t.as(officer, { method: 'GET', url: `/api/organisations?${query}` })).json().items.map((o: { name: string }) => o.name);

  it('finds a misspelt name', async () => {
    expect((await names(`q=${encodeURIComponent('Individuel Manniskohjalp')}`))[0]).toBe('Individuell Människohjälp');
    expect((await names(`q=${encodeURIComponent('Kompis Sverge')}`))[0]).toBe('Kompis Sverige');
  });

  it('finds a partial name', async () => {
    expect(await names('q=Bekantsk')).toContain('Internationella Bekantskaper');
    expect((await names('q=nema'))[0]).toBe('Nema Problema');
  });

  it('finds an organisation number with or without hyphen', async () => {
    expect(await names('q=8024801758')).toEqual(['Kompis Sverige']);
    expect(await names('q=802480-1758')).toEqual(['Kompis Sverige']);
  });

  it('finds an inflected Swedish word in the description ("föreningar" finds "förening")', async () => {
    expect(await names(`q=${encodeURIComponent('föreningar')}`)).toContain('Internationella Bekantskaper');
  });

  it('filters by kind, area (with its sub-areas) and district', async () => {
    expect(await names('kind=employer')).toEqual(['Byggbolaget i Kista AB']);
    expect(await names('area=newly_arrived_adults')).toContain('Internationella Bekantskaper');
    expect(await names('area=newly_arrived_adults')).not.toContain('Nema Problema');
    expect(await names('district=rinkeby_kista')).toEqual(['Byggbolaget i Kista AB']);
  });

  it('sorts by name or last change and pages with a cursor and a total', async () => {
    const first = (await t.as(officer, { method: 'GET', url: '/api/organisations?sort=name&limit=3' })).json();
    expect(first.items).toHaveLength(3);
    const second = (await t.as(officer, { method: 'GET', url: `/api/organisations?sort=name&limit=3&cursor=${first.nextCursor}` })).json();
    const all = (await t.as(officer, { method: 'GET', url: '/api/organisations?sort=name&limit=200' })).json();
    expect([...first.items, ...second.items].map((o: { id: string }) => o.id)).toEqual(all.items.slice(0, 6).map((o: { id: string }) => o.id));
    expect(first.total).toBe(all.total);
    const byChange = (await t.as(officer, { method: 'GET', url: '/api/organisations?sort=updated&limit=1' })).json();
    expect(byChange.items).toHaveLength(1);
    expect((await t.as(officer, { method: 'GET', url: '/api/organisations?sort=updated&limit=1&cursor=bad' })).statusCode).toBe(400);
  });

  it('filters by democracy status', async () => {
    expect((await names('democracyStatus=eligible')).length).toBe(0);
    expect(await names('democracyStatus=not_assessed')).toContain('Nema Problema');
  });
});

describe('counting large results', () => {
  it('stops counting at the cap and says so', async () => {
    const { insertOrganisations } = await import('./organisation.repository');
    const now = new Date();
    await insertOrganisations(
      t.database.db,
      Array.from({ length: 1_005 }, (_, i) => ({ name: `Massförening ${i}`, kind: 'civil_society' as const, legal_form: 'non_profit_association', created_at: now, updated_at: now })),
    );
    const capped = (await t.as(officer, { method: 'GET', url: '/api/organisations?q=Massf%C3%B6rening&limit=5' })).json();
    expect(capped).toMatchObject({ total: 1000, totalIsCapped: true });
    expect(capped.items).toHaveLength(5);
    const exact = (await t.as(officer, { method: 'GET', url: '/api/organisations?kind=employer' })).json();
    expect(exact.totalIsCapped).toBe(false);
  });

  it('pages a broad search by relevance to the end: names starting with the text first, every hit once', async () => {
    const { insertOrganisations } = await import('./organisation.repository');
    const now = new Date();
    // 1,010 names starting with the text and 10 that only contain it, so the search is broad.
    await insertOrganisations(t.database.db, [
      ...Array.from({ length: 1_010 }, (_, i) => ({ name: `Bredsökföreningen ${String(i).padStart(4, '0')}`, kind: 'civil_society' as const, legal_form: 'non_profit_association', created_at: now, updated_at: now })),
      ...Array.from({ length: 10 }, (_, i) => ({ name: `Alfa bredsökföreningen ${i}`, kind: 'civil_society' as const, legal_form: 'non_profit_association', created_at: now, updated_at: now })),
    ]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/organisations?q=Breds%C3%B6kf%C3%B6reningen&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = (await t.as(officer, { method: 'GET', url })).json();
      expect(page.totalIsCapped).toBe(true);
      seen.push(...page.items.map((o: { name: string }) => o.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(1_020);
    expect(new Set(seen).size).toBe(1_020);
    expect(seen.slice(0, 1_010).every((n) => n.startsWith('Bredsökföreningen'))).toBe(true);
    expect(seen.slice(1_010).every((n) => n.startsWith('Alfa'))).toBe(true);
  });
});
