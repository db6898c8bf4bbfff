import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementsMatrix } from '../../../../tests/support/authorization-matrix.agreements';
import { makeOrganisation } from '../../../../tests/support/factories';
import { multipartFile } from '../../../../tests/support/multipart';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { IOP_TERMS } from '../../../shared/agreements/terms.rules';
import { ROLES, type Role } from '../../../shared/users/roles';
import { pdfBytes } from '../files/file-fixtures.test-helper';
import { insertCooperation } from '../governance/governance-fixtures.test-helper';

let t: TestApp;
const sessions = new Map<Role, Session>();
let officer: Session;
let reader: Session;
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  officer = sessions.get('officer')!;
  reader = sessions.get('economist')!;
});
afterAll(() => t.close());

const NIL = '00000000-0000-4000-8000-000000000000';
const paths = (response: { json: () => { errors?: { path: string }[] } }) => (response.json().errors ?? []).map((e) => e.path).sort();
const allTerms = () => Object.fromEntries(IOP_TERMS.map((s) => [s, { text: `Avtalstext om ${s}`, complete: true }]));

async function setup() {
  const cooperationId = await insertCooperation(t, 'IOP om läxhjälp');
  const city = await makeOrganisation(t.database.db, { kind: 'public_body', name: 'Arbetsmarknadsnämnden' });
  const partner = await makeOrganisation(t.database.db, { name: 'Läxhjälpsföreningen' });
  return { cooperationId, city, partner };
}

