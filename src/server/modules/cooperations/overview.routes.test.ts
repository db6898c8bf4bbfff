import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { semesterOf } from '../../../shared/governance/cadence.rules';
import { ROLES } from '../../../shared/users/roles';
import { parseCsv } from '../../lib/spreadsheet/csv';
import { readXlsx } from '../../lib/spreadsheet/xlsx';
import { createBody, todayOf } from '../governance/governance-fixtures.test-helper';

let t: TestApp;
let officer: Session;
let manager: Session;
const ids: Record<string, string> = {};
const caseNumbers: Record<string, string> = {};
let alfa: string;
let beta: string;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  manager = await t.loginAs('manager');
  alfa = (await makeOrganisation(t.database.db, { name: 'Alfaföreningen' })).id;
  beta = (await makeOrganisation(t.database.db, { name: 'Betaförbundet', kind: 'employer' })).id;
  const rows: [string, Record<string, unknown>][] = [
    ['cafe', { title: 'Språkcafé för nyanlända', form: 'iop', organisationIds: [alfa, beta], areas: ['newly_arrived_adults.language_training'], targetGroups: ['newly_arrived'], unitCode: 'jobbtorg', responsibleManagerId: manager.userId, valueSek: 120_000, registryNumber: 'AMN 2025-0311-01.06' }],
    ['summer', { title: 'Feriejobb i parker', form: 'procurement', organisationIds: [beta], areas: ['summer_jobs'], targetGroups: ['youth_16_29'], unitCode: 'adult_education', description: 'Sommarjobb för ungdomar i föreningar' }],
    ['vida', { title: 'VIDA idrott', form: 'vida', organisationIds: [alfa], targetGroups: ['newly_arrived'], facts: { vidaOccasions: 10 } }],
    ['evil', { title: '=HYPERLINK("http://evil.example","klicka")', form: 'informal', organisationIds: [alfa] }],
  ];
  for (const [key, payload] of rows) {
    const response = await t.as(officer, { method: 'POST', url: '/api/cooperations', payload });
    if (response.statusCode !== 201) throw new Error(response.body);
    ids[key] = response.json().id;
    caseNumbers[key] = response.json().caseNumber;
  }
});
afterAll(() => t.close());

