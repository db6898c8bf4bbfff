import { PERIOD_HALVES } from '../../../../shared/followup/vida.rules';
import { inLanguage, type ReportSectionDefinition, type ReportScope } from '../report-section';
import { vidaPayoutsByHalf } from './vida.repository';

/** The semesters of the year that overlap the period: spring is January–June, autumn July–December. */
function halvesOf(scope: ReportScope): ('spring' | 'autumn')[] {
  return PERIOD_HALVES.filter((half) => (half === 'spring' ? scope.from <= `${scope.year}-06-30` : scope.to >= `${scope.year}-07-01`));
}

/** VIDA payouts of the year (FRM-5): per semester the payouts, participants, occasions and amount. */
export const vidaSection: ReportSectionDefinition = {
  key: 'vida',
  async build(ctx) {
    const { language, scope } = ctx;
    const t = (sv: string, en: string) => inLanguage(language, { sv, en });
    const halves = halvesOf(scope);
    const rows = await vidaPayoutsByHalf(ctx.db, scope, halves);
    const byHalf = new Map(rows.map((r) => [r.half, r]));
    const name = { spring: t(`Våren ${scope.year}`, `Spring ${scope.year}`), autumn: t(`Hösten ${scope.year}`, `Autumn ${scope.year}`) };
    const figures = (r: { payouts: number; participants: number; occasions: number; amount: number }) => [r.payouts, r.participants, r.occasions, r.amount];
    const sum = (key: 'payouts' | 'participants' | 'occasions' | 'amount') => rows.reduce((s, r) => s + r[key], 0);
    const none = { payouts: 0, participants: 0, occasions: 0, amount: 0 };
    return {
      key: 'vida',
      title: t('VIDA-utbetalningar', 'VIDA payouts'),
      requirements: ['FRM-5', 'OVR-2'],
      description: t(
        'Utbetalningar till föreningar för VIDA-aktiviteter per termin: antal utbetalningar, deltagare, tillfällen och belopp.',
        'Payouts to associations for VIDA activities by semester: number of payouts, participants, occasions and amount.',
      ),
      tables: [
        {
          key: 'by-half',
          title: t('VIDA-utbetalningar per termin', 'VIDA payouts by semester'),
          columns: [
            { key: 'half', label: t('Termin', 'Semester'), kind: 'text' },
            { key: 'payouts', label: t('Utbetalningar', 'Payouts'), kind: 'count' },
            { key: 'participants', label: t('Deltagare', 'Participants'), kind: 'persons' },
            { key: 'occasions', label: t('Tillfällen', 'Occasions'), kind: 'count' },
            { key: 'amount', label: t('Belopp (kr)', 'Amount (SEK)'), kind: 'amount' },
          ],
          rows: [
            ...halves.map((half) => ({ cells: [name[half], ...figures(byHalf.get(half) ?? none)] })),
            { cells: [t('Totalt', 'Total'), sum('payouts'), sum('participants'), sum('occasions'), sum('amount')], total: true },
          ],
          chart: { kind: 'bar', categoryColumn: 0, seriesColumns: [4] },
          public: true,
          // The semesters' participants add up to the total row: the open statistics protect the column as one (AGR-6).
          personBreakdown: { partColumns: [2], totalColumn: null, rowsAdditive: true },
          note: t(
            'Terminerna som ligger helt eller delvis inom perioden räknas med sina utbetalningar. Deltagarna är summan av utbetalningarnas deltagare.',
            'The semesters wholly or partly within the period count with their payouts. The participants are the sum of the payouts\' participants.',
          ),
        },
      ],
    };
  },
};
