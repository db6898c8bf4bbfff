/**
 * Budget against outcome of a cooperation's economy (IOP-9): the budget comes from the economy rows
 * of its agreements' current versions (money and in kind per year and party), the outcome from the
 * recorded outcome entries. Pure arithmetic in whole kronor; no rounding anywhere.
 */

export type OutcomeKind = 'money' | 'in_kind';

/** A budget row as the agreement states it: one year and party, money and in kind. */
export type BudgetRow = { year: number; organisationId: string; moneySek: number; inKindSek: number };

/** An outcome entry as it counts: its year, party, kind and amount. */
export type OutcomeAmount = { year: number; organisationId: string; kind: OutcomeKind; amountSek: number };

/** Budget, outcome and their difference (outcome − budget: above zero is over budget). */
export type Figures = {
  budgetMoneySek: number;
  budgetInKindSek: number;
  budgetSek: number;
  outcomeMoneySek: number;
  outcomeInKindSek: number;
  outcomeSek: number;
  differenceSek: number;
};

export type PartyFigures = Figures & { organisationId: string };
export type YearFigures = { year: number; parties: PartyFigures[]; totals: Figures };

const zero = (): Omit<Figures, 'budgetSek' | 'outcomeSek' | 'differenceSek'> => ({
  budgetMoneySek: 0,
  budgetInKindSek: 0,
  outcomeMoneySek: 0,
  outcomeInKindSek: 0,
});

function complete(f: Omit<Figures, 'budgetSek' | 'outcomeSek' | 'differenceSek'>): Figures {
  const budgetSek = f.budgetMoneySek + f.budgetInKindSek;
  const outcomeSek = f.outcomeMoneySek + f.outcomeInKindSek;
  return { ...f, budgetSek, outcomeSek, differenceSek: outcomeSek - budgetSek };
}

/**
 * Budget against outcome per year and party, with totals per year (IOP-9). Years and parties that
 * have a budget or an outcome are listed, years ascending; parties in the order given by
 * `partyOrder` (then by first appearance). Several agreements budgeting the same year and party add up.
 */
export function budgetVsOutcome(budget: readonly BudgetRow[], outcomes: readonly OutcomeAmount[], partyOrder: readonly string[] = []): YearFigures[] {
  const years = new Map<number, Map<string, ReturnType<typeof zero>>>();
  const cell = (year: number, organisationId: string) => {
    let parties = years.get(year);
    if (!parties) years.set(year, (parties = new Map()));
    let f = parties.get(organisationId);
    if (!f) parties.set(organisationId, (f = zero()));
    return f;
  };
  for (const b of budget) {
    const f = cell(b.year, b.organisationId);
    f.budgetMoneySek += b.moneySek;
    f.budgetInKindSek += b.inKindSek;
  }
  for (const o of outcomes) {
    const f = cell(o.year, o.organisationId);
    if (o.kind === 'money') f.outcomeMoneySek += o.amountSek;
    else f.outcomeInKindSek += o.amountSek;
  }
  const rank = (id: string) => {
    const i = partyOrder.indexOf(id);
    return i === -1 ? partyOrder.length : i;
  };
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, parties]) => {
      const ordered = [...parties.entries()].map(([organisationId, f], i) => ({ organisationId, f, i })).sort((a, b) => rank(a.organisationId) - rank(b.organisationId) || a.i - b.i);
      const totals = zero();
      for (const { f } of ordered) {
        totals.budgetMoneySek += f.budgetMoneySek;
        totals.budgetInKindSek += f.budgetInKindSek;
        totals.outcomeMoneySek += f.outcomeMoneySek;
        totals.outcomeInKindSek += f.outcomeInKindSek;
      }
      return { year, parties: ordered.map(({ organisationId, f }) => ({ organisationId, ...complete(f) })), totals: complete(totals) };
    });
}

/** The figures of one year, or an empty year when nothing is budgeted or recorded for it. */
export function yearFigures(all: readonly YearFigures[], year: number): YearFigures {
  return all.find((y) => y.year === year) ?? { year, parties: [], totals: complete(zero()) };
}
