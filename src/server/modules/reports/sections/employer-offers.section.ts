import { halfYearDays, OFFER_KINDS, type OfferKind, type OutcomeMeasure } from '../../../../shared/employers/employer-offers.rules';
import type { ReportColumn, ReportRow } from '../../../../shared/reports/committee-report.schemas';
import { periodsWithin } from '../../../../shared/reports/indicator-result.rules';
import type { Language } from '../../../http/language';
import { findOutcomeCategories } from '../../employers/employer-offer.repository';
import { inLanguage, type ReportSectionDefinition } from '../report-section';
import { jobTracksRunning, offersByKind, outcomeSums } from './employer-offers.repository';

/** The names the offer screens use for the kinds of offer (employer-offers.*.messages.ts). */
export const OFFER_KIND_NAMES: Record<Language, Record<OfferKind, string>> = {
  sv: { job: 'Anställning', wage_subsidised_job: 'Anställning med lönesubvention', internship: 'Praktik', apl: 'APL-plats', job_track: 'Jobbspår' },
  en: { job: 'Job', wage_subsidised_job: 'Wage-subsidised job', internship: 'Internship', apl: 'Workplace-learning place (APL)', job_track: 'Job track' },
};

const MEASURE_NAMES: Record<Language, Record<OutcomeMeasure, string>> = {
  sv: { started: 'Började', employed: 'Fick arbete' },
  en: { started: 'Started', employed: 'Got a job' },
};

/**
 * Offers of job partnerships and job tracks (EMP-4, EMP-2, OVR-2): offers and places per kind in
 * the period, the participants who started and who got a job by gender and by target group (the
 * follow-up breakdowns, counts of persons the open statistics protect), and the job tracks that
 * ran in the period, those run with Arbetsförmedlingen apart.
 */
