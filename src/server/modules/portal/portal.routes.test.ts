import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../../../../tests/support/multipart';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { ROLES } from '../../../shared/users/roles';
import { pdfBytes } from '../files/file-fixtures.test-helper';
import { linkedPartner, partnerRepresentative, portalWorld, type PortalWorld } from './portal-fixtures.test-helper';

let t: TestApp;
let officer: Session;
let a: PortalWorld;
let b: PortalWorld;
let submissionOfB: string;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  a = await portalWorld(t, officer, 'Läxhjälpsföreningen');
  b = await portalWorld(t, officer, 'Språkcaféet');
  const submitted = await t.as(b.partner, { method: 'POST', url: '/api/portal/document-submissions?documentType=audit_report&year=2025', ...multipartFile('Revision.pdf', pdfBytes, 'application/pdf') });
  expect(submitted.statusCode, submitted.body).toBe(201);
  submissionOfB = submitted.json().id;
}, 60_000);
afterAll(() => t.close());

const get = (session: Session, url: string) => t.as(session, { method: 'GET', url });

/** Every portal route that takes an id, with B's ids: A's partner must learn nothing of them. */
const routesOf = (w: PortalWorld, submissionId: string) => [
  `/api/portal/cooperations/${w.cooperationId}`,
  `/api/portal/agreements/${w.agreementId}/versions/1/signed-document`,
  `/api/portal/annexes/${w.annexId}/versions/1/file`,
  `/api/portal/bodies/${w.bodyId}`,
  `/api/portal/meetings/${w.meetingId}`,
  `/api/portal/meetings/${w.meetingId}/attachments/${w.attachmentId}/content`,
  `/api/portal/documents/${w.documentId}/content`,
  `/api/portal/document-submissions/${submissionId}/content`,
];

