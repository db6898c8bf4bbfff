import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { multipartFile } from '../../../../tests/support/multipart';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { ROLES, type Role } from '../../../shared/users/roles';
import { pdfBytes } from '../files/file-fixtures.test-helper';
import { linkedPartner } from './portal-fixtures.test-helper';

let t: TestApp;
let officer: Session;
let partnerA: Session;
let partnerB: Session;
let orgA: string;
let orgB: string;
const sessions = new Map<Role, Session>();
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.loginAs(role));
  officer = sessions.get('officer')!;
  orgA = (await makeOrganisation(t.database.db, { name: 'Läxhjälpsföreningen' })).id;
  orgB = (await makeOrganisation(t.database.db, { name: 'Språkcaféet' })).id;
  partnerA = await linkedPartner(t, orgA);
  partnerB = await linkedPartner(t, orgB);
});
afterAll(() => t.close());

const submitFile = (session: Session, documentType: string, year = 2025) =>
  t.as(session, { method: 'POST', url: `/api/portal/document-submissions?documentType=${documentType}&year=${year}`, ...multipartFile('Dokument.pdf', pdfBytes, 'application/pdf') });
const checklistItem = async (organisationId: string, documentType: string) =>
  (await t.as(officer, { method: 'GET', url: `/api/organisations/${organisationId}/documents` })).json().checklist.find((c: { documentType: string }) => c.documentType === documentType);
