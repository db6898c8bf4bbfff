import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, detectDelimiter, parseCsv, toCsv } from './csv';
import { SpreadsheetError } from './spreadsheet-error';

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const bom = Buffer.from([0xef, 0xbb, 0xbf]);

function errorOf(run: () => unknown): SpreadsheetError {
  try {
    run();
  } catch (error) {
    if (error instanceof SpreadsheetError) return error;
    throw error;
  }
  throw new Error('expected a SpreadsheetError');
}

describe('parseCsv: delimiters', () => {
  it('reads Swedish Excel CSV separated by semicolons', () => {
    const table = parseCsv(utf8('Namn;Org.nr\r\nFöreningen Åsa;802000-1234\r\n'));
    expect(table).toEqual({ headers: ['Namn', 'Org.nr'], rows: [{ line: 2, cells: ['Föreningen Åsa', '802000-1234'] }] });
  });

  it('reads comma-separated CSV with a decimal-comma value quoted', () => {
    const table = parseCsv(utf8('Namn,Belopp\nAsa,"1 234,50"\n'));
    expect(table.headers).toEqual(['Namn', 'Belopp']);
    expect(table.rows[0]?.cells).toEqual(['Asa', '1 234,50']);
  });

  it('reads tab-separated text', () => {
    expect(parseCsv(utf8('Namn\tOrt\nAsa\tSkärholmen')).rows[0]?.cells).toEqual(['Asa', 'Skärholmen']);
  });

  it('detects the delimiter on the header line only, outside quotes', () => {
    expect(detectDelimiter('"Namn, ort";Org.nr\na,b,c,d,e')).toBe(';');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('Namn')).toBe(';');
  });

  it('takes the delimiter from the caller when given', () => {
    expect(parseCsv(utf8('Namn;Ort,län\nAsa;Kista,Sthlm'), { delimiter: ',' }).headers).toEqual(['Namn;Ort', 'län']);
  });

  it('honours an Excel "sep=" line and keeps line numbers true to the file', () => {
    const table = parseCsv(utf8('sep=,\nNamn,Ort\nAsa,Kista\n'));
    expect(table).toEqual({ headers: ['Namn', 'Ort'], rows: [{ line: 3, cells: ['Asa', 'Kista'] }] });
  });
});

describe('parseCsv: RFC 4180 quoting', () => {
  it('handles quoted delimiters, doubled quotes and line breaks inside quotes', () => {
    const csv = 'Namn;Beskrivning;Ort\r\n"Föreningen ""Åsa""";"Rad ett\r\nrad två; med semikolon";Kista\r\nNästa;x;y\r\n';
    const table = parseCsv(utf8(csv));
    expect(table.rows).toEqual([
      { line: 2, cells: ['Föreningen "Åsa"', 'Rad ett\nrad två; med semikolon', 'Kista'] },
      { line: 4, cells: ['Nästa', 'x', 'y'] },
    ]);
  });

  it('accepts LF, CRLF and a missing final line break alike', () => {
    for (const csv of ['A;B\n1;2\n3;4', 'A;B\r\n1;2\r\n3;4\r\n']) {
      expect(parseCsv(utf8(csv)).rows.map((r) => r.cells)).toEqual([
        ['1', '2'],
        ['3', '4'],
      ]);
    }
  });

  it('keeps stray quotes in unquoted fields as Excel does', () => {
    expect(parseCsv(utf8('A;B\n5" skruv;"x"y\n')).rows[0]?.cells).toEqual(['5" skruv', 'xy']);
  });

  it('refuses a quoted field that never closes, naming the line it opened on', () => {
    const error = errorOf(() => parseCsv(utf8('A;B\n1;2\n"open;3\n4;5\n')));
    expect(error.code).toBe('invalid_csv');
    expect(error.details.line).toBe(3);
  });
});

