import { rgb } from 'pdf-lib';
import type { CommitteeReportView, ReportRow, ReportTable } from '../../../shared/reports/committee-report.schemas';
import type { Language } from '../../http/language';
import { formatFigure, isNumericKind, REPORT_TEXTS, reportFacts } from './committee-report-format';
import { drawChart } from './committee-report-pdf-chart';
import { BLACK, CONTENT_WIDTH, GREY, LIGHT, PAGE, PdfCanvas } from './committee-report-pdf-layout';

/** The most rows of one table the printed report holds; the workbook holds them all. */
export const PDF_MAX_TABLE_ROWS = 200;

const SIZE = 8.5;
const LEADING = SIZE * 1.25;
const PAD = 3;
const MAX_CELL_LINES = 12;
const CONTENTS_PER_PAGE = 40;
const HEADER_FILL = rgb(0.93, 0.93, 0.93);

type Layout = { widths: number[]; numeric: boolean[] };

/**
 * Column widths for a table: numbers as wide as their widest figure (they never wrap); text columns
 * share what is left, each keeping at least its longest word (a date, a case number, a word of its
 * heading) so that words are not cut; only when even that does not fit does every column shrink.
 */
function layoutTable(canvas: PdfCanvas, table: ReportTable, rows: ReportRow[], language: Language): Layout {
  const numeric = table.columns.map((c) => isNumericKind(c.kind));
  const texts = table.columns.map((column, i) => rows.map((r) => canvas.clean(formatFigure(r.cells[i] ?? null, column.kind, language))));
  const natural = table.columns.map((column, i) => {
    const longestWord = Math.max(0, ...canvas.clean(column.label).split(/\s+/).map((w) => canvas.width(w, SIZE, true)));
    const cells = rows.map((r, k) => canvas.width(texts[i]![k]!, SIZE, r.total === true));
    // A short label stays on one line; a long one wraps at its words, never inside one.
    const widest = Math.max(longestWord, ...cells, Math.min(canvas.width(canvas.clean(column.label), SIZE, true), 80));
    return Math.min(widest, numeric[i] ? CONTENT_WIDTH : 220) + 2 * PAD + 0.5;
  });
  const minimum = table.columns.map((column, i) => {
    if (numeric[i]) return natural[i]!;
    const words = [...canvas.clean(column.label).split(/\s+/), ...texts[i]!.flatMap((t) => t.split(/\s+/))];
    const longest = Math.max(0, ...words.map((w) => canvas.width(w, SIZE, true)));
    return Math.min(longest, 110, natural[i]! - 2 * PAD - 0.5) + 2 * PAD + 0.5;
  });
  const total = (ws: number[]) => ws.reduce((sum, w) => sum + w, 0);
  let widths = natural;
  if (total(natural) > CONTENT_WIDTH) {
    const spare = CONTENT_WIDTH - total(minimum);
    const stretch = total(natural) - total(minimum);
    widths =
      spare >= 0 && stretch > 0
        ? natural.map((w, i) => minimum[i]! + (w - minimum[i]!) * (spare / stretch))
        : natural.map((w) => w * (CONTENT_WIDTH / total(natural)));
  }
  return { widths, numeric };
}

/** Draws one row of cells at the cursor: wrapped lines, numbers to the right. */
function drawRow(canvas: PdfCanvas, layout: Layout, texts: string[], o: { bold: boolean; header?: boolean; rule?: boolean }): void {
  const lines = texts.map((text, i) => {
    const wrapped = canvas.wrap(text, SIZE, (layout.widths[i] ?? 0) - 2 * PAD, o.bold);
    return wrapped.length > MAX_CELL_LINES ? [...wrapped.slice(0, MAX_CELL_LINES - 1), `${wrapped[MAX_CELL_LINES - 1] ?? ''} …`] : wrapped;
  });
  const height = Math.max(1, ...lines.map((l) => l.length)) * LEADING + 2 * PAD;
  const top = canvas.y;
  const width = layout.widths.reduce((a, b) => a + b, 0);
  if (o.header) canvas.page.drawRectangle({ x: PAGE.margin, y: top - height, width, height, color: HEADER_FILL });
  if (o.rule) canvas.page.drawLine({ start: { x: PAGE.margin, y: top }, end: { x: PAGE.margin + width, y: top }, thickness: 0.8, color: BLACK });
  let x = PAGE.margin;
  lines.forEach((cellLines, i) => {
    const w = layout.widths[i] ?? 0;
    cellLines.forEach((line, l) => {
      const right = layout.numeric[i];
      const lx = right ? x + w - PAD - canvas.width(line, SIZE, o.bold) : x + PAD;
      canvas.draw(line, lx, top - PAD - (l + 1) * LEADING + 2, { size: SIZE, bold: o.bold });
    });
    x += w;
  });
  canvas.page.drawLine({ start: { x: PAGE.margin, y: top - height }, end: { x: PAGE.margin + width, y: top - height }, thickness: 0.3, color: LIGHT });
  canvas.y = top - height;
}

function rowHeight(canvas: PdfCanvas, layout: Layout, texts: string[], bold: boolean): number {
  const lines = texts.map((text, i) => Math.min(MAX_CELL_LINES, canvas.wrap(text, SIZE, (layout.widths[i] ?? 0) - 2 * PAD, bold).length));
  return Math.max(1, ...lines) * LEADING + 2 * PAD;
}

/**
 * Prints a table: its title, the header (repeated at the top of each page the table runs onto),
 * the rows (at most {@link PDF_MAX_TABLE_ROWS}, then a line saying how many more the workbook
 * holds), the note below it, and its chart when it has one.
 */
