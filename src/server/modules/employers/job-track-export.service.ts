import type { JobTrackStatus } from '../../../shared/employers/employer-offers.rules';
import type { JobTrackExportQuery } from '../../../shared/employers/employer-offers.schemas';
import type { Db } from '../../db/database';
import type { Language } from '../../http/language';
import type { RequestContext } from '../../http/request-context';
import { toCsv } from '../../lib/spreadsheet/csv';
import type { CellInput } from '../../lib/spreadsheet/table';
import { toXlsx } from '../../lib/spreadsheet/xlsx';
import { listJobTracks } from './job-track.service';

const headers: Record<Language, string[]> = {
  sv: ['Jobbspår', 'Yrke', 'Arbetsgivare', 'Platser', 'Start', 'Slut', 'Mottagande enhet', 'Med Arbetsförmedlingen', 'Överenskommelse', 'Arbetsgrupp', 'Status'],
  en: ['Job track', 'Occupation', 'Employers', 'Places', 'Start', 'End', 'Receiving unit', 'With Arbetsförmedlingen', 'Agreement', 'Working group', 'Status'],
};

const words: Record<Language, { status: Record<JobTrackStatus, string>; yes: string; no: string }> = {
  sv: { status: { planned: 'Planerat', running: 'Pågår', ended: 'Avslutat' }, yes: 'Ja', no: 'Nej' },
  en: { status: { planned: 'Planned', running: 'Running', ended: 'Ended' }, yes: 'Yes', no: 'No' },
};

/** The filtered job-track list as CSV or XLSX (EMP-4). */
export async function exportJobTracks(
  db: Db,
  ctx: RequestContext,
  q: Omit<JobTrackExportQuery, 'lang'>,
  options: { language: Language; timeZone: string },
): Promise<{ bytes: Buffer; fileName: string; mediaType: string }> {
  const { language, timeZone } = options;
  const { format, ...filters } = q;
  const list = await listJobTracks(db, ctx, filters, language);
  const w = words[language];
  const cells: CellInput[][] = list.items.map((t) => [
    t.title,
    t.occupation,
    t.employers.map((e) => e.name).join(', '),
    t.places,
    t.startDate,
    t.endDate,
    t.unit?.name ?? null,
    t.withAf ? w.yes : w.no,
    t.agreement ? `${t.agreement.caseNumber} ${t.agreement.title}` : null,
    t.workingGroup?.name ?? null,
    w.status[t.status],
  ]);
  const stem = `${language === 'en' ? 'job-tracks' : 'jobbspar'}-${ctx.today}`;
  if (format === 'csv') return { bytes: toCsv(headers[language], cells, { timeZone }), fileName: `${stem}.csv`, mediaType: 'text/csv; charset=utf-8' };
  return {
    bytes: await toXlsx(language === 'en' ? 'Job tracks' : 'Jobbspår', headers[language], cells, { timeZone }),
    fileName: `${stem}.xlsx`,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
