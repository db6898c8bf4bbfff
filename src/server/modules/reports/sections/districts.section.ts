import { districtHistory } from '../../../../shared/organisations/district-history.rules';
import { findAllDistricts, findDistrictSuccessions } from '../../organisations/district-history.repository';
import { inLanguage, type ReportSectionDefinition } from '../report-section';
import { countPartiesByRecordedDistricts } from './districts.repository';

/**
 * Partner organisations by district (AGR-9, OVR-2): the organisations that are parties of
 * cooperations in force during the period, counted under the district as the district map stood at
 * the period's end, so an organisation recorded under a district since merged counts under its successor.
 */
export const districtsSection: ReportSectionDefinition = {
  key: 'districts',
  async build(ctx) {
    const { language, scope } = ctx;
    const groups = await countPartiesByRecordedDistricts(ctx.db, scope);
    const [districts, successions] = [await findAllDistricts(ctx.db), await findDistrictSuccessions(ctx.db)];
    const history = districtHistory(
      districts.map((d) => ({ code: d.code, validFrom: d.valid_from, validTo: d.valid_to })),
      successions.map((s) => ({ predecessorCode: s.predecessor_code, successorCode: s.successor_code, effectiveOn: s.effective_on })),
    );
    const counts = new Map<string, number>();
    let withoutDistrict = 0;
    for (const g of groups) {
      if (g.districts.length === 0) withoutDistrict += g.organisations;
      // An organisation recorded in two districts that merged counts once under the successor.
      for (const unit of history.reportingUnitsOf(g.districts, scope.to)) counts.set(unit, (counts.get(unit) ?? 0) + g.organisations);
    }
    const order = new Map(districts.map((d, i) => [d.code, i]));
    const names = new Map(districts.map((d) => [d.code, d.name_sv]));
    const units = [...counts.keys()].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));
    const total = groups.reduce((s, g) => s + g.organisations, 0);
    const rows = [
      ...units.map((code) => ({ cells: [names.get(code) ?? code, counts.get(code)!] })),
      ...(withoutDistrict > 0 ? [{ cells: [inLanguage(language, { sv: 'Ingen stadsdel angiven', en: 'No district given' }), withoutDistrict] }] : []),
      { cells: [inLanguage(language, { sv: 'Totalt', en: 'Total' }), total], total: true },
    ];
    return {
      key: 'districts',
      title: inLanguage(language, { sv: 'Samverkanspartner per stadsdel', en: 'Partner organisations by district' }),
      requirements: ['AGR-9', 'OVR-2'],
      description: inLanguage(language, {
        sv: 'Organisationer som är parter i samverkan som pågick någon gång under perioden, per stadsdel så som stadsdelarna var indelade vid periodens slut.',
        en: "Organisations that are parties of cooperations in force at some time during the period, by district as the districts stood at the period's end.",
      }),
      tables: [
        {
          key: 'by-district',
          title: inLanguage(language, { sv: 'Antal partnerorganisationer per stadsdel', en: 'Number of partner organisations by district' }),
          columns: [
            { key: 'district', label: inLanguage(language, { sv: 'Stadsdel', en: 'District' }), kind: 'text' },
            { key: 'organisations', label: inLanguage(language, { sv: 'Organisationer', en: 'Organisations' }), kind: 'count' },
          ],
          rows,
          chart: { kind: 'bar', categoryColumn: 0, seriesColumns: [1] },
          public: true,
          note: inLanguage(language, {
            sv: 'En organisation som registrerats i en stadsdel som sedan slagits samman räknas under den stadsdel som tog över. En organisation verksam i flera stadsdelar räknas under var och en, så raderna summerar inte till totalen, där varje organisation räknas en gång.',
            en: 'An organisation recorded in a district that has since merged counts under the district that took over. An organisation active in several districts counts under each, so the rows do not add up to the total, which counts each organisation once.',
          }),
        },
      ],
    };
  },
};
