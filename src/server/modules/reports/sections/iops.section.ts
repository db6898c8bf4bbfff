import { cooperationListQuery } from '../../../../shared/reports/committee-report.schemas';
import { inLanguage, type ReportSectionDefinition } from '../report-section';
import { findRunningIops } from './iops.repository';

/** The IOPs in force during the period with their partners (OVR-2, IOP-9). */
export const iopsSection: ReportSectionDefinition = {
  key: 'iops',
  async build(ctx) {
    const { language, scope } = ctx;
    // A form filter without IOPs leaves none; the list link would then name IOPs outside the filter.
    const excluded = scope.forms !== undefined && !scope.forms.includes('iop');
    const iops = excluded ? [] : await findRunningIops(ctx.db, scope);
    const col = (key: string, sv: string, en: string) => ({ key, label: inLanguage(language, { sv, en }), kind: 'text' as const });
    const link = excluded ? null : cooperationListQuery('running', scope, { area: scope.area, unitCode: scope.unitCode, form: ['iop'] });
    return {
      key: 'iops',
      title: inLanguage(language, { sv: 'Pågående idéburna offentliga partnerskap', en: 'Ongoing idea-based public partnerships' }),
      requirements: ['OVR-2', 'IOP-9'],
      description: inLanguage(language, {
        sv: 'De idéburna offentliga partnerskap (IOP) som pågick någon gång under perioden, med partner, ansvarig enhet, startdag och slutdag.',
        en: 'The idea-based public partnerships (IOP) in force at some time during the period, with partners, responsible unit, start day and end day.',
      }),
      tables: [
        {
          key: 'running-iops',
          title: inLanguage(language, { sv: 'Pågående IOP och deras partner', en: 'Ongoing IOPs and their partners' }),
          columns: [
            col('caseNumber', 'Ärendenummer', 'Case number'),
            col('title', 'Benämning', 'Title'),
            col('partners', 'Partner', 'Partners'),
            col('unit', 'Enhet', 'Unit'),
            col('activatedOn', 'Startade', 'Started on'),
            col('endDate', 'Slutdatum', 'End date'),
            { key: 'count', label: inLanguage(language, { sv: 'Antal', en: 'Number' }), kind: 'count' as const },
          ],
          rows: [
            ...iops.map((r) => ({
              cells: [r.case_number, r.title, r.partners, language === 'en' ? r.unit_en : r.unit_sv, r.activated_on, r.end_date, 1],
            })),
            {
              cells: [inLanguage(language, { sv: 'Totalt', en: 'Total' }), null, null, null, null, null, iops.length],
              links: [null, null, null, null, null, null, link],
              total: true,
            },
          ],
          note: inLanguage(language, {
            sv: 'Slutdatum är dagen partnerskapet avslutades eller, för ett pågående, det avtalade slutdatumet.',
            en: 'The end date is the day the partnership ended or, for one still in force, its agreed end date.',
          }),
        },
      ],
    };
  },
};
