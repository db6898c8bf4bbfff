import { COOPERATION_FORMS, type CooperationForm, FORM_NAMES } from '../../../../shared/cooperations/forms';
import { type IndicatorOutcome, indicatorOutcome, isShareUnit, periodsWithin, yearResult } from '../../../../shared/reports/indicator-result.rules';
import type { ReportColumn, ReportRow } from '../../../../shared/reports/committee-report.schemas';
import { inLanguage, type ReportSectionDefinition } from '../report-section';
import { breakdownCategories, type BreakdownKey, type IndicatorResultRow, indicatorResults } from './indicators.repository';

const OUTCOMES: readonly IndicatorOutcome[] = ['met', 'partly', 'not_met', 'not_measured'];

/**
 * Indicator results against targets (AGR-6, AGR-2, IOP-7): each indicator of the year's adopted
 * activity plans with its result for the measurement periods within the report's period, a
 * summary of targets met per form, and the results of indicators that count persons broken down
 * by gender and by target group.
 */
export const indicatorsSection: ReportSectionDefinition = {
  key: 'indicators',
  async build(ctx) {
    const { language, scope } = ctx;
    const t = (sv: string, en: string) => inLanguage(language, { sv, en });
    const periods = periodsWithin(scope.year, scope.from, scope.to);
    const categories = await breakdownCategories(ctx.db);
    const breakdowns: BreakdownKey[] = [null, ...categories.map((c) => ({ dimension: c.dimension as 'gender' | 'target_group', code: c.code }))];
    const indicators = await indicatorResults(ctx.db, scope, periods, breakdowns);
    // The breakdown's place in the row's arrays: 0 is the total, then the categories in order.
    const valueOf = (i: IndicatorResultRow, place: number) =>
      i.sums === null ? null : yearResult({ sum: i.sums[place] ?? null, latest: i.latest?.[place] ?? null }, i.unit);
    const resultOf = (i: IndicatorResultRow) => valueOf(i, 0);
    const placeOf = (dimension: string, code: string) => 1 + categories.findIndex((c) => c.dimension === dimension && c.code === code);
    const partOf = (i: IndicatorResultRow, dimension: string, code: string) => valueOf(i, placeOf(dimension, code));
    const outcomeOf = (i: IndicatorResultRow) => indicatorOutcome({ kind: i.kind, target: i.target, direction: i.direction, result: resultOf(i), assessment: i.assessment });
    const outcomeText = (i: IndicatorResultRow): string => {
      const outcome = outcomeOf(i);
      if (i.kind === 'quantitative') return outcome === 'met' ? t('Ja', 'Yes') : outcome === 'not_met' ? t('Nej', 'No') : t('Ej mätt', 'Not measured');
      return { met: t('Uppfyllt', 'Met'), partly: t('Delvis', 'Partly'), not_met: t('Ej uppfyllt', 'Not met'), not_measured: t('Ej bedömt', 'Not assessed') }[outcome];
    };

    // The summary per form: how many indicators met, partly met, not met or not measured.
    const counts = new Map<string, Record<IndicatorOutcome, number>>();
    const total: Record<IndicatorOutcome, number> = { met: 0, partly: 0, not_met: 0, not_measured: 0 };
    for (const i of indicators) {
      const c = counts.get(i.form) ?? { met: 0, partly: 0, not_met: 0, not_measured: 0 };
      counts.set(i.form, c);
      c[outcomeOf(i)] += 1;
      total[outcomeOf(i)] += 1;
    }
    const summaryRow = (label: string, c: Record<IndicatorOutcome, number>) => [label, OUTCOMES.reduce((s, o) => s + c[o], 0), ...OUTCOMES.map((o) => c[o])];
    const forms = COOPERATION_FORMS.filter((f) => counts.has(f));

    // Indicators counting persons: those with gender cells; a share is not a count of persons.
    const persons = indicators.filter((i) => i.kind === 'quantitative' && i.has_gender && !isShareUnit(i.unit));
    const shown = (dimension: 'gender' | 'target_group') =>
      categories.filter((c) => c.dimension === dimension && (c.active || persons.some((i) => partOf(i, dimension, c.code) !== null)));
    const breakdownTable = (dimension: 'gender' | 'target_group') => {
      const parts = shown(dimension);
      const columns: ReportColumn[] = [
        { key: 'indicator', label: t('Samverkan och indikator', 'Cooperation and indicator'), kind: 'text' },
        { key: 'total', label: t('Totalt', 'Total'), kind: 'persons' },
        ...parts.map((c): ReportColumn => ({ key: c.code, label: language === 'sv' ? c.name_sv : c.name_en, kind: 'persons' })),
      ];
      const rows: ReportRow[] = persons.map((i) => ({ cells: [`${i.case_number} – ${i.name}`, resultOf(i), ...parts.map((c) => partOf(i, dimension, c.code))] }));
      return { columns, rows, partColumns: parts.map((_, n) => n + 2) };
    };
    const gender = breakdownTable('gender');
    const targetGroups = breakdownTable('target_group');
    const periodText = periods.length === 0 ? t('inga mätperioder', 'no measurement periods') : periods.join(', ');
    const howCounted = t(
      `Resultatet är summan av periodernas värden (${periodText}) för hela samverkan; för en andel (procent) är det den senaste periodens värde. Perioder med okänt eller inget värde räknas inte. Klustrens egna mätningar är delar av helheten och läggs inte till.`,
      `The result is the sum of the periods' values (${periodText}) for the cooperation as a whole; for a share (per cent) it is the latest period's value. Periods with an unknown or no value do not count. The clusters' own measurements are parts of the whole and are not added.`,
    );
    const noPersons = t('Ingen indikator som räknar personer hade uppdelning på kön.', 'No indicator counting persons had a breakdown by gender.');

    return {
      key: 'indicators',
      title: t('Indikatorer och resultat', 'Indicators and results'),
      requirements: ['AGR-6', 'AGR-2', 'IOP-7', 'OVR-2'],
      description: t(
        `Indikatorerna i de antagna aktivitetsplanerna för ${scope.year} mot sina mål, och resultaten uppdelade på kön och målgrupp.`,
        `The indicators of the adopted activity plans for ${scope.year} against their targets, and the results broken down by gender and target group.`,
      ),
      tables: [
        {
          key: 'against-target',
          title: t('Indikatorer mot mål', 'Indicators against targets'),
          columns: [
            { key: 'caseNumber', label: t('Diarienummer', 'Case number'), kind: 'text' },
            { key: 'cooperation', label: t('Samverkan', 'Cooperation'), kind: 'text' },
            { key: 'indicator', label: t('Indikator', 'Indicator'), kind: 'text' },
            { key: 'unit', label: t('Enhet', 'Unit'), kind: 'text' },
            { key: 'baseline', label: t('Utgångsläge', 'Baseline'), kind: 'number' },
            { key: 'target', label: t('Mål', 'Target'), kind: 'number' },
            { key: 'result', label: t('Resultat', 'Result'), kind: 'number' },
            { key: 'met', label: t('Uppfyllt', 'Met'), kind: 'text' },
          ],
          rows: indicators.map((i) => ({ cells: [i.case_number, i.title, i.name, i.unit, i.baseline, i.target, i.kind === 'quantitative' ? resultOf(i) : null, outcomeText(i)] })),
          note: indicators.length === 0 ? t(`Det finns inga antagna aktivitetsplaner för ${scope.year} med de valda urvalen.`, `There are no adopted activity plans for ${scope.year} with the chosen filters.`) : howCounted,
        },
        {
          key: 'summary',
          title: t('Måluppfyllelse per samverkansform', 'Targets met by form'),
          columns: [
            { key: 'form', label: t('Samverkansform', 'Form'), kind: 'text' },
            { key: 'indicators', label: t('Indikatorer', 'Indicators'), kind: 'count' },
            { key: 'met', label: t('Uppfyllda', 'Met'), kind: 'count' },
            { key: 'partly', label: t('Delvis uppfyllda', 'Partly met'), kind: 'count' },
            { key: 'notMet', label: t('Ej uppfyllda', 'Not met'), kind: 'count' },
            { key: 'notMeasured', label: t('Ej mätta eller bedömda', 'Not measured or assessed'), kind: 'count' },
          ],
          rows: [
            ...forms.map((form) => ({ cells: summaryRow(FORM_NAMES[language][form as CooperationForm], counts.get(form)!) })),
            { cells: summaryRow(t('Totalt', 'Total'), total), total: true },
          ],
          chart: { kind: 'stacked-bar', categoryColumn: 0, seriesColumns: [2, 3, 4, 5] },
          public: true,
          note: t(
            'En kvantitativ indikator är uppfylld när resultatet når målet i den riktning den förbättras; en kvalitativ enligt sin bedömning. Utan resultat eller mål räknas den som ej mätt.',
            'A quantitative indicator is met when its result reaches the target in the direction it improves; a qualitative one by its assessment. Without a result or a target it counts as not measured.',
          ),
        },
        {
          key: 'by-gender',
          title: t('Resultat efter kön', 'Results by gender'),
          columns: gender.columns,
          rows: gender.rows,
          public: true,
          ...(gender.partColumns.length > 0 ? { personBreakdown: { partColumns: gender.partColumns, totalColumn: 1, rowsAdditive: false } } : {}),
          note: persons.length === 0 ? noPersons : howCounted,
        },
        {
          key: 'by-target-group',
          title: t('Resultat efter målgrupp', 'Results by target group'),
          columns: targetGroups.columns,
          rows: targetGroups.rows,
          public: true,
          note: persons.length === 0
            ? noPersons
            : t('En person kan höra till flera målgrupper eller till ingen, så målgrupperna summerar inte till totalen.', 'A person may belong to several target groups or to none, so the target groups do not add up to the total.'),
        },
      ],
    };
  },
};
