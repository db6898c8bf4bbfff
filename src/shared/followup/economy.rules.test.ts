import { describe, expect, it } from 'vitest';
import { budgetVsOutcome, yearFigures } from './economy.rules';

const CITY = 'city';
const ASSOCIATION = 'association';

describe('budget against outcome (IOP-9)', () => {
  it('IOP-9: sums outcome entries per year, party and kind against the budget, with the difference', () => {
    const years = budgetVsOutcome(
      [
        { year: 2026, organisationId: CITY, moneySek: 500_000, inKindSek: 100_000 },
        { year: 2026, organisationId: ASSOCIATION, moneySek: 0, inKindSek: 200_000 },
      ],
      [
        { year: 2026, organisationId: CITY, kind: 'money', amountSek: 250_000 },
        { year: 2026, organisationId: CITY, kind: 'money', amountSek: 300_000 },
        { year: 2026, organisationId: CITY, kind: 'in_kind', amountSek: 40_000 },
        { year: 2026, organisationId: ASSOCIATION, kind: 'in_kind', amountSek: 150_000 },
      ],
      [CITY, ASSOCIATION],
    );
    expect(years).toHaveLength(1);
    expect(years[0]!.parties).toEqual([
      { organisationId: CITY, budgetMoneySek: 500_000, budgetInKindSek: 100_000, budgetSek: 600_000, outcomeMoneySek: 550_000, outcomeInKindSek: 40_000, outcomeSek: 590_000, differenceSek: -10_000 },
      { organisationId: ASSOCIATION, budgetMoneySek: 0, budgetInKindSek: 200_000, budgetSek: 200_000, outcomeMoneySek: 0, outcomeInKindSek: 150_000, outcomeSek: 150_000, differenceSek: -50_000 },
    ]);
    expect(years[0]!.totals).toMatchObject({ budgetSek: 800_000, outcomeSek: 740_000, differenceSek: -60_000 });
  });

  it('IOP-9: years ascend; an outcome without a budget and a budget without an outcome are both shown', () => {
    const years = budgetVsOutcome(
      [{ year: 2027, organisationId: CITY, moneySek: 100, inKindSek: 0 }],
      [{ year: 2025, organisationId: ASSOCIATION, kind: 'money', amountSek: 70 }],
    );
    expect(years.map((y) => y.year)).toEqual([2025, 2027]);
    expect(years[0]!.parties[0]).toMatchObject({ organisationId: ASSOCIATION, budgetSek: 0, outcomeSek: 70, differenceSek: 70 });
    expect(years[1]!.parties[0]).toMatchObject({ organisationId: CITY, budgetSek: 100, outcomeSek: 0, differenceSek: -100 });
  });

  it('IOP-9: two agreements budgeting the same year and party add up', () => {
    const years = budgetVsOutcome(
      [
        { year: 2026, organisationId: CITY, moneySek: 100, inKindSek: 10 },
        { year: 2026, organisationId: CITY, moneySek: 200, inKindSek: 20 },
      ],
      [],
    );
    expect(years[0]!.parties).toHaveLength(1);
    expect(years[0]!.totals).toMatchObject({ budgetMoneySek: 300, budgetInKindSek: 30, budgetSek: 330 });
  });

  it('IOP-9: a year with nothing budgeted or recorded reads as zeros', () => {
    expect(yearFigures([], 2030)).toEqual({ year: 2030, parties: [], totals: expect.objectContaining({ budgetSek: 0, outcomeSek: 0, differenceSek: 0 }) });
  });
});
