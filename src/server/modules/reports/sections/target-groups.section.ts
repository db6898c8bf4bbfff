import { inLanguage, type ReportSectionDefinition } from '../report-section';
import { countsInScope } from './areas.repository';
import { type CategoryCount, categoryCountTable } from './category-counts';
import { countsByTargetGroup } from './target-groups.repository';

/** Cooperations by target group (OVR-2): in force and new during the period per target group served. */
export const targetGroupsSection: ReportSectionDefinition = {
  key: 'target-groups',
  async build(ctx) {
    const { language } = ctx;
    const [rows, total] = [await countsByTargetGroup(ctx.db, ctx.scope), await countsInScope(ctx.db, ctx.scope)];
    const counts: CategoryCount[] = rows.map((r) => ({
      name:
        r.code === null
          ? inLanguage(language, { sv: 'Ingen målgrupp angiven', en: 'No target group given' })
          : ((language === 'en' ? r.name_en : r.name_sv) ?? r.code),
      running: r.running,
      started: r.started,
      // The list has no filter for cooperations without a target group.
      filters: r.code === null ? null : { extra: { targetGroup: r.code } },
    }));
    return {
      key: 'target-groups',
      title: inLanguage(language, { sv: 'Samverkan per målgrupp', en: 'Cooperation by target group' }),
      requirements: ['OVR-2', 'OVR-1'],
      description: inLanguage(language, {
        sv: 'Samverkan som pågick någon gång under perioden och samverkan som startade under perioden, per målgrupp som samverkan riktar sig till.',
        en: 'Cooperations in force at some time during the period and those that started during it, by the target group they serve.',
      }),
      tables: [
        categoryCountTable(
          ctx,
          {
            key: 'by-target-group',
            title: { sv: 'Antal samverkan per målgrupp', en: 'Number of cooperations by target group' },
            category: { sv: 'Målgrupp', en: 'Target group' },
            note: inLanguage(language, {
              sv: 'En samverkan kan rikta sig till flera målgrupper och räknas då under var och en, så raderna summerar inte till totalen, där varje samverkan räknas en gång.',
              en: 'A cooperation may serve several target groups and then counts under each, so the rows do not add up to the total, which counts each cooperation once.',
            }),
          },
          counts,
          total,
        ),
      ],
    };
  },
};
