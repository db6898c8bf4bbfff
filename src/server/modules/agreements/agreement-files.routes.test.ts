import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'admin'];
const WRITERS: Role[] = ['officer', 'manager', 'admin'];
const paths = (response: { json: () => { errors?: { path: string }[] } }) => (response.json().errors ?? []).map((e) => e.path).sort();

async function signedAgreement() {
  const cooperationId = await insertCooperation(t, 'IOP om språkcaféer');
  const partner = await makeOrganisation(t.database.db, { name: 'Språkcaféföreningen' });
  const terms = Object.fromEntries(IOP_TERMS.map((s) => [s, { text: `Text om ${s}`, complete: s !== 'goals' }]));
  const created = await t.as(officer, {
    method: 'POST',
    url: '/api/agreements',
    payload: { cooperationId, title: 'Avtal om språkcaféer', terms, parties: [{ organisationId: partner.id, signatory: 'Ordförande' }] },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const body = multipartFile('Undertecknat avtal.pdf', pdfBytes, 'application/pdf');
  const signed = await t.as(officer, { method: 'POST', url: `/api/agreements/${id}/signed-document?version=1&signedOn=2026-03-01`, ...body });
  expect(signed.statusCode, signed.body).toBe(200);
  return { id, cooperationId };
}

describe('the list shows signing and checklist state (IOP-5)', () => {
  it('IOP-5: each agreement in a cooperation’s list says whether it is signed and how many terms are missing', async () => {
    const { id, cooperationId } = await signedAgreement();
    const list = await t.as(reader, { method: 'GET', url: `/api/agreements?cooperationId=${cooperationId}` });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([expect.objectContaining({ id, status: 'signed', signedOn: '2026-03-01', termsComplete: false, missingTermsCount: 1 })]);
  });
});

describe('signed documents and annex files (IOP-5, AGR-7)', () => {
  it('IOP-5: the signed document of a version downloads for every reader; other roles are refused; an unsigned version has none', async () => {
    const { id } = await signedAgreement();
    for (const role of ROLES) {
      const response = await t.as(sessions.get(role)!, { method: 'GET', url: `/api/agreements/${id}/versions/1/signed-document` });
      if (READERS.includes(role)) {
        expect(response.statusCode, role).toBe(200);
        expect(response.headers['content-type']).toBe('application/pdf');
        expect(response.headers['content-disposition']).toContain('attachment');
        expect(response.rawPayload.equals(pdfBytes)).toBe(true);
      } else {
        expect(response.statusCode, role).toBe(403);
      }
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/agreements/${id}/versions/1/signed-document` })).statusCode).toBe(401);
    const revised = await t.as(officer, { method: 'POST', url: `/api/agreements/${id}/revisions`, payload: { version: 2 } });
    expect(revised.statusCode).toBe(201);
    expect((await t.as(reader, { method: 'GET', url: `/api/agreements/${id}/versions/2/signed-document` })).statusCode).toBe(404);
    expect((await t.as(reader, { method: 'GET', url: `/api/agreements/${id}/versions/9/signed-document` })).statusCode).toBe(404);
    expect((await t.as(reader, { method: 'GET', url: `/api/agreements/${NIL}/versions/1/signed-document` })).statusCode).toBe(404);
    expect((await t.as(reader, { method: 'GET', url: `/api/agreements/${id}/versions/x/signed-document` })).statusCode).toBe(400);
    expect((await t.as(reader, { method: 'GET', url: `/api/agreements/nope/versions/1/signed-document` })).statusCode).toBe(400);
  });

  it('AGR-7: an annex version can be filed as a document with its decision; it downloads and is listed with its file', async () => {
    const { id } = await signedAgreement();
    const annex = await t.as(officer, { method: 'POST', url: `/api/agreements/${id}/annexes`, payload: { title: 'Budget' } });
    expect(annex.statusCode).toBe(201);
    const annexId = annex.json().id as string;
    const upload = (query: string, bytes = pdfBytes, session = officer) =>
      t.as(session, { method: 'POST', url: `/api/annexes/${annexId}/file-versions?${query}`, ...multipartFile('Budget 2026.pdf', bytes, 'application/pdf') });

    expect(paths(await upload('decidedOn=2026-01-15'))).toEqual(['query.decisionReference']);
    expect(paths(await upload('decisionReference=Styrgruppen%20%C2%A7%203&decidedOn=15%20jan'))).toEqual(['query.decidedOn']);
    expect((await upload('decisionReference=X&decidedOn=2026-01-15', Buffer.from('MZ not a pdf'))).statusCode).toBe(415);
    const noPart = await t.as(officer, { method: 'POST', url: `/api/annexes/${annexId}/file-versions?decisionReference=X&decidedOn=2026-01-15`, payload: {} });
    expect(noPart.statusCode).toBe(400);
    const missing = await t.as(officer, {
      method: 'POST',
      url: `/api/annexes/${NIL}/file-versions?decisionReference=X&decidedOn=2026-01-15`,
      ...multipartFile('a.pdf', pdfBytes, 'application/pdf'),
    });
    expect(missing.statusCode).toBe(404);
    for (const role of ROLES.filter((r) => !WRITERS.includes(r))) {
      expect((await upload('decisionReference=X&decidedOn=2026-01-15', pdfBytes, sessions.get(role)!)).statusCode, role).toBe(403);
    }

    const filed = await upload('decisionReference=Styrgruppen%202026-01-15%20%C2%A7%203&decidedOn=2026-01-15');
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json().versions).toEqual([
      expect.objectContaining({
        number: 1,
        decisionReference: 'Styrgruppen 2026-01-15 § 3',
        decidedOn: '2026-01-15',
        text: null,
        file: expect.objectContaining({ originalName: 'Budget 2026.pdf', mediaType: 'application/pdf' }),
      }),
    ]);
    const download = await t.as(reader, { method: 'GET', url: `/api/annexes/${annexId}/versions/1/file` });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdfBytes)).toBe(true);
    expect((await t.as(sessions.get('steering_member')!, { method: 'GET', url: `/api/annexes/${annexId}/versions/1/file` })).statusCode).toBe(403);

    const textOnly = await t.as(officer, { method: 'POST', url: `/api/annexes/${annexId}/versions`, payload: { decisionReference: 'Styrgruppen § 5', decidedOn: '2026-06-01', text: 'Ny budget' } });
    expect(textOnly.json().versions[1]).toMatchObject({ number: 2, file: null, text: 'Ny budget' });
    expect((await t.as(reader, { method: 'GET', url: `/api/annexes/${annexId}/versions/2/file` })).statusCode).toBe(404);
    expect((await t.as(reader, { method: 'GET', url: `/api/annexes/${annexId}/versions/0/file` })).statusCode).toBe(400);

    const history = (await t.as(sessions.get('admin')!, { method: 'GET', url: `/api/audit-log?entityType=agreement&entityId=${id}` })).json();
    expect(JSON.stringify(history)).toContain('Budget 2026.pdf');
  });
});
