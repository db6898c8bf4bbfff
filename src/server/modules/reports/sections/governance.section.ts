import { GOVERNANCE_BODY_TYPES, type GovernanceBodyType } from '../../../../shared/governance/governance.schemas';
import { cooperationListQuery, type ReportRow, type ReportTable } from '../../../../shared/reports/committee-report.schemas';
import { semestersToJudge } from '../../../../shared/reports/governance-report.rules';
import type { Language } from '../../../http/language';
import { inLanguage, type ReportSectionDefinition } from '../report-section';
import { cooperationsFlaggedToday, governanceByType, steeringGroups } from './governance.repository';

/** The names the governance screens use (governance.*.messages.ts). */
const TYPE_NAMES: Record<Language, Record<GovernanceBodyType, string>> = {
  sv: {
    steering_group: 'Styrgrupp',
    strategic_steering_group: 'Strategisk styrgrupp',
    operative_steering_group: 'Operativ styrgrupp',
    review_group: 'Beredningsgrupp',
    working_group: 'Arbetsgrupp',
    cluster: 'Samverkanskluster',
    managers_forum: 'Chefsforum',
    staff_forum: 'Medarbetarforum',
  },
  en: {
    steering_group: 'Steering group',
    strategic_steering_group: 'Strategic steering group',
    operative_steering_group: 'Operative steering group',
    review_group: 'Review group',
    working_group: 'Working group',
    cluster: 'Cooperation cluster',
    managers_forum: 'Managers’ forum',
    staff_forum: 'Staff forum',
  },
};

const typeName = (language: Language, type: string) => TYPE_NAMES[language][type as GovernanceBodyType] ?? type;

/**
 * Steering groups and their meetings (IOP-6, AGR-3): the governance bodies active in the period by
 * type, the meetings they held, their joint decisions, and the steering groups that missed a semester.
 */