describe('parseCsv: encodings', () => {
  it('strips a UTF-8 BOM from the first header', () => {
    const table = parseCsv(Buffer.concat([bom, utf8('Organisationsnummer;Namn\n1;Förening för Åsa\n')]));
    expect(table.headers).toEqual(['Organisationsnummer', 'Namn']);
    expect(table.rows[0]?.cells[1]).toBe('Förening för Åsa');
  });

  it('trusts a UTF-8 BOM even when a byte further on is damaged', () => {
    const bytes = Buffer.concat([bom, utf8('Namn\nÅsa '), Buffer.from([0xff]), utf8('\n')]);
    expect(parseCsv(bytes)).toEqual({ headers: ['Namn'], rows: [{ line: 2, cells: ['Åsa \uFFFD'] }] });
  });

  it('reads UTF-8 without BOM', () => {
    expect(parseCsv(utf8('Namn\nFörening för Åsa\n')).rows[0]?.cells).toEqual(['Förening för Åsa']);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // "Förening för Åsa – 100 €" as Swedish Excel saves it (ö=F6, Å=C5, –=96, €=80).
    const bytes = Buffer.from([
      ...Buffer.from('Namn;Belopp\r\nF', 'latin1'),
      0xf6,
      ...Buffer.from('rening f', 'latin1'),
      0xf6,
      ...Buffer.from('r ', 'latin1'),
      0xc5,
      ...Buffer.from('sa ', 'latin1'),
      0x96,
      ...Buffer.from(' 100 ', 'latin1'),
      0x80,
      ...Buffer.from(';5\r\n', 'latin1'),
    ]);
    expect(parseCsv(bytes).rows[0]?.cells).toEqual(['Förening för Åsa – 100 €', '5']);
  });

  it('decodes the Windows-1252 punctuation Word and Excel insert, not Latin-1 control characters', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x85, 0xe5, 0xe4, 0xf6, 0x81]))).toBe(
      '€‘’“”–—…åäö\u0081',
    );
  });

  it('reads UTF-16 with BOM, as Excel saves "Unicode text"', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Namn\tOrt\r\nÅsa\tÖstermalm\r\n', 'utf16le')]);
    expect(decodeText(bytes)).toBe('Namn\tOrt\r\nÅsa\tÖstermalm\r\n');
    expect(parseCsv(bytes).rows[0]?.cells).toEqual(['Åsa', 'Östermalm']);
  });

  it('refuses binary content', () => {
    expect(errorOf(() => parseCsv(Buffer.from([0x41, 0x00, 0x42, 0x0a]))).code).toBe('unsupported_format');
  });
});

describe('parseCsv: headers, blank rows and line numbers', () => {
  it('skips blank rows but reports each row on its line in the file ("rad 17")', () => {
    const lines = ['Namn;Ort', 'a;1', '', ';', '  ;  ', 'b;2'];
    while (lines.length < 16) lines.push('');
    lines.push('c;3');
    const table = parseCsv(utf8(lines.join('\r\n')));
    expect(table.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'a'],
      [6, 'b'],
      [17, 'c'],
    ]);
  });

  it('trims header names, drops trailing empty header cells and pads short rows', () => {
    const table = parseCsv(utf8(' Namn ;\tOrg.nr\t;Juridisk\nform;;;\nAsa\n'));
    expect(table.headers).toEqual(['Namn', 'Org.nr', 'Juridisk']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['form', '', '', ''] },
      { line: 3, cells: ['Asa', '', ''] },
    ]);
  });

  it('keeps data cells as written (no trimming)', () => {
    expect(parseCsv(utf8('A;B\n a ; b \n')).rows[0]?.cells).toEqual([' a ', ' b ']);
  });

  it('says empty_file for no bytes, only blank lines or only a BOM', () => {
    for (const bytes of [Buffer.alloc(0), utf8('\r\n;;\r\n\r\n'), bom]) {
      expect(errorOf(() => parseCsv(bytes)).code).toBe('empty_file');
    }
  });

  it('says no_header when the first line is blank but data follows', () => {
    const error = errorOf(() => parseCsv(utf8('\r\nNamn;Ort\r\nAsa;Kista\r\n')));
    expect(error.code).toBe('no_header');
    expect(error.details.line).toBe(1);
  });

  it('accepts a header with no data rows', () => {
    expect(parseCsv(utf8('Namn;Ort\r\n'))).toEqual({ headers: ['Namn', 'Ort'], rows: [] });
  });

  it('refuses more data rows than maxRows, counting only non-blank rows', () => {
    const csv = utf8(`Namn\n${'x\n\n'.repeat(3)}`);
    expect(parseCsv(csv, { maxRows: 3 }).rows).toHaveLength(3);
    const error = errorOf(() => parseCsv(utf8(`Namn\n${'x\n'.repeat(4)}`), { maxRows: 3 }));
    expect(error).toMatchObject({ code: 'too_many_rows', details: { maxRows: 3, line: 5 } });
  });

  it('refuses more than 50,000 data rows by default', () => {
    expect(errorOf(() => parseCsv(utf8(`Namn\n${'x\n'.repeat(50_001)}`))).code).toBe('too_many_rows');
  });
});

