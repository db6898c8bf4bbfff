import { inLanguage, type ReportSectionDefinition } from '../report-section';
import { type CategoryCount, categoryCountTable } from './category-counts';
import { countsByUnit } from './units.repository';

/** Cooperations by unit (OVR-2): in force and new during the period per responsible unit, with those without a unit. */
export const unitsSection: ReportSectionDefinition = {
  key: 'units',
  async build(ctx) {
    const { language } = ctx;
    const rows = await countsByUnit(ctx.db, ctx.scope);
    const counts: CategoryCount[] = rows.map((r) => ({
      name:
        r.code === null
          ? inLanguage(language, { sv: 'Ingen enhet angiven', en: 'No unit given' })
          : ((language === 'en' ? r.name_en : r.name_sv) ?? r.code),
      running: r.running,
      started: r.started,
      // The list has no filter for cooperations without a unit.
      filters: r.code === null ? null : { unitCode: r.code },
    }));
    const total = { running: rows.reduce((s, r) => s + r.running, 0), started: rows.reduce((s, r) => s + r.started, 0) };
    return {
      key: 'units',
      title: inLanguage(language, { sv: 'Samverkan per enhet', en: 'Cooperation by unit' }),
      requirements: ['OVR-2', 'OVR-1'],
      description: inLanguage(language, {
        sv: 'Samverkan som pågick någon gång under perioden och samverkan som startade under perioden, per ansvarig enhet.',
        en: 'Cooperations in force at some time during the period and those that started during it, by responsible unit.',
      }),
      tables: [
        categoryCountTable(
          ctx,
          { key: 'by-unit', title: { sv: 'Antal samverkan per enhet', en: 'Number of cooperations by unit' }, category: { sv: 'Enhet', en: 'Unit' } },
          counts,
          total,
        ),
      ],
    };
  },
};