function drawTable(canvas: PdfCanvas, table: ReportTable, language: Language): void {
  const t = REPORT_TEXTS[language];
  const rows = table.rows.slice(0, PDF_MAX_TABLE_ROWS);
  const layout = layoutTable(canvas, table, rows, language);
  const header = table.columns.map((c) => c.label);
  const headerHeight = rowHeight(canvas, layout, header, true);
  // The title, the header and the first row stay together.
  canvas.ensureRoom(14 + headerHeight + LEADING * 2 + 2 * PAD + 8);
  canvas.text(table.title, { size: 11, bold: true, gap: 4 });
  drawRow(canvas, layout, header, { bold: true, header: true });
  for (const row of rows) {
    const texts = table.columns.map((c, i) => formatFigure(row.cells[i] ?? null, c.kind, language));
    const bold = row.total === true;
    if (canvas.ensureRoom(rowHeight(canvas, layout, texts, bold))) {
      canvas.text(`${table.title} (${language === 'en' ? 'continued' : 'forts.'})`, { size: 9, color: GREY, gap: 2 });
      drawRow(canvas, layout, header, { bold: true, header: true });
    }
    drawRow(canvas, layout, texts, { bold, rule: bold });
  }
  canvas.y -= 4;
  if (rows.length === 0) canvas.text(t.noRows, { size: 9, color: GREY });
  if (table.rows.length > rows.length) canvas.text(t.moreRows(table.rows.length - rows.length), { size: 9, bold: true });
  if (table.note) canvas.text(table.note, { size: 9, color: GREY });
  canvas.y -= 6;
  if (table.chart) {
    drawChart(canvas, table, language);
  }
  canvas.y -= 12;
}

/**
 * The committee's report as a PDF for print (OVR-2): a title page (committee, title, period,
 * filters, date), a contents page with each section's page, then each section on its own pages
 * with its requirement ids, description, tables and charts; "Sida N av M" at the foot of every page.
 */
export async function renderCommitteeReportPdf(view: CommitteeReportView, options: { language: Language; timeZone: string }): Promise<Uint8Array> {
  const { language } = options;
  const t = REPORT_TEXTS[language];
  const canvas = await PdfCanvas.create();
  const title = t.reportTitle(view.year);
  const { doc } = canvas;
  doc.setTitle(`${title} – ${view.committeeName}`);
  doc.setSubject(`${title}, ${view.period.from} – ${view.period.to}`);
  doc.setAuthor(view.committeeName);
  doc.setKeywords(view.sections.map((s) => s.title));
  doc.setLanguage(language === 'en' ? 'en-GB' : 'sv-SE');
  doc.setCreator('Samverkan');
  doc.setProducer('Samverkan');
  const created = new Date(view.generatedAt);
  if (!Number.isNaN(created.getTime())) doc.setCreationDate(created);

  // The title page.
  canvas.newPage();
  canvas.y = PAGE.height - 200;
  canvas.text(view.committeeName, { size: 14, color: GREY, gap: 8 });
  canvas.text(title, { size: 24, bold: true, gap: 24 });
  const facts = reportFacts(view, language, options.timeZone);
  for (const [label, value] of facts.slice(2, 6)) canvas.text(`${label}: ${value}`, { size: 11, gap: 2 });
  canvas.text(`${t.date}: ${(facts[6]?.[1] ?? '').slice(0, 10)}`, { size: 11 });

  // The contents, drawn once the sections' pages are known.
  const contentsPages = Array.from({ length: Math.max(1, Math.ceil(view.sections.length / CONTENTS_PER_PAGE)) }, () => canvas.newPage());
  const starts: number[] = [];
  for (const section of view.sections) {
    canvas.newPage();
    starts.push(canvas.pageIndex + 1);
    canvas.text(section.title, { size: 16, bold: true, gap: 2 });
    if (section.requirements.length > 0) canvas.text(`${t.requirements}: ${section.requirements.join(', ')}`, { size: 9, color: GREY, gap: 4 });
    canvas.text(section.description, { size: 10, gap: 12 });
    for (const table of section.tables) drawTable(canvas, table, language);
  }
  view.sections.forEach((section, i) => {
    const page = contentsPages[Math.floor(i / CONTENTS_PER_PAGE)]!;
    const row = i % CONTENTS_PER_PAGE;
    const top = PAGE.height - PAGE.margin;
    if (row === 0) canvas.draw(canvas.clean(t.contents, canvas.bold), PAGE.margin, top - 20, { size: 18, bold: true, page });
    const y = top - 56 - row * 16;
    const number = String(starts[i]);
    const name = canvas.wrap(section.title, 11, CONTENT_WIDTH - 40)[0] ?? '';
    canvas.draw(name, PAGE.margin, y, { size: 11, page });
    canvas.draw(number, PAGE.margin + CONTENT_WIDTH - canvas.width(number, 11), y, { size: 11, page });
  });
  if (view.sections.length === 0) canvas.draw(canvas.clean(t.contents, canvas.bold), PAGE.margin, PAGE.height - PAGE.margin - 20, { size: 18, bold: true, page: contentsPages[0] });

  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const label = canvas.clean(t.page(i + 1, pages.length));
    canvas.draw(label, PAGE.width - PAGE.margin - canvas.width(label, 8), PAGE.margin / 2, { size: 8, color: GREY, page });
    // The running title gives way to the page number when the committee's name is long.
    const running = canvas.wrap(`${title} – ${view.committeeName}`, 8, CONTENT_WIDTH - canvas.width(label, 8) - 20)[0] ?? '';
    canvas.draw(running, PAGE.margin, PAGE.margin / 2, { size: 8, color: GREY, page });
  });
  return doc.save();
}