const list = async (query: string, session = officer) => {
  const response = await t.as(session, { method: 'GET', url: `/api/cooperations?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const keysOf = (page: { items: { id: string }[] }) =>
  page.items.map((i) => Object.entries(ids).find(([, id]) => id === i.id)?.[0]).filter(Boolean);

describe('the central overview (OVR-1)', () => {
  it('OVR-1: lists every cooperation, newest case number first, with parties and manager in one page', async () => {
    const page = await list('');
    expect(keysOf(page)).toEqual(['evil', 'vida', 'summer', 'cafe']);
    expect(page).toMatchObject({ total: 4, totalIsCapped: false, nextCursor: null });
    expect(page.items[3]).toMatchObject({
      caseNumber: caseNumbers.cafe,
      title: 'Språkcafé för nyanlända',
      form: 'iop',
      status: 'preparing',
      partyNames: ['Alfaföreningen', 'Betaförbundet'],
      managerName: expect.any(String),
      unitCode: 'jobbtorg',
      valueSek: 120_000,
    });
  });

  it('OVR-1: filters by form, status, area (with sub-areas), unit, organisation, manager, target group and year', async () => {
    expect(keysOf(await list('form=iop&form=vida'))).toEqual(['vida', 'cafe']);
    expect(keysOf(await list('form=informal,procurement'))).toEqual(['evil', 'summer']);
    expect(keysOf(await list('status=active'))).toEqual([]);
    expect(keysOf(await list('status=preparing&form=vida'))).toEqual(['vida']);
    expect(keysOf(await list('area=newly_arrived_adults'))).toEqual(['cafe']);
    expect(keysOf(await list('unitCode=adult_education'))).toEqual(['summer']);
    expect(keysOf(await list(`organisationId=${beta}`))).toEqual(['summer', 'cafe']);
    expect(keysOf(await list(`responsibleManagerId=${manager.userId}`))).toEqual(['cafe']);
    expect(keysOf(await list('targetGroup=newly_arrived'))).toEqual(['vida', 'cafe']);
    const year = caseNumbers.cafe?.slice(4, 8);
    expect(keysOf(await list(`year=${year}`))).toHaveLength(4);
    expect(keysOf(await list('year=1999'))).toEqual([]);
  });

  it('OVR-1: a full registry number alone finds its cooperation; without its code it finds the case, beside case numbers', async () => {
    expect(keysOf(await list(`q=${encodeURIComponent('AMN 2025-0311-01.06')}`))).toEqual(['cafe']);
    expect(keysOf(await list(`q=${encodeURIComponent('dnr amn 2025–0311 01.06')}`))).toEqual(['cafe']);
    expect(keysOf(await list(`q=${encodeURIComponent('AMN 2025-0311')}`))).toEqual(['cafe']);
    expect(keysOf(await list(`q=${encodeURIComponent('AMN 2025-0311-01.07')}`))).toEqual([]);
    expect((await list('')).items.find((i: { id: string }) => i.id === ids.cafe)).toMatchObject({ caseNumber: caseNumbers.cafe, registryNumber: 'AMN 2025-0311-01.06' });
  });

  it('OVR-1: searches Swedish full text, titles and case numbers', async () => {
    expect(keysOf(await list(`q=${encodeURIComponent('förening')}`))).toEqual(['summer']);
    expect(keysOf(await list(`q=${encodeURIComponent('CAFÉ FÖR')}`))).toEqual(['cafe']);
    expect(keysOf(await list(`q=${encodeURIComponent('språkc')}`))).toEqual(['cafe']);
    expect(keysOf(await list(`q=${encodeURIComponent(caseNumbers.vida ?? '')}`))).toEqual(['vida']);
    expect(keysOf(await list(`q=${encodeURIComponent((caseNumbers.summer ?? '').slice(4))}`))).toEqual(['summer']);
    expect(keysOf(await list(`q=${encodeURIComponent((caseNumbers.cafe ?? '').slice(0, 8))}`))).toHaveLength(4);
    expect(keysOf(await list('q=zebraprojekt'))).toEqual([]);
  });

  it('sorts by title or last change and pages with a cursor', async () => {
    expect(keysOf(await list('sort=title'))).toEqual(['evil', 'summer', 'cafe', 'vida']);
    const first = await list('sort=caseNumber&limit=3');
    expect(first.items).toHaveLength(3);
    expect(first.total).toBe(4);
    const second = await list(`sort=caseNumber&limit=3&cursor=${first.nextCursor}`);
    expect(keysOf(second)).toEqual(['cafe']);
    expect(second.nextCursor).toBeNull();
    const byTitle = await list('sort=title&limit=2');
    expect(keysOf(await list(`sort=title&limit=2&cursor=${byTitle.nextCursor}`))).toEqual(['cafe', 'vida']);
    await t.as(officer, { method: 'PATCH', url: `/api/cooperations/${ids.summer}`, payload: { version: 1, description: 'Ändrad' } });
    const updated = await list('sort=updatedAt&limit=1');
    expect(keysOf(updated)).toEqual(['summer']);
    expect(keysOf(await list(`sort=updatedAt&limit=10&cursor=${updated.nextCursor}`))).toHaveLength(3);
  });

  it('refuses bad filters with 400 naming the parameter', async () => {
    for (const [query, path] of [
      ['form=partnership', 'query.form.0'],
      ['year=20x6', 'query.year'],
      ['organisationId=nope', 'query.organisationId'],
      ['sort=random', 'query.sort'],
      ['colour=red', 'query.colour'],
    ]) {
      const response = await t.as(officer, { method: 'GET', url: `/api/cooperations?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors[0].path, query).toBe(path);
    }
    const badCursor = await t.as(officer, { method: 'GET', url: '/api/cooperations?cursor=garbage' });
    expect(badCursor.statusCode).toBe(400);
  });

  it('is for staff roles only', async () => {
    for (const role of ROLES) {
      const session = await t.loginAs(role);
      const allowed = ['officer', 'manager', 'review_group', 'economist', 'admin'].includes(role);
      expect((await t.as(session, { method: 'GET', url: '/api/cooperations' })).statusCode, role).toBe(allowed ? 200 : 403);
      expect((await t.as(session, { method: 'GET', url: '/api/cooperations/export?format=csv' })).statusCode, role).toBe(allowed ? 200 : 403);
    }
  });
});

