import { COOPERATION_FORMS, type CooperationForm, FORM_NAMES } from '../../../../shared/cooperations/forms';
import { cooperationListQuery } from '../../../../shared/reports/committee-report.schemas';
import { inLanguage, type ReportSectionDefinition } from '../report-section';
import { countsByForm } from './forms.repository';

const EVENTS = ['running', 'started', 'ended', 'terminated'] as const;
type Event = (typeof EVENTS)[number];

/** Cooperations by form (OVR-2): how many were in force, new, ended and terminated in the period. */
export const formsSection: ReportSectionDefinition = {
  key: 'forms',
  async build(ctx) {
    const { language, scope } = ctx;
    const rows = await countsByForm(ctx.db, scope);
    const byForm = new Map(rows.map((r) => [r.form as CooperationForm, r]));
    const forms = COOPERATION_FORMS.filter((f) => byForm.has(f));
    const link = (event: Event, form?: CooperationForm) =>
      cooperationListQuery(event, scope, { area: scope.area, unitCode: scope.unitCode, form: form ? [form] : scope.forms });
    const total = (event: Event) => rows.reduce((sum, r) => sum + r[event], 0);
    return {
      key: 'forms',
      title: inLanguage(language, { sv: 'Samverkan per form', en: 'Cooperation by form' }),
      requirements: ['OVR-2', 'OVR-1'],
      description: inLanguage(language, {
        sv: 'Samverkan som pågick någon gång under perioden, per samverkansform, och hur många som startade, avslutades och sades upp eller hävdes under perioden.',
        en: 'Cooperations in force at some time during the period, by form, and how many started, ended and were terminated during the period.',
      }),
      tables: [
        {
          key: 'by-form',
          title: inLanguage(language, { sv: 'Antal samverkan per form', en: 'Number of cooperations by form' }),
          columns: [
            { key: 'form', label: inLanguage(language, { sv: 'Samverkansform', en: 'Form' }), kind: 'text' },
            { key: 'running', label: inLanguage(language, { sv: 'Pågående under perioden', en: 'In force during the period' }), kind: 'count' },
            { key: 'started', label: inLanguage(language, { sv: 'Nya', en: 'New' }), kind: 'count' },
            { key: 'ended', label: inLanguage(language, { sv: 'Avslutade', en: 'Ended' }), kind: 'count' },
            { key: 'terminated', label: inLanguage(language, { sv: 'Varav uppsagda eller hävda', en: 'Of which terminated' }), kind: 'count' },
          ],
          rows: [
            ...forms.map((form) => {
              const r = byForm.get(form)!;
              return { cells: [FORM_NAMES[language][form], r.running, r.started, r.ended, r.terminated], links: [null, ...EVENTS.map((e) => link(e, form))] };
            }),
            { cells: [inLanguage(language, { sv: 'Totalt', en: 'Total' }), ...EVENTS.map(total)], links: [null, ...EVENTS.map((e) => link(e))], total: true },
          ],
          chart: { kind: 'bar', categoryColumn: 0, seriesColumns: [1, 2, 3] },
          public: true,
          ...(forms.length === 0 ? { note: inLanguage(language, { sv: 'Ingen samverkan pågick under perioden med de valda urvalen.', en: 'No cooperation was in force during the period with the chosen filters.' }) } : {}),
        },
      ],
    };
  },
};
