import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../initiatives/pdf-text.test-helper';
import { formatFigure } from './committee-report-format';
import { niceStep } from './committee-report-pdf-chart';
import { PAGE } from './committee-report-pdf-layout';
import { PDF_MAX_TABLE_ROWS, renderCommitteeReportPdf } from './committee-report.pdf';
import { sampleReportView } from './committee-report-view.test-helper';

const view = sampleReportView();
const render = (v = view, language: 'sv' | 'en' = 'sv') => renderCommitteeReportPdf(v, { language, timeZone: 'Europe/Stockholm' });

/** The inflated content streams of a PDF saved without object streams. */
function pdfStreams(raw: string): string[] {
  const streams: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      streams.push(inflateSync(Buffer.from(raw.slice(start, end), 'latin1')).toString('latin1'));
    } catch {
      streams.push(raw.slice(start, end));
    }
  }
  return streams;
}

/** The drawn lines of each page, in page order. */
async function pagesOf(pdf: Uint8Array): Promise<string[][]> {
  const source = await PDFDocument.load(pdf);
  const pages: string[][] = [];
  for (let i = 0; i < source.getPageCount(); i += 1) {
    const single = await PDFDocument.create();
    const [page] = await single.copyPages(source, [i]);
    single.addPage(page);
    pages.push(pdfText(await single.save({ useObjectStreams: false })).split('\n'));
  }
  return pages;
}