const auditActions = async (organisationId: string) =>
  (await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', organisationId).execute()).map((r) => r.action);

describe('ORG-4 documents a partner submits from the portal (issue 15)', () => {
  it('submit → the officer sees it waiting → accepts → it is the organisation\'s received document, audited', async () => {
    const submitted = await submitFile(partnerA, 'annual_activity_report', 2025);
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect(submitted.json()).toMatchObject({ status: 'submitted', documentType: 'annual_activity_report', year: 2025, organisation: { id: orgA } });
    expect(await checklistItem(orgA, 'annual_activity_report')).toMatchObject({ status: 'missing' });

    const waiting = await t.as(officer, { method: 'GET', url: `/api/organisations/${orgA}/document-submissions` });
    expect(waiting.json().items.map((s: { id: string }) => s.id)).toEqual([submitted.json().id]);
    const file = await t.as(officer, { method: 'GET', url: `/api/document-submissions/${submitted.json().id}/content` });
    expect(file.rawPayload.equals(pdfBytes)).toBe(true);

    const queue = (await t.as(officer, { method: 'GET', url: '/api/work-queue' })).json().items;
    expect(queue).toContainEqual(
      expect.objectContaining({ key: `partner_document_submitted:${submitted.json().id}`, type: 'partner_document_submitted', requirement: 'ORG-4', link: `/organisationer/${orgA}` }),
    );
    const accepted = await t.as(officer, { method: 'POST', url: `/api/document-submissions/${submitted.json().id}/accept`, payload: { version: 1 } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', reviewedBy: { id: officer.userId } });
    expect(await checklistItem(orgA, 'annual_activity_report')).toMatchObject({ status: 'received', year: 2025 });
    expect((await t.as(officer, { method: 'GET', url: `/api/organisations/${orgA}/document-submissions` })).json().items).toEqual([]);
    const after = (await t.as(officer, { method: 'GET', url: '/api/work-queue' })).json().items;
    expect(after.some((i: { key: string }) => i.key === `partner_document_submitted:${submitted.json().id}`)).toBe(false);
    expect(await auditActions(orgA)).toEqual(expect.arrayContaining(['organisation.document.submitted', 'organisation.document.uploaded', 'organisation.document.submission-accepted']));
    // Settled: it cannot be accepted or returned again.
    expect((await t.as(officer, { method: 'POST', url: `/api/document-submissions/${submitted.json().id}/accept`, payload: { version: 2 } })).statusCode).toBe(409);
    const portal = (await t.as(partnerA, { method: 'GET', url: '/api/portal/organisation' })).json();
    expect(portal.documents.checklist.find((c: { documentType: string }) => c.documentType === 'annual_activity_report')).toMatchObject({ status: 'received' });
  });

  it('a "finns inte" note accepted becomes the organisation\'s absence note', async () => {
    const submitted = await t.as(partnerA, { method: 'POST', url: '/api/portal/document-submissions/absence', payload: { documentType: 'audit_report', reason: 'Föreningen har ingen revisor ännu' } });
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect(submitted.json()).toMatchObject({ year: null, file: null, absenceReason: 'Föreningen har ingen revisor ännu' });
    await t.as(officer, { method: 'POST', url: `/api/document-submissions/${submitted.json().id}/accept`, payload: { version: 1 } });
    expect(await checklistItem(orgA, 'audit_report')).toMatchObject({ status: 'not_existing', reason: 'Föreningen har ingen revisor ännu' });
  });

  it('submit → returned with a comment → the partner sees the comment on its start page and submits again', async () => {
    const first = await submitFile(partnerA, 'statutes', 2024);
    // One waiting submission of a kind at a time.
    expect((await submitFile(partnerA, 'statutes', 2025)).statusCode).toBe(409);
    const noComment = await t.as(officer, { method: 'POST', url: `/api/document-submissions/${first.json().id}/return`, payload: { version: 1, comment: ' ' } });
    expect(noComment.statusCode).toBe(400);
    const stale = await t.as(officer, { method: 'POST', url: `/api/document-submissions/${first.json().id}/return`, payload: { version: 7, comment: 'Fel år' } });
    expect(stale.statusCode).toBe(409);
    const returned = await t.as(officer, { method: 'POST', url: `/api/document-submissions/${first.json().id}/return`, payload: { version: 1, comment: 'Stadgarna saknar sista sidan med underskrifter' } });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(await checklistItem(orgA, 'statutes')).toMatchObject({ status: 'missing' });

    const overview = (await t.as(partnerA, { method: 'GET', url: '/api/portal/overview' })).json();
    expect(overview.returnedSubmissions).toEqual([expect.objectContaining({ id: first.json().id, status: 'returned', reviewComment: 'Stadgarna saknar sista sidan med underskrifter' })]);
    const again = await submitFile(partnerA, 'statutes', 2024);
    expect(again.statusCode).toBe(201);
    expect((await t.as(partnerA, { method: 'GET', url: '/api/portal/overview' })).json()).toMatchObject({ returnedSubmissions: [], waitingSubmissions: 1 });
    expect(await auditActions(orgA)).toContain('organisation.document.submission-returned');
  });

  it("B's partner cannot download A's submission, and A's submissions are not B's", async () => {
    const mine = await submitFile(partnerA, 'idea_description');
    expect((await t.as(partnerA, { method: 'GET', url: `/api/portal/document-submissions/${mine.json().id}/content` })).statusCode).toBe(200);
    expect((await t.as(partnerB, { method: 'GET', url: `/api/portal/document-submissions/${mine.json().id}/content` })).statusCode).toBe(404);
    expect((await t.as(partnerB, { method: 'GET', url: '/api/portal/organisation' })).json().submissions).toEqual([]);
    expect((await t.as(officer, { method: 'GET', url: `/api/organisations/${orgB}/document-submissions` })).json().items).toEqual([]);
  });

  it('only officers, managers and admins accept or return; a partner cannot accept its own', async () => {
    const waiting = await submitFile(partnerB, 'member_count');
    const id = waiting.json().id as string;
    for (const role of ['review_group', 'economist', 'steering_member', 'partner'] as const) {
      expect((await t.as(sessions.get(role)!, { method: 'POST', url: `/api/document-submissions/${id}/accept`, payload: { version: 1 } })).statusCode, role).toBe(403);
    }
    expect((await t.as(partnerB, { method: 'POST', url: `/api/document-submissions/${id}/accept`, payload: { version: 1 } })).statusCode).toBe(403);
    expect((await t.as(sessions.get('economist')!, { method: 'GET', url: `/api/organisations/${orgB}/document-submissions` })).statusCode).toBe(200);
    expect((await t.as(sessions.get('manager')!, { method: 'POST', url: `/api/document-submissions/${id}/accept`, payload: { version: 1 } })).statusCode).toBe(200);
  });

  it('two submissions of one kind sent at once: one waits, the other is refused (409), never 500', async () => {
    const [first, second] = await Promise.all([submitFile(partnerB, 'annual_meeting_minutes'), submitFile(partnerB, 'annual_meeting_minutes')]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([201, 409]);
  });

  it('bad input and unknown ids never give 500', async () => {
    expect((await t.as(officer, { method: 'POST', url: '/api/document-submissions/nope/accept', payload: { version: 1 } })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'POST', url: '/api/document-submissions/00000000-0000-4000-8000-000000000000/accept', payload: { version: 1 } })).statusCode).toBe(404);
    expect((await t.as(officer, { method: 'POST', url: '/api/document-submissions/00000000-0000-4000-8000-000000000000/return', payload: { comment: 'x' } })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: `/api/organisations/${orgA}/document-submissions?status=bogus` })).statusCode).toBe(400);
    expect((await t.as(officer, { method: 'GET', url: '/api/organisations/00000000-0000-4000-8000-000000000000/document-submissions' })).statusCode).toBe(404);
  });
});
