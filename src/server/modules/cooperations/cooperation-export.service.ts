import type { CooperationExportQuery } from '../../../shared/cooperations/cooperation.schemas';
import { type CooperationForm, type CooperationStatus, FORM_NAMES } from '../../../shared/cooperations/forms';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import type { Language } from '../../http/language';
import type { RequestContext } from '../../http/request-context';
import { toCsv } from '../../lib/spreadsheet/csv';
import type { CellInput } from '../../lib/spreadsheet/table';
import { toXlsx } from '../../lib/spreadsheet/xlsx';
import { findAreas } from '../organisations/reference.repository';
import { toAmount } from './cooperation.views';
import { findOverviewRowsForExport, findPartyNames, findReferenceNames } from './overview.repository';
import { toOverviewFilter } from './overview.service';

/** The most cooperations one export holds. */
export const MAX_EXPORT_ROWS = 100_000;

const headers: Record<Language, string[]> = {
  sv: ['Ärendenummer', 'Diarienummer', 'Titel', 'Samverkansform', 'Status', 'Parter', 'Ansvarig chef', 'Enhet', 'Samverkansområden', 'Målgrupper', 'Värde (kr)', 'Ersättning (kr)', 'Startdatum', 'Slutdatum', 'Senast ändrad', 'Styrgrupp utan möte denna termin'],
  en: ['Case number', 'Registry number', 'Title', 'Form', 'Status', 'Parties', 'Responsible manager', 'Unit', 'Areas', 'Target groups', 'Value (SEK)', 'Compensation (SEK)', 'Start date', 'End date', 'Last changed', 'Steering group without a meeting this semester'],
};

const statusNames: Record<Language, Record<CooperationStatus, string>> = {
  sv: { preparing: 'Förberedelse', active: 'Pågående', under_review: 'Under översyn', ended: 'Avslutad' },
  en: { preparing: 'Preparing', active: 'Active', under_review: 'Under review', ended: 'Ended' },
};

const yesNo: Record<Language, { yes: string; no: string }> = { sv: { yes: 'Ja', no: 'Nej' }, en: { yes: 'Yes', no: 'No' } };

/**
 * The filtered overview as a CSV or XLSX file (OVR-1), with names instead of codes in the
 * caller's language; text that a spreadsheet would run as a formula is escaped by the writers.
 */
export async function exportCooperations(
  db: Db,
  ctx: RequestContext,
  q: Omit<CooperationExportQuery, 'lang'>,
  options: { language: Language; timeZone: string },
): Promise<{ bytes: Buffer; fileName: string; mediaType: string }> {
  const { language, timeZone } = options;
  assertPermitted(ctx.actor, 'cooperations.read');
  const { format, ...filters } = q;
  const rows = await findOverviewRowsForExport(db, await toOverviewFilter(db, filters, ctx.today), MAX_EXPORT_ROWS, ctx.today);
  const [partyNames, areas, units, targetGroups] = await Promise.all([
    findPartyNames(db, rows.map((r) => r.id)),
    findAreas(db),
    findReferenceNames(db, 'unit'),
    findReferenceNames(db, 'target_group'),
  ]);
  const name = (r: { name_sv: string; name_en: string }) => (language === 'en' ? r.name_en : r.name_sv);
  const areaName = new Map(areas.map((a) => [a.code, name(a)]));
  const unitName = new Map(units.map((u) => [u.code, name(u)]));
  const groupName = new Map(targetGroups.map((g) => [g.code, name(g)]));
  const cells: CellInput[][] = rows.map((c) => [
    // The app's own case number and the registry's number (diarienummer) are separate columns, never mixed.
    c.case_number,
    c.registry_number,
    c.title,
    FORM_NAMES[language][c.form as CooperationForm] ?? c.form,
    statusNames[language][c.status as CooperationStatus] ?? c.status,
    (partyNames.get(c.id) ?? []).join(', '),
    c.manager_name,
    c.unit_code ? (unitName.get(c.unit_code) ?? c.unit_code) : null,
    c.areas.map((a) => areaName.get(a) ?? a).join(', '),
    c.target_groups.map((g) => groupName.get(g) ?? g).join(', '),
    toAmount(c.value_sek),
    toAmount(c.compensation_sek),
    c.start_date,
    c.end_date,
    c.updated_at,
    // IOP-6: a steering group of the cooperation has not met this semester.
    c.steering_group_flag ? yesNo[language].yes : yesNo[language].no,
  ]);
  const stem = `${language === 'en' ? 'cooperations' : 'samverkan'}-${ctx.today}`;
  if (format === 'csv') {
    return { bytes: toCsv(headers[language], cells, { timeZone }), fileName: `${stem}.csv`, mediaType: 'text/csv; charset=utf-8' };
  }
  return {
    bytes: await toXlsx(language === 'en' ? 'Cooperations' : 'Samverkan', headers[language], cells, { timeZone }),
    fileName: `${stem}.xlsx`,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
