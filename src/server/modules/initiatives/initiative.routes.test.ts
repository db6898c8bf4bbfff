import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../../shared/users/roles';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
let officer: Session;
let orgA: { id: string; name: string };
let orgB: { id: string; name: string };
let archived: { id: string; name: string };
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  orgA = await makeOrganisation(t.database.db, { name: 'Läxhjälpsföreningen' });
  orgB = await makeOrganisation(t.database.db, { name: 'Arbetsgivarringen', kind: 'employer' });
  archived = await makeOrganisation(t.database.db, { name: 'Nedlagda föreningen', status: 'archived' });
});
afterAll(() => t.close());

const base = { title: 'Mentorskap för unga', origin: 'external', brief: 'Behov: unga saknar kontakter. Syfte: vuxna mentorer.' };
const create = (payload: Record<string, unknown>, session = officer) => t.as(session, { method: 'POST', url: '/api/initiatives', payload });
const get = (url: string, session = officer) => t.as(session, { method: 'GET', url });

describe('registering an initiative (INI-1)', () => {
  it('INI-1: stores origin, organisations, brief, target groups, areas, form, money, duration and facts', async () => {
    const response = await create({
      ...base,
      organisationIds: [orgA.id, orgB.id],
      targetGroups: ['youth_16_29'],
      areas: ['summer_jobs', 'summer_jobs.mentors'],
      unitCode: 'jobbtorg',
      proposedForm: 'iop',
      expectedCompensationSek: 250_000,
      estimatedValueSek: 400_000.5,
      intendedDurationMonths: 24,
      facts: { compensation: true, marketExists: false },
    });
    expect(response.statusCode).toBe(201);
    const view = response.json();
    expect(view).toMatchObject({
      title: 'Mentorskap för unga',
      origin: 'external',
      submittedVia: 'staff',
      status: 'submitted',
      targetGroups: ['youth_16_29'],
      areas: ['summer_jobs', 'summer_jobs.mentors'],
      unitCode: 'jobbtorg',
      proposedForm: 'iop',
      expectedCompensationSek: 250_000,
      estimatedValueSek: 400_000.5,
      intendedDurationMonths: 24,
      facts: { compensation: true, marketExists: false },
      proposer: null,
      createdBy: { id: officer.userId },
      attachments: [],
      latestRecommendation: null,
      version: 1,
    });
    expect(view.number).toMatch(/^INI \d{4}-\d{4,}$/);
    expect(view.registryNumber).toBeNull();
    expect(view.organisations).toEqual([
      { id: orgB.id, name: 'Arbetsgivarringen', kind: 'employer' },
      { id: orgA.id, name: 'Läxhjälpsföreningen', kind: 'civil_society' },
    ]);
    const again = await get(`/api/initiatives/${view.id}`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(view);
  });

  it('an initiative from an own unit needs no organisation and leaves optional fields empty', async () => {
    const response = await create({ ...base, origin: 'internal', unitCode: 'adult_education' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ origin: 'internal', organisations: [], proposedForm: null, expectedCompensationSek: null, facts: {} });
  });

  it('refuses unknown or archived organisations and unknown codes with 400 naming each field', async () => {
    const response = await create({
      ...base,
      organisationIds: [orgA.id, archived.id, '00000000-0000-4000-8000-000000000000'],
      areas: ['outreach', 'moon_base'],
      targetGroups: ['martians'],
      unitCode: 'no_such_unit',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'organisationIds.1', message: 'Organisationen finns inte i registret eller är arkiverad' },
      { path: 'organisationIds.2', message: 'Organisationen finns inte i registret eller är arkiverad' },
      { path: 'areas.1', message: 'Okänt samverkansområde' },
      { path: 'targetGroups.0', message: 'Okänd målgrupp' },
      { path: 'unitCode', message: 'Okänd enhet' },
    ]);
  });

  it('refuses bad input with 400 and field paths, never 500', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, title: '  ' }, 'title'],
      [{ ...base, origin: 'elsewhere' }, 'origin'],
      [{ ...base, proposedForm: 'grant' }, 'proposedForm'],
      [{ ...base, expectedCompensationSek: -1 }, 'expectedCompensationSek'],
      [{ ...base, estimatedValueSek: 'much' }, 'estimatedValueSek'],
      [{ ...base, intendedDurationMonths: 0 }, 'intendedDurationMonths'],
      [{ ...base, organisationIds: ['not-a-uuid'] }, 'organisationIds.0'],
      [{ ...base, facts: { notes: 'x'.repeat(25_000) } }, 'facts'],
      [{ ...base, secret: 1 }, 'secret'],
    ];
    for (const [payload, path] of cases) {
      const response = await create(payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it('says so in English when asked', async () => {
    const response = await t.as(officer, { method: 'POST', url: '/api/initiatives', payload: { ...base, targetGroups: ['x'] }, headers: { 'accept-language': 'en' } });
    expect(response.json().errors).toEqual([{ path: 'targetGroups.0', message: 'Unknown target group' }]);
  });
});