export const governanceSection: ReportSectionDefinition = {
  key: 'governance',
  async build(ctx) {
    const { language, scope, today } = ctx;
    const q = { scope, today, semesters: semestersToJudge(scope.from, scope.to, today) };
    const byType = await governanceByType(ctx.db, q);
    const groups = await steeringGroups(ctx.db, q);
    // The list's flag judges the semester of today, so the figure only belongs to a period that holds today.
    const flagged = scope.from <= today && today <= scope.to ? await cooperationsFlaggedToday(ctx.db, scope, today) : null;
    const flagTable: ReportTable[] =
      flagged === null
        ? []
        : [
            {
              key: 'steering-flag-today',
              title: inLanguage(language, { sv: 'Samverkan vars styrgrupp inte har mötts denna termin', en: 'Cooperations whose steering group has not met this semester' }),
              columns: [
                { key: 'label', label: inLanguage(language, { sv: 'Samverkan', en: 'Cooperations' }), kind: 'text' },
                { key: 'flagged', label: inLanguage(language, { sv: 'Antal i dag', en: 'Number today' }), kind: 'count' },
              ],
              rows: [
                {
                  cells: [
                    inLanguage(language, {
                      sv: 'Pågående under perioden, med en aktiv styrgrupp utan möte hittills denna termin',
                      en: 'In force during the period, with an active steering group without a meeting so far this semester',
                    }),
                    flagged,
                  ],
                  links: [null, cooperationListQuery('running', scope, { area: scope.area, unitCode: scope.unitCode, form: scope.forms }, { steeringGroupFlag: 'true' })],
                },
              ],
              note: inLanguage(language, {
                sv: 'Bedömt i dag, som styrgruppsflaggan i samverkanslistan (IOP-6); visas bara när perioden omfattar dagens datum.',
                en: 'Judged today, as the steering-group flag of the cooperation list (IOP-6); shown only when the period includes today.',
              }),
              public: true,
            },
          ];
    const types = GOVERNANCE_BODY_TYPES.filter((type) => byType.some((r) => r.type === type));
    const sum = (pick: (r: (typeof byType)[number]) => number) => byType.reduce((total, r) => total + pick(r), 0);
    const typeRows: ReportRow[] = types.map((type) => {
      const r = byType.find((x) => x.type === type)!;
      return { cells: [typeName(language, type), r.bodies, r.held, r.decided, r.missed_bodies] };
    });
    const totalLabel = inLanguage(language, { sv: 'Totalt', en: 'Total' });
    const semesterNote =
      q.semesters.length === 0
        ? inLanguage(language, { sv: ' Ingen termin i perioden har börjat ännu.', en: ' No semester of the period has begun yet.' })
        : '';
    const judgedNote = inLanguage(language, {
      sv: 'Ett möte räknas som hållet när det är daterat inom perioden och senast i dag. Missad termin: ett organ som ska mötas varje termin (IOP-6) men saknar möte under en termin som perioden berör (hela terminen, eller fram till i dag för en pågående termin). Med urval räknas ett organ som styr någon samverkan inom urvalet.',
      en: 'A meeting counts as held when it is dated within the period and not after today. Missed semester: a body that must meet every semester (IOP-6) without a meeting in a semester the period touches (the whole semester, or up to today for the current one). With filters a body counts when it governs a cooperation within them.',
    });
    const flagNote = inLanguage(language, {
      sv: ' Figurerna räknar organ, inte samverkan, och länkar därför inte till samverkanslistan; listans styrgruppsflagga gäller dessutom bara den pågående terminen.',
      en: ' The figures count bodies, not cooperations, so they do not link to the cooperation list; its steering-group flag concerns only the current semester anyway.',
    });
    return {
      key: 'governance',
      title: inLanguage(language, { sv: 'Styrgrupper och möten', en: 'Steering groups and meetings' }),
      requirements: ['IOP-6', 'AGR-3', 'OVR-2'],
      description: inLanguage(language, {
        sv: 'Styrgrupper, arbetsgrupper och forum som var verksamma under perioden, per typ, med hållna möten, gemensamma beslut och de organ som inte möttes någon termin.',
        en: 'Steering groups, working groups and forums active during the period, by type, with meetings held, joint decisions and the bodies that did not meet in some semester.',
      }),
      tables: [
        {
          key: 'bodies-by-type',
          title: inLanguage(language, { sv: 'Organ, möten och beslut per typ', en: 'Bodies, meetings and decisions by type' }),
          columns: [
            { key: 'type', label: inLanguage(language, { sv: 'Typ av organ', en: 'Type of body' }), kind: 'text' },
            { key: 'bodies', label: inLanguage(language, { sv: 'Verksamma organ', en: 'Active bodies' }), kind: 'count' },
            { key: 'meetings', label: inLanguage(language, { sv: 'Hållna möten', en: 'Meetings held' }), kind: 'count' },
            { key: 'decisions', label: inLanguage(language, { sv: 'Gemensamma beslut', en: 'Joint decisions' }), kind: 'count' },
            { key: 'missed', label: inLanguage(language, { sv: 'Organ som missade en termin', en: 'Bodies that missed a semester' }), kind: 'count' },
          ],
          rows: [
            ...typeRows,
            { cells: [totalLabel, sum((r) => r.bodies), sum((r) => r.held), sum((r) => r.decided), sum((r) => r.missed_bodies)], total: true },
          ],
          chart: { kind: 'bar', categoryColumn: 0, seriesColumns: [1, 2] },
          note:
            judgedNote +
            semesterNote +
            flagNote +
            (types.length === 0 ? inLanguage(language, { sv: ' Inga organ var verksamma under perioden.', en: ' No body was active during the period.' }) : ''),
          public: true,
        },
        {
          key: 'steering-groups',
          title: inLanguage(language, { sv: 'Styrgrupper och deras möten', en: 'Steering groups and their meetings' }),
          columns: [
            { key: 'name', label: inLanguage(language, { sv: 'Styrgrupp', en: 'Steering group' }), kind: 'text' },
            { key: 'type', label: inLanguage(language, { sv: 'Typ', en: 'Type' }), kind: 'text' },
            { key: 'meetings', label: inLanguage(language, { sv: 'Hållna möten', en: 'Meetings held' }), kind: 'count' },
            { key: 'decisions', label: inLanguage(language, { sv: 'Gemensamma beslut', en: 'Joint decisions' }), kind: 'count' },
            { key: 'missed', label: inLanguage(language, { sv: 'Terminer utan möte', en: 'Semesters without a meeting' }), kind: 'count' },
          ],
          rows: groups.map((g) => ({ cells: [g.name, typeName(language, g.type), g.held, g.decided, g.cadence === 'per_semester' ? g.missed : null] })),
          note: inLanguage(language, {
            sv: 'Terminer utan möte visas bara för styrgrupper som ska mötas varje termin.',
            en: 'Semesters without a meeting are shown only for steering groups that must meet every semester.',
          }) + (groups.length === 0 ? inLanguage(language, { sv: ' Inga styrgrupper var verksamma under perioden.', en: ' No steering group was active during the period.' }) : ''),
        },
        ...flagTable,
      ],
    };
  },
};
