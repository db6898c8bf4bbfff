import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../../../../tests/support/multipart';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { pdfBytes, windowsExecutableBytes } from '../files/file-fixtures.test-helper';
import { jointSteeringGroup, loginNewUser } from './governance-fixtures.test-helper';

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
});
afterAll(() => t.close());

const NIL = '00000000-0000-4000-8000-000000000000';

async function meetingOfNewBody() {
  const g = await jointSteeringGroup(t, officer);
  const meeting = await t.as(officer, { method: 'POST', url: `/api/governance-bodies/${g.body.id}/meetings`, payload: { meetingDate: '2026-09-10' } });
  return { ...g, meetingId: meeting.json().id as string };
}

function upload(meetingId: string, fileName: string, bytes: Buffer, title?: string, session = officer) {
  const { payload, headers } = multipartFile(fileName, bytes);
  const query = title === undefined ? '' : `?title=${encodeURIComponent(title)}`;
  return t.as(session, { method: 'POST', url: `/api/meetings/${meetingId}/attachments${query}`, payload, headers });
}

describe('attachments of governance meetings (IOP-6, IOP-7)', () => {
  it('uploads a file with a title, lists it on the meeting and downloads it; audited', async () => {
    const m = await meetingOfNewBody();
    const response = await upload(m.meetingId, 'Budget 2027.pdf', pdfBytes, 'Förslag till budget 2027');
    expect(response.statusCode, response.body).toBe(201);
    const attachment = response.json();
    expect(attachment).toMatchObject({
      meetingId: m.meetingId,
      title: 'Förslag till budget 2027',
      file: { originalName: 'Budget 2027.pdf', mediaType: 'application/pdf', sizeBytes: pdfBytes.length },
      createdBy: { id: officer.userId },
    });
    const untitled = (await upload(m.meetingId, 'Protokoll.pdf', pdfBytes, ' ')).json();
    expect(untitled.title).toBe('Protokoll.pdf');
    const list = await t.as(m.partnerRep, { method: 'GET', url: `/api/meetings/${m.meetingId}/attachments` });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([attachment.id, untitled.id]);
    const download = await t.as(m.partnerRep, { method: 'GET', url: `/api/meetings/${m.meetingId}/attachments/${attachment.id}/content` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(pdfBytes)).toBe(true);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', m.meetingId).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['governance-meeting.created', 'governance-meeting.attachment.uploaded', 'governance-meeting.attachment.uploaded']);
  });

  it('writers upload; members of the body and staff read; other steering members get 404 and outsiders 403', async () => {
    const m = await meetingOfNewBody();
    expect((await upload(m.meetingId, 'a.pdf', pdfBytes, 'A', await t.loginAs('manager'))).statusCode).toBe(201);
    for (const session of [m.partnerRep, await t.loginAs('economist'), await t.loginAs('review_group')]) {
      expect((await upload(m.meetingId, 'a.pdf', pdfBytes, 'A', session)).statusCode).toBe(403);
    }
    const id = (await upload(m.meetingId, 'b.pdf', pdfBytes, 'B')).json().id;
    const content = `/api/meetings/${m.meetingId}/attachments/${id}/content`;
    const list = `/api/meetings/${m.meetingId}/attachments`;
    expect((await t.as(await t.loginAs('economist'), { method: 'GET', url: content })).statusCode).toBe(200);
    const stranger = await loginNewUser(t, ['steering_member']);
    expect((await t.as(stranger, { method: 'GET', url: content })).statusCode).toBe(404);
    expect((await t.as(stranger, { method: 'GET', url: list })).statusCode).toBe(404);
    expect((await t.as(await t.loginAs('partner'), { method: 'GET', url: list })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: content })).statusCode).toBe(401);
  });

  it('refuses a disguised executable (415), a request without a file (400), unknown meetings and foreign attachments (404)', async () => {
    const m = await meetingOfNewBody();
    expect((await upload(m.meetingId, 'protokoll.pdf', windowsExecutableBytes(), 'Protokoll')).statusCode).toBe(415);
    const noFile = await t.as(officer, { method: 'POST', url: `/api/meetings/${m.meetingId}/attachments`, payload: { file: 'x' } });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().errors).toMatchObject([{ path: 'file' }]);
    expect((await upload(NIL, 'a.pdf', pdfBytes, 'A')).statusCode).toBe(404);
    expect((await upload('x', 'a.pdf', pdfBytes, 'A')).statusCode).toBe(400);
    expect((await upload(m.meetingId, 'a.pdf', pdfBytes, 'x'.repeat(301))).statusCode).toBe(400);
    const other = await meetingOfNewBody();
    const id = (await upload(other.meetingId, 'c.pdf', pdfBytes, 'C')).json().id;
    expect((await t.as(officer, { method: 'GET', url: `/api/meetings/${m.meetingId}/attachments/${id}/content` })).statusCode).toBe(404);
    expect((await t.as(officer, { method: 'GET', url: `/api/meetings/${NIL}/attachments` })).statusCode).toBe(404);
    const rows = await t.database.db.selectFrom('governance_meeting_attachment').select('id').where('meeting_id', '=', m.meetingId).execute();
    expect(rows).toHaveLength(0);
  });

  it('a closed body’s meetings take no more attachments (409), but keep those they have', async () => {
    const m = await meetingOfNewBody();
    expect((await upload(m.meetingId, 'a.pdf', pdfBytes, 'A')).statusCode).toBe(201);
    const body = (await t.as(officer, { method: 'GET', url: `/api/governance-bodies/${m.body.id}` })).json();
    await t.as(officer, { method: 'PATCH', url: `/api/governance-bodies/${m.body.id}`, payload: { version: body.version, status: 'closed' } });
    expect((await upload(m.meetingId, 'b.pdf', pdfBytes, 'B')).statusCode).toBe(409);
    expect((await t.as(m.partnerRep, { method: 'GET', url: `/api/meetings/${m.meetingId}/attachments` })).json().items).toHaveLength(1);
  });
});