describe('who may do what', () => {
  it('staff roles read, officers/managers/admins write, others are refused', async () => {
    const readers = ['officer', 'manager', 'review_group', 'economist', 'admin'];
    const writers = ['officer', 'manager', 'admin'];
    const id = (await create(base)).json().id;
    for (const role of ROLES) {
      const session = await t.loginAs(role);
      const list = await get('/api/initiatives', session);
      const one = await get(`/api/initiatives/${id}`, session);
      const history = await get(`/api/initiatives/${id}/history`, session);
      const expectedRead = readers.includes(role) ? 200 : 403;
      expect([list.statusCode, one.statusCode, history.statusCode], role).toEqual([expectedRead, expectedRead, expectedRead]);
      const created = await create({ ...base, title: `Av ${role}` }, session);
      expect(created.statusCode, role).toBe(writers.includes(role) ? 201 : 403);
      const current = (await get(`/api/initiatives/${id}`)).json();
      const patch = await t.as(session, { method: 'PATCH', url: `/api/initiatives/${id}`, payload: { version: current.version, brief: `Ändrad av ${role}` } });
      expect(patch.statusCode, role).toBe(writers.includes(role) ? 200 : 403);
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/initiatives' });
    expect(anonymous.statusCode).toBe(401);
    const anonymousCreate = await t.app.inject({ method: 'POST', url: '/api/initiatives', payload: base });
    expect(anonymousCreate.statusCode).toBe(401);
  });
});

describe('editing and withdrawing', () => {
  it('edits with optimistic concurrency, replaces organisations and keeps the history', async () => {
    const created = (await create({ ...base, title: 'Historikinitiativet', organisationIds: [orgA.id] })).json();
    const ok = await t.as(officer, {
      method: 'PATCH',
      url: `/api/initiatives/${created.id}`,
      payload: { version: 1, title: 'Historikinitiativet 2', organisationIds: [orgB.id], estimatedValueSek: 1000 },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, title: 'Historikinitiativet 2', estimatedValueSek: 1000, organisations: [{ id: orgB.id }] });
    const stale = await t.as(officer, { method: 'PATCH', url: `/api/initiatives/${created.id}`, payload: { version: 1, title: 'X' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    const history = (await get(`/api/initiatives/${created.id}/history`)).json();
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(['initiative.updated', 'initiative.created']);
    expect(history.items[0].changes).toMatchObject({
      title: { before: 'Historikinitiativet', after: 'Historikinitiativet 2' },
      organisationIds: { before: [orgA.id], after: [orgB.id] },
    });
  });

  it('keeps an archived organisation already linked, but refuses to link a new one', async () => {
    const org = await makeOrganisation(t.database.db, { name: 'Snart arkiverad' });
    const created = (await create({ ...base, organisationIds: [org.id] })).json();
    await t.database.db.updateTable('organisation').set({ status: 'archived' }).where('id', '=', org.id).execute();
    const keep = await t.as(officer, { method: 'PATCH', url: `/api/initiatives/${created.id}`, payload: { version: 1, organisationIds: [org.id, orgA.id] } });
    expect(keep.statusCode).toBe(200);
    const add = await t.as(officer, { method: 'PATCH', url: `/api/initiatives/${created.id}`, payload: { version: 2, organisationIds: [archived.id] } });
    expect(add.statusCode).toBe(400);
    expect(add.json().errors).toEqual([{ path: 'organisationIds.0', message: 'Organisationen finns inte i registret eller är arkiverad' }]);
  });

  it('may be edited only while submitted or awaiting more information', async () => {
    const created = (await create(base)).json();
    await t.database.db.updateTable('initiative').set({ status: 'in_review' }).where('id', '=', created.id).execute();
    const refused = await t.as(officer, { method: 'PATCH', url: `/api/initiatives/${created.id}`, payload: { version: 1, title: 'Nej' } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('transition_not_allowed');
    await t.database.db.updateTable('initiative').set({ status: 'more_information' }).where('id', '=', created.id).execute();
    const allowed = await t.as(officer, { method: 'PATCH', url: `/api/initiatives/${created.id}`, payload: { version: 1, brief: 'Kompletterat underlag' } });
    expect(allowed.statusCode).toBe(200);
  });

  it('withdraws, but not twice and not after conversion', async () => {
    const created = (await create(base)).json();
    const withdrawn = await t.as(officer, { method: 'POST', url: `/api/initiatives/${created.id}/withdraw`, payload: { version: 1 } });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', version: 2 });
    const again = await t.as(officer, { method: 'POST', url: `/api/initiatives/${created.id}/withdraw`, payload: { version: 2 } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('transition_not_allowed');
    const converted = (await create(base)).json();
    await t.database.db.updateTable('initiative').set({ status: 'converted' }).where('id', '=', converted.id).execute();
    const refused = await t.as(officer, { method: 'POST', url: `/api/initiatives/${converted.id}/withdraw`, payload: { version: 1 } });
    expect(refused.json().code).toBe('transition_not_allowed');
    const stale = await t.as(officer, { method: 'POST', url: `/api/initiatives/${created.id}/withdraw`, payload: { version: 1 } });
    expect(stale.statusCode).toBe(409);
    const bad = await t.as(officer, { method: 'POST', url: `/api/initiatives/${created.id}/withdraw`, payload: {} });
    expect(bad.statusCode).toBe(400);
  });

  it('answers 404 for an unknown initiative and 400 for a malformed id', async () => {
    expect((await get('/api/initiatives/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get('/api/initiatives/not-an-id')).statusCode).toBe(400);
  });
});

describe('the newest recommendation (INI-2)', () => {
  it('shows the newest recommendation of the review group', async () => {
    const created = (await create(base)).json();
    const db = t.database.db;
    await db
      .insertInto('recommendation')
      .values({ initiative_id: created.id, outcome: 'more_information', justification: 'Budget saknas', recorded_by: officer.userId, recorded_at: new Date('2026-01-10T10:00:00Z') })
      .execute();
    await db
      .insertInto('recommendation')
      .values({ initiative_id: created.id, outcome: 'form', recommended_form: 'iop', justification: 'Idéburen, inget marknadsutbud', recorded_by: officer.userId, recorded_at: new Date('2026-02-10T10:00:00Z') })
      .execute();
    const view = (await get(`/api/initiatives/${created.id}`)).json();
    expect(view.latestRecommendation).toEqual({
      outcome: 'form',
      recommendedForm: 'iop',
      referredTo: null,
      justification: 'Idéburen, inget marknadsutbud',
      addedValue: null,
      recordedAt: '2026-02-10T10:00:00.000Z',
      meetingId: null,
    });
  });
});

describe('finding initiatives', () => {
  const ids = async (query: string) => {
    const response = await get(`/api/initiatives?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items.map((i: { id: string }) => i.id);
  };

  it('INI-1: searches title and brief in Swedish: an inflected word and the start of a title both find it', async () => {
    const hit = (await create({ ...base, title: 'Läxhjälp i Rinkeby', brief: 'Föreningen ordnar läxhjälp för nyanlända ungdomar på kvällstid.' })).json();
    await create({ ...base, title: 'Cykelverkstad', brief: 'Reparationer av cyklar som arbetsträning.' });
    expect(await ids(`q=${encodeURIComponent('ungdomarna')}`)).toEqual([hit.id]);
    expect(await ids(`q=${encodeURIComponent('läxhj')}`)).toEqual([hit.id]);
    expect(await ids(`q=${encodeURIComponent('ungdomar kvällstid')}`)).toEqual([hit.id]);
    // A public proposer's receipt from before initiatives had numbers was the start of the id.
    expect(await ids(`q=${hit.id.slice(0, 8).toUpperCase()}`)).toEqual([hit.id]);
    expect(await ids(`q=${encodeURIComponent('rymdresor')}`)).toEqual([]);
  });

  it('filters by status (one or many), origin, area with its sub-areas, target group and organisation', async () => {
    const org = await makeOrganisation(t.database.db, { name: 'Filterföreningen' });
    const a = (await create({ ...base, organisationIds: [org.id], areas: ['summer_jobs.mentors'], targetGroups: ['newly_arrived'] })).json();
    const b = (await create({ ...base, organisationIds: [org.id], origin: 'internal', areas: ['outreach'], targetGroups: ['youth_16_29'] })).json();
    const c = (await create({ ...base, organisationIds: [org.id] })).json();
    await t.as(officer, { method: 'POST', url: `/api/initiatives/${c.id}/withdraw`, payload: { version: 1 } });
    await t.database.db.updateTable('initiative').set({ status: 'in_review' }).where('id', '=', b.id).execute();
    const of = `organisationId=${org.id}`;
    expect(await ids(of)).toEqual([c.id, b.id, a.id]);
    expect(await ids(`${of}&status=submitted`)).toEqual([a.id]);
    expect(await ids(`${of}&status=submitted&status=withdrawn`)).toEqual([c.id, a.id]);
    expect(await ids(`${of}&status=in_review,withdrawn`)).toEqual([c.id, b.id]);
    expect(await ids(`${of}&origin=internal`)).toEqual([b.id]);
    expect(await ids(`${of}&area=summer_jobs`)).toEqual([a.id]);
    expect(await ids(`${of}&area=summer_jobs.mentors`)).toEqual([a.id]);
    expect(await ids(`${of}&targetGroup=youth_16_29`)).toEqual([b.id]);
  });

  it('pages newest first with a cursor and counts the total', async () => {
    const org = await makeOrganisation(t.database.db, { name: 'Sidföreningen' });
    const created: string[] = [];
    for (let i = 0; i < 5; i += 1) created.push((await create({ ...base, title: `Sida ${i}`, organisationIds: [org.id] })).json().id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null; total: number } = (
        await get(`/api/initiatives?organisationId=${org.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      expect(page.total).toBe(5);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...created].reverse());
  });

  it('refuses bad filters and cursors with 400', async () => {
    for (const query of ['status=lost', 'origin=space', 'organisationId=x', 'limit=0', 'cursor=bm9wZQ', 'unknown=1']) {
      const response = await get(`/api/initiatives?${query}`);
      expect(response.statusCode, query).toBe(400);
    }
  });
});

describe('readable initiative numbers (INI-1)', () => {
  it('INI-1: numbers initiatives INI YYYY-NNNN in the order they are registered, without gaps, and finds them by number', async () => {
    const year = new Date().getFullYear();
    const first = (await create({ ...base, title: 'Numrerat ett' })).json();
    // A refused registration (unknown organisation) takes no number: the next one follows directly.
    expect((await create({ ...base, organisationIds: ['00000000-0000-4000-8000-000000000000'] })).statusCode).toBe(400);
    const second = (await create({ ...base, title: 'Numrerat två' })).json();
    const sequence = (n: string) => Number(n.split('-')[1]);
    expect(first.number).toMatch(new RegExp(`^INI ${year}-\\d{4}$`));
    expect(sequence(second.number)).toBe(sequence(first.number) + 1);
    const found = (await get(`/api/initiatives?q=${encodeURIComponent(second.number)}`)).json();
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([second.id]);
    const typed = (await get(`/api/initiatives?q=${encodeURIComponent(`ini ${year}-${sequence(first.number)}`)}`)).json();
    expect(typed.items.map((i: { id: string }) => i.id)).toEqual([first.id]);
  });
});

describe('the registry number (diarienummer)', () => {
  const put = (id: string, payload: Record<string, unknown>, session = officer) =>
    t.as(session, { method: 'PUT', url: `/api/initiatives/${id}/registry-number`, payload });

  it('is recorded when registering, written the registry\'s way, and kept apart from the initiative number', async () => {
    const created = await create({ ...base, registryNumber: ' amn 2017–0228-01.06 ' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ registryNumber: 'AMN 2017-0228-01.06', number: expect.stringMatching(/^INI /) });
  });

  it('refuses a registry number that is not one with a message saying how it is written (400)', async () => {
    for (const registryNumber of ['2017-0228', 'hej hopp', 'AMN 2017-0228-xx', 'x'.repeat(500), 42]) {
      const response = await create({ ...base, registryNumber });
      expect(response.statusCode, String(registryNumber)).toBe(400);
      expect(response.json().errors[0].path).toBe('registryNumber');
    }
    const english = await t.as(officer, { method: 'POST', url: '/api/initiatives', payload: { ...base, registryNumber: 'hej' }, headers: { 'accept-language': 'en' } });
    expect(english.json().errors[0].message).toMatch(/^Enter the registry number as the registry writes it, for example AMN 2017-0228-01.06/);
    const swedish = await create({ ...base, registryNumber: 'hej' });
    expect(swedish.json().errors[0].message).toMatch(/^Ange diarienumret som diariet skriver det, till exempel AMN 2017-0228-01.06/);
  });

  it('is set or cleared at any stage by those who may edit initiatives, kept in the history', async () => {
    const created = (await create(base)).json();
    await t.database.db.updateTable('initiative').set({ status: 'recommended' }).where('id', '=', created.id).execute();
    const set = await put(created.id, { registryNumber: 'AMN 2026-0045-01.06', version: 1 });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ registryNumber: 'AMN 2026-0045-01.06', status: 'recommended', version: 2 });
    const stale = await put(created.id, { registryNumber: null, version: 1 });
    expect(stale.statusCode).toBe(409);
    const cleared = await put(created.id, { registryNumber: '', version: 2 });
    expect(cleared.json().registryNumber).toBeNull();
    const history = (await get(`/api/initiatives/${created.id}/history`)).json();
    expect(history.items[0]).toMatchObject({ action: 'initiative.registry-number-set', changes: { registryNumber: { before: 'AMN 2026-0045-01.06', after: null } } });
    expect(history.items[1].changes).toMatchObject({ registryNumber: { before: null, after: 'AMN 2026-0045-01.06' } });
  });

  it('PUT registry-number: officers, managers and admins may; other roles get 403; bad input gets 400', async () => {
    const created = (await create(base)).json();
    let version = 1;
    for (const role of ROLES) {
      const session = await t.loginAs(role);
      const response = await put(created.id, { registryNumber: `AMN 2026-${String(version).padStart(4, '0')}`, version }, session);
      if (['officer', 'manager', 'admin'].includes(role)) {
        expect(response.statusCode, role).toBe(200);
        version += 1;
      } else {
        expect(response.statusCode, role).toBe(403);
      }
    }
    expect((await t.app.inject({ method: 'PUT', url: `/api/initiatives/${created.id}/registry-number`, payload: { registryNumber: null, version } })).statusCode).toBe(401);
    for (const payload of [{}, { registryNumber: 'AMN 2026-1' }, { registryNumber: 'nej', version }, { registryNumber: null, version: 'x' }, { registryNumber: null, version, extra: 1 }]) {
      expect((await put(created.id, payload)).statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await put('00000000-0000-4000-8000-000000000000', { registryNumber: null, version: 1 })).statusCode).toBe(404);
    expect((await put('nope', { registryNumber: null, version: 1 })).statusCode).toBe(400);
  });

  it('OVR-1: a full registry number alone finds its initiative; one without its code finds the case', async () => {
    const hit = (await create({ ...base, title: 'Diariefört initiativ', registryNumber: 'AMN 2019-0777-01.06' })).json();
    await create({ ...base, title: 'Annat initiativ', registryNumber: 'AMN 2019-07771' });
    const search = async (q: string) => (await get(`/api/initiatives?q=${encodeURIComponent(q)}`)).json().items.map((i: { id: string }) => i.id);
    expect(await search('AMN 2019-0777-01.06')).toEqual([hit.id]);
    expect(await search('Dnr amn 2019–0777–01.06')).toEqual([hit.id]);
    expect(await search('AMN 2019-0777')).toEqual([hit.id]);
  });
});
