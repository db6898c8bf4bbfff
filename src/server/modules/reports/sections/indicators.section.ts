import { COOPERATION_FORMS, type CooperationForm, FORM_NAMES } from '../../../../shared/cooperations/forms';
import { type IndicatorOutcome, periodsWithin } from '../../../../shared/reports/indicator-result.rules';
import type { ReportColumn, ReportRow } from '../../../../shared/reports/committee-report.schemas';
import { inLanguage, type ReportSectionDefinition } from '../report-section';
import { breakdownCategories, type BreakdownKey, type IndicatorGroupRow, indicatorAggregates } from './indicators.repository';

const OUTCOMES: readonly IndicatorOutcome[] = ['met', 'partly', 'not_met', 'not_measured'];

/**
 * Indicator results against targets (AGR-6, AGR-2, IOP-7): the indicators of the year's adopted
 * activity plans, by name, with their results for the measurement periods within the report's
 * period against their targets, a summary of targets met per form, and the results of indicators
 * that count persons broken down by gender and by target group.
 */
export const indicatorsSection: ReportSectionDefinition = {
  key: 'indicators',
  async build(ctx) {
    const { language, scope } = ctx;
    const t = (sv: string, en: string) => inLanguage(language, { sv, en });
    const periods = periodsWithin(scope.year, scope.from, scope.to);
    const categories = await breakdownCategories(ctx.db);
    const breakdowns: BreakdownKey[] = [null, ...categories.map((c) => ({ dimension: c.dimension as 'gender' | 'target_group', code: c.code }))];
    const { byForm, groups: unsorted } = await indicatorAggregates(ctx.db, scope, periods, breakdowns);
    // Most frequent first, then by name: the indicators the municipality uses most lead.
    const groups = [...unsorted].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, 'sv'));
    const indicatorCount = groups.reduce((sum, g) => sum + g.n, 0);

    // The summary per form: how many indicators met, partly met, not met or not measured.
    const counts = new Map<string, Record<IndicatorOutcome, number>>();
    const total: Record<IndicatorOutcome, number> = { met: 0, partly: 0, not_met: 0, not_measured: 0 };
    for (const r of byForm) {
      const c = counts.get(r.form) ?? { met: 0, partly: 0, not_met: 0, not_measured: 0 };
      counts.set(r.form, c);
      c[r.outcome] += r.n;
      total[r.outcome] += r.n;
    }
    const summaryRow = (label: string, c: Record<IndicatorOutcome, number>) => [label, OUTCOMES.reduce((s, o) => s + c[o], 0), ...OUTCOMES.map((o) => c[o])];
    const forms = COOPERATION_FORMS.filter((f) => counts.has(f));

    // Indicators counting persons (quantitative, not a share, with gender cells and a result), by name.
    const personGroups = groups.filter((g) => g.persons_n > 0);
    const partOf = (g: IndicatorGroupRow, dimension: string, code: string) =>
      g.persons_parts[categories.findIndex((c) => c.dimension === dimension && c.code === code)] ?? null;
    const shown = (dimension: 'gender' | 'target_group') =>
      categories.filter((c) => c.dimension === dimension && (c.active || personGroups.some((g) => partOf(g, dimension, c.code) !== null)));
    const breakdownTable = (dimension: 'gender' | 'target_group') => {
      const parts = shown(dimension);
      const columns: ReportColumn[] = [
        { key: 'indicator', label: t('Indikator', 'Indicator'), kind: 'text' },
        { key: 'total', label: t('Totalt', 'Total'), kind: 'persons' },
        ...parts.map((c): ReportColumn => ({ key: c.code, label: language === 'sv' ? c.name_sv : c.name_en, kind: 'persons' })),
        // Gender parts add up to the total once what was not given is a part of its own, as official statistics show it.
        ...(dimension === 'gender' ? [{ key: 'missing', label: t('Uppgift saknas', 'Not given'), kind: 'persons' } satisfies ReportColumn] : []),
      ];
      const rows: ReportRow[] = personGroups.map((g) => {
        const values = parts.map((c) => partOf(g, dimension, c.code));
        if (dimension !== 'gender') return { cells: [g.name, g.persons_total, ...values] };
        const missing = Math.max(0, (g.persons_total ?? 0) - values.reduce<number>((sum, v) => sum + (v ?? 0), 0));
        return { cells: [g.name, g.persons_total, ...values.map((v) => v ?? 0), missing] };
      });
      return { columns, rows, partColumns: dimension === 'gender' ? [...parts.map((_, n) => n + 2), parts.length + 2] : [] };
    };
    const gender = breakdownTable('gender');
    const targetGroups = breakdownTable('target_group');
    const periodText = periods.length === 0 ? t('inga mätperioder', 'no measurement periods') : periods.join(', ');
    const howCounted = t(
      `Indikatorer med samma namn och enhet i olika samverkan är en rad. Resultatet är summan av periodernas värden (${periodText}) för hela samverkan; en andel (procent) summeras inte. Perioder med okänt eller inget värde räknas inte. Klustrens egna mätningar är delar av helheten och läggs inte till.`,
      `Indicators of the same name and unit in different cooperations are one row. The result is the sum of the periods' values (${periodText}) for the cooperation as a whole; a share (per cent) is not summed. Periods with an unknown or no value do not count. The clusters' own measurements are parts of the whole and are not added.`,
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
            { key: 'indicator', label: t('Indikator', 'Indicator'), kind: 'text' },
            { key: 'unit', label: t('Enhet', 'Unit'), kind: 'text' },
            { key: 'indicators', label: t('Antal i planerna', 'Number in the plans'), kind: 'count' },
            { key: 'target', label: t('Mål', 'Target'), kind: 'number' },
            { key: 'result', label: t('Resultat', 'Result'), kind: 'number' },
            { key: 'met', label: t('Uppfyllda', 'Met'), kind: 'count' },
            { key: 'partly', label: t('Delvis uppfyllda', 'Partly met'), kind: 'count' },
            { key: 'notMet', label: t('Ej uppfyllda', 'Not met'), kind: 'count' },
            { key: 'notMeasured', label: t('Ej mätta eller bedömda', 'Not measured or assessed'), kind: 'count' },
          ],
          rows: groups.map((g) => ({ cells: [g.name, g.unit, g.n, g.target, g.result, g.met, g.partly, g.not_met, g.not_measured] })),
          note: indicatorCount === 0 ? t(`Det finns inga antagna aktivitetsplaner för ${scope.year} med de valda urvalen.`, `There are no adopted activity plans for ${scope.year} with the chosen filters.`) : howCounted,
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
          personBreakdown: { partColumns: gender.partColumns, totalColumn: 1, rowsAdditive: false },
          note: personGroups.length === 0 ? noPersons : howCounted,
        },
        {
          key: 'by-target-group',
          title: t('Resultat efter målgrupp', 'Results by target group'),
          columns: targetGroups.columns,
          rows: targetGroups.rows,
          public: true,
          note: personGroups.length === 0
            ? noPersons
            : t('En person kan höra till flera målgrupper eller till ingen, så målgrupperna summerar inte till totalen.', 'A person may belong to several target groups or to none, so the target groups do not add up to the total.'),
        },
      ],
    };
  },
};
