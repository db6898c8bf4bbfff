import type { Language } from './language';

/** Messages of the committee's report and the open statistics (OVR-2, issue 13). */
export const reportProblemMessages: Record<string, Record<Language, string>> = {
  'validation.periodOrder': { sv: 'Periodens slut kan inte ligga före dess början', en: 'The period cannot end before it begins' },
  'validation.openStatistics.lang': { sv: 'Välj språket sv eller en', en: 'Choose the language sv or en' },
  'validation.report.year': { sv: 'Välj ett år från 2000 till och med i år', en: 'Choose a year from 2000 up to this year' },
  'validation.setting.smallCountThreshold': {
    sv: 'Ange ett heltal från 2 till 50: så få personer visas som "färre än"',
    en: 'Enter a whole number from 2 to 50: counts below it are shown as "fewer than"',
  },
  'validation.report.unknownArea': { sv: 'Det finns inget sådant samverkansområde', en: 'There is no such area' },
  'validation.report.unknownUnit': { sv: 'Det finns ingen sådan enhet', en: 'There is no such unit' },
  'validation.report.downloadFormat': { sv: 'Välj formatet xlsx eller pdf', en: 'Choose the format xlsx or pdf' },
  'validation.district.nameTaken': {
    sv: 'Det finns redan en stadsdelsförvaltning med det namnet. Välj den som efterträdare i stället för att skapa en ny.',
    en: 'A district with that name already exists. Choose it as the successor instead of creating a new one.',
  },
  'validation.report.periodInYear': { sv: 'Perioden ska ligga inom det valda året', en: 'The period must lie within the chosen year' },
};
