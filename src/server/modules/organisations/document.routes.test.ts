import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNER_CONTROL_DOCUMENTS } from '../../../shared/organisations/partner-control.rules';
import { makeOrganisation } from '../../../../tests/support/factories';
import { multipartFile } from '../../../../tests/support/multipart';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { pdfBytes, pngBytes, windowsExecutableBytes } from '../files/file-fixtures.test-helper';
import { deflatedEntry, deflatedZeros, makeDocx, writeRawZip } from '../files/zip-fixtures.test-helper';

let t: TestApp;
let officer: Session;
let orgId: string;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  orgId = (await makeOrganisation(t.database.db, { name: 'Dokumentföreningen' })).id;
});
afterAll(() => t.close());

function upload(fileName: string, bytes: Buffer, query = 'documentType=statutes&year=2025', session = officer, id = orgId) {
  const { payload, headers } = multipartFile(fileName, bytes);
  return t.as(session, { method: 'POST', url: `/api/organisations/${id}/documents?${query}`, payload, headers });
}
const overview = async () => (await t.as(officer, { method: 'GET', url: `/api/organisations/${orgId}/documents` })).json();

describe('organisation documents', () => {
  it('uploads a PDF, lists it and downloads it as an attachment with nosniff', async () => {
    const response = await upload('Stadgar för Dokumentföreningen.pdf', pdfBytes);
    expect(response.statusCode).toBe(201);
    const doc = response.json();
    expect(doc).toMatchObject({
      documentType: 'statutes',
      year: 2025,
      file: { originalName: 'Stadgar för Dokumentföreningen.pdf', mediaType: 'application/pdf', sizeBytes: pdfBytes.length },
      uploadedBy: { id: officer.userId },
    });
    const download = await t.as(officer, { method: 'GET', url: `/api/organisations/${orgId}/documents/${doc.id}/content` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(String(download.headers['content-disposition'])).toMatch(/^attachment; filename="Stadgar for Dokumentforeningen\.pdf"; filename\*=UTF-8''Stadgar%20f%C3%B6r%20Dokumentf%C3%B6reningen\.pdf$/);
    expect(download.rawPayload.equals(pdfBytes)).toBe(true);
  });

  it('refuses an executable renamed .pdf with 415', async () => {
    const response = await upload('årsredovisning.pdf', windowsExecutableBytes());
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('unsupported_file_type');
  });

  it('refuses a 26 MB file with 413', async () => {
    const response = await upload('stor.pdf', Buffer.concat([pdfBytes, Buffer.alloc(26 * 1024 * 1024)]));
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('file_too_large');
  });

  it('refuses a DOCX zip bomb', async () => {
    const bomb = writeRawZip([deflatedEntry('[Content_Types].xml', '<Types/>'), await deflatedZeros('word/document.xml', 200)]);
    const response = await upload('protokoll.docx', bomb);
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('unsafe_archive');
  });

  it('keeps the earlier version when the same document type and year is uploaded again', async () => {
    await upload('verksamhetsberattelse-v1.docx', makeDocx(), 'documentType=annual_activity_report&year=2024');
    await upload('verksamhetsberattelse-v2.docx', makeDocx({ 'word/extra.xml': new TextEncoder().encode('<x/>') }), 'documentType=annual_activity_report&year=2024');
    const o = await overview();
    const reports = o.documents.filter((d: { documentType: string }) => d.documentType === 'annual_activity_report');
    expect(reports.map((d: { file: { originalName: string } }) => d.file.originalName)).toEqual(['verksamhetsberattelse-v2.docx', 'verksamhetsberattelse-v1.docx']);
    expect(o.checklist.find((i: { documentType: string }) => i.documentType === 'annual_activity_report')).toMatchObject({ status: 'received', documentId: reports[0].id, year: 2024 });
  });

  it('validates the query and requires a file', async () => {
    const badYear = await upload('a.pdf', pdfBytes, 'documentType=statutes&year=1500');
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json().errors[0].path).toBe('query.year');
    const badType = await upload('a.pdf', pdfBytes, 'documentType=selfie&year=2025');
    expect(badType.statusCode).toBe(400);
    const noFile = await t.as(officer, { method: 'POST', url: `/api/organisations/${orgId}/documents?documentType=statutes&year=2025`, payload: {} });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().errors[0].path).toBe('file');
  });

  it('ORG-4: the checklist is complete once every document is received or marked as not existing with a reason', async () => {
    let o = await overview();
    expect(o.checklistApplies).toBe(true);
    expect(o.checklistComplete).toBe(false);
    const missing = o.checklist.filter((i: { status: string }) => i.status === 'missing').map((i: { documentType: string }) => i.documentType);
    for (const [i, documentType] of missing.entries()) {
      if (i % 2 === 0) {
        expect((await upload(`${documentType}.png`, pngBytes, `documentType=${documentType}&year=2025`)).statusCode).toBe(201);
      } else {
        const absent = await t.as(officer, {
          method: 'PUT',
          url: `/api/organisations/${orgId}/partner-control/${documentType}`,
          payload: { reason: 'Föreningen har ingen revisor eftersom den saknar omsättning' },
        });
        expect(absent.statusCode).toBe(200);
      }
    }
    o = await overview();
    expect(o.checklist).toHaveLength(PARTNER_CONTROL_DOCUMENTS.length);
    expect(o.checklistComplete).toBe(true);
    const withdrawn = await t.as(officer, { method: 'PUT', url: `/api/organisations/${orgId}/partner-control/${missing[1]}`, payload: { reason: null } });
    expect(withdrawn.json().checklistComplete).toBe(false);
    const empty = await t.as(officer, { method: 'PUT', url: `/api/organisations/${orgId}/partner-control/${missing[1]}`, payload: { reason: '  ' } });
    expect(empty.statusCode).toBe(400);
  });

  it('keeps uploads and notes in the organisation history', async () => {
    const history = (await t.as(officer, { method: 'GET', url: `/api/organisations/${orgId}/history?limit=200` })).json();
    const actions = history.items.map((e: { action: string }) => e.action);
    expect(actions).toContain('organisation.document.uploaded');
    expect(actions).toContain('organisation.document.marked-not-existing');
  });

  it('lets readers download but not upload', async () => {
    const economist = await t.loginAs('economist');
    expect((await upload('x.pdf', pdfBytes, 'documentType=other&year=2025', economist)).statusCode).toBe(403);
    expect((await t.as(economist, { method: 'GET', url: `/api/organisations/${orgId}/documents` })).statusCode).toBe(200);
  });

  it('answers 404 for a document of another organisation', async () => {
    const other = await makeOrganisation(t.database.db);
    const doc = (await upload('annan.pdf', pdfBytes, 'documentType=other&year=2025', officer, other.id)).json();
    const response = await t.as(officer, { method: 'GET', url: `/api/organisations/${orgId}/documents/${doc.id}/content` });
    expect(response.statusCode).toBe(404);
  });
});