describe('export (OVR-1)', () => {
  it('exports the filtered overview as XLSX with Swedish headers and names', async () => {
    const response = await t.as(officer, { method: 'GET', url: '/api/cooperations/export?form=iop&format=xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(String(response.headers['content-disposition'])).toContain('attachment');
    const table = await readXlsx(response.rawPayload, { unescapeFormulas: false });
    // The app's case number (ärendenummer) and the registry's number (diarienummer) are separate columns.
    expect(table.headers.slice(0, 6)).toEqual(['Ärendenummer', 'Diarienummer', 'Titel', 'Samverkansform', 'Status', 'Parter']);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.cells.slice(0, 8)).toEqual([
      caseNumbers.cafe,
      'AMN 2025-0311-01.06',
      'Språkcafé för nyanlända',
      'Idéburet offentligt partnerskap (IOP)',
      'Förberedelse',
      'Alfaföreningen, Betaförbundet',
      expect.any(String),
      'Jobbtorg Stockholm',
    ]);
  });

  it('escapes cells that a spreadsheet would run as formulas (CSV) and speaks English on request', async () => {
    const response = await t.as(officer, { method: 'GET', url: '/api/cooperations/export?format=csv&lang=en' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const table = parseCsv(response.rawPayload, { unescapeFormulas: false });
    expect(table.headers.slice(0, 2)).toEqual(['Case number', 'Registry number']);
    const titles = table.rows.map((r) => r.cells[2]);
    expect(titles).toContain(`'=HYPERLINK("http://evil.example","klicka")`);
    expect(titles.some((n) => n?.startsWith('='))).toBe(false);
    expect(table.rows.find((r) => r.cells[2] === 'VIDA idrott')?.cells[3]).toBe('The VIDA model');
  });

  it('refuses a bad format', async () => {
    expect((await t.as(officer, { method: 'GET', url: '/api/cooperations/export?format=pdf' })).statusCode).toBe(400);
  });
});

describe('saved filters (OVR-1)', () => {
  it('saves, lists and deletes a personal filter; names are unique per user', async () => {
    const payload = { scope: 'cooperations', name: 'Mina IOP', query: { form: ['iop'], targetGroup: 'newly_arrived' } };
    const saved = await t.as(officer, { method: 'POST', url: '/api/saved-filters', payload });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json()).toMatchObject({ scope: 'cooperations', name: 'Mina IOP', query: { form: ['iop'], targetGroup: 'newly_arrived' } });
    const duplicate = await t.as(officer, { method: 'POST', url: '/api/saved-filters', payload });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('saved_filter_exists');
    // Another user may use the same name, and sees only their own filters.
    expect((await t.as(manager, { method: 'POST', url: '/api/saved-filters', payload })).statusCode).toBe(201);
    const mine = (await t.as(officer, { method: 'GET', url: '/api/saved-filters?scope=cooperations' })).json();
    expect(mine.items.map((f: { id: string }) => f.id)).toEqual([saved.json().id]);
    expect(mine.total).toBe(1);

    const url = `/api/saved-filters/${saved.json().id}`;
    expect((await t.as(manager, { method: 'DELETE', url })).statusCode).toBe(404);
    expect((await t.as(officer, { method: 'DELETE', url })).statusCode).toBe(204);
    expect((await t.as(officer, { method: 'DELETE', url })).statusCode).toBe(404);
    expect((await t.as(officer, { method: 'GET', url: '/api/saved-filters?scope=cooperations' })).json().items).toEqual([]);
  });

  it('refuses bad input with 400 and paths', async () => {
    const bad = await t.as(officer, { method: 'POST', url: '/api/saved-filters', payload: { scope: 'planets', name: '', query: { colour: 'red' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['name', 'query.colour', 'scope']);
    expect((await t.as(officer, { method: 'GET', url: '/api/saved-filters' })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'DELETE', url: '/api/saved-filters/nope' })).statusCode).toBe(400);
  });

  it('is for staff roles only', async () => {
    for (const role of ROLES) {
      const session = await t.loginAs(role);
      const allowed = ['officer', 'manager', 'review_group', 'economist', 'admin'].includes(role);
      const created = await t.as(session, { method: 'POST', url: '/api/saved-filters', payload: { scope: 'cooperations', name: `Filter ${role}`, query: {} } });
      expect(created.statusCode, role).toBe(allowed ? 201 : 403);
      expect((await t.as(session, { method: 'GET', url: '/api/saved-filters?scope=cooperations' })).statusCode, role).toBe(allowed ? 200 : 403);
      const id = allowed ? created.json().id : '00000000-0000-4000-8000-000000000000';
      expect((await t.as(session, { method: 'DELETE', url: `/api/saved-filters/${id}` })).statusCode, role).toBe(allowed ? 204 : 403);
    }
  });
});

describe('steering groups without a meeting this semester (IOP-6)', () => {
  it('IOP-6: flags a cooperation whose steering group has not met this semester, in the list, the filter and the export; a meeting clears it', async () => {
    const today = todayOf(t);
    const flagOf = async (key: string) => ((await list('')).items as { id: string; steeringGroupFlag: boolean }[]).find((i) => i.id === ids[key])?.steeringGroupFlag;
    expect(await flagOf('cafe')).toBe(false);
    expect(keysOf(await list('steeringGroupFlag=true'))).toEqual([]);

    const body = await createBody(t, officer, { cooperationIds: [ids.cafe] });
    expect(await flagOf('cafe')).toBe(true);
    expect(await flagOf('vida')).toBe(false);
    expect(keysOf(await list('steeringGroupFlag=true'))).toEqual(['cafe']);
    expect(keysOf(await list('steeringGroupFlag=false'))).toEqual(['evil', 'vida', 'summer']);
    expect(keysOf(await list('steeringGroupFlag=true&form=vida'))).toEqual([]);
    const exported = parseCsv((await t.as(officer, { method: 'GET', url: '/api/cooperations/export?format=csv' })).rawPayload, { unescapeFormulas: false });
    expect(exported.headers.at(-1)).toBe('Styrgrupp utan möte denna termin');
    expect(exported.rows.map((r) => [r.cells[0], r.cells.at(-1)])).toEqual([
      [caseNumbers.evil, 'Nej'],
      [caseNumbers.vida, 'Nej'],
      [caseNumbers.summer, 'Nej'],
      [caseNumbers.cafe, 'Ja'],
    ]);

    // A meeting in the previous semester does not count; one this semester clears the flag.
    const lastSemester = new Date(`${semesterOf(today).start}T12:00:00Z`);
    lastSemester.setUTCDate(lastSemester.getUTCDate() - 1);
    const meet = async (meetingDate: string) => {
      const response = await t.as(officer, { method: 'POST', url: `/api/governance-bodies/${body.id}/meetings`, payload: { meetingDate } });
      expect(response.statusCode, response.body).toBe(201);
    };
    await meet(lastSemester.toISOString().slice(0, 10));
    expect(await flagOf('cafe')).toBe(true);
    await meet(today);
    expect(await flagOf('cafe')).toBe(false);
    expect(keysOf(await list('steeringGroupFlag=true'))).toEqual([]);
  });

  it('refuses a steering-group flag that is not true or false', async () => {
    const response = await t.as(officer, { method: 'GET', url: '/api/cooperations?steeringGroupFlag=maybe' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('query.steeringGroupFlag');
  });
});
