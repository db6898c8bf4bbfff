import { DEVIATION_SEVERITIES, DEVIATION_STATUSES, type DeviationSeverity, type DeviationStatus } from '../../../../shared/deviations/deviation.rules';
import type { ReportRow } from '../../../../shared/reports/committee-report.schemas';
import type { Language } from '../../../http/language';
import { inLanguage, type ReportSectionDefinition, scopeIsFiltered } from '../report-section';
import { deviationCounts } from './deviations.repository';

/** The names the deviation screens use (deviations.*.messages.ts). */
const SEVERITY_NAMES: Record<Language, Record<DeviationSeverity, string>> = {
  sv: { low: 'Låg', medium: 'Medel', high: 'Hög' },
  en: { low: 'Low', medium: 'Medium', high: 'High' },
};
const STATUS_NAMES: Record<Language, Record<DeviationStatus, string>> = {
  sv: { reported: 'Rapporterad', handled: 'Hanterad', closed: 'Avslutad' },
  en: { reported: 'Reported', handled: 'Handled', closed: 'Closed' },
};

/** Deviations (AGR-4): those that occurred in the period by severity and status, and how many of them were decided and closed in it. */
export const deviationsSection: ReportSectionDefinition = {
  key: 'deviations',
  async build(ctx) {
    const { language, scope } = ctx;
    const rows = await deviationCounts(ctx.db, scope);
    const cell = (severity: DeviationSeverity, pick: (r: (typeof rows)[number]) => number, status?: DeviationStatus) =>
      rows.filter((r) => r.severity === severity && (status === undefined || r.status === status)).reduce((sum, r) => sum + pick(r), 0);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const totalLabel = inLanguage(language, { sv: 'Totalt', en: 'Total' });
    const severityLabel = inLanguage(language, { sv: 'Allvarlighetsgrad', en: 'Severity' });

    const byStatus: ReportRow[] = DEVIATION_SEVERITIES.map((severity) => {
      const counts = DEVIATION_STATUSES.map((status) => cell(severity, (r) => r.occurred, status));
      return { cells: [SEVERITY_NAMES[language][severity], ...counts, sum(counts)] };
    });
    const handling: ReportRow[] = DEVIATION_SEVERITIES.map((severity) => ({
      cells: [SEVERITY_NAMES[language][severity], cell(severity, (r) => r.occurred), cell(severity, (r) => r.decided), cell(severity, (r) => r.closed)],
    }));
    const totalRow = (table: ReportRow[]): ReportRow => ({
      cells: [totalLabel, ...table[0]!.cells.slice(1).map((_, i) => sum(table.map((r) => r.cells[i + 1] as number)))],
      total: true,
    });
    const none = rows.length === 0;
    const placeNote = scopeIsFiltered(scope)
      ? inLanguage(language, {
          sv: 'Med urval räknas bara avvikelser i en samverkan inom urvalet; avvikelser i en styrgrupp, arbetsgrupp, ett kluster eller en rutin saknar område, enhet och form och räknas bara utan urval.',
          en: 'With filters only deviations in a cooperation within them count; deviations in a steering group, working group, cluster or routine have no area, unit or form and count only without filters.',
        })
      : inLanguage(language, {
          sv: 'Avvikelser i en samverkan, en styrgrupp, arbetsgrupp, ett kluster eller en rutin räknas, efter dagen de inträffade.',
          en: 'Deviations in a cooperation, a steering group, working group, cluster or routine count, by the day they occurred.',
        });
    const noneNote = inLanguage(language, { sv: ' Inga avvikelser inträffade under perioden.', en: ' No deviations occurred during the period.' });

    return {
      key: 'deviations',
      title: inLanguage(language, { sv: 'Avvikelser', en: 'Deviations' }),
      requirements: ['AGR-4', 'OVR-2'],
      description: inLanguage(language, {
        sv: 'Avvikelser som inträffade under perioden per allvarlighetsgrad och status i dag, och hur många av dem som fick ett beslut och avslutades under perioden.',
        en: 'Deviations that occurred during the period by severity and current status, and how many of them were decided and closed during the period.',
      }),
      tables: [
        {
          key: 'by-severity-status',
          title: inLanguage(language, { sv: 'Avvikelser per allvarlighetsgrad och status', en: 'Deviations by severity and status' }),
          columns: [
            { key: 'severity', label: severityLabel, kind: 'text' },
            ...DEVIATION_STATUSES.map((status) => ({ key: status, label: STATUS_NAMES[language][status], kind: 'count' as const })),
            { key: 'total', label: totalLabel, kind: 'count' },
          ],
          rows: [...byStatus, totalRow(byStatus)],
          chart: { kind: 'stacked-bar', categoryColumn: 0, seriesColumns: DEVIATION_STATUSES.map((_, i) => i + 1) },
          note: placeNote + (none ? noneNote : ''),
          public: true,
        },
        {
          key: 'handling',
          title: inLanguage(language, { sv: 'Beslut och avslut under perioden', en: 'Decided and closed during the period' }),
          columns: [
            { key: 'severity', label: severityLabel, kind: 'text' },
            { key: 'occurred', label: inLanguage(language, { sv: 'Inträffade', en: 'Occurred' }), kind: 'count' },
            { key: 'decided', label: inLanguage(language, { sv: 'Varav beslut under perioden', en: 'Of which decided in the period' }), kind: 'count' },
            { key: 'closed', label: inLanguage(language, { sv: 'Varav avslutade under perioden', en: 'Of which closed in the period' }), kind: 'count' },
          ],
          rows: [...handling, totalRow(handling)],
          note: inLanguage(language, {
            sv: 'Av avvikelserna som inträffade under perioden: de vars beslut registrerades och de som avslutades inom perioden.',
            en: 'Of the deviations that occurred during the period: those whose decision was recorded and those closed within the period.',
          }),
        },
      ],
    };
  },
};
