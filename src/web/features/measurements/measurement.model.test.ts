import { describe, expect, it } from 'vitest';
import type { MeasurementGridView } from '../../../shared/followup/measurement.schemas';
import { cellsOf, chartRows, draftOf, draftViolations, invalidTexts, parseValue } from './measurement.model';

const I = '11111111-1111-4111-8111-111111111111';
const cell = (period: string, dimension: 'gender' | null, category: string | null, value: number | null, state: 'value' | 'unknown' | 'not_entered') => ({
  indicatorId: I,
  period,
  dimension,
  category,
  state,
  value,
  previous: null,
});
const view: MeasurementGridView = {
  cooperationId: I,
  year: 2026,
  clusterId: null,
  plan: { id: I, status: 'adopted', periodKind: 'semester' },
  writable: true,
  clusters: [],
  periods: ['2026-H1', '2026-H2'],
  categories: ['women', 'men', 'other'].map((code, i) => ({ dimension: 'gender', code, nameSv: code, nameEn: code, position: i, active: true, version: 1 })),
  indicators: [{ id: I, goalTitle: 'Mål', name: 'Deltagare', unit: 'personer', baseline: 1, target: 40, direction: 'higher' }],
  sheets: [],
  cells: [
    cell('2026-H1', null, null, 10, 'value'),
    cell('2026-H1', 'gender', 'women', null, 'unknown'),
    cell('2026-H1', 'gender', 'men', null, 'not_entered'),
    cell('2026-H1', 'gender', 'other', null, 'not_entered'),
    cell('2026-H2', null, null, 12, 'value'),
  ],
};

describe('the measurement grid while typing (AGR-6)', () => {
  it('reads numbers with comma or point and refuses other text', () => {
    expect(parseValue('1 200,5')).toBe(1200.5);
    expect(parseValue('3')).toBe(3);
    expect(parseValue('-1')).toBeNull();
    expect(parseValue('tre')).toBeNull();
    expect(invalidTexts({ a: { text: 'x', unknown: false }, b: { text: 'x', unknown: true }, c: { text: '', unknown: false } })).toEqual(['a']);
  });

  it('AGR-6: keeps unknown as unknown and empty as not entered when saving', () => {
    const draft = draftOf(view, '2026-H1');
    expect(draft[`${I}|gender.women`]).toEqual({ text: '', unknown: true });
    expect(cellsOf(view, '2026-H1', draft)).toEqual([
      { indicatorId: I, dimension: null, category: null, value: 10, unknown: false },
      { indicatorId: I, dimension: 'gender', category: 'women', value: null, unknown: true },
    ]);
  });

  it('AGR-6: checks totals with the shared rules while typing', () => {
    const draft = { ...draftOf(view, '2026-H1'), [`${I}|gender.men`]: { text: '11', unknown: false } };
    expect([...draftViolations(view, '2026-H1', draft).keys()]).toEqual([`${I}|gender.men`]);
  });

  it('gives the chart one row per period with total, genders and target', () => {
    expect(chartRows(view, I)).toEqual([
      { period: '2026-H1', total: 10, target: 40, women: null, men: null, other: null },
      { period: '2026-H2', total: 12, target: 40, women: null, men: null, other: null },
    ]);
  });
});
