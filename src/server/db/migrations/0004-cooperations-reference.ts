/**
 * Reference data for initiatives and cooperations as the source documents give it, inserted once
 * by migration 0004. Like the migration it belongs to, this file is never edited once landed:
 * administrators maintain the data afterwards, and a change of defaults needs a new migration.
 */

/**
 * Dated thresholds and rates (FRM-5, FRM-7). The welfare-service values are those the
 * administration's report gives for the rules in force from 2019-01-01; the direct-award limit
 * is the one the Public Procurement Act set for 2019. Admins add later values with their dates.
 */
export const thresholds: { code: string; validFrom: string; amountSek: number; source: string }[] = [
  {
    code: 'welfare_advertising_limit',
    validFrom: '2019-01-01',
    amountSek: 1_900_000,
    source: 'LOU 2016:1145 19 a kap.; Arbetsmarknadsförvaltningens rapport om samverkan med civilsamhället',
  },
  {
    code: 'social_services_threshold',
    validFrom: '2019-01-01',
    amountSek: 7_100_000,
    source: 'Tröskelvärdet för sociala och andra särskilda tjänster enligt förvaltningens rapport',
  },
  { code: 'direct_award_limit', validFrom: '2019-01-01', amountSek: 586_907, source: 'LOU 2016:1145 19 kap. 30 § (2019)' },
  { code: 'vida_rate_per_participant', validFrom: '2019-01-01', amountSek: 1_500, source: 'VIDA-modellen, verksamhetsplan 2019' },
];

/** Target groups of the administration's mission, named in the source documents. */
export const targetGroups: { code: string; nameSv: string; nameEn: string }[] = [
  { code: 'youth_16_29', nameSv: 'Unga 16–29 år', nameEn: 'Young people aged 16–29' },
  { code: 'newly_arrived', nameSv: 'Nyanlända vuxna', nameEn: 'Newly arrived adults' },
  { code: 'foreign_born_women', nameSv: 'Utrikesfödda kvinnor', nameEn: 'Foreign-born women' },
  { code: 'far_from_labour_market', nameSv: 'Personer långt från arbetsmarknaden', nameEn: 'People far from the labour market' },
  { code: 'disabilities', nameSv: 'Personer med funktionsnedsättning', nameEn: 'People with disabilities' },
  { code: 'income_support', nameSv: 'Personer med ekonomiskt bistånd', nameEn: 'People receiving income support' },
  { code: 'long_term_unemployed', nameSv: 'Långtidsarbetslösa', nameEn: 'Long-term unemployed' },
  { code: 'homeless', nameSv: 'Personer i hemlöshet', nameEn: 'People experiencing homelessness' },
  { code: 'employers', nameSv: 'Arbetsgivare', nameEn: 'Employers' },
];

/** The administration's units that can hold responsibility for a cooperation (GLOSSARY, 003). */
export const units: { code: string; nameSv: string; nameEn: string }[] = [
  { code: 'jobbtorg', nameSv: 'Jobbtorg Stockholm', nameEn: 'Jobbtorg Stockholm' },
  { code: 'adult_education', nameSv: 'Vuxenutbildning Stockholm', nameEn: 'Vuxenutbildning Stockholm (adult education)' },
  { code: 'homeless_unit', nameSv: 'Enheten för hemlösa', nameEn: 'Unit for the homeless' },
  { code: 'staff_unit', nameSv: 'Förvaltningens stab', nameEn: 'Administration staff unit' },
  { code: 'finance_unit', nameSv: 'Ekonomistaben', nameEn: 'Finance staff unit' },
];

/** Committees an initiative can be referred to when it falls outside the mission (INI-4). */
export const committees: { code: string; nameSv: string; nameEn: string }[] = [
  { code: 'district', nameSv: 'Stadsdelsnämnd', nameEn: 'District committee' },
  { code: 'social', nameSv: 'Socialnämnden', nameEn: 'Social Services Committee' },
  { code: 'culture', nameSv: 'Kulturnämnden', nameEn: 'Culture Committee' },
  { code: 'sports', nameSv: 'Idrottsnämnden', nameEn: 'Sports Committee' },
  { code: 'education', nameSv: 'Utbildningsnämnden', nameEn: 'Education Committee' },
];
