import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app';
import type { CommitteeReportView, ReportCell, ReportTable } from '../../../shared/reports/committee-report.schemas';
import { escapeFormula } from '../../lib/spreadsheet/formula-escape';
import { pdfText } from '../initiatives/pdf-text.test-helper';
import { formatFigure } from './committee-report-format';
import { PDF_MAX_TABLE_ROWS } from './committee-report.pdf';
import { seedReportCooperation } from './report-fixtures.test-helper';

let t: TestApp;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.loginAs('officer');
  const db = t.database.db;
  // 2025: three IOPs in force (one new in March, one from 2024 ended in October, one terminated
  // in May), a VIDA started in June, a procurement in force all year; outside: a VIDA ended in
  // 2024, a procurement started in 2026 and one still in preparation.
  await seedReportCooperation(db, { form: 'iop', activatedOn: '2025-03-01', unitCode: 'jobbtorg' });
  await seedReportCooperation(db, { form: 'iop', activatedOn: '2024-05-01', endedOn: '2025-10-15' });
  await seedReportCooperation(db, { form: 'iop', activatedOn: '2024-02-01', endedOn: '2025-05-20', endedReason: 'Avtalet sades upp' });
  await seedReportCooperation(db, { form: 'vida', activatedOn: '2025-06-10' });
  await seedReportCooperation(db, { form: 'procurement', activatedOn: '2023-09-01' });
  await seedReportCooperation(db, { form: 'vida', activatedOn: '2023-01-10', endedOn: '2024-12-31' });
  await seedReportCooperation(db, { form: 'procurement', activatedOn: '2026-01-05' });
  await seedReportCooperation(db, { form: 'procurement', status: 'preparing' });
});
afterAll(() => t.close());

const download = (query: string, session: Session | null = officer) =>
  session
    ? t.as(session, { method: 'GET', url: `/api/reports/committee/export?${query}` })
    : t.app.inject({ method: 'GET', url: '/api/reports/committee/export?year=2025&format=xlsx' });