describe('toCsv', () => {
  const text = (bytes: Buffer): string => bytes.subarray(3).toString('utf8');

  it('writes UTF-8 with BOM, semicolons and CRLF, so Swedish Excel shows å ä ö', () => {
    const bytes = toCsv(['Namn', 'Ort'], [['Förening för Åsa', 'Älvsjö']]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(bytes)).toBe('Namn;Ort\r\nFörening för Åsa;Älvsjö\r\n');
  });

  it('quotes fields holding the delimiter, quotes or line breaks', () => {
    const out = text(toCsv(['A', 'B', 'C'], [['x;y', 'säg "hej"', 'rad 1\nrad 2']]));
    expect(out).toBe('A;B;C\r\n"x;y";"säg ""hej""";"rad 1\nrad 2"\r\n');
  });

  it('escapes text that a spreadsheet would run as a formula', () => {
    const out = text(toCsv(['Värde'], [['=SUM(A1)'], ['@cmd'], ['-5'], ['\tx'], ['vanlig text']]));
    expect(out.split('\r\n')).toEqual(['Värde', "'=SUM(A1)", "'@cmd", "'-5", "'\tx", 'vanlig text', '']);
  });

  it('escapes a phone number like +46 8 508 000 00 too: text starting with + is a formula to Excel', () => {
    expect(text(toCsv(['Telefon'], [['+46 8 508 000 00']]))).toBe("Telefon\r\n'+46 8 508 000 00\r\n");
  });

  it('keeps numbers as numbers: -5 the number is not escaped, -5 the text is', () => {
    expect(text(toCsv(['A', 'B'], [[-5, '-5']]))).toBe("A;B\r\n-5;'-5\r\n");
  });

  it('writes numbers plainly, with a decimal comma when the delimiter is ";"', () => {
    const row = [1234567.5, 1e21, 0.0000001, -0.5, Number.NaN];
    expect(text(toCsv(['a', 'b', 'c', 'd', 'e'], [row]))).toBe('a;b;c;d;e\r\n1234567,5;1000000000000000000000;0,0000001;-0,5;\r\n');
    expect(text(toCsv(['a', 'b'], [[1234567.5, 'x,y']], { delimiter: ',' }))).toBe('a,b\r\n1234567.5,"x,y"\r\n');
  });

  it('writes calendar dates as YYYY-MM-DD and instants in the chosen time zone', () => {
    const rows = [[new Date('2025-03-01'), new Date('2025-03-01T12:30:00Z'), null]];
    expect(text(toCsv(['a', 'b', 'c'], rows))).toBe('a;b;c\r\n2025-03-01;2025-03-01 12:30;\r\n');
    expect(text(toCsv(['a', 'b', 'c'], rows, { timeZone: 'Europe/Stockholm' }))).toBe('a;b;c\r\n2025-03-01;2025-03-01 13:30;\r\n');
  });

  it('can use tab as delimiter', () => {
    expect(text(toCsv(['A', 'B'], [['x\ty', 'z']], { delimiter: '\t' }))).toBe('A\tB\r\n"x\ty"\tz\r\n');
  });

  it('round-trips through parseCsv, escaping undone on the way in', () => {
    const rows = [
      ['Förening för Åsa', '=SUM(A1)', '+46 8 508 000 00', 'rad 1\nrad 2', 'säg "hej"; då'],
      ['@cmd', '-5', '', ' ', 'x'],
    ];
    const table = parseCsv(toCsv(['Namn', 'A', 'Telefon', 'Text', 'Citat'], rows));
    expect(table.headers).toEqual(['Namn', 'A', 'Telefon', 'Text', 'Citat']);
    expect(table.rows.map((r) => r.cells)).toEqual(rows);
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
  });
});

describe('CSV at the size of a real register', () => {
  it('reads 1,000 rows with the right line numbers and values', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`Förening ${i}`, `802000-${String(i).padStart(4, '0')}`, 'Ideell förening', i * 1.5, new Date(Date.UTC(2025, 0, 1 + (i % 300)))]);
    const bytes = toCsv(['Namn', 'Organisationsnummer', 'Juridisk form', 'Belopp', 'Datum'], rows);
    const table = parseCsv(bytes);
    expect(table.rows).toHaveLength(1000);
    expect(table.rows[999]).toEqual({ line: 1001, cells: ['Förening 999', '802000-0999', 'Ideell förening', '1498,5', '2025-04-10'] });
  });
});