async function createAgreement(payload: Record<string, unknown>) {
  const response = await t.as(officer, { method: 'POST', url: '/api/agreements', payload: { title: 'Avtal om läxhjälp', ...payload } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('agreement access (IOP-5, AGR-7)', () => {
  const concrete = (url: string) => url.replace(':id', NIL).replace(':number', '1');
  for (const [route, allowed] of Object.entries(agreementsMatrix)) {
    it(`${route}: allowed for ${Array.isArray(allowed) ? allowed.join(', ') : allowed}, 403 for the others`, async () => {
      const [method = 'GET', url = ''] = route.split(' ');
      for (const role of ROLES) {
        const response = await t.as(sessions.get(role)!, { method: method as 'GET', url: concrete(url), ...(method === 'GET' ? {} : { payload: {} }) });
        if (Array.isArray(allowed) && allowed.includes(role)) {
          expect([401, 403], `${role}: ${response.body}`).not.toContain(response.statusCode);
          expect(response.statusCode).toBeLessThan(500);
        } else {
          expect(response.statusCode, role).toBe(403);
        }
      }
    });
  }

  it('the public gets 401', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/agreements?cooperationId=${NIL}` })).statusCode).toBe(401);
  });
});

describe('agreements and versions (IOP-5, AGR-7)', () => {
  it('IOP-5: drafts an agreement with parties, terms, term and economy per year and party', async () => {
    const { cooperationId, city, partner } = await setup();
    const created = await createAgreement({
      cooperationId,
      terms: { purpose: { text: 'Stärka barns skolgång', complete: true } },
      startDate: '2026-01-01',
      endDate: '2028-12-31',
      noticeMonths: 6,
      parties: [
        { organisationId: city.id, signatory: 'Förvaltningschef' },
        { organisationId: partner.id, signatory: 'Ordförande' },
      ],
      economy: [
        { year: 2026, organisationId: city.id, moneySek: 500_000, inKindSek: 50_000 },
        { year: 2026, organisationId: partner.id, moneySek: 0, inKindSek: 200_000, note: 'Ideell tid' },
      ],
    });
    expect(created).toMatchObject({ cooperationId, status: 'draft', currentVersion: 1, version: 1 });
    expect(created.current).toMatchObject({ number: 1, startDate: '2026-01-01', endDate: '2028-12-31', noticeMonths: 6, termsComplete: false, signedFile: null });
    expect(created.current.parties[1]).toMatchObject({ organisationId: partner.id, name: 'Läxhjälpsföreningen', signatory: 'Ordförande' });
    expect(created.current.missingTerms).toHaveLength(IOP_TERMS.length - 1);
    expect(created.current.economy[1]).toEqual({ year: 2026, organisationId: partner.id, moneySek: 0, inKindSek: 200_000, note: 'Ideell tid' });

    const list = await t.as(reader, { method: 'GET', url: `/api/agreements?cooperationId=${cooperationId}` });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, nextCursor: null, items: [{ id: created.id, title: 'Avtal om läxhjälp' }] });
    expect((await t.as(reader, { method: 'GET', url: `/api/agreements/${created.id}` })).json().current.number).toBe(1);
  });

  it('bad input is 400 with the fields named, never 500', async () => {
    const { cooperationId, partner } = await setup();
    const post = (payload: unknown) => t.as(officer, { method: 'POST', url: '/api/agreements', payload: payload as Record<string, unknown> });
    expect(paths(await post({ cooperationId, title: ' ' }))).toEqual(['title']);
    expect(paths(await post({ cooperationId, title: 'A', startDate: '2027-01-01', endDate: '2026-01-01' }))).toEqual(['endDate']);
    expect((await post({ cooperationId, title: 'A', terms: { unknown_section: { text: '', complete: true } } })).statusCode).toBe(400);
    expect(paths(await post({ cooperationId: NIL, title: 'A' }))).toEqual(['cooperationId']);
    expect(paths(await post({ cooperationId, title: 'A', parties: [{ organisationId: NIL, signatory: 'X' }] }))).toEqual(['parties.0.organisationId']);
    const dup = [{ organisationId: partner.id, signatory: 'X' }, { organisationId: partner.id, signatory: 'Y' }];
    expect(paths(await post({ cooperationId, title: 'A', parties: dup }))).toEqual(['parties.1.organisationId']);
    const economy = [{ year: 2026, organisationId: partner.id, moneySek: -1, inKindSek: 0 }];
    expect(paths(await post({ cooperationId, title: 'A', economy }))).toEqual(['economy.0.moneySek']);
    const notParty = [{ year: 2026, organisationId: partner.id, moneySek: 1, inKindSek: 0 }];
    expect(paths(await post({ cooperationId, title: 'A', economy: notParty }))).toEqual(['economy.0.organisationId']);
    expect((await t.as(reader, { method: 'GET', url: '/api/agreements?cooperationId=nope' })).statusCode).toBe(400);
    expect((await t.as(reader, { method: 'GET', url: `/api/agreements/${NIL}/compare?from=x&to=1` })).statusCode).toBe(400);
    expect((await t.as(reader, { method: 'GET', url: `/api/agreements?cooperationId=${NIL}` })).statusCode).toBe(404);
    expect((await t.as(reader, { method: 'GET', url: `/api/agreements/${NIL}` })).statusCode).toBe(404);
  });

  it('AGR-7: edits the draft, then a revision keeps version 1 unchanged and readable, and the comparison shows what changed', async () => {
    const { cooperationId, partner } = await setup();
    const created = await createAgreement({ cooperationId, terms: allTerms(), noticeMonths: 6, parties: [{ organisationId: partner.id, signatory: 'Ordförande' }] });
    const edited = await t.as(officer, { method: 'PATCH', url: `/api/agreements/${created.id}`, payload: { version: 1, noticeMonths: 3 } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, currentVersion: 1, current: { noticeMonths: 3, termsComplete: true } });
    const stale = await t.as(officer, { method: 'PATCH', url: `/api/agreements/${created.id}`, payload: { version: 1, noticeMonths: 4 } });
    expect(stale.json().code).toBe('version_conflict');
    const badVersion = await t.as(officer, { method: 'POST', url: `/api/agreements/${created.id}/revisions`, payload: {} });
    expect(badVersion.statusCode).toBe(400);

    const v1Before = (await t.as(reader, { method: 'GET', url: `/api/agreements/${created.id}/versions/1` })).json();
    const revised = await t.as(officer, { method: 'POST', url: `/api/agreements/${created.id}/revisions`, payload: { version: 2 } });
    expect(revised.statusCode, revised.body).toBe(201);
    expect(revised.json()).toMatchObject({ currentVersion: 2, status: 'draft', current: { number: 2, noticeMonths: 3 } });
    expect(revised.json().versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    const terms = { ...allTerms(), goals: { text: 'Fler barn klarar gymnasiebehörighet', complete: true } };
    const edit2 = await t.as(officer, { method: 'PATCH', url: `/api/agreements/${created.id}`, payload: { version: 3, terms, endDate: '2029-06-30' } });
    expect(edit2.statusCode, edit2.body).toBe(200);

    const v1After = await t.as(reader, { method: 'GET', url: `/api/agreements/${created.id}/versions/1` });
    expect(v1After.statusCode).toBe(200);
    expect(v1After.json()).toEqual(v1Before);
    expect(v1After.json().terms.goals.text).toBe('Avtalstext om goals');

    const compare = await t.as(reader, { method: 'GET', url: `/api/agreements/${created.id}/compare?from=1&to=2` });
    expect(compare.statusCode).toBe(200);
    const changed = (compare.json().rows as { field: string; changed: boolean; before: unknown; after: unknown }[]).filter((r) => r.changed);
    expect(changed.map((r) => r.field)).toEqual(['endDate', 'terms.goals']);
    expect(changed[1]).toMatchObject({ before: { text: 'Avtalstext om goals' }, after: { text: 'Fler barn klarar gymnasiebehörighet' } });
    expect((await t.as(reader, { method: 'GET', url: `/api/agreements/${created.id}/compare?from=1&to=9` })).statusCode).toBe(404);
    expect((await t.as(reader, { method: 'GET', url: `/api/agreements/${created.id}/versions/9` })).statusCode).toBe(404);

    const history = (await t.as(sessions.get('admin')!, { method: 'GET', url: `/api/audit-log?entityType=agreement&entityId=${created.id}` })).json();
    expect(JSON.stringify(history)).toContain('agreement.revised');
  });

  it('IOP-5: the signed document is uploaded through the files domain; a signed version is revised, not edited', async () => {
    const { cooperationId } = await setup();
    const created = await createAgreement({ cooperationId });
    const upload = (version: number, bytes = pdfBytes, signedOn = '2026-02-01') => {
      const body = multipartFile('Undertecknat avtal.pdf', bytes, 'application/pdf');
      return t.as(officer, { method: 'POST', url: `/api/agreements/${created.id}/signed-document?version=${version}&signedOn=${signedOn}`, ...body });
    };
    expect((await t.as(officer, { method: 'POST', url: `/api/agreements/${created.id}/signed-document?version=1&signedOn=2026-02-01`, payload: {} })).statusCode).toBe(400);
    expect((await upload(1, pdfBytes, 'igår')).statusCode).toBe(400);
    expect((await upload(1, Buffer.from('MZ this is not a pdf'))).statusCode).toBe(415);
    const signed = await upload(1);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'signed', version: 2, current: { signedOn: '2026-02-01', signedFile: { originalName: 'Undertecknat avtal.pdf', mediaType: 'application/pdf' } } });
    expect((await upload(2)).json().code).toBe('agreement_signed');
    const edit = await t.as(officer, { method: 'PATCH', url: `/api/agreements/${created.id}`, payload: { version: 2, noticeMonths: 1 } });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('agreement_signed');
    const revised = await t.as(officer, { method: 'POST', url: `/api/agreements/${created.id}/revisions`, payload: { version: 2 } });
    expect(revised.json()).toMatchObject({ status: 'draft', current: { number: 2, signedFile: null, signedOn: null } });
    const v1 = (await t.as(reader, { method: 'GET', url: `/api/agreements/${created.id}/versions/1` })).json();
    expect(v1.signedOn).toBe('2026-02-01');
  });
});

describe('annexes (AGR-7)', () => {
  it('AGR-7: annexes are numbered, and each version carries its decision reference and date', async () => {
    const { cooperationId } = await setup();
    const agreement = await createAgreement({ cooperationId });
    const annex = async (title: string) => t.as(officer, { method: 'POST', url: `/api/agreements/${agreement.id}/annexes`, payload: { title } });
    const first = await annex('Verksamhetsplan');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ number: 1, title: 'Verksamhetsplan', versions: [] });
    expect((await annex('Budget')).json().number).toBe(2);
    expect(paths(await annex(''))).toEqual(['title']);

    const addVersion = (payload: Record<string, unknown>) => t.as(officer, { method: 'POST', url: `/api/annexes/${first.json().id}/versions`, payload });
    const v1 = await addVersion({ decisionReference: 'Styrgruppen 2026-01-15 § 3', decidedOn: '2026-01-15', text: 'Plan 2026' });
    expect(v1.statusCode, v1.body).toBe(201);
    const v2 = await addVersion({ decisionReference: 'Styrgruppen 2027-01-20 § 4', decidedOn: '2027-01-20', text: 'Plan 2027' });
    expect(v2.json().versions).toEqual([
      expect.objectContaining({ number: 1, decisionReference: 'Styrgruppen 2026-01-15 § 3', decidedOn: '2026-01-15', text: 'Plan 2026' }),
      expect.objectContaining({ number: 2, decisionReference: 'Styrgruppen 2027-01-20 § 4', decidedOn: '2027-01-20', text: 'Plan 2027' }),
    ]);
    expect(paths(await addVersion({ decidedOn: '2027-01-20' }))).toEqual(['decisionReference']);
    expect(paths(await addVersion({ decisionReference: 'X', decidedOn: '20 jan' }))).toEqual(['decidedOn']);
    expect((await t.as(officer, { method: 'POST', url: `/api/annexes/${NIL}/versions`, payload: { decisionReference: 'X', decidedOn: '2027-01-20' } })).statusCode).toBe(404);
    const detail = (await t.as(reader, { method: 'GET', url: `/api/agreements/${agreement.id}` })).json();
    expect(detail.annexes.map((a: { number: number; versions: unknown[] }) => [a.number, a.versions.length])).toEqual([[1, 2], [2, 0]]);
  });
});
