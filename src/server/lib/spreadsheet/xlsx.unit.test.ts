import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SpreadsheetError } from './spreadsheet-error';
import { readXlsx, toXlsx } from './xlsx';
import { checkXlsxArchive } from './xlsx-archive';

async function errorOf(run: () => Promise<unknown>): Promise<SpreadsheetError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof SpreadsheetError) return error;
    throw error;
  }
  throw new Error('expected a SpreadsheetError');
}

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function openWorkbook(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

/** Rewrites the uncompressed size a zip's central directory declares for one entry. */
function withDeclaredSize(bytes: Buffer, name: string, size: number): Buffer {
  const copy = Buffer.from(bytes);
  for (let p = 0; p < copy.length - 46; p += 1) {
    if (copy.readUInt32LE(p) !== 0x02014b50) continue;
    const nameLength = copy.readUInt16LE(p + 28);
    if (copy.toString('utf8', p + 46, p + 46 + nameLength) === name) {
      copy.writeUInt32LE(size, p + 24);
      return copy;
    }
  }
  throw new Error(`no entry ${name}`);
}

describe('toXlsx → readXlsx round trip', () => {
  it('keeps å ä ö, numbers, dates and escaped text', async () => {
    const headers = ['Namn', 'Org.nr', 'Belopp', 'Start', 'Uppdaterad', 'Telefon', 'Formel', 'Tom'];
    const rows = [
      ['Förening för Åsa', 5565551234, 1234567.5, new Date('2025-03-01'), new Date('2025-03-01T12:30:00Z'), '+46 8 508 000 00', '=SUM(A1)', null],
      ['Ängby IF', 802000, -5, new Date('1999-12-31'), new Date('2024-06-30T22:15:00Z'), '-5', '@cmd', ''],
      ['Öst', 0.1 + 0.2, 1e21, null, null, 'vanlig', 'text', null],
    ];
    const bytes = await toXlsx('Organisationer', headers, rows, { timeZone: 'Europe/Stockholm' });
    const table = await readXlsx(bytes);
    expect(table.sheetName).toBe('Organisationer');
    expect(table.headers).toEqual(headers);
    expect(table.rows).toEqual([
      { line: 2, cells: ['Förening för Åsa', '5565551234', '1234567.5', '2025-03-01', '2025-03-01 13:30', '+46 8 508 000 00', '=SUM(A1)', ''] },
      { line: 3, cells: ['Ängby IF', '802000', '-5', '1999-12-31', '2024-07-01 00:15', '-5', '@cmd', ''] },
      { line: 4, cells: ['Öst', '0.3', '1000000000000000000000', '', '', 'vanlig', 'text', ''] },
    ]);
  });

  it('stores formula-like text as escaped strings, never as formulas, and numbers as numbers', async () => {
    const bytes = await toXlsx('Blad', ['Värde', 'Tal'], [['=1+1', -5], ['+46 8 508 000 00', 3.25]]);
    const sheet = await openWorkbook(bytes);
    expect(sheet.getCell('A2').value).toBe("'=1+1");
    expect(sheet.getCell('A2').formula).toBeUndefined();
    expect(sheet.getCell('A3').value).toBe("'+46 8 508 000 00");
    expect(sheet.getCell('B2').value).toBe(-5);
    expect(sheet.getCell('B3').value).toBe(3.25);
    const raw = await readXlsx(bytes, { unescapeFormulas: false });
    expect(raw.rows.map((r) => r.cells[0])).toEqual(["'=1+1", "'+46 8 508 000 00"]);
  });

  it('writes a bold, frozen, filterable header row, date formats and fitted widths', async () => {
    const long = 'x'.repeat(200);
    const bytes = await toXlsx('Blad', ['Namn', 'Datum', 'Lång'], [['Asa', new Date('2025-03-01'), long]]);
    const sheet = await openWorkbook(bytes);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getCell('B2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('B2').value).toEqual(new Date('2025-03-01'));
    expect(sheet.getColumn(1).width).toBe(8);
    expect(sheet.getColumn(3).width).toBe(60);
  });

  it('makes any sheet name acceptable to Excel', async () => {
    const bytes = await toXlsx('Organisationer: 2025/26 [utdrag] och mycket mer text', ['A'], [['x']]);
    expect((await readXlsx(bytes)).sheetName).toBe('Organisationer  2025 26  utdrag');
  });
});

describe('readXlsx: cell values as text', () => {
  it('turns each kind of cell into the text a user sees', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(['Org.\nnummer', ' Rik text ', 'Länk', 'Formel', 'Textformel', 'Fel', 'Sant', 'Tid', 'Tidpunkt', 'Tal', 'Andel']);
      sheet.addRow([
        5565551234,
        { richText: [{ text: 'Förening ', font: { bold: true } }, { text: 'för Åsa' }] },
        { text: 'Stockholms stad', hyperlink: 'https://example.org' },
        { formula: 'A2*2', result: 11131102468 },
        { formula: 'B2&"!"', result: 'Förening för Åsa!' },
        { formula: '1/0', result: { error: '#DIV/0!' } },
        true,
        null,
        null,
        1234567.891,
        0.25,
      ]);
      sheet.getCell('H2').value = new Date(Date.UTC(1899, 11, 30, 12, 30));
      sheet.getCell('H2').numFmt = 'hh:mm';
      sheet.getCell('I2').value = new Date('2025-03-01T08:05:00Z');
      sheet.getCell('I2').numFmt = 'yyyy-mm-dd hh:mm';
      sheet.getCell('K2').numFmt = '0%';
    });
    const table = await readXlsx(bytes);
    expect(table.headers).toEqual(['Org. nummer', 'Rik text', 'Länk', 'Formel', 'Textformel', 'Fel', 'Sant', 'Tid', 'Tidpunkt', 'Tal', 'Andel']);
    expect(table.rows[0]?.cells).toEqual([
      '5565551234',
      'Förening för Åsa',
      'Stockholms stad',
      '11131102468',
      'Förening för Åsa!',
      '#DIV/0!',
      'true',
      '12:30',
      '2025-03-01 08:05',
      '1234567.891',
      '0.25',
    ]);
  });

  it('gives a merged range its value in the top-left cell only, as Excel CSV export does', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(['Område', 'Namn']);
      sheet.addRow(['Söder', 'A']);
      sheet.addRow([null, 'B']);
      sheet.mergeCells('A2:A3');
    });
    expect((await readXlsx(bytes)).rows.map((r) => r.cells)).toEqual([
      ['Söder', 'A'],
      ['', 'B'],
    ]);
  });

  it('reads the first visible worksheet and skips blank rows, keeping Excel row numbers', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Listor', { state: 'hidden' }).addRow(['Dold']);
      const sheet = workbook.addWorksheet('Organisationer');
      sheet.getCell('A1').value = 'Namn';
      sheet.getCell('A5').value = 'Asa';
      sheet.getCell('A6').value = '   ';
      sheet.getCell('C17').value = 'rad 17';
    });
    const table = await readXlsx(bytes);
    expect(table.sheetName).toBe('Organisationer');
    expect(table.rows).toEqual([
      { line: 5, cells: ['Asa'] },
      { line: 17, cells: ['', '', 'rad 17'] },
    ]);
  });

  it('says no_header when row 1 is empty and empty_file when the sheet is', async () => {
    const late = await workbookBytes((workbook) => {
      workbook.addWorksheet('Data').getCell('B3').value = 'Namn';
    });
    expect(await errorOf(() => readXlsx(late))).toMatchObject({ code: 'no_header', details: { line: 1 } });
    const empty = await workbookBytes((workbook) => workbook.addWorksheet('Data'));
    expect((await errorOf(() => readXlsx(empty))).code).toBe('empty_file');
  });
});

