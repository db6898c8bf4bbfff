import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../../../../tests/support/multipart';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { pdfBytes, windowsExecutableBytes } from '../files/file-fixtures.test-helper';

let t: TestApp;
let officer: Session;
let initiativeId: string;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  const created = await t.as(officer, {
    method: 'POST',
    url: '/api/initiatives',
    payload: { title: 'Bilageinitiativet', origin: 'internal', brief: 'Underlag finns i bilagan.' },
  });
  initiativeId = created.json().id;
});
afterAll(() => t.close());

function upload(fileName: string, bytes: Buffer, session = officer, id = initiativeId) {
  const { payload, headers } = multipartFile(fileName, bytes);
  return t.as(session, { method: 'POST', url: `/api/initiatives/${id}/attachments`, payload, headers });
}

describe('attachments of an initiative (INI-1)', () => {
  it('uploads a PDF, shows it on the initiative and downloads it as an attachment with nosniff', async () => {
    const response = await upload('Underlag för läxhjälp.pdf', pdfBytes);
    expect(response.statusCode).toBe(201);
    const attachment = response.json();
    expect(attachment).toMatchObject({
      file: { originalName: 'Underlag för läxhjälp.pdf', mediaType: 'application/pdf', sizeBytes: pdfBytes.length },
      uploadedBy: { id: officer.userId },
    });
    const view = (await t.as(officer, { method: 'GET', url: `/api/initiatives/${initiativeId}` })).json();
    expect(view.attachments).toEqual([attachment]);
    const reader = await t.loginAs('economist');
    const download = await t.as(reader, { method: 'GET', url: `/api/initiatives/${initiativeId}/attachments/${attachment.id}/content` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(String(download.headers['content-disposition'])).toMatch(/^attachment; filename="Underlag for laxhjalp\.pdf"; filename\*=UTF-8''/);
    expect(download.rawPayload.equals(pdfBytes)).toBe(true);
    const history = (await t.as(officer, { method: 'GET', url: `/api/initiatives/${initiativeId}/history` })).json();
    expect(history.items[0]).toMatchObject({ action: 'initiative.attachment.uploaded', changes: { fileName: { after: 'Underlag för läxhjälp.pdf' } } });
  });

  it('refuses an executable renamed .pdf with 415 and a request without a file with 400', async () => {
    const bad = await upload('underlag.pdf', windowsExecutableBytes());
    expect(bad.statusCode).toBe(415);
    const noFile = await t.as(officer, { method: 'POST', url: `/api/initiatives/${initiativeId}/attachments`, payload: { file: 'x' } });
    expect(noFile.statusCode).toBe(400);
  });

  it('lets writers upload and staff readers download; others are refused', async () => {
    for (const role of ['manager', 'admin'] as const) expect((await upload('a.pdf', pdfBytes, await t.loginAs(role))).statusCode, role).toBe(201);
    for (const role of ['review_group', 'economist', 'partner', 'steering_member'] as const) {
      expect((await upload('a.pdf', pdfBytes, await t.loginAs(role))).statusCode, role).toBe(403);
    }
    const attachmentId = (await upload('b.pdf', pdfBytes)).json().id;
    const url = `/api/initiatives/${initiativeId}/attachments/${attachmentId}/content`;
    expect((await t.as(await t.loginAs('review_group'), { method: 'GET', url })).statusCode).toBe(200);
    expect((await t.as(await t.loginAs('partner'), { method: 'GET', url })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('answers 404 for an unknown initiative or an attachment of another initiative', async () => {
    expect((await upload('a.pdf', pdfBytes, officer, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const other = (
      await t.as(officer, { method: 'POST', url: '/api/initiatives', payload: { title: 'Annat', origin: 'internal', brief: 'Annat underlag' } })
    ).json();
    const attachmentId = (await upload('c.pdf', pdfBytes)).json().id;
    const wrong = await t.as(officer, { method: 'GET', url: `/api/initiatives/${other.id}/attachments/${attachmentId}/content` });
    expect(wrong.statusCode).toBe(404);
  });
});
