import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
let officer: Session;
let known: { id: string; name: string };
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  known = await makeOrganisation(t.database.db, { name: 'Kvinnor i Tensta', orgNumber: '802400-6382' });
});
afterAll(() => t.close());

const proposal = {
  organisationName: 'Kvinnor i Tensta',
  orgNumber: '8024006382',
  contactName: 'Amina Exempel',
  contactEmail: 'Amina@Example.org',
  contactPhone: '070-123 45 67',
  title: 'Språkcafé för utrikesfödda kvinnor',
  brief: 'Vi vill samverka kring ett språkcafé som leder vidare till praktik.',
  areas: ['newly_arrived_adults'],
  targetGroups: ['foreign_born_women'],
};

let ipSequence = 0;
/** Each test submits from its own address, so the rate limit of one test does not touch another. */
const nextIp = () => `198.51.100.${(ipSequence += 1)}`;
const submit = (payload: Record<string, unknown>, remoteAddress = nextIp(), headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/public/initiatives', payload, remoteAddress, headers });
const countInitiatives = async () =>
  Number((await t.database.db.selectFrom('initiative').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

describe('the public proposal form (IOP-10)', () => {
  it('IOP-10: works without login and answers with a receipt only, never the stored record', async () => {
    const response = await submit(proposal);
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(['receivedAt', 'reference']);
    // INI-1: the receipt is the initiative's readable number, which staff also refer to it by.
    expect(body.reference).toMatch(/^INI \d{4}-\d{4,}$/);
    expect(Number.isNaN(Date.parse(body.receivedAt))).toBe(false);
    for (const internal of ['id', 'status', 'organisations', 'proposer', 'Kvinnor i Tensta', known.id]) expect(response.body).not.toContain(internal);
  });

  it('INI-1: lands in the review queue as an external proposal, linked to the register by organisation number', async () => {
    const { reference } = (await submit(proposal)).json();
    const list = (await t.as(officer, { method: 'GET', url: `/api/initiatives?q=${encodeURIComponent(reference)}` })).json();
    expect(list.items).toHaveLength(1);
    const view = (await t.as(officer, { method: 'GET', url: `/api/initiatives/${list.items[0].id}` })).json();
    expect(view).toMatchObject({
      number: reference,
      title: 'Språkcafé för utrikesfödda kvinnor',
      origin: 'external',
      submittedVia: 'public_form',
      status: 'submitted',
      areas: ['newly_arrived_adults'],
      targetGroups: ['foreign_born_women'],
      organisations: [{ id: known.id, name: 'Kvinnor i Tensta', kind: 'civil_society' }],
      proposer: {
        organisationName: 'Kvinnor i Tensta',
        orgNumber: '802400-6382',
        contactName: 'Amina Exempel',
        contactEmail: 'amina@example.org',
        contactPhone: '070-123 45 67',
      },
      createdBy: null,
    });
    const history = (await t.as(officer, { method: 'GET', url: `/api/initiatives/${view.id}/history` })).json();
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({ action: 'initiative.received', actorType: 'anonymous', actorId: null, ip: null });
    // The append-only log keeps the organisation, not the person.
    expect(JSON.stringify(history.items[0].changes)).not.toContain('amina');
  });

  it('an unknown organisation is kept as the proposer only; a logged-in caller is still recorded as the public', async () => {
    const partner = await t.loginAs('partner');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/initiatives',
      payload: { ...proposal, organisationName: 'Ny förening', orgNumber: '', contactPhone: '', areas: undefined, targetGroups: undefined },
      remoteAddress: nextIp(),
      headers: { cookie: partner.cookie },
    });
    expect(response.statusCode).toBe(201);
    const row = await t.database.db
      .selectFrom('initiative')
      .selectAll()
      .where(sql<boolean>`proposer->>'organisationName' = ${'Ny förening'}`)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ created_by: null, origin: 'external', areas: [], target_groups: [] });
    expect(row.proposer).toMatchObject({ orgNumber: null, contactPhone: null });
    const links = await t.database.db.selectFrom('initiative_organisation').selectAll().where('initiative_id', '=', row.id).execute();
    expect(links).toEqual([]);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', row.id).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_type: 'anonymous', actor_id: null, ip: null });
  });

  it('refuses bad input with 400 and field paths: a wrong organisation number names orgNumber', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...proposal, orgNumber: '802400-6383' }, 'orgNumber'],
      [{ ...proposal, orgNumber: '12345' }, 'orgNumber'],
      [{ ...proposal, contactEmail: 'inte-en-adress' }, 'contactEmail'],
      [{ ...proposal, contactName: '' }, 'contactName'],
      [{ ...proposal, title: undefined }, 'title'],
      [{ ...proposal, brief: '   ' }, 'brief'],
      [{ ...proposal, contactPhone: 'ring mig' }, 'contactPhone'],
      [{ ...proposal, status: 'recommended' }, 'status'],
    ];
    for (const [payload, path] of cases) {
      const response = await submit(payload);
      expect(response.statusCode, path).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path), path).toContain(path);
    }
    const unknownCodes = await submit({ ...proposal, areas: ['moon_base'], targetGroups: ['martians'] });
    expect(unknownCodes.statusCode).toBe(400);
    expect(unknownCodes.json().errors).toEqual([
      { path: 'areas.0', message: 'Okänt samverkansområde' },
      { path: 'targetGroups.0', message: 'Okänd målgrupp' },
    ]);
    const wrongNumber = await submit({ ...proposal, orgNumber: '802400-6383' });
    expect(wrongNumber.json().errors).toEqual([{ path: 'orgNumber', message: 'Organisationsnumret har fel kontrollsiffra' }]);
  });

  it('refuses a filled-in honeypot with 400 spam_suspected and stores nothing', async () => {
    const before = await countInitiatives();
    const response = await submit({ ...proposal, website: 'https://cheap-pills.example' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'spam_suspected', title: 'Förslaget kunde inte tas emot' });
    expect(await countInitiatives()).toBe(before);
    const empty = await submit({ ...proposal, website: '' });
    expect(empty.statusCode).toBe(201);
    expect(await countInitiatives()).toBe(before + 1);
  });

  it('IOP-10: takes 5 submissions per address and hour; the 6th gets 429 with Retry-After, other addresses go on', async () => {
    const ip = nextIp();
    for (let i = 0; i < 5; i += 1) expect((await submit({ ...proposal, title: `Förslag ${i}` }, ip)).statusCode).toBe(201);
    const before = await countInitiatives();
    const sixth = await submit(proposal, ip);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().code).toBe('rate_limited');
    const retryAfter = Number(sixth.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(await countInitiatives()).toBe(before);
    // Malformed and spam attempts are refused before anything else once the limit is reached.
    expect((await submit({}, ip)).statusCode).toBe(429);
    expect((await submit(proposal, nextIp())).statusCode).toBe(201);
  });

  it('counts malformed and spam attempts too, so a flood of junk is stopped as well', async () => {
    const ip = nextIp();
    for (let i = 0; i < 5; i += 1) expect((await submit(i % 2 ? {} : { ...proposal, website: 'x' }, ip)).statusCode).toBe(400);
    expect((await submit(proposal, ip)).statusCode).toBe(429);
  });

  it('keeps no client address: only a keyed hash per bucket', async () => {
    const ip = '203.0.113.77';
    await submit(proposal, ip);
    const hits = await t.database.db.selectFrom('rate_limit_hit').selectAll().where('bucket', '=', 'public-initiative').execute();
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(hit.key_hash).not.toContain(ip);
    }
    const rows = JSON.stringify(await t.database.db.selectFrom('initiative').selectAll().execute());
    expect(rows).not.toContain(ip);
  });

  it('keeps the hash key out of the settings administrators see', async () => {
    await submit(proposal);
    const stored = await t.database.db.selectFrom('setting').select('key').where('key', '=', 'rate_limit.hash_key').execute();
    expect(stored).toHaveLength(1);
    const admin = await t.loginAs('admin');
    const keys = (await t.as(admin, { method: 'GET', url: '/api/settings' })).json().map((s: { key: string }) => s.key);
    expect(keys).toContain('democracy.validity_months');
    expect(keys).toContain('case_number.prefix');
    expect(keys).not.toContain('rate_limit.hash_key');
  });
});

describe('public reference data', () => {
  it('offers areas and target groups without login, and nothing else', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/reference-data' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(['areas', 'targetGroups']);
    expect(body.areas).toContainEqual({ code: 'summer_jobs', parentCode: null, nameSv: 'Feriejobb', nameEn: 'Summer jobs for youth' });
    expect(body.areas).toContainEqual(expect.objectContaining({ code: 'summer_jobs.mentors', parentCode: 'summer_jobs' }));
    expect(body.targetGroups[0]).toEqual({ code: 'youth_16_29', nameSv: 'Unga 16–29 år', nameEn: 'Young people aged 16–29' });
  });

  it('staff reference data now includes target groups, units and committees', async () => {
    const body = (await t.as(officer, { method: 'GET', url: '/api/reference-data' })).json();
    expect(body.targetGroups[0]).toEqual({ code: 'youth_16_29', nameSv: 'Unga 16–29 år', nameEn: 'Young people aged 16–29', sortOrder: 10 });
    expect(body.units.map((u: { code: string }) => u.code)).toContain('jobbtorg');
    expect(body.committees.map((c: { code: string }) => c.code)).toEqual(['district', 'social', 'culture', 'sports', 'education']);
  });
});
