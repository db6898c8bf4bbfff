import { rgb } from 'pdf-lib';
import type { ReportColumnKind, ReportTable } from '../../../shared/reports/committee-report.schemas';
import type { Language } from '../../http/language';
import { formatFigure, REPORT_TEXTS } from './committee-report-format';
import { BLACK, CONTENT_WIDTH, GREY, LIGHT, PAGE, type PdfCanvas } from './committee-report-pdf-layout';

// Colours that stay apart in print and for the common kinds of colour blindness (Okabe–Ito).
const PALETTE = [rgb(0, 0.45, 0.7), rgb(0.9, 0.6, 0), rgb(0, 0.62, 0.45), rgb(0.8, 0.4, 0.7), rgb(0.34, 0.71, 0.91), rgb(0.84, 0.37, 0), rgb(0.5, 0.5, 0.5), rgb(0.94, 0.89, 0.26)];
const MAX_CATEGORIES = 30;
const PLOT_HEIGHT = 160;
const AXIS_WIDTH = 58;
const SMALL = 7;

const UNIT: Record<Language, Record<ReportColumnKind, string>> = {
  sv: { text: '', count: 'Antal', persons: 'Antal personer', amount: 'Kronor', percent: 'Procent', number: 'Värde' },
  en: { text: '', count: 'Number', persons: 'Number of persons', amount: 'SEK', percent: 'Per cent', number: 'Value' },
};

/** A step of 1, 2 or 5 times a power of ten that splits the range into about five parts. */
export function niceStep(range: number): number {
  if (!(range > 0)) return 1;
  const rough = range / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  return step;
}

/**
 * Draws a table's chart (bar, stacked bar or line) below the cursor with pdf-lib's rectangles and
 * lines: a value axis with its ticks and unit, the categories under the plot, and a legend naming
 * the series. Total rows are left out (they would dwarf the parts); the table beside it holds them.
 */