describe('the partner portal with two partner organisations (issue 15)', () => {
  it("A's partner reads its own organisation, cooperations, agreement files, bodies and meetings", async () => {
    const organisation = await get(a.partner, '/api/portal/organisation');
    expect(organisation.statusCode, organisation.body).toBe(200);
    expect(organisation.json().organisation.name).toBe('Läxhjälpsföreningen');
    expect(organisation.json().organisation).not.toHaveProperty('democracyStatus');
    expect(organisation.json().documents.checklist.find((c: { documentType: string }) => c.documentType === 'statutes')).toMatchObject({ status: 'received', year: 2025 });

    const cooperations = (await get(a.partner, '/api/portal/cooperations')).json().items;
    expect(cooperations.map((c: { id: string }) => c.id)).toEqual([a.cooperationId]);
    expect(cooperations[0].agreementCount).toBe(1);
    const cooperation = (await get(a.partner, `/api/portal/cooperations/${a.cooperationId}`)).json();
    expect(cooperation.agreements[0].current.signedFile).toBeTruthy();
    expect(cooperation.agreements[0].annexes[0].versions[0].file).toBeTruthy();

    const bodies = (await get(a.partner, '/api/portal/bodies')).json().items;
    expect(bodies.map((x: { id: string }) => x.id)).toEqual([a.bodyId]);
    expect(bodies[0]).toMatchObject({ isParty: true, isMember: false, decisionsAwaiting: 1 });
    const body = (await get(a.partner, `/api/portal/bodies/${a.bodyId}`)).json();
    expect(body).toMatchObject({ canVote: false, isParty: true, organisationId: a.organisationId });
    expect(body.meetings.map((m: { id: string }) => m.id)).toEqual([a.meetingId]);
    const meeting = (await get(a.partner, `/api/portal/meetings/${a.meetingId}`)).json();
    expect(meeting.minutes).toContain('budgeten');
    expect(meeting.attachments.map((x: { id: string }) => x.id)).toEqual([a.attachmentId]);

    for (const url of routesOf(a, submissionOfB).slice(0, 7)) {
      const response = await get(a.partner, url);
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    }
    const download = await get(a.partner, `/api/portal/agreements/${a.agreementId}/versions/1/signed-document`);
    expect(download.rawPayload.equals(pdfBytes)).toBe(true);
  });

  it("A's partner gets 404 on every one of B's things, and B's partner on A's", async () => {
    for (const url of routesOf(b, submissionOfB)) {
      expect((await get(a.partner, url)).statusCode, url).toBe(404);
    }
    const aSubmission = await t.as(a.partner, { method: 'POST', url: '/api/portal/document-submissions/absence', payload: { documentType: 'member_count', reason: 'Föreningen har inga medlemmar, bara anställda' } });
    expect(aSubmission.statusCode, aSubmission.body).toBe(201);
    for (const url of routesOf(a, aSubmission.json().id).slice(0, 7)) {
      expect((await get(b.partner, url)).statusCode, url).toBe(404);
    }
    // A's own lists hold nothing of B's.
    expect((await get(a.partner, '/api/portal/organisation')).json().submissions.map((s: { id: string }) => s.id)).toEqual([aSubmission.json().id]);
    expect((await get(a.partner, '/api/portal/overview')).json().decisionsAwaiting.map((d: { id: string }) => d.id)).toEqual([a.decisionId]);
  });

  it('a partner account not linked to an organisation sees an empty portal and 404 on ids', async () => {
    const loose = await t.loginAs('partner');
    expect((await get(loose, '/api/portal/overview')).json()).toMatchObject({ organisation: null, decisionsAwaiting: [], reportsDue: [] });
    expect((await get(loose, '/api/portal/cooperations')).json().items).toEqual([]);
    expect((await get(loose, '/api/portal/bodies')).json().items).toEqual([]);
    expect((await get(loose, '/api/portal/organisation')).statusCode).toBe(404);
    expect((await get(loose, `/api/portal/cooperations/${a.cooperationId}`)).statusCode).toBe(404);
    const absence = await t.as(loose, { method: 'POST', url: '/api/portal/document-submissions/absence', payload: { documentType: 'statutes', reason: 'Finns inte' } });
    expect(absence.statusCode).toBe(403);
  });

  it('staff roles cannot use the portal (403); the partner cannot use staff routes on its own organisation', async () => {
    for (const role of ROLES.filter((r) => r !== 'partner')) {
      const session = await t.loginAs(role);
      expect((await get(session, '/api/portal/overview')).statusCode, role).toBe(403);
    }
    expect((await get(a.partner, `/api/organisations/${a.organisationId}`)).statusCode).toBe(403);
    expect((await get(a.partner, `/api/organisations/${a.organisationId}/document-submissions`)).statusCode).toBe(403);
    expect((await get(a.partner, `/api/governance-bodies/${a.bodyId}`)).statusCode).toBe(403);
  });

  it('bad input answers 400, never 500', async () => {
    expect((await get(a.partner, '/api/portal/cooperations/not-a-uuid')).statusCode).toBe(400);
    expect((await get(a.partner, `/api/portal/agreements/${a.agreementId}/versions/x/signed-document`)).statusCode).toBe(400);
    expect((await get(a.partner, `/api/portal/agreements/${a.agreementId}/versions/9/signed-document`)).statusCode).toBe(404);
    const badKind = await t.as(a.partner, { method: 'POST', url: '/api/portal/document-submissions?documentType=other&year=2025', ...multipartFile('a.pdf', pdfBytes, 'application/pdf') });
    expect(badKind.statusCode).toBe(400);
    const badYear = await t.as(a.partner, { method: 'POST', url: '/api/portal/document-submissions?documentType=statutes&year=19', ...multipartFile('a.pdf', pdfBytes, 'application/pdf') });
    expect(badYear.statusCode).toBe(400);
    const noFile = await t.as(a.partner, { method: 'POST', url: '/api/portal/document-submissions?documentType=statutes&year=2025', payload: {} });
    expect(noFile.statusCode).toBe(400);
    const exe = await t.as(a.partner, { method: 'POST', url: '/api/portal/document-submissions?documentType=statutes&year=2025', ...multipartFile('a.pdf', Buffer.from('MZ not a pdf'), 'application/pdf') });
    expect(exe.statusCode).toBe(415);
    const emptyReason = await t.as(a.partner, { method: 'POST', url: '/api/portal/document-submissions/absence', payload: { documentType: 'statutes', reason: '  ' } });
    expect(emptyReason.statusCode).toBe(400);
    expect(emptyReason.json().errors.map((e: { path: string }) => e.path)).toEqual(['reason']);
  });

  it('IOP-6: a partner representative who is a steering member approves the waiting decision from the portal view', async () => {
    const representative = await partnerRepresentative(t, officer, a);
    const overview = (await get(representative, '/api/portal/overview')).json();
    const waiting = overview.decisionsAwaiting.find((d: { id: string }) => d.id === a.decisionId);
    expect(waiting).toMatchObject({ canVote: true, bodyName: expect.any(String), parties: [expect.objectContaining({ id: a.organisationId })] });
    expect((await get(representative, `/api/portal/bodies/${a.bodyId}`)).json()).toMatchObject({ canVote: true });
    const approved = await t.as(representative, { method: 'POST', url: `/api/decisions/${a.decisionId}/approve`, payload: {} });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().awaitingOrganisationIds).not.toContain(a.organisationId);
    expect((await get(representative, '/api/portal/overview')).json().decisionsAwaiting.map((d: { id: string }) => d.id)).not.toContain(a.decisionId);
    // The plain partner account of the same organisation may not approve: it holds no decisions.approve.
    expect((await t.as(a.partner, { method: 'POST', url: `/api/decisions/${b.decisionId}/approve`, payload: {} })).statusCode).toBe(403);
    // B's partner still sees nothing of A's body after the vote.
    expect((await get(b.partner, `/api/portal/bodies/${a.bodyId}`)).statusCode).toBe(404);
  });

  it('a second partner of the same organisation sees the same organisation', async () => {
    const colleague = await linkedPartner(t, b.organisationId);
    expect((await get(colleague, '/api/portal/organisation')).json().organisation.id).toBe(b.organisationId);
  });
});
