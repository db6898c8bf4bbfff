import { FORM_NAMES, type CooperationForm } from '../../../../shared/cooperations/forms';
import { cooperationListQuery, type ReportListLink, type ReportRow } from '../../../../shared/reports/committee-report.schemas';
import { inLanguage, type ReportSectionDefinition, type SectionContext } from '../report-section';
import { changesByMonth, findEndedCooperations } from './changes.repository';

const MONTHS = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const EVENTS = ['started', 'ended', 'terminated'] as const;

/** The months of the period, each with the part of the period it covers (the first and last may be partial). */
export function monthsOf(from: string, to: string): { month: string; from: string; to: string }[] {
  const months = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (`${key}-01` > to) break;
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const end = `${key}-${String(lastDay).padStart(2, '0')}`;
    months.push({ month: key, from: `${key}-01` < from ? from : `${key}-01`, to: end > to ? to : end });
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

function monthlyTable(ctx: SectionContext, rows: Awaited<ReturnType<typeof changesByMonth>>) {
  const { language, scope } = ctx;
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const link = (event: (typeof EVENTS)[number], period: { from: string; to: string }): ReportListLink =>
    cooperationListQuery(event, period, { area: scope.area, unitCode: scope.unitCode, form: scope.forms });
  const body: ReportRow[] = monthsOf(scope.from, scope.to).map((m) => {
    const r = byMonth.get(m.month);
    const name = `${MONTHS[language][Number(m.month.slice(5, 7)) - 1]} ${m.month.slice(0, 4)}`;
    return { cells: [name, ...EVENTS.map((e) => r?.[e] ?? 0)], links: [null, ...EVENTS.map((e) => link(e, m))] };
  });
  const total = (e: (typeof EVENTS)[number]) => rows.reduce((s, r) => s + r[e], 0);
  return {
    key: 'by-month',
    title: inLanguage(language, { sv: 'Nya, avslutade och uppsagda samverkan per månad', en: 'New, ended and terminated cooperations by month' }),
    columns: [
      { key: 'month', label: inLanguage(language, { sv: 'Månad', en: 'Month' }), kind: 'text' as const },
      { key: 'started', label: inLanguage(language, { sv: 'Nya', en: 'New' }), kind: 'count' as const },
      { key: 'ended', label: inLanguage(language, { sv: 'Avslutade', en: 'Ended' }), kind: 'count' as const },
      { key: 'terminated', label: inLanguage(language, { sv: 'Varav uppsagda eller hävda', en: 'Of which terminated' }), kind: 'count' as const },
    ],
    rows: [
      ...body,
      { cells: [inLanguage(language, { sv: 'Totalt', en: 'Total' }), ...EVENTS.map(total)], links: [null, ...EVENTS.map((e) => link(e, scope))], total: true },
    ],
    chart: { kind: 'bar' as const, categoryColumn: 0, seriesColumns: [1, 2, 3] },
    public: true,
  };
}

/** New, ended and terminated cooperations (OVR-2), with the terminations and other endings and their reasons. */
export const changesSection: ReportSectionDefinition = {
  key: 'changes',
  async build(ctx) {
    const { language } = ctx;
    const [monthly, ended] = [await changesByMonth(ctx.db, ctx.scope), await findEndedCooperations(ctx.db, ctx.scope)];
    const terminated = ended.filter((c) => c.termination_kind !== null);
    const others = ended.filter((c) => c.termination_kind === null);
    const form = (f: string) => FORM_NAMES[language][f as CooperationForm] ?? f;
    const kind = (k: 'notice' | 'rescission') =>
      k === 'notice' ? inLanguage(language, { sv: 'Uppsägning', en: 'Notice' }) : inLanguage(language, { sv: 'Hävning', en: 'Rescission' });
    const col = (key: string, sv: string, en: string, k: 'text' = 'text') => ({ key, label: inLanguage(language, { sv, en }), kind: k });
    const none = (sv: string, en: string) => ({ note: inLanguage(language, { sv, en }) });
    return {
      key: 'changes',
      title: inLanguage(language, { sv: 'Nya, avslutade och uppsagda samverkan', en: 'New, ended and terminated cooperations' }),
      requirements: ['OVR-2', 'OVR-1'],
      description: inLanguage(language, {
        sv: 'Hur många samverkan som startade, avslutades och sades upp eller hävdes under perioden, månad för månad, och vilka som avslutades med skälen.',
        en: 'How many cooperations started, ended and were terminated during the period, month by month, and which ended, with the reasons.',
      }),
      tables: [
        monthlyTable(ctx, monthly),
        {
          key: 'terminated',
          title: inLanguage(language, { sv: 'Uppsagda och hävda samverkan', en: 'Terminated cooperations' }),
          columns: [
            col('caseNumber', 'Ärendenummer', 'Case number'),
            col('title', 'Benämning', 'Title'),
            col('form', 'Samverkansform', 'Form'),
            col('kind', 'Slag', 'Kind'),
            col('reason', 'Skäl', 'Reason'),
            col('effectiveOn', 'Gäller från', 'Effective from'),
          ],
          rows: terminated.map((c) => ({ cells: [c.case_number, c.title, form(c.form), kind(c.termination_kind!), c.termination_reason, c.effective_on ?? c.ended_on] })),
          ...(terminated.length === 0 ? none('Ingen samverkan sades upp eller hävdes under perioden.', 'No cooperation was terminated during the period.') : {}),
        },
        {
          key: 'ended',
          title: inLanguage(language, { sv: 'Övriga avslutade samverkan', en: 'Other ended cooperations' }),
          columns: [
            col('caseNumber', 'Ärendenummer', 'Case number'),
            col('title', 'Benämning', 'Title'),
            col('form', 'Samverkansform', 'Form'),
            col('endedOn', 'Avslutad', 'Ended on'),
            col('reason', 'Skäl', 'Reason'),
          ],
          rows: others.map((c) => ({ cells: [c.case_number, c.title, form(c.form), c.ended_on, c.ended_reason] })),
          ...(others.length === 0 ? none('Ingen annan samverkan avslutades under perioden.', 'No other cooperation ended during the period.') : {}),
        },
      ],
    };
  },
};
