import { inLanguage, type ReportSectionDefinition } from '../report-section';
import { countsByTopArea, countsInScope } from './areas.repository';
import { type CategoryCount, categoryCountTable } from './category-counts';

const within = (inner: readonly string[], outer: readonly string[]) => inner.every((c) => outer.includes(c));

/**
 * The list filter that reaches a row's cooperations under the report's area filter: the row's own
 * area without one; with one, the narrower of the two when one lies within the other (the list
 * takes one area), and none when the two only overlap.
 */
function areaLinkFilter(rowArea: string, rowCodes: readonly string[], scopeArea: string | undefined, scopeCodes: readonly string[] | undefined) {
  if (!scopeArea || !scopeCodes) return { area: rowArea };
  if (within(scopeCodes, rowCodes)) return { area: scopeArea };
  if (within(rowCodes, scopeCodes)) return { area: rowArea };
  return null;
}

/** Cooperations by area (OVR-2): in force and new during the period per top-level area, sub-areas included. */
export const areasSection: ReportSectionDefinition = {
  key: 'areas',
  async build(ctx) {
    const { language, scope } = ctx;
    const [rows, total] = [await countsByTopArea(ctx.db, scope), await countsInScope(ctx.db, scope)];
    const counts: CategoryCount[] = rows.map((r) => ({
      name: language === 'en' ? r.name_en : r.name_sv,
      running: r.running,
      started: r.started,
      filters: areaLinkFilter(r.code, r.codes, scope.area, scope.areaCodes),
    }));
    return {
      key: 'areas',
      title: inLanguage(language, { sv: 'Samverkan per område', en: 'Cooperation by area' }),
      requirements: ['OVR-2', 'OVR-1'],
      description: inLanguage(language, {
        sv: 'Samverkan som pågick någon gång under perioden och samverkan som startade under perioden, per område med dess delområden.',
        en: 'Cooperations in force at some time during the period and those that started during it, by area with its sub-areas.',
      }),
      tables: [
        categoryCountTable(
          ctx,
          {
            key: 'by-area',
            title: { sv: 'Antal samverkan per område', en: 'Number of cooperations by area' },
            category: { sv: 'Område', en: 'Area' },
            note: inLanguage(language, {
              sv: 'En samverkan räknas under sitt område även när den bara har ett av dess delområden. En samverkan med flera områden räknas under vart och ett, så raderna summerar inte till totalen, där varje samverkan räknas en gång.',
              en: 'A cooperation counts under its area also when it has only one of its sub-areas. A cooperation with several areas counts under each, so the rows do not add up to the total, which counts each cooperation once.',
            }),
          },
          counts,
          total,
        ),
      ],
    };
  },
};