/** The report on screen for the same query; the screen asks for its language in Accept-Language. */
async function jsonReport(query: string): Promise<CommitteeReportView> {
  const params = new URLSearchParams(query);
  const language = params.get('lang') ?? 'sv';
  params.delete('lang');
  const response = await t.as(officer, { method: 'GET', url: `/api/reports/committee?${params}`, headers: { 'accept-language': language } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as CommitteeReportView;
}

/** A sheet's rows as arrays of cell values (index 0 = column A), empty rows included as []. */
function sheetRows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = Array.from({ length: Math.max(row.cellCount, 1) }, (_, c) => row.getCell(c + 1).value ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

/** What a report cell is as a workbook cell: numbers stay numbers, text is escaped as the writers escape it. */
const asXlsx = (cell: ReportCell) => (typeof cell === 'string' ? escapeFormula(cell) : cell);

/** Checks that a sheet holds the table: its title, its header, then every row with every figure. */
function expectTableInSheet(rows: ExcelJS.CellValue[][], from: number, table: ReportTable): number {
  const title = rows.findIndex((r, i) => i >= from && r[0] === asXlsx(table.title));
  expect(title, `table ${table.key}`).toBeGreaterThanOrEqual(0);
  expect(rows[title + 1]?.slice(0, table.columns.length)).toEqual(table.columns.map((c) => asXlsx(c.label)));
  table.rows.forEach((row, r) => {
    const got = rows[title + 2 + r] ?? [];
    expect(table.columns.map((_, c) => got[c] ?? null), `${table.key} row ${r}`).toEqual(row.cells.map(asXlsx));
  });
  return title + 2 + table.rows.length;
}

/** Checks that the printed text holds every figure of the table, in order, within its rows. */
function expectTableInPdf(lines: string[], from: number, table: ReportTable, language: 'sv' | 'en'): number {
  let cursor = lines.indexOf(table.title, from);
  expect(cursor, `table ${table.key}`).toBeGreaterThanOrEqual(0);
  for (const row of table.rows.slice(0, PDF_MAX_TABLE_ROWS)) {
    row.cells.forEach((cell, c) => {
      const printed = formatFigure(cell, table.columns[c]!.kind, language);
      // A long text may wrap in its cell: its first printed line starts it; figures never wrap.
      const at = lines.findIndex((line, i) => i > cursor && line !== '' && (typeof cell === 'number' ? line === printed : printed.startsWith(line)));
      expect(at - cursor, `${table.key}: ${printed}`).toBeGreaterThan(0);
      expect(at - cursor, `${table.key}: ${printed} comes right after the figure before it`).toBeLessThan(40);
      cursor = at;
    });
  }
  if (table.rows.length > PDF_MAX_TABLE_ROWS) expect(lines.slice(cursor).join('\n')).toContain(String(table.rows.length - PDF_MAX_TABLE_ROWS));
  return cursor;
}

describe('the committee report as downloads (OVR-2)', () => {
  it.each([['year=2025'], ['year=2025&from=2025-04-01&to=2025-09-30'], ['year=2025&form=iop,vida&unitCode=jobbtorg'], ['year=2025&lang=en']])(
    'OVR-2: the workbook of %s holds every figure of every table of the report, as numbers',
    async (query) => {
      const view = await jsonReport(query);
      const response = await download(`${query}&format=xlsx`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(response.headers['cache-control']).toBe('private, no-store');
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="(samverkan-rapport|cooperation-report)-2025/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer);
      expect(workbook.worksheets).toHaveLength(1 + view.sections.length);
      expect(workbook.worksheets[0]!.name).toBe(query.includes('lang=en') ? 'About the report' : 'Om rapporten');
      view.sections.forEach((section, s) => {
        const rows = sheetRows(workbook.worksheets[s + 1]!);
        expect(rows[0]?.[0]).toBe(asXlsx(section.title));
        let from = 0;
        for (const table of section.tables) from = expectTableInSheet(rows, from, table);
      });
    },
  );

  it('OVR-2: the forms table is in the workbook with the counts computed from the seeded records', async () => {
    const response = await download('year=2025&format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer);
    const rows = sheetRows(workbook.getWorksheet('Samverkan per form')!);
    const total = rows.find((r) => r[0] === 'Totalt');
    // In force: 3 IOP + 1 VIDA + 1 procurement; new: IOP (March) and VIDA (June); ended: 2 IOPs.
    expect(total?.slice(0, 3)).toEqual(['Totalt', 5, 2]);
    expect(rows.find((r) => r[0] === 'Idéburet offentligt partnerskap (IOP)')?.slice(1, 4)).toEqual([3, 1, 2]);
  });

  it.each([['year=2025'], ['year=2025&from=2025-04-01&to=2025-09-30&form=iop'], ['year=2025&lang=en']])(
    'OVR-2: the PDF of %s holds the title page, the contents and every figure of every table',
    async (query) => {
      const view = await jsonReport(query);
      const response = await download(`${query}&format=pdf`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['cache-control']).toBe('private, no-store');
      expect(response.headers['content-disposition']).toMatch(/\.pdf"/);
      const language = query.includes('lang=en') ? 'en' : 'sv';
      const lines = pdfText(response.rawPayload).split('\n');
      expect(lines).toContain(view.committeeName);
      expect(lines).toContain(language === 'en' ? 'Annual report on cooperation 2025' : 'Årsrapport om samverkan 2025');
      expect(lines).toContain(`Period: ${view.period.from} – ${view.period.to}`);
      expect(lines.some((l) => /^(Sida|Page) 1 (av|of) \d+$/.test(l))).toBe(true);
      expect(lines).toContain(language === 'en' ? 'Contents' : 'Innehåll');
      for (const section of view.sections) {
        const heading = lines.findIndex((l, i) => l === section.title && /^(Krav|Requirements):/.test(lines[i + 1] ?? ''));
        expect(heading, section.key).toBeGreaterThanOrEqual(0);
        let from = heading;
        for (const table of section.tables) from = expectTableInPdf(lines, from, table, language);
      }
    },
  );

  it('OVR-2: names the file after the year', async () => {
    const response = await download('year=2025&format=xlsx');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="samverkan-rapport-2025.xlsx"; filename*=UTF-8''samverkan-rapport-2025.xlsx`);
  });

  it.each([
    ['no format', 'year=2025'],
    ['an unknown format', 'year=2025&format=docx'],
    ['no year', 'format=pdf'],
    ['a year not yet begun', 'year=2200&format=xlsx'],
    ['a year that is not a number', 'year=tjugo&format=pdf'],
    ['a reversed period', 'year=2025&from=2025-06-01&to=2025-05-01&format=xlsx'],
    ['an unknown language', 'year=2025&format=pdf&lang=fi'],
  ])('refuses %s with 400, never 500', async (_, query) => {
    const response = await download(query);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().code).toBe('validation_failed');
  });

  it.each(['officer', 'manager', 'review_group', 'economist', 'admin'] as const)('lets the %s role download (200)', async (role) => {
    const session = await t.loginAs(role);
    expect((await download('year=2025&format=pdf', session)).statusCode).toBe(200);
  });

  it.each(['partner', 'steering_member'] as const)('refuses the %s role (403)', async (role) => {
    const session = await t.loginAs(role);
    expect((await download('year=2025&format=xlsx', session)).statusCode).toBe(403);
  });

  it('refuses the public (401)', async () => {
    expect((await download('', null)).statusCode).toBe(401);
  });
});