export function drawChart(canvas: PdfCanvas, table: ReportTable, language: Language): void {
  const chart = table.chart;
  if (!chart) return;
  const t = REPORT_TEXTS[language];
  const series = chart.seriesColumns.filter((c) => table.columns[c] !== undefined);
  const category = table.columns[chart.categoryColumn];
  const allRows = table.rows.filter((r) => !r.total);
  if (series.length === 0 || !category || allRows.length === 0) return;
  // A chart of nothing but zeros says less than the table above it: it is left out.
  if (allRows.every((r) => series.every((c) => !r.cells[c]))) return;
  const rows = allRows.slice(0, MAX_CATEGORIES);
  const kind = table.columns[series[0]!]!.kind;
  const value = (cells: readonly unknown[], c: number) => {
    const v = cells[c];
    return typeof v === 'number' && Number.isFinite(v) ? v : 0;
  };
  const stacked = chart.kind === 'stacked-bar';
  const values = rows.flatMap((r) => (stacked ? [series.reduce((sum, c) => sum + Math.max(0, value(r.cells, c)), 0)] : series.map((c) => value(r.cells, c))));
  const step = niceStep(Math.max(0, ...values) - Math.min(0, ...values));
  const min = Math.floor(Math.min(0, ...values) / step) * step;
  const max = Math.max(step, Math.ceil(Math.max(0, ...values) / step) * step);

  const slot = (CONTENT_WIDTH - AXIS_WIDTH) / rows.length;
  // Narrow slots get their category slanted, so that a name stays readable rather than cut to letters.
  const slant = slot < 36;
  const labelBand = slant ? 50 : 2 * SMALL * 1.3;
  const legendLines = Math.ceil(series.length / 3);
  const height = 14 + PLOT_HEIGHT + labelBand + 20 + legendLines * 12 + 12 + (allRows.length > rows.length ? 12 : 0);
  canvas.ensureRoom(height);
  const top = canvas.y - 14;
  const x0 = PAGE.margin + AXIS_WIDTH;
  const plotWidth = CONTENT_WIDTH - AXIS_WIDTH;
  const y0 = top - PLOT_HEIGHT;
  const yOf = (v: number) => y0 + ((v - min) / (max - min)) * PLOT_HEIGHT;
  const page = canvas.page;

  // The value axis: its unit above, a gridline and a label for each tick.
  canvas.draw(canvas.clean(UNIT[language][kind]), PAGE.margin, top + 4, { size: SMALL, color: GREY });
  for (let v = min; v <= max + step / 2; v += step) {
    const y = yOf(v);
    page.drawLine({ start: { x: x0, y }, end: { x: x0 + plotWidth, y }, thickness: 0.4, color: LIGHT });
    const label = canvas.clean(formatFigure(Math.round(v * 1e6) / 1e6, kind === 'percent' ? 'number' : kind, language));
    canvas.draw(label, x0 - 4 - canvas.width(label, SMALL), y - SMALL / 3, { size: SMALL, color: GREY });
  }
  page.drawLine({ start: { x: x0, y: y0 }, end: { x: x0, y: top }, thickness: 0.8, color: BLACK });
  page.drawLine({ start: { x: x0, y: yOf(0) }, end: { x: x0 + plotWidth, y: yOf(0) }, thickness: 0.8, color: BLACK });

  const colour = (i: number) => PALETTE[i % PALETTE.length]!;
  rows.forEach((row, r) => {
    const left = x0 + r * slot;
    if (chart.kind === 'bar') {
      const barWidth = (slot * 0.8) / series.length;
      series.forEach((c, s) => {
        const v = value(row.cells, c);
        const [a, b] = [yOf(Math.min(0, v)), yOf(Math.max(0, v))];
        page.drawRectangle({ x: left + slot * 0.1 + s * barWidth, y: a, width: barWidth, height: b - a, color: colour(s) });
      });
    } else if (stacked) {
      let base = 0;
      series.forEach((c, s) => {
        const v = Math.max(0, value(row.cells, c));
        page.drawRectangle({ x: left + slot * 0.15, y: yOf(base), width: slot * 0.7, height: yOf(base + v) - yOf(base), color: colour(s) });
        base += v;
      });
    } else {
      series.forEach((c, s) => {
        const x = left + slot / 2;
        const y = yOf(value(row.cells, c));
        const next = rows[r + 1];
        if (next) page.drawLine({ start: { x, y }, end: { x: x + slot, y: yOf(value(next.cells, c)) }, thickness: 1.5, color: colour(s) });
        page.drawRectangle({ x: x - 2, y: y - 2, width: 4, height: 4, color: colour(s) });
      });
    }
    // The category under its slot, in at most two lines.
    const name = row.cells[chart.categoryColumn];
    const text = name === null || name === undefined ? '–' : String(name);
    if (slant) {
      const line = canvas.wrap(text, SMALL, labelBand * 1.3)[0] ?? '';
      canvas.draw(line, left + slot / 2 - 2, y0 - 6, { size: SMALL, rotate: -45 });
    } else {
      const lines = canvas.wrap(text, SMALL, Math.max(slot - 2, 8)).slice(0, 2);
      lines.forEach((line, i) => canvas.draw(line, left + (slot - canvas.width(line, SMALL)) / 2, y0 - 9 - i * SMALL * 1.3, { size: SMALL }));
    }
  });

  // The category axis's name, then the legend: a square in the series' colour and the column's label.
  let y = y0 - 9 - labelBand - 6;
  const axisName = canvas.clean(category.label);
  canvas.draw(axisName, x0 + (plotWidth - canvas.width(axisName, SMALL + 1)) / 2, y, { size: SMALL + 1, color: GREY });
  y -= 14;
  series.forEach((c, s) => {
    const column = s % 3;
    if (s > 0 && column === 0) y -= 12;
    const x = x0 + column * (plotWidth / 3);
    page.drawRectangle({ x, y: y - 1, width: 8, height: 8, color: colour(s) });
    const label = canvas.wrap(table.columns[c]!.label, 8, plotWidth / 3 - 16)[0] ?? '';
    canvas.draw(label, x + 12, y, { size: 8 });
  });
  canvas.y = y - 8;
  if (allRows.length > rows.length) {
    canvas.y -= 4;
    canvas.draw(canvas.clean(t.moreCategories(rows.length, allRows.length)), PAGE.margin, canvas.y, { size: 8, color: GREY });
    canvas.y -= 8;
  }
}