describe('the committee report as a PDF (OVR-2)', () => {
  it('OVR-2: formats figures as on screen', () => {
    expect(formatFigure(1_234_567, 'amount', 'sv')).toBe('1 234 567 kr');
    expect(formatFigure(2_221, 'persons', 'sv')).toBe('2 221');
    expect(formatFigure(93.3, 'percent', 'sv')).toBe('93,3 %');
    expect(formatFigure(88, 'percent', 'sv')).toBe('88,0 %');
    expect(formatFigure(37.25, 'number', 'sv')).toBe('37,25');
    expect(formatFigure(null, 'count', 'sv')).toBe('–');
    expect(formatFigure('färre än 5', 'persons', 'sv')).toBe('färre än 5');
    expect(formatFigure(1_234.5, 'number', 'en')).toBe('1,234.5');
    expect(niceStep(1_445_500)).toBe(500_000);
    expect(niceStep(7)).toBe(2);
  });

  it('OVR-2: a title page, a contents page with each section\'s page, and "Sida N av M" on every page', async () => {
    const pdf = await render();
    const pages = await pagesOf(pdf);
    const n = pages.length;
    pages.forEach((lines, i) => expect(lines).toContain(`Sida ${i + 1} av ${n}`));
    expect(pages[0]).toEqual(expect.arrayContaining([
      'Arbetsmarknadsnämnden',
      'Årsrapport om samverkan 2025',
      'Period: 2025-01-01 – 2025-06-30',
      'Samverkansområde: Arbete och sysselsättning',
      'Enhet: Alla',
      'Samverkansformer: Idéburet offentligt partnerskap (IOP), Värdeskapande insatser (VIDA)',
      'Datum: 2026-12-06',
    ]));
    const contents = pages[1]!;
    expect(contents[0]).toBe('Innehåll');
    for (const section of view.sections) {
      const at = contents.indexOf(section.title);
      expect(at, section.title).toBeGreaterThan(0);
      const page = Number(contents[at + 1]);
      // The section starts on that page, with its title, requirements and description.
      expect(pages[page - 1]!.slice(0, 3)).toEqual([section.title, `Krav: ${section.requirements.join(', ')}`, section.description]);
    }
    const document = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(document.getTitle()).toBe('Årsrapport om samverkan 2025 – Arbetsmarknadsnämnden');
    expect(document.getSubject()).toContain('Årsrapport om samverkan 2025');
    expect(String(document.catalog.get(PDFName.of('Lang')))).toBe('(sv-SE)');
  });

  it('OVR-2: every figure of every table is printed, totals and notes too; a table breaking across pages repeats its header', async () => {
    const pdf = await render(sampleReportView({ longRows: 150 }));
    const text = pdfText(pdf).split('\n');
    for (const section of sampleReportView({ longRows: 150 }).sections) {
      for (const table of section.tables) {
        const start = text.indexOf(table.title);
        expect(start, table.title).toBeGreaterThanOrEqual(0);
        if (table.note) expect(text.indexOf(table.note, start)).toBeGreaterThan(start);
        let from = start + table.columns.length;
        for (const row of table.rows) {
          const at = text.indexOf(String(row.cells[0]), from);
          from = at + row.cells.length;
          expect(at, `${table.key}: ${row.cells[0]}`).toBeGreaterThanOrEqual(0);
          const printed = row.cells.slice(1).map((cell, i) => formatFigure(cell, table.columns[i + 1]!.kind, 'sv'));
          expect(text.slice(at + 1, at + 1 + printed.length), `${table.key}: ${row.cells[0]}`).toEqual(printed);
        }
      }
    }
    expect(text).toContain('1 445 500 kr');
    expect(text).toContain('93,3 %');
    expect(text.filter((l) => l === 'Stadsdel').length).toBeGreaterThan(1);
    expect(text).toContain('Samverkan per stadsdel (forts.)');
  });

  it('OVR-2: a table of more than 200 rows prints the first 200 and says how many more the workbook holds', async () => {
    const text = pdfText(await render()).split('\n');
    expect(text).toContain(`Stadsdel ${PDF_MAX_TABLE_ROWS}`);
    expect(text).not.toContain(`Stadsdel ${PDF_MAX_TABLE_ROWS + 1}`);
    expect(text).toContain('Ytterligare 31 rader visas inte här. Excel-filen innehåller alla rader.');
  });

  it('OVR-2: draws a chart with legend and axis for each table that has one', async () => {
    const text = pdfText(await render()).split('\n');
    // A section's heading is its title followed by its requirements (the contents list titles too).
    const heading = (i: number) => text.findIndex((line, at) => line === view.sections[i]?.title && text[at + 1]?.startsWith('Krav:'));
    const sectionText = (i: number) => text.slice(heading(i), i + 1 < view.sections.length ? heading(i + 1) : undefined);
    const economy = sectionText(0);
    // The legend names the series, the category axis its column, the value axis its unit.
    expect(economy.filter((l) => l === 'Budget').length).toBeGreaterThanOrEqual(2);
    expect(economy.filter((l) => l === 'Samverkansform').length).toBeGreaterThanOrEqual(2);
    expect(economy).toContain('Kronor');
    expect(economy.filter((l) => l === 'Månad').length).toBeGreaterThanOrEqual(2);
    const indicators = sectionText(1);
    expect(indicators).toContain('Antal personer');
    // A chart of many categories shows the first 30, with their names slanted, and says so.
    const districts = sectionText(2);
    expect(districts).toContain('Diagrammet visar de första 30 av 230 kategorierna.');
    expect(districts.filter((l) => l === 'Stadsdel 30').length).toBe(2);
    expect(districts).not.toContain('Stadsdel 201');
  });

  it('OVR-2: draws no chart of nothing but zeros, only its table', async () => {
    const zeros = {
      ...view,
      sections: [
        {
          key: 'vida',
          title: 'VIDA-utbetalningar',
          requirements: ['FRM-5'],
          description: 'Utbetalningar per termin.',
          tables: [
            {
              key: 'by-half',
              title: 'Per termin',
              columns: [
                { key: 'half', label: 'Termin', kind: 'text' as const },
                { key: 'amount', label: 'Belopp (kr)', kind: 'amount' as const },
              ],
              rows: [{ cells: ['Våren 2026', 0] }, { cells: ['Hösten 2026', 0] }],
              chart: { kind: 'bar' as const, categoryColumn: 0, seriesColumns: [1] },
            },
          ],
        },
      ],
    };
    const text = pdfText(await render(zeros)).split('\n');
    // The table's header and rows once; a chart would name the categories and the series again.
    expect(text.filter((l) => l === 'Våren 2026')).toHaveLength(1);
    expect(text.filter((l) => l === 'Belopp (kr)')).toHaveLength(1);
  });

  it('OVR-2: keeps every line of text on the page and clear of the footer', async () => {
    const pdf = await render();
    const source = await PDFDocument.load(pdf);
    const contents = Buffer.from(await source.save({ useObjectStreams: false })).toString('latin1');
    const positions = [...pdfStreams(contents).join('\n').matchAll(/1 0 0 1 (-?[\d.]+) (-?[\d.]+) Tm/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(positions.length).toBeGreaterThan(500);
    for (const [x, y] of positions) {
      expect(x).toBeGreaterThanOrEqual(PAGE.margin - 0.01);
      expect(x).toBeLessThan(PAGE.width - PAGE.margin);
      expect(y === PAGE.margin / 2 || (y >= PAGE.margin && y <= PAGE.height - PAGE.margin), `y ${y}`).toBe(true);
    }
  });

  it('OVR-2: an English report and one without sections still render', async () => {
    const english = pdfText(await render({ ...view, sections: [] }, 'en')).split('\n');
    expect(english).toEqual(expect.arrayContaining(['Annual report on cooperation 2025', 'Contents', 'Page 1 of 2', 'Page 2 of 2']));
  });
});
