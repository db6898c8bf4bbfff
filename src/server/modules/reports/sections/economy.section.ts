import { COOPERATION_FORMS, type CooperationForm, FORM_NAMES } from '../../../../shared/cooperations/forms';
import { cooperationListQuery, type ReportRow } from '../../../../shared/reports/committee-report.schemas';
import { inLanguage, type ReportSectionDefinition } from '../report-section';
import { economyByCooperation, runningByForm } from './economy.repository';

type Sums = { withEconomy: number; budgetMoney: number; budgetInKind: number; outcomeMoney: number; outcomeInKind: number };
const zero = (): Sums => ({ withEconomy: 0, budgetMoney: 0, budgetInKind: 0, outcomeMoney: 0, outcomeInKind: 0 });

/** Budget, outcome and their difference (outcome − budget, as the cooperation's economy page counts it). */
const figures = (s: Sums) => {
  const budget = s.budgetMoney + s.budgetInKind;
  const outcome = s.outcomeMoney + s.outcomeInKind;
  return [s.budgetMoney, s.budgetInKind, budget, s.outcomeMoney, s.outcomeInKind, outcome, outcome - budget];
};

/**
 * Economy of the year (IOP-9, OVR-2): budget against outcome per form and per cooperation, for the
 * cooperations in force during the period under the report's filters. The budget and the outcome
 * are the year's, whatever part of the year the period covers.
 */
export const economySection: ReportSectionDefinition = {
  key: 'economy',
  async build(ctx) {
    const { language, scope } = ctx;
    const t = (sv: string, en: string) => inLanguage(language, { sv, en });
    const [cooperations, running] = await Promise.all([economyByCooperation(ctx.db, scope), runningByForm(ctx.db, scope)]);
    const byForm = new Map<string, Sums>(running.map((r) => [r.form, zero()]));
    const total = zero();
    for (const c of cooperations) {
      for (const s of [byForm.get(c.form) ?? zero(), total]) {
        s.withEconomy += 1;
        s.budgetMoney += c.budget_money;
        s.budgetInKind += c.budget_in_kind;
        s.outcomeMoney += c.outcome_money;
        s.outcomeInKind += c.outcome_in_kind;
      }
    }
    const runningOf = new Map(running.map((r) => [r.form, r.running]));
    const forms = COOPERATION_FORMS.filter((f) => byForm.has(f));
    const link = (form?: CooperationForm, extra: Record<string, string> = {}) =>
      cooperationListQuery('running', scope, { area: scope.area, unitCode: scope.unitCode, form: form ? [form] : scope.forms }, extra);
    const withEconomy = { economyYear: String(scope.year) };
    const amountColumns = [
      { key: 'budgetMoney', label: t('Budget, pengar (kr)', 'Budget, money (SEK)'), kind: 'amount' as const },
      { key: 'budgetInKind', label: t('Budget, i natura (kr)', 'Budget, in kind (SEK)'), kind: 'amount' as const },
      { key: 'budget', label: t('Budget totalt (kr)', 'Budget in total (SEK)'), kind: 'amount' as const },
      { key: 'outcomeMoney', label: t('Utfall, pengar (kr)', 'Outcome, money (SEK)'), kind: 'amount' as const },
      { key: 'outcomeInKind', label: t('Utfall, i natura (kr)', 'Outcome, in kind (SEK)'), kind: 'amount' as const },
      { key: 'outcome', label: t('Utfall totalt (kr)', 'Outcome in total (SEK)'), kind: 'amount' as const },
      { key: 'difference', label: t('Skillnad, utfall − budget (kr)', 'Difference, outcome − budget (SEK)'), kind: 'amount' as const },
    ];
    const noLinks = amountColumns.map(() => null);
    const formRows: ReportRow[] = forms.map((form) => ({
      cells: [FORM_NAMES[language][form], runningOf.get(form) ?? 0, byForm.get(form)!.withEconomy, ...figures(byForm.get(form)!)],
      links: [null, link(form), link(form, withEconomy), ...noLinks],
    }));
    const totalRow: ReportRow = {
      cells: [t('Totalt', 'Total'), running.reduce((sum, r) => sum + r.running, 0), total.withEconomy, ...figures(total)],
      links: [null, link(), link(undefined, withEconomy), ...noLinks],
      total: true,
    };
    const sorted = [...cooperations].sort((a, b) => b.budget_money + b.budget_in_kind - (a.budget_money + a.budget_in_kind) || a.case_number.localeCompare(b.case_number, 'sv'));
    const empty = t('Ingen samverkan med de valda urvalen hade budget eller utfall för året.', 'No cooperation with the chosen filters had a budget or an outcome for the year.');
    return {
      key: 'economy',
      title: t('Ekonomi', 'Economy'),
      requirements: ['IOP-9', 'OVR-2'],
      description: t(
        `Budget enligt avtalens gällande versioner och registrerat utfall för ${scope.year}, per samverkansform och per samverkan, för samverkan som pågick under perioden.`,
        `Budget by the current versions of the agreements and recorded outcome for ${scope.year}, by form and by cooperation, for cooperations in force during the period.`,
      ),
      tables: [
        {
          key: 'by-form',
          title: t('Budget och utfall per samverkansform', 'Budget and outcome by form'),
          columns: [
            { key: 'form', label: t('Samverkansform', 'Form'), kind: 'text' },
            { key: 'running', label: t('Pågående samverkan', 'Cooperations in force'), kind: 'count' },
            { key: 'withEconomy', label: t('Varav med budget eller utfall för året', 'Of which with a budget or an outcome for the year'), kind: 'count' },
            ...amountColumns,
          ],
          rows: [...formRows, totalRow],
          chart: { kind: 'bar', categoryColumn: 0, seriesColumns: [5, 8] },
          public: true,
          note: t(
            `Budgeten är årets rader i ekonomin i varje avtals gällande version; utfallet är årets registrerade utfall (borttagna poster räknas inte). Skillnaden är utfall minus budget: ett positivt tal betyder över budget.`,
            `The budget is the year's rows of the economy of each agreement's current version; the outcome is the year's recorded outcome (removed entries do not count). The difference is outcome minus budget: above zero is over budget.`,
          ),
        },
        {
          key: 'by-cooperation',
          title: t('Budget och utfall per samverkan', 'Budget and outcome by cooperation'),
          columns: [
            { key: 'caseNumber', label: t('Diarienummer', 'Case number'), kind: 'text' },
            { key: 'title', label: t('Samverkan', 'Cooperation'), kind: 'text' },
            { key: 'form', label: t('Samverkansform', 'Form'), kind: 'text' },
            { key: 'budget', label: t('Budget (kr)', 'Budget (SEK)'), kind: 'amount' },
            { key: 'outcome', label: t('Utfall (kr)', 'Outcome (SEK)'), kind: 'amount' },
            { key: 'difference', label: t('Skillnad, utfall − budget (kr)', 'Difference, outcome − budget (SEK)'), kind: 'amount' },
          ],
          rows: sorted.map((c) => {
            const budget = c.budget_money + c.budget_in_kind;
            const outcome = c.outcome_money + c.outcome_in_kind;
            return { cells: [c.case_number, c.title, FORM_NAMES[language][c.form as CooperationForm] ?? c.form, budget, outcome, outcome - budget] };
          }),
          ...(sorted.length === 0 ? { note: empty } : { note: t('Störst budget först.', 'Largest budget first.') }),
        },
      ],
    };
  },
};
