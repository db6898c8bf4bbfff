import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { readTable } from './read-table';
import { SpreadsheetError } from './spreadsheet-error';
import { toXlsx } from './xlsx';

async function errorOf(run: () => Promise<unknown>): Promise<SpreadsheetError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof SpreadsheetError) return error;
    throw error;
  }
  throw new Error('expected a SpreadsheetError');
}

/** A zip archive with uncompressed entries, enough to look like another office format. */
function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(text);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('readTable', () => {
  const headers = ['Organisationsnummer', 'Namn'];
  const rows = [['802000-1234', 'Förening för Åsa']];

  it('reads XLSX by its content, whatever the file is called', async () => {
    const result = await readTable(await toXlsx('Organisationer', headers, rows), 'export.csv');
    expect(result).toEqual({ format: 'xlsx', sheetName: 'Organisationer', headers, rows: [{ line: 2, cells: rows[0] }] });
  });

  it('reads CSV, including CSV that a system named .xls', async () => {
    const result = await readTable(toCsv(headers, rows), 'export.xls');
    expect(result).toEqual({ format: 'csv', sheetName: null, headers, rows: [{ line: 2, cells: rows[0] }] });
  });

  it.each([
    ['legacy .xls (or password-protected .xlsx)', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'legacy_xls_or_encrypted'],
    ['PDF', Buffer.from('%PDF-1.7\n1 0 obj'), 'pdf'],
    ['HTML table saved as .xls', Buffer.from('\uFEFF<html><body><table><tr><td>Namn</td></tr></table>'), 'markup'],
    ['SpreadsheetML 2003', Buffer.from('<?xml version="1.0"?><Workbook/>'), 'markup'],
    ['Word document', storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), 'docx'],
    ['OpenDocument spreadsheet', storedZip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }), 'ods'],
    ['empty zip', Buffer.from([0x50, 0x4b, 0x05, 0x06, ...Buffer.alloc(18)]), 'corrupt_zip'],
    ['image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary'],
  ])('refuses %s as unsupported_format', async (_what, bytes, reason) => {
    expect(await errorOf(() => readTable(bytes, 'lista.xls'))).toMatchObject({
      code: 'unsupported_format',
      details: { reason, fileName: 'lista.xls' },
    });
  });

  it('says empty_file for no bytes and no_header when row 1 is blank', async () => {
    expect((await errorOf(() => readTable(Buffer.alloc(0), 'tom.csv'))).code).toBe('empty_file');
    expect((await errorOf(() => readTable(Buffer.from(';;\r\nNamn\r\nAsa\r\n'), 'a.csv'))).code).toBe('no_header');
  });

  it('applies maxRows to CSV and XLSX alike', async () => {
    const many = Array.from({ length: 6 }, (_, i) => [`${i}`, `Förening ${i}`]);
    for (const bytes of [toCsv(headers, many), await toXlsx('Data', headers, many)]) {
      expect(await errorOf(() => readTable(bytes, 'lista', { maxRows: 5 }))).toMatchObject({
        code: 'too_many_rows',
        details: { maxRows: 5 },
      });
    }
  });
});
