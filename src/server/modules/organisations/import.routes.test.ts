import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { multipartFile } from '../../../../tests/support/multipart';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import { parseCsv, toCsv } from '../../lib/spreadsheet/csv';
import { readXlsx, toXlsx } from '../../lib/spreadsheet/xlsx';

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
});
afterAll(() => t.close());

/** A valid organisation number for a sequence number (Luhn check digit computed). */
function orgNumber(n: number): string {
  const body = `80${String(2000000 + n).slice(-7)}`;
  for (let check = 0; check < 10; check += 1) {
    const digits = body + check;
    let sum = 0;
    for (let i = 0; i < 10; i += 1) {
      let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
      if (d > 9) d -= 9;
      sum += d;
    }
    if (sum % 10 === 0) return `${digits.slice(0, 6)}-${digits.slice(6)}`;
  }
  throw new Error('unreachable');
}

const HEADERS = ['Namn', 'Juridisk form', 'Org.nr', 'Ort', 'Medlemsantal'];

function rows(count: number, prefix: string, start = 0): (string | number)[][] {
  return Array.from({ length: count }, (_, i) => [`${prefix} ${i + 1}`, 'Ideell förening', orgNumber(start + i), 'Stockholm', 10 + i]);
}

async function uploadFile(name: string, bytes: Buffer) {
  const { payload, headers } = multipartFile(name, bytes);
  return t.as(officer, { method: 'POST', url: '/api/organisation-imports', payload, headers });
}

