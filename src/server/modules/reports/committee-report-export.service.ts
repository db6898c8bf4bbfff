import type { Readable } from 'node:stream';
import { z } from 'zod';
import { committeeReportDownloadQuery, type CommitteeReportQuery } from '../../../shared/reports/committee-report.schemas';
import type { Db } from '../../db/database';
import type { Language } from '../../http/language';
import type { RequestContext } from '../../http/request-context';
import { buildCommitteeReport } from './committee-report.service';
import { renderCommitteeReportPdf } from './committee-report.pdf';
import { renderCommitteeReportXlsx } from './committee-report.xlsx';

/** The report's download query: the report's own query, the file's language, and the file's format. */
export const committeeReportExportQuery = committeeReportDownloadQuery.extend({
  format: z.enum(['xlsx', 'pdf'], { error: 'validation.report.downloadFormat' }),
});
export type CommitteeReportExportQuery = z.infer<typeof committeeReportExportQuery>;

const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** A rendered download: its bytes (the workbook as a stream, written while it is sent), name and type. */
export type CommitteeReportFile = { body: Readable | Buffer; fileName: string; mediaType: string };

/**
 * The committee's report as an Excel workbook or a PDF (OVR-2): the report is built once from one
 * snapshot, exactly as on screen, and rendered; an invalid query fails before any byte is sent.
 */
export async function exportCommitteeReport(
  db: Db,
  ctx: RequestContext,
  q: CommitteeReportQuery & { format: 'xlsx' | 'pdf' },
  options: { language: Language; timeZone: string },
): Promise<CommitteeReportFile> {
  const { format, ...query } = q;
  const view = await buildCommitteeReport(db, ctx, query, options.language, options.timeZone);
  const name = options.language === 'en' ? 'cooperation-report' : 'samverkan-rapport';
  const period = query.from || query.to ? `-${view.period.from}-${view.period.to}` : '';
  const fileName = `${name}-${view.year}${period}.${format}`;
  const body = format === 'xlsx' ? renderCommitteeReportXlsx(view, options) : Buffer.from(await renderCommitteeReportPdf(view, options));
  return { body, fileName, mediaType: MEDIA_TYPES[format] };
}
