import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CommitteeReportView } from '../../../shared/reports/committee-report.schemas';
import { sampleReportView } from './committee-report-view.test-helper';
import { renderCommitteeReportXlsx, reportSheetNames, streamToBuffer, XLSX_NUMBER_FORMATS } from './committee-report.xlsx';

async function workbookOf(view: CommitteeReportView, language: 'sv' | 'en' = 'sv'): Promise<ExcelJS.Workbook> {
  const bytes = await streamToBuffer(renderCommitteeReportXlsx(view, { language, timeZone: 'Europe/Stockholm' }));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

/** The rows of a sheet as their values, 1-based row number → cells. */
function rowsOf(sheet: ExcelJS.Worksheet): Map<number, ExcelJS.Row> {
  const rows = new Map<number, ExcelJS.Row>();
  sheet.eachRow((row, n) => rows.set(n, row));
  return rows;
}

function findRow(sheet: ExcelJS.Worksheet, first: string): ExcelJS.Row {
  const found = [...rowsOf(sheet).values()].find((r) => r.getCell(1).value === first);
  if (!found) throw new Error(`no row ${first} in ${sheet.name}`);
  return found;
}

describe('the committee report as a workbook (OVR-2)', () => {
  const view = sampleReportView();

  it('OVR-2: an "Om rapporten" sheet first, then one sheet per section with names Excel accepts', async () => {
    const workbook = await workbookOf(view);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toHaveLength(1 + view.sections.length);
    expect(names[0]).toBe('Om rapporten');
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    const about = workbook.worksheets[0]!;
    const facts = Object.fromEntries([...rowsOf(about).values()].map((r) => [String(r.getCell(1).value), r.getCell(2).value]));
    expect(facts).toMatchObject({
      Nämnd: 'Arbetsmarknadsnämnden',
      År: '2025',
      Period: '2025-01-01 – 2025-06-30',
      Samverkansområde: 'Arbete och sysselsättning',
      Enhet: 'Alla',
      Samverkansformer: 'Idéburet offentligt partnerskap (IOP), Värdeskapande insatser (VIDA)',
      Skapad: '2026-12-06 12:30',
    });
  });

  it('OVR-2: sheet names are cleaned, cut to 31 characters and made unique', () => {
    expect(reportSheetNames('Om rapporten', [
      { key: 'a', title: 'Ekonomi: budget/utfall [kr]' },
      { key: 'b', title: 'x'.repeat(40) },
      { key: 'c', title: 'x'.repeat(45) },
      { key: 'd', title: 'om RAPPORTEN' },
      { key: 'e', title: '***' },
    ])).toEqual(['Ekonomi budget utfall kr', 'x'.repeat(31), `${'x'.repeat(27)} (2)`, 'om RAPPORTEN (2)', 'e']);
  });

  it('OVR-2: every figure is a numeric cell with its format, total rows bold, header bold, frozen and filterable', async () => {
    const workbook = await workbookOf(view);
    const economy = workbook.worksheets[1]!;
    expect(findRow(economy, 'Krav: OVR-2, IOP-9').number).toBe(2);
    expect(findRow(workbook.worksheets[0]!, view.sections[0]!.title).getCell(3).value).toBe('OVR-2, IOP-9');
    const header = findRow(economy, 'Samverkansform');
    expect([1, 2, 3, 4].map((c) => header.getCell(c).value)).toEqual(['Samverkansform', 'Budget', 'Utfall', 'Andel av budget']);
    expect(header.getCell(2).font?.bold).toBe(true);
    expect(economy.views[0]).toMatchObject({ state: 'frozen', ySplit: header.number });
    expect(economy.autoFilter).toBe(`A${header.number}:D${header.number + 4}`);

    const iop = findRow(economy, 'Idéburet offentligt partnerskap (IOP)');
    expect(iop.getCell(2).value).toBe(1_250_000);
    expect(iop.getCell(2).numFmt).toBe(XLSX_NUMBER_FORMATS.amount);
    expect(iop.getCell(4).value).toBe(88);
    expect(iop.getCell(4).numFmt).toBe('0.0" %"');
    expect(iop.getCell(2).font?.bold).not.toBe(true);
    const total = findRow(economy, 'Totalt');
    expect(total.getCell(3).value).toBe(1_445_500);
    expect(total.getCell(1).font?.bold).toBe(true);
    expect(total.getCell(3).font?.bold).toBe(true);
    // Text that a spreadsheet would run is escaped; an empty figure stays an empty cell.
    const formula = findRow(economy, "'=SUM(A1)");
    expect(formula.getCell(3).value).toBeNull();
    expect(findRow(economy, 'Utfallet avser utbetalningar bokförda under perioden.').number).toBe(total.number + 1);
    expect(findRow(economy, 'jan').getCell(3)).toMatchObject({ value: 2, numFmt: '#,##0' });
    expect(economy.getColumn(1).width).toBeGreaterThanOrEqual('Idéburet offentligt partnerskap (IOP)'.length);

    const indicators = workbook.worksheets[2]!;
    const young = findRow(indicators, 'Unga vuxna');
    expect(young.getCell(2)).toMatchObject({ value: 1_234, numFmt: '#,##0' });
    expect(findRow(indicators, 'Nyanlända').getCell(2).value).toBe('färre än 5');
    const outcome = findRow(indicators, 'Andel i arbete efter sex månader');
    expect(outcome.getCell(3)).toMatchObject({ value: 37.25, numFmt: '#,##0.##' });
    expect(outcome.getCell(2)).toMatchObject({ value: 40, numFmt: '#,##0' });
  });

  it('OVR-2: a long table keeps every row, a table without rows keeps its note', async () => {
    const workbook = await workbookOf(view);
    const districts = workbook.worksheets[3]!;
    const section = view.sections[2]!.tables[0]!;
    for (const row of section.rows) expect(findRow(districts, String(row.cells[0])).getCell(2).value).toBe(row.cells[1]);
    expect(findRow(districts, 'Inga uppgifter under perioden.')).toBeDefined();
  });

  it('OVR-2: labels the about sheet in English when asked, and a report without sections is one sheet', async () => {
    const workbook = await workbookOf({ ...view, sections: [] }, 'en');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['About the report']);
    expect(findRow(workbook.worksheets[0]!, 'Committee').getCell(2).value).toBe('Arbetsmarknadsnämnden');
  });
});
