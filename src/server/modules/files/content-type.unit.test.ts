import { describe, expect, it } from 'vitest';
import { detectFileType, isZipArchive } from './content-type';
import { jpegBytes, pdfBytes, pngBytes, textBytes, windowsExecutableBytes } from './file-fixtures.test-helper';
import { inspectZip } from './zip-inspection';
import { makeDocx, makeOdf, makeXlsx, makeZip } from './zip-fixtures.test-helper';

const ODT = 'application/vnd.oasis.opendocument.text';
const ODS = 'application/vnd.oasis.opendocument.spreadsheet';

async function detect(bytes: Buffer) {
  return detectFileType(bytes, isZipArchive(bytes) ? await inspectZip(bytes) : undefined);
}

describe('content type detection (by content, never by name)', () => {
  it('recognises PDF, PNG and JPEG from their first bytes', () => {
    expect(detectFileType(pdfBytes)?.mediaType).toBe('application/pdf');
    expect(detectFileType(pngBytes)?.mediaType).toBe('image/png');
    expect(detectFileType(jpegBytes)?.mediaType).toBe('image/jpeg');
  });

  it('recognises DOCX and XLSX by [Content_Types].xml and their word/ or xl/ parts', async () => {
    expect(await detect(makeDocx())).toMatchObject({
      kind: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(await detect(makeXlsx())).toMatchObject({
      kind: 'xlsx',
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  });

  it('recognises ODT and ODS by the mimetype entry that comes first', async () => {
    expect(await detect(makeOdf(ODT))).toMatchObject({ kind: 'odt', mediaType: ODT });
    expect(await detect(makeOdf(ODS))).toMatchObject({ kind: 'ods', mediaType: ODS });
  });

  it('refuses a Windows executable, whatever it is called', () => {
    expect(detectFileType(windowsExecutableBytes())).toBeUndefined();
  });

  it('refuses plain text and empty content', () => {
    expect(detectFileType(textBytes)).toBeUndefined();
    expect(detectFileType(Buffer.alloc(0))).toBeUndefined();
  });

  it('refuses other zips: a plain archive, a presentation, an ODF of another kind', async () => {
    expect(await detect(makeZip({ 'readme.txt': 'hej', 'setup.exe': windowsExecutableBytes() }))).toBeUndefined();
    expect(
      await detect(makeZip({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p:presentation/>' })),
    ).toBeUndefined();
    expect(await detect(makeOdf('application/vnd.oasis.opendocument.presentation'))).toBeUndefined();
    expect(await detect(makeOdf(`${ODT}-template`))).toBeUndefined();
  });

  it('needs the OOXML content-types part and the ODF mimetype entry first', async () => {
    expect(await detect(makeZip({ 'word/document.xml': '<w:document/>' }))).toBeUndefined();
    expect(await detect(makeZip({ 'content.xml': '<x/>', mimetype: ODT }))).toBeUndefined();
  });

  it('refuses macro-enabled documents dressed as DOCX', async () => {
    expect(await detect(makeDocx({ 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) }))).toBeUndefined();
  });

  it('does not guess a zip type without the entry list', () => {
    expect(detectFileType(makeDocx())).toBeUndefined();
  });
});
