import { describe, expect, it } from 'vitest';
import { chartRows, defaultYear, parseKronor } from './economy.format';

describe('economy formatting (IOP-9)', () => {
  it('IOP-9: reads whole kronor with spaces between thousands and refuses decimals and signs', () => {
    expect(parseKronor('12 500')).toBe(12_500);
    expect(parseKronor('1\u00a0900\u00a0000 kr')).toBe(1_900_000);
    expect(parseKronor('12,5')).toBeNull();
    expect(parseKronor('-3')).toBeNull();
    expect(parseKronor('')).toBeNull();
  });

  it('IOP-9: opens on the current year when it has figures, else the latest year', () => {
    expect(defaultYear([{ year: 2025 }, { year: 2026 }], 2026)).toBe(2026);
    expect(defaultYear([{ year: 2024 }, { year: 2025 }], 2027)).toBe(2025);
    expect(defaultYear([], 2027)).toBeNull();
  });

  it('IOP-9: one chart row per party with its budget and outcome', () => {
    const figures = { budgetMoneySek: 0, budgetInKindSek: 0, outcomeMoneySek: 0, outcomeInKindSek: 0 };
    expect(
      chartRows({
        year: 2026,
        parties: [{ organisationId: 'a', organisationName: 'Staden', ...figures, budgetSek: 10, outcomeSek: 7, differenceSek: -3 }],
        totals: { ...figures, budgetSek: 10, outcomeSek: 7, differenceSek: -3 },
      }),
    ).toEqual([{ party: 'Staden', budget: 10, outcome: 7 }]);
  });
});
