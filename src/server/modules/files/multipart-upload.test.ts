import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { multipartBody, multipartFile } from '../../../../tests/support/multipart';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { pdfBytes } from './file-fixtures.test-helper';

const incomplete = 'Filen kom inte fram hel: uppladdningen avbröts eller är felaktigt uppbyggd. Försök igen.';
const csv = Buffer.from('namn;organisationsnummer\nFöreningen Öst;802000-0001\n', 'utf8');

let t: TestApp;
let officer: Session;
let orgId: string;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  orgId = (await makeOrganisation(t.database.db, { name: 'Uppladdningsföreningen' })).id;
});
afterAll(() => t.close());

const documentsUrl = () => `/api/organisations/${orgId}/documents?documentType=statutes&year=2025`;
const post = (url: string, body: { payload: Buffer; headers: Record<string, string> }) => t.as(officer, { method: 'POST', url, ...body });
const storedFiles = async () => (await t.database.db.selectFrom('file').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n;
const imports = async () => (await t.database.db.selectFrom('organisation_import').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n;

describe('the multipart reader', () => {
  it('refuses an upload cut off before its closing boundary with 400, wherever it is cut, and keeps nothing', async () => {
    const { payload, headers } = multipartFile('Stadgar.pdf', pdfBytes, 'application/pdf');
    const before = await storedFiles();
    // In the file's bytes, just before the closing boundary, and inside the closing boundary.
    for (const cut of [120, payload.length - 12, payload.length - 4]) {
      const response = await post(documentsUrl(), { payload: payload.subarray(0, cut), headers });
      expect(response.statusCode, `cut at ${cut}`).toBe(400);
      expect(response.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'file', message: incomplete }] });
    }
    const importCut = await post('/api/organisation-imports', { payload: multipartFile('org.csv', csv, 'text/csv').payload.subarray(0, 150), headers: multipartFile('x', csv).headers });
    expect(importCut.statusCode).toBe(400);
    expect(await storedFiles()).toBe(before);
  });

  it('refuses an upload with two files with 400 naming the problem, instead of keeping the first', async () => {
    const beforeImports = await imports();
    const two = multipartBody([
      { name: 'file', fileName: 'first.csv', contentType: 'text/csv', body: csv },
      { name: 'file', fileName: 'second.csv', contentType: 'text/csv', body: csv },
    ]);
    const response = await post('/api/organisation-imports', two);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'file', message: 'Ladda upp en fil åt gången' }]);
    expect(await imports()).toBe(beforeImports);
    const documents = await post(documentsUrl(), multipartBody([
      { name: 'file', fileName: 'a.pdf', body: pdfBytes },
      { name: 'other', fileName: 'b.pdf', body: pdfBytes },
    ]));
    expect(documents.statusCode).toBe(400);
    expect(documents.json().errors).toEqual([{ path: 'file', message: 'Ladda upp en fil åt gången' }]);
  });

  it('refuses a text field holding a NUL character, like every other input', async () => {
    const response = await post(documentsUrl(), multipartBody([
      { name: 'note', body: 'a\u0000b' },
      { name: 'file', fileName: 'a.pdf', body: pdfBytes },
    ]));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ path: 'note', message: expect.stringContaining('otillåtet tecken') });
  });

  it('still takes one whole file, with text fields beside it', async () => {
    const response = await post(documentsUrl(), multipartBody([
      { name: 'comment', body: 'ignored' },
      { name: 'file', fileName: 'Stadgar.pdf', contentType: 'application/pdf', body: pdfBytes },
    ]));
    expect(response.statusCode).toBe(201);
    expect(response.json().file).toMatchObject({ originalName: 'Stadgar.pdf', sizeBytes: pdfBytes.length });
  });

  it('asks for a file when the request has none or is not multipart', async () => {
    const empty = await post(documentsUrl(), multipartBody([{ name: 'comment', body: 'no file' }]));
    expect(empty.json().errors).toEqual([{ path: 'file', message: 'Välj en fil att ladda upp' }]);
    const json = await t.as(officer, { method: 'POST', url: documentsUrl(), payload: { file: 'x' } });
    expect(json.statusCode).toBe(400);
    expect(json.json().errors).toEqual([{ path: 'file', message: 'Välj en fil att ladda upp' }]);
  });
});
