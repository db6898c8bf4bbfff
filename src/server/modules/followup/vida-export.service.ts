import type { VidaPayeeProblem, VidaExportQuery, VidaPayoutList } from '../../../shared/followup/vida.schemas';
import type { Db } from '../../db/database';
import type { Language } from '../../http/language';
import type { RequestContext } from '../../http/request-context';
import { toCsv } from '../../lib/spreadsheet/csv';
import type { CellInput } from '../../lib/spreadsheet/table';
import { toXlsx } from '../../lib/spreadsheet/xlsx';
import { listPayouts } from './vida.service';

const headers: Record<Language, string[]> = {
  sv: ['Förening', 'Organisationsnummer', 'Bankgiro', 'Plusgiro', 'Ärende', 'Samverkan', 'Termin', 'Deltagare', 'Tillfällen', 'Ersättning per deltagare (kr)', 'Ersättningen gäller från', 'Belopp (kr)', 'Undantag från ramen', 'Att åtgärda i organisationsregistret'],
  en: ['Association', 'Organisation number', 'Bankgiro', 'Plusgiro', 'Case', 'Cooperation', 'Semester', 'Participants', 'Occasions', 'Rate per participant (SEK)', 'Rate applies from', 'Amount (SEK)', 'Exception to the frame', 'To fix in the organisation register'],
};

const problemWords: Record<Language, Record<VidaPayeeProblem, string>> = {
  sv: {
    org_number_missing: 'organisationsnummer saknas',
    giro_missing: 'bankgiro eller plusgiro saknas',
    bankgiro_invalid: 'bankgironumret är ogiltigt',
    plusgiro_invalid: 'plusgironumret är ogiltigt',
  },
  en: {
    org_number_missing: 'organisation number missing',
    giro_missing: 'bankgiro or plusgiro missing',
    bankgiro_invalid: 'the bankgiro number is invalid',
    plusgiro_invalid: 'the plusgiro number is invalid',
  },
};

const semesterWords: Record<Language, Record<'spring' | 'autumn', string>> = {
  sv: { spring: 'VT', autumn: 'HT' },
  en: { spring: 'Spring', autumn: 'Autumn' },
};

/** The semester as people write it: "VT 2026" / "Spring 2026". */
function semesterName(list: Pick<VidaPayoutList, 'period'>, language: Language): string {
  const [year, half] = list.period.split('-') as [string, 'spring' | 'autumn'];
  return `${semesterWords[language][half]} ${year}`;
}

/**
 * One semester's payout list as CSV or XLSX for the finance system (FRM-5): each payout with the
 * association's organisation number and giro numbers, a total row, and for each association
 * whose number is missing or invalid what to fix (also counted in `warnings` for the response header).
 */
export async function exportPayouts(
  db: Db,
  ctx: RequestContext,
  q: Omit<VidaExportQuery, 'lang'>,
  options: { language: Language; timeZone: string },
): Promise<{ bytes: Buffer; fileName: string; mediaType: string; warnings: number }> {
  const { language, timeZone } = options;
  const list = await listPayouts(db, ctx, q.period);
  const semester = semesterName(list, language);
  const cells: CellInput[][] = list.items.map((p) => [
    p.organisationName,
    p.orgNumber,
    p.bankgiro,
    p.plusgiro,
    p.caseNumber,
    p.cooperationTitle,
    semester,
    p.participants,
    p.occasions,
    p.rateSek,
    p.rateValidFrom,
    p.amountSek,
    p.exception?.motivation ?? null,
    p.payeeProblems.map((x) => problemWords[language][x]).join('; ') || null,
  ]);
  cells.push([language === 'en' ? 'Total' : 'Summa', null, null, null, null, null, semester, list.totals.participants, null, null, null, list.totals.amountSek, null,
    list.warnings.length > 0 ? (language === 'en' ? `${list.warnings.length} associations to fix` : `${list.warnings.length} föreningar att åtgärda`) : null]);
  const stem = `${language === 'en' ? 'vida-payouts' : 'vida-ersattningar'}-${list.period}`;
  const base = { warnings: list.warnings.length };
  if (q.format === 'csv') {
    return { ...base, bytes: toCsv(headers[language], cells, { timeZone }), fileName: `${stem}.csv`, mediaType: 'text/csv; charset=utf-8' };
  }
  return {
    ...base,
    bytes: await toXlsx(language === 'en' ? 'VIDA payouts' : 'VIDA-ersättningar', headers[language], cells, { timeZone }),
    fileName: `${stem}.xlsx`,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
