import { COOPERATION_STATUSES } from '../../../../shared/cooperations/forms';
import { collectiveAgreementShare } from '../../../../shared/employers/employer-controls.rules';
import { addDays } from '../../../../shared/lifecycle/termination.rules';
import type { ReportRow } from '../../../../shared/reports/committee-report.schemas';
import { readControlProgrammes } from '../../employers/control-programme.service';
import { inLanguage, type ReportSectionDefinition } from '../report-section';
import { controlChecksInPeriod, controlsExpiring, jobPartnershipsByStatus, latestCollectiveAgreementAnswers } from './employer-controls.repository';

/** Days ahead a control counts as expiring. */
export const EXPIRING_WITHIN_DAYS = 60;

const STATUS_NAMES = {
  preparing: { sv: 'Under förberedelse', en: 'Preparing' },
  active: { sv: 'Pågående', en: 'Active' },
  under_review: { sv: 'Under översyn', en: 'Under review' },
  ended: { sv: 'Avslutade', en: 'Ended' },
} as const;

/**
 * Job partnerships and the controls of their employers (EMP-2, EMP-3): partnerships by status,
 * the checks made in the period (passed, failed, not applicable) and those expiring soon per
 * control, and the share of employers with a collective agreement or equivalent terms from each
 * employer's latest answer — recorded apart because the committee reports on it.
 */