export const employerOffersSection: ReportSectionDefinition = {
  key: 'employer-offers',
  async build(ctx) {
    const { language, scope } = ctx;
    const t = (sv: string, en: string) => inLanguage(language, { sv, en });
    // Outcomes are recorded per half-year; the half-years wholly inside the period count.
    const periods = periodsWithin(scope.year, scope.from, scope.to).filter((p) => halfYearDays(p) !== null);
    const [kinds, sums, tracks, categories] = await Promise.all([offersByKind(ctx.db, scope), outcomeSums(ctx.db, scope, periods), jobTracksRunning(ctx.db, scope), findOutcomeCategories(ctx.db)]);

    const sumOf = (filter: (r: (typeof sums)[number]) => boolean) => sums.filter(filter).reduce((s, r) => s + r.value, 0);
    const totalOf = (measure: OutcomeMeasure, kind?: string) => sumOf((r) => r.measure === measure && r.dimension === null && (kind === undefined || r.kind === kind));
    const kindRows: ReportRow[] = OFFER_KINDS.filter((k) => kinds.some((r) => r.kind === k) || sums.some((r) => r.kind === k)).map((k) => {
      const r = kinds.find((x) => x.kind === k);
      return { cells: [OFFER_KIND_NAMES[language][k], r?.offers ?? 0, r?.places ?? 0, totalOf('started', k), totalOf('employed', k)] };
    });
    const kindTotal: ReportRow = {
      cells: [t('Totalt', 'Total'), kinds.reduce((s, r) => s + r.offers, 0), kinds.reduce((s, r) => s + r.places, 0), totalOf('started'), totalOf('employed')],
      total: true,
    };

    const shown = (dimension: 'gender' | 'target_group') =>
      categories.filter((c) => c.dimension === dimension && (c.active || sums.some((r) => r.dimension === dimension && r.category === c.code)));
    const breakdownTable = (dimension: 'gender' | 'target_group') => {
      const parts = shown(dimension);
      const columns: ReportColumn[] = [
        { key: 'measure', label: t('Utfall', 'Outcome'), kind: 'text' },
        { key: 'total', label: t('Totalt', 'Total'), kind: 'persons' },
        ...parts.map((c): ReportColumn => ({ key: c.code, label: language === 'sv' ? c.name_sv : c.name_en, kind: 'persons' })),
        ...(dimension === 'gender' ? [{ key: 'missing', label: t('Uppgift saknas', 'Not given'), kind: 'persons' } satisfies ReportColumn] : []),
      ];
      const rows: ReportRow[] = (['started', 'employed'] as const).map((measure) => {
        const total = totalOf(measure);
        const values = parts.map((c) => sumOf((r) => r.measure === measure && r.dimension === dimension && r.category === c.code));
        if (dimension !== 'gender') return { cells: [MEASURE_NAMES[language][measure], total, ...values] };
        const missing = Math.max(0, total - values.reduce((s, v) => s + v, 0));
        return { cells: [MEASURE_NAMES[language][measure], total, ...values, missing] };
      });
      return { columns, rows, partColumns: parts.map((_, n) => n + 2).concat(dimension === 'gender' ? [parts.length + 2] : []) };
    };
    const gender = breakdownTable('gender');
    const targetGroups = breakdownTable('target_group');
    const periodText = periods.length === 0 ? t('inga hela halvår', 'no whole half-years') : periods.join(', ');
    const howCounted = t(
      `Utfallen är summan av de senast registrerade siffrorna för halvåren ${periodText}, för erbjudanden i jobbpartnerskap inom urvalet. Bara antal registreras, aldrig personer.`,
      `The outcomes are the sum of the latest recorded figures for the half-years ${periodText}, for offers of job partnerships within the filters. Only counts are recorded, never persons.`,
    );

    const trackRow = (label: string, rows: typeof tracks): ReportRow => ({
      cells: [label, rows.reduce((s, r) => s + r.tracks, 0), rows.reduce((s, r) => s + r.places, 0), rows.reduce((s, r) => s + r.employers, 0)],
    });
    const withAf = tracks.filter((r) => r.with_af === true);
    const allTracks: ReportRow = { ...trackRow(t('Alla jobbspår', 'All job tracks'), tracks.filter((r) => r.with_af === null)), total: true };

    return {
      key: 'employer-offers',
      title: t('Erbjudanden och jobbspår', 'Offers and job tracks'),
      requirements: ['EMP-4', 'EMP-2', 'OVR-2'],
      description: t(
        'Jobbpartnerskapens erbjudanden och platser under perioden per typ, hur många som började och fick arbete efter kön och målgrupp, och jobbspåren som pågick under perioden, med dem som drivs tillsammans med Arbetsförmedlingen för sig.',
        'The offers and places of job partnerships during the period by kind, how many started and got a job by gender and target group, and the job tracks running during the period, with those run jointly with Arbetsförmedlingen apart.',
      ),
      tables: [
        {
          key: 'offers-by-kind',
          title: t('Erbjudanden och platser per typ', 'Offers and places by kind'),
          columns: [
            { key: 'kind', label: t('Typ av erbjudande', 'Kind of offer'), kind: 'text' },
            { key: 'offers', label: t('Erbjudanden', 'Offers'), kind: 'count' },
            { key: 'places', label: t('Platser', 'Places'), kind: 'count' },
            { key: 'started', label: t('Började', 'Started'), kind: 'persons' },
            { key: 'employed', label: t('Fick arbete', 'Got a job'), kind: 'persons' },
          ],
          rows: [...kindRows, kindTotal],
          chart: { kind: 'bar', categoryColumn: 0, seriesColumns: [2] },
          public: true,
          note: t(
            'Ett erbjudande räknas när dess period överlappar rapportens period. ',
            'An offer counts when its period overlaps the report’s period. ',
          ) + howCounted,
        },
        {
          key: 'outcomes-by-gender',
          title: t('Utfall efter kön', 'Outcomes by gender'),
          columns: gender.columns,
          rows: gender.rows,
          public: true,
          personBreakdown: { partColumns: gender.partColumns, totalColumn: 1, rowsAdditive: false },
          note: howCounted,
        },
        {
          key: 'outcomes-by-target-group',
          title: t('Utfall efter målgrupp', 'Outcomes by target group'),
          columns: targetGroups.columns,
          rows: targetGroups.rows,
          public: true,
          note: t('En person kan höra till flera målgrupper eller till ingen, så målgrupperna summerar inte till totalen.', 'A person may belong to several target groups or to none, so the target groups do not add up to the total.'),
        },
        {
          key: 'job-tracks',
          title: t('Jobbspår som pågick under perioden', 'Job tracks running during the period'),
          columns: [
            { key: 'group', label: t('Jobbspår', 'Job tracks'), kind: 'text' },
            { key: 'tracks', label: t('Antal', 'Number'), kind: 'count' },
            { key: 'places', label: t('Platser', 'Places'), kind: 'count' },
            { key: 'employers', label: t('Arbetsgivare', 'Employers'), kind: 'count' },
          ],
          rows: [
            trackRow(t('Med Arbetsförmedlingen', 'With Arbetsförmedlingen'), withAf),
            trackRow(t('Utan Arbetsförmedlingen', 'Without Arbetsförmedlingen'), tracks.filter((r) => r.with_af === false)),
            allTracks,
          ],
          public: true,
          note: t(
            'Ett jobbspår räknas när det har startat, dess datum överlappar perioden och det inte avslutades före perioden. Med urval av enhet räknas jobbspårets mottagande enhet; urval av område och samverkansform gäller inte jobbspår.',
            'A job track counts when it has started, its dates overlap the period and it did not end before the period. With a unit filter the track’s receiving unit counts; area and form filters do not apply to job tracks.',
          ),
        },
      ],
    };
  },
};
