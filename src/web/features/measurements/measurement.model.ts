import { breakdownKey, checkMeasurements, type MeasurementDimension, type MeasurementViolation } from '../../../shared/followup/measurement.rules';
import type { MeasurementCellInput, MeasurementCellView, MeasurementGridView } from '../../../shared/followup/measurement.schemas';

/** One cell as typed: the text in its field and whether it is marked unknown. */
export type DraftCell = { text: string; unknown: boolean };

/** The cells of one period being edited, keyed by `<indicatorId>|<breakdown>`. */
export type PeriodDraft = Record<string, DraftCell>;

/** The key of a cell within a period. */
export function draftKey(indicatorId: string, dimension: MeasurementDimension | null, category: string | null): string {
  return `${indicatorId}|${breakdownKey(dimension, category)}`;
}

/** A number as typed in Swedish or English (comma or point as decimal sign, spaces as thousands). */
export function parseValue(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (cleaned === '' || !/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** The draft of a period as stored: values as text, unknown marked, not entered as empty. */
export function draftOf(view: MeasurementGridView, period: string): PeriodDraft {
  const draft: PeriodDraft = {};
  for (const c of view.cells) {
    if (c.period !== period) continue;
    draft[draftKey(c.indicatorId, c.dimension, c.category)] = { text: c.value === null ? '' : String(c.value), unknown: c.state === 'unknown' };
  }
  return draft;
}

/** A cell whose text is not a number of 0 or more (shown at the field, not sent). */
export function invalidTexts(draft: PeriodDraft): string[] {
  return Object.entries(draft)
    .filter(([, d]) => !d.unknown && d.text.trim() !== '' && parseValue(d.text) === null)
    .map(([key]) => key);
}

/** The cells to save: entered values and unknowns; empty fields are not entered. */
export function cellsOf(view: MeasurementGridView, period: string, draft: PeriodDraft): MeasurementCellInput[] {
  const cells: MeasurementCellInput[] = [];
  for (const c of view.cells) {
    if (c.period !== period) continue;
    const d = draft[draftKey(c.indicatorId, c.dimension, c.category)];
    if (!d) continue;
    if (d.unknown) cells.push({ indicatorId: c.indicatorId, dimension: c.dimension, category: c.category, value: null, unknown: true });
    else {
      const value = parseValue(d.text);
      if (value !== null) cells.push({ indicatorId: c.indicatorId, dimension: c.dimension, category: c.category, value, unknown: false });
    }
  }
  return cells;
}

/** The AGR-6 violations of a draft, checked with the same rules as the server, keyed by cell. */
export function draftViolations(view: MeasurementGridView, period: string, draft: PeriodDraft): Map<string, MeasurementViolation> {
  const cells = cellsOf(view, period, draft);
  const gender = view.categories.filter((c) => c.dimension === 'gender').map((c) => c.code);
  const violations = checkMeasurements(
    cells.map((c) => ({ indicatorId: c.indicatorId, period, clusterId: view.clusterId, dimension: c.dimension, category: c.category, value: c.value })),
    gender,
  );
  return new Map(violations.map((v) => [`${v.indicatorId}|${v.breakdown}`, v]));
}

/** One indicator's chart rows: per period the total, each gender and the target. */
export function chartRows(view: MeasurementGridView, indicatorId: string): Record<string, string | number | null>[] {
  const target = view.indicators.find((i) => i.id === indicatorId)?.target ?? null;
  const at = (period: string, dimension: MeasurementDimension | null, category: string | null): MeasurementCellView | undefined =>
    view.cells.find((c) => c.indicatorId === indicatorId && c.period === period && c.dimension === dimension && c.category === category);
  const genders = view.categories.filter((c) => c.dimension === 'gender');
  return view.periods.map((period) => {
    const row: Record<string, string | number | null> = { period, total: at(period, null, null)?.value ?? null, target };
    for (const g of genders) row[g.code] = at(period, 'gender', g.code)?.value ?? null;
    return row;
  });
}
