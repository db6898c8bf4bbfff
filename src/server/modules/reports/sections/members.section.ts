import { EMPLOYER_TYPE_NAMES } from '../../../../shared/employers/employer-type.names';
import { EMPLOYER_TYPES, type EmployerType } from '../../../../shared/employers/membership.rules';
import type { ReportRow } from '../../../../shared/reports/committee-report.schemas';
import { inLanguage, type ReportSectionDefinition } from '../report-section';
import { findEndedMemberships, memberCountsByType } from './members.repository';

/**
 * Integrationspakten's members (EMP-1, OVR-2): members at the period's end, new members and ended
 * memberships in the period, by employer type — platform and gig companies apart, as 004 asks —
 * and the memberships that ended, with their reasons.
 */
export const membersSection: ReportSectionDefinition = {
  key: 'integration-pact-members',
  async build(ctx) {
    const { language } = ctx;
    const [counts, ended] = [await memberCountsByType(ctx.db, ctx.scope), await findEndedMemberships(ctx.db, ctx.scope)];
    const byType = new Map(counts.map((c) => [c.employer_type, c]));
    const types: (EmployerType | null)[] = [...EMPLOYER_TYPES, ...(byType.has(null) ? [null] : [])];
    const rows: ReportRow[] = types.map((type) => {
      const c = byType.get(type);
      const name = type ? EMPLOYER_TYPE_NAMES[language][type] : inLanguage(language, { sv: 'Typ ej angiven', en: 'Type not recorded' });
      return { cells: [name, c?.at_end ?? 0, c?.started ?? 0, c?.ended ?? 0] };
    });
    const sum = (pick: (c: (typeof counts)[number]) => number) => counts.reduce((s, c) => s + pick(c), 0);
    const col = (key: string, sv: string, en: string) => ({ key, label: inLanguage(language, { sv, en }), kind: 'text' as const });
    return {
      key: 'integration-pact-members',
      title: inLanguage(language, { sv: 'Integrationspaktens medlemmar', en: 'Members of Integrationspakten' }),
      requirements: ['EMP-1', 'OVR-2'],
      description: inLanguage(language, {
        sv: 'Arbetsgivare som var medlemmar i Integrationspakten vid periodens slut, nya medlemmar och avslutade medlemskap under perioden, per typ av arbetsgivare (plattforms- och gigföretag för sig), och vilka medlemskap som avslutades med skälen.',
        en: 'Employers that were members of Integrationspakten at the end of the period, new members and ended memberships during the period, by employer type (platform and gig companies apart), and which memberships ended, with the reasons.',
      }),
      tables: [
        {
          key: 'by-type',
          title: inLanguage(language, { sv: 'Medlemmar per typ av arbetsgivare', en: 'Members by employer type' }),
          columns: [
            { key: 'type', label: inLanguage(language, { sv: 'Typ av arbetsgivare', en: 'Employer type' }), kind: 'text' },
            { key: 'atEnd', label: inLanguage(language, { sv: 'Medlemmar vid periodens slut', en: 'Members at the end of the period' }), kind: 'count' },
            { key: 'started', label: inLanguage(language, { sv: 'Nya medlemmar', en: 'New members' }), kind: 'count' },
            { key: 'ended', label: inLanguage(language, { sv: 'Avslutade medlemskap', en: 'Ended memberships' }), kind: 'count' },
          ],
          rows: [
            ...rows,
            { cells: [inLanguage(language, { sv: 'Totalt', en: 'Total' }), sum((c) => c.at_end), sum((c) => c.started), sum((c) => c.ended)], total: true },
          ],
          chart: { kind: 'bar', categoryColumn: 0, seriesColumns: [1, 2, 3] },
          public: true,
        },
        {
          key: 'ended',
          title: inLanguage(language, { sv: 'Avslutade medlemskap', en: 'Ended memberships' }),
          columns: [col('employer', 'Arbetsgivare', 'Employer'), col('caseNumber', 'Ärendenummer', 'Case number'), col('endedOn', 'Avslutat', 'Ended on'), col('reason', 'Skäl', 'Reason')],
          rows: ended.map((e) => ({ cells: [e.name, e.case_number, e.ended_on, e.ended_reason] })),
          ...(ended.length === 0 ? { note: inLanguage(language, { sv: 'Inget medlemskap avslutades under perioden.', en: 'No membership ended during the period.' }) } : {}),
        },
      ],
    };
  },
};