describe('readXlsx: limits and damaged files', () => {
  const rowsOf = (n: number): string[][] => Array.from({ length: n }, (_, i) => [`Förening ${i}`]);

  it('refuses more data rows than maxRows', async () => {
    const bytes = await toXlsx('Data', ['Namn'], rowsOf(11));
    expect((await readXlsx(bytes, { maxRows: 11 })).rows).toHaveLength(11);
    expect(await errorOf(() => readXlsx(bytes, { maxRows: 10 }))).toMatchObject({ code: 'too_many_rows', details: { maxRows: 10 } });
  });

  it('counts rows before building the workbook model', async () => {
    const bytes = await toXlsx('Data', ['Namn'], rowsOf(30));
    await expect(checkXlsxArchive(bytes, { maxRows: 30, maxUncompressedBytes: 1e7 })).resolves.toBeUndefined();
    expect((await errorOf(() => checkXlsxArchive(bytes, { maxRows: 29, maxUncompressedBytes: 1e7 }))).code).toBe('too_many_rows');
  });

  it('refuses a workbook that decompresses beyond the limit', async () => {
    const bytes = await toXlsx('Data', ['Namn'], rowsOf(100));
    expect(await errorOf(() => readXlsx(bytes, { maxUncompressedBytes: 5_000 }))).toMatchObject({
      code: 'file_too_large',
      details: { maxBytes: 5_000 },
    });
  });

  it('refuses an archive whose entries inflate beyond their declared size (a zip bomb)', async () => {
    const bytes = withDeclaredSize(await toXlsx('Data', ['Namn'], rowsOf(100)), 'xl/worksheets/sheet1.xml', 100);
    expect(await errorOf(() => readXlsx(bytes))).toMatchObject({ code: 'unsupported_format', details: { reason: 'size_mismatch' } });
  });

  it('refuses a truncated file', async () => {
    const bytes = await toXlsx('Data', ['Namn'], rowsOf(5));
    expect((await errorOf(() => readXlsx(bytes.subarray(0, bytes.length - 30)))).code).toBe('unsupported_format');
  });
});

describe('XLSX at the size of a real register', () => {
  it('reads 1,000 rows with the right line numbers and values', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`Förening ${i}`, `802000-${String(i).padStart(4, '0')}`, 'Ideell förening', i * 1.5, new Date(Date.UTC(2025, 0, 1 + (i % 300)))]);
    const bytes = await toXlsx('Data', ['Namn', 'Organisationsnummer', 'Juridisk form', 'Belopp', 'Datum'], rows);
    const table = await readXlsx(bytes);
    expect(table.rows).toHaveLength(1000);
    expect(table.rows[999]).toEqual({ line: 1001, cells: ['Förening 999', '802000-0999', 'Ideell förening', '1498.5', '2025-04-10'] });
  });
});
