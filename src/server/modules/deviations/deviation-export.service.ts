import type { DeviationRouteReason, DeviationSeverity, DeviationStatus } from '../../../shared/deviations/deviation.rules';
import type { DeviationExportQuery, DeviationSummary } from '../../../shared/deviations/deviation.schemas';
import type { Db } from '../../db/database';
import type { Language } from '../../http/language';
import type { RequestContext } from '../../http/request-context';
import { toCsv } from '../../lib/spreadsheet/csv';
import type { CellInput } from '../../lib/spreadsheet/table';
import { toXlsx } from '../../lib/spreadsheet/xlsx';
import { listDeviations } from './deviation.service';

const headers: Record<Language, string[]> = {
  sv: ['Datum', 'Vad hände', 'Ärende', 'Samverkan', 'Organ', 'Rutin', 'Allvarlighetsgrad', 'Status', 'Hanteras av', 'Försenad', 'Rapporterad av', 'Rapporterad'],
  en: ['Date', 'What happened', 'Case', 'Cooperation', 'Body', 'Routine', 'Severity', 'Status', 'Handled by', 'Overdue', 'Reported by', 'Reported'],
};

const words: Record<Language, { severity: Record<DeviationSeverity, string>; status: Record<DeviationStatus, string>; route: Record<DeviationRouteReason, string>; yes: string; no: string }> = {
  sv: {
    severity: { low: 'Låg', medium: 'Medel', high: 'Hög' },
    status: { reported: 'Rapporterad', handled: 'Hanterad', closed: 'Avslutad' },
    route: { strategic_steering_group: 'strategiska styrgruppen', steering_group: 'styrgruppen', responsible_manager: 'ansvarig chef', body: 'organet', unrouted: 'Ingen mottagare' },
    yes: 'Ja',
    no: 'Nej',
  },
  en: {
    severity: { low: 'Low', medium: 'Medium', high: 'High' },
    status: { reported: 'Reported', handled: 'Handled', closed: 'Closed' },
    route: { strategic_steering_group: 'strategic steering group', steering_group: 'steering group', responsible_manager: 'responsible manager', body: 'the body', unrouted: 'No recipient' },
    yes: 'Yes',
    no: 'No',
  },
};

function handlerOf(d: DeviationSummary, language: Language): string {
  const name = d.route.body?.name ?? d.route.user?.name;
  return name ? `${name} (${words[language].route[d.route.reason]})` : words[language].route.unrouted;
}

/** The filtered deviation list as CSV or XLSX (AGR-4), with the caller's own access applied. */
export async function exportDeviations(
  db: Db,
  ctx: RequestContext,
  q: Omit<DeviationExportQuery, 'lang'>,
  options: { language: Language; timeZone: string },
): Promise<{ bytes: Buffer; fileName: string; mediaType: string }> {
  const { language, timeZone } = options;
  const { format, ...filters } = q;
  const list = await listDeviations(db, ctx, filters);
  const w = words[language];
  const cells: CellInput[][] = list.items.map((d) => [
    d.occurredOn,
    d.description,
    d.cooperation?.caseNumber ?? null,
    d.cooperation?.title ?? null,
    d.body?.name ?? null,
    d.routine,
    w.severity[d.severity],
    w.status[d.status],
    handlerOf(d, language),
    d.overdue ? w.yes : w.no,
    d.reportedBy?.name ?? null,
    new Date(d.reportedAt),
  ]);
  const stem = `${language === 'en' ? 'deviations' : 'avvikelser'}-${ctx.today}`;
  if (format === 'csv') return { bytes: toCsv(headers[language], cells, { timeZone }), fileName: `${stem}.csv`, mediaType: 'text/csv; charset=utf-8' };
  return {
    bytes: await toXlsx(language === 'en' ? 'Deviations' : 'Avvikelser', headers[language], cells, { timeZone }),
    fileName: `${stem}.xlsx`,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