export const employerControlsSection: ReportSectionDefinition = {
  key: 'employer-controls',
  async build(ctx) {
    const { language, scope, db, today } = ctx;
    const l = (texts: { sv: string; en: string }) => inLanguage(language, texts);
    const [statuses, checks, expiring, answers, programmes] = await Promise.all([
      jobPartnershipsByStatus(db, scope),
      controlChecksInPeriod(db, scope),
      controlsExpiring(db, today, addDays(today, EXPIRING_WITHIN_DAYS)),
      latestCollectiveAgreementAnswers(db, scope),
      readControlProgrammes(db),
    ]);
    const totalLabel = l({ sv: 'Totalt', en: 'Total' });
    const statusRows: ReportRow[] = COOPERATION_STATUSES.map((s) => ({ cells: [l(STATUS_NAMES[s]), statuses.find((r) => r.status === s)?.partnerships ?? 0] }));
    const partnershipTotal = statuses.reduce((sum, r) => sum + r.partnerships, 0);

    // Every control of any programme, named as its latest programme names it, in that order.
    const names = new Map<string, string>();
    for (const p of programmes) for (const c of p.controls) names.set(c.code, language === 'en' ? c.nameEn : c.nameSv);
    const count = (code: string, result: string) => checks.find((c) => c.control_code === code && c.result === result)?.checks ?? 0;
    const controlRows: ReportRow[] = [...names.entries()].map(([code, name]) => [
      name,
      count(code, 'pass'),
      count(code, 'fail'),
      count(code, 'not_applicable'),
      expiring.find((e) => e.control_code === code)?.employers ?? 0,
    ]).map((cells) => ({ cells }));
    const sum = (column: number) => controlRows.reduce((total, r) => total + Number(r.cells[column] ?? 0), 0);

    const answerCount = (a: string) => answers.filter((r) => r.answer === a).length;
    const share = collectiveAgreementShare(answers.map((a) => a.answer));

    return {
      key: 'employer-controls',
      title: l({ sv: 'Jobbpartnerskap och kontroller av arbetsgivare', en: 'Job partnerships and controls of employers' }),
      requirements: ['EMP-2', 'EMP-3', 'OVR-2'],
      description: l({
        sv: 'Jobbpartnerskap efter status i dag, kontroller av arbetsgivarna som gjordes under perioden och som går ut inom 60 dagar, och andelen arbetsgivare med kollektivavtal eller motsvarande villkor enligt deras senaste svar.',
        en: 'Job partnerships by status today, controls of the employers made during the period and expiring within 60 days, and the share of employers with a collective agreement or equivalent terms by their latest answer.',
      }),
      tables: [
        {
          key: 'job-partnerships',
          title: l({ sv: 'Jobbpartnerskap efter status', en: 'Job partnerships by status' }),
          columns: [
            { key: 'status', label: l({ sv: 'Status', en: 'Status' }), kind: 'text' },
            { key: 'partnerships', label: l({ sv: 'Jobbpartnerskap', en: 'Job partnerships' }), kind: 'count' },
          ],
          rows: [...statusRows, { cells: [totalLabel, partnershipTotal], total: true }],
          chart: { kind: 'bar', categoryColumn: 0, seriesColumns: [1] },
          note: l({ sv: 'Jobbpartnerskap registrerade till och med periodens slut, efter status i dag.', en: 'Job partnerships registered by the end of the period, by status today.' }),
          public: true,
        },
        {
          key: 'controls',
          title: l({ sv: 'Kontroller av arbetsgivare', en: 'Controls of employers' }),
          columns: [
            { key: 'control', label: l({ sv: 'Kontroll', en: 'Control' }), kind: 'text' },
            { key: 'passed', label: l({ sv: 'Godkända under perioden', en: 'Passed during the period' }), kind: 'count' },
            { key: 'failed', label: l({ sv: 'Underkända under perioden', en: 'Failed during the period' }), kind: 'count' },
            { key: 'notApplicable', label: l({ sv: 'Ej tillämpliga under perioden', en: 'Not applicable during the period' }), kind: 'count' },
            { key: 'expiring', label: l({ sv: 'Går ut inom 60 dagar', en: 'Expiring within 60 days' }), kind: 'count' },
          ],
          rows: [...controlRows, { cells: [totalLabel, sum(1), sum(2), sum(3), sum(4)], total: true }],
          chart: { kind: 'stacked-bar', categoryColumn: 0, seriesColumns: [1, 2, 3] },
          note: l({
            sv: 'Varje kontroll räknas efter dagen den gjordes. Går ut: arbetsgivare vars senaste giltiga kontroll upphör att gälla inom 60 dagar från i dag.',
            en: "Each check counts by the day it was made. Expiring: employers whose latest valid check stops holding within 60 days from today.",
          }),
          public: true,
        },
        {
          key: 'collective-agreement',
          title: l({ sv: 'Kollektivavtal eller motsvarande villkor', en: 'Collective agreement or equivalent terms' }),
          columns: [
            { key: 'answer', label: l({ sv: 'Senaste svar', en: 'Latest answer' }), kind: 'text' },
            { key: 'employers', label: l({ sv: 'Arbetsgivare', en: 'Employers' }), kind: 'count' },
          ],
          rows: [
            { cells: [l({ sv: 'Kollektivavtal', en: 'Collective agreement' }), answerCount('yes')] },
            { cells: [l({ sv: 'Motsvarande villkor', en: 'Equivalent terms' }), answerCount('equivalent_terms')] },
            { cells: [l({ sv: 'Inget kollektivavtal', en: 'No collective agreement' }), answerCount('no')] },
            { cells: [totalLabel, answers.length], total: true },
          ],
          note: l({
            sv: `Andel med kollektivavtal eller motsvarande villkor: ${share === null ? 'inga svar' : `${String(share).replace('.', ',')} %`}. Varje arbetsgivares senaste svar till och med periodens slut räknas.`,
            en: `Share with a collective agreement or equivalent terms: ${share === null ? 'no answers' : `${share} %`}. Each employer's latest answer by the end of the period counts.`,
          }),
          public: true,
        },
        {
          key: 'collective-agreement-share',
          title: l({ sv: 'Andel arbetsgivare med kollektivavtal eller motsvarande villkor', en: 'Share of employers with a collective agreement or equivalent terms' }),
          columns: [
            { key: 'label', label: l({ sv: 'Arbetsgivare', en: 'Employers' }), kind: 'text' },
            { key: 'share', label: l({ sv: 'Andel', en: 'Share' }), kind: 'percent' },
          ],
          rows: [{ cells: [l({ sv: 'Med kollektivavtal eller motsvarande villkor', en: 'With a collective agreement or equivalent terms' }), share] }],
          public: true,
        },
      ],
    };
  },
};