const countOrganisations = async () =>
  Number((await t.database.db.selectFrom('organisation').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

describe('import of organisations', () => {
  it('previews a 1,000-row XLSX file naming exactly its three bad rows, then imports the 997 others in one go', async () => {
    const data = rows(1000, 'Importföreningen', 0);
    data[99] = ['Felaktigt nummer', 'Ideell förening', '212000-0143', 'Stockholm', 5]; // line 101
    data[499] = ['Okänd form', 'Enmansföretag i rymden', orgNumber(499), 'Stockholm', 5]; // line 501
    data[899] = ['Dubblett', 'Ideell förening', orgNumber(10), 'Stockholm', 5]; // line 901, same as line 12
    const file = await toXlsx('Föreningar', HEADERS, data);
    const started = await uploadFile('föreningar.xlsx', file);
    expect(started.statusCode).toBe(201);
    const preview = started.json();
    expect(preview.mapping).toMatchObject({ name: 0, legalForm: 1, orgNumber: 2, city: 3, memberCount: 4 });
    expect(preview.defaultKind).toBe('civil_society');
    expect(preview.totalRows).toBe(1000);
    expect(preview.validRows).toBe(997);
    expect(preview.invalidRows).toEqual([
      { line: 101, errors: [{ field: 'orgNumber', message: 'Organisationsnumret har fel kontrollsiffra' }] },
      { line: 501, errors: [{ field: 'legalForm', message: 'Okänd juridisk form för den här typen av organisation' }] },
      { line: 901, errors: [{ field: 'orgNumber', message: 'Organisationsnumret förekommer flera gånger i filen' }] },
    ]);
    expect(preview.sample[0]).toEqual({ line: 2, name: 'Importföreningen 1', kind: 'civil_society', legalForm: 'non_profit_association', orgNumber: orgNumber(0) });

    const before = await countOrganisations();
    const committed = await t.as(officer, { method: 'POST', url: `/api/organisation-imports/${preview.id}/commit`, payload: { version: preview.version } });
    expect(committed.statusCode).toBe(200);
    expect(committed.json()).toEqual({ id: preview.id, importedCount: 997 });
    expect(await countOrganisations()).toBe(before + 997);
    const again = await t.as(officer, { method: 'POST', url: `/api/organisation-imports/${preview.id}/commit`, payload: { version: preview.version + 1 } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('import_already_committed');
  });

  it('marks numbers already in the register as invalid rows', async () => {
    await makeOrganisation(t.database.db, { name: 'Redan registrerad', orgNumber: orgNumber(5000) });
    const file = toCsv(HEADERS, [['Ny', 'Ideell förening', orgNumber(5000), 'Solna', 3], ['Annan', 'Stiftelse', orgNumber(5001), 'Solna', 4]]);
    const preview = (await uploadFile('lista.csv', file)).json();
    expect(preview.invalidRows).toEqual([{ line: 2, errors: [{ field: 'orgNumber', message: 'Organisationsnumret finns redan i registret' }] }]);
    expect(preview.validRows).toBe(1);
  });

  it('imports none when the commit fails part-way', async () => {
    const preview = (await uploadFile('halvvägs.xlsx', await toXlsx('Blad1', HEADERS, rows(600, 'Halvvägs', 2000)))).json();
    expect(preview.validRows).toBe(600);
    // A database failure in the second batch of inserts.
    await sql`CREATE FUNCTION test_fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name = 'Halvvägs 550' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`.execute(t.database.db);
    await sql`CREATE TRIGGER test_fail_insert BEFORE INSERT ON organisation FOR EACH ROW EXECUTE FUNCTION test_fail_insert()`.execute(t.database.db);
    const before = await countOrganisations();
    try {
      const response = await t.as(officer, { method: 'POST', url: `/api/organisation-imports/${preview.id}/commit`, payload: { version: preview.version } });
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain('disk full');
    } finally {
      await sql`DROP TRIGGER test_fail_insert ON organisation`.execute(t.database.db);
      await sql`DROP FUNCTION test_fail_insert()`.execute(t.database.db);
    }
    expect(await countOrganisations()).toBe(before);
    const after = (await t.as(officer, { method: 'GET', url: `/api/organisation-imports/${preview.id}` })).json();
    expect(after.status).toBe('preview');
  });

  it('lets the user change the column mapping and default kind, then previews again', async () => {
    const file = toCsv(['Föreningens namn', 'Form', 'Nummer'], [['Byggfirman AB', 'Aktiebolag (AB)', orgNumber(7000)]]);
    const preview = (await uploadFile('okända rubriker.csv', file)).json();
    expect(preview.mapping).toMatchObject({ name: 0 });
    expect(preview.invalidRows[0].errors).toEqual([{ field: 'legalForm', message: 'Fältet är obligatoriskt' }]);
    const mapped = await t.as(officer, {
      method: 'PATCH',
      url: `/api/organisation-imports/${preview.id}`,
      payload: { version: preview.version, mapping: { name: 0, legalForm: 1, orgNumber: 2 }, defaultKind: 'employer' },
    });
    expect(mapped.statusCode).toBe(200);
    expect(mapped.json()).toMatchObject({ validRows: 1, invalidRows: [], sample: [{ kind: 'employer', legalForm: 'limited_company' }] });
    const outside = await t.as(officer, {
      method: 'PATCH',
      url: `/api/organisation-imports/${preview.id}`,
      payload: { version: mapped.json().version, mapping: { name: 9 }, defaultKind: 'employer' },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].path).toBe('mapping.name');
  });

  it('refuses files that are not spreadsheets, and empty ones', async () => {
    const pdf = await uploadFile('lista.xlsx', Buffer.from('%PDF-1.4\n%âãÏÓ\n'));
    expect(pdf.statusCode).toBe(415);
    const empty = await uploadFile('tom.csv', Buffer.from('Namn;Org.nr\n'));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toEqual({ path: 'file', message: 'Filen innehåller inga rader' });
  });

  it('is refused to readers without the right to register', async () => {
    const reviewer = await t.loginAs('review_group');
    const { payload, headers } = multipartFile('x.csv', Buffer.from('Namn\nA\n'));
    expect((await t.as(reviewer, { method: 'POST', url: '/api/organisation-imports', payload, headers })).statusCode).toBe(403);
  });
});

describe('export of the register', () => {
  beforeAll(async () => {
    await makeOrganisation(t.database.db, { name: '=HYPERLINK("http://evil.example","klicka")', city: 'Stockholm' });
    await makeOrganisation(t.database.db, { name: 'Exportföreningen Åsa', kind: 'employer', city: 'Göteborg' });
  });

  it('exports the filtered list as XLSX with Swedish headers and names', async () => {
    const response = await t.as(officer, { method: 'GET', url: '/api/organisations/export?kind=employer&format=xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(String(response.headers['content-disposition'])).toContain('attachment');
    const table = await readXlsx(response.rawPayload, { unescapeFormulas: false });
    expect(table.headers.slice(0, 4)).toEqual(['Namn', 'Typ', 'Juridisk form', 'Organisationsnummer']);
    expect(table.rows.every((r) => r.cells[1] === 'Arbetsgivare')).toBe(true);
    expect(table.rows.map((r) => r.cells[0])).toContain('Exportföreningen Åsa');
  });

  it('escapes cells that a spreadsheet would run as formulas (CSV)', async () => {
    const response = await t.as(officer, { method: 'GET', url: `/api/organisations/export?format=csv&q=${encodeURIComponent('HYPERLINK')}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const table = parseCsv(response.rawPayload, { unescapeFormulas: false });
    const names = table.rows.map((r) => r.cells[0]);
    expect(names).toContain(`'=HYPERLINK("http://evil.example","klicka")`);
    expect(names.some((n) => n?.startsWith('='))).toBe(false);
  });

  it('writes English headers when asked for English, by header or by the lang parameter', async () => {
    const response = await t.as(officer, { method: 'GET', url: '/api/organisations/export?format=csv', headers: { 'accept-language': 'en' } });
    expect(parseCsv(response.rawPayload).headers[0]).toBe('Name');
    const byParam = await t.as(officer, { method: 'GET', url: '/api/organisations/export?format=csv&lang=en', headers: { 'accept-language': 'sv' } });
    expect(parseCsv(byParam.rawPayload).headers[0]).toBe('Name');
  });
});
