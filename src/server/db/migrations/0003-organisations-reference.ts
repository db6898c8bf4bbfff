/**
 * Reference data for the organisation register as the source documents give it, inserted once by
 * migration 0003. Like the migration it belongs to, this file is never edited once landed:
 * administrators maintain the data afterwards, and a change of defaults needs a new migration.
 */

/** Legal forms per kind of organisation (ORG-2); civil-society forms from the city's IOP guidelines. */
export const legalForms: { kind: string; code: string; nameSv: string; nameEn: string }[] = [
  { kind: 'civil_society', code: 'non_profit_association', nameSv: 'Ideell förening', nameEn: 'Non-profit association' },
  { kind: 'civil_society', code: 'registered_religious_community', nameSv: 'Registrerat trossamfund', nameEn: 'Registered religious community' },
  { kind: 'civil_society', code: 'foundation', nameSv: 'Stiftelse', nameEn: 'Foundation' },
  { kind: 'civil_society', code: 'economic_association', nameSv: 'Ekonomisk förening', nameEn: 'Economic association' },
  {
    kind: 'civil_society',
    code: 'limited_company_restricted_dividend',
    nameSv: 'Aktiebolag med särskild vinstutdelningsbegränsning',
    nameEn: 'Limited company with restricted dividends',
  },
  { kind: 'civil_society', code: 'joint_property_association', nameSv: 'Samfällighet / samfällighetsförening', nameEn: 'Joint property association' },
  { kind: 'employer', code: 'limited_company', nameSv: 'Aktiebolag (AB)', nameEn: 'Limited company (AB)' },
  { kind: 'employer', code: 'trading_partnership', nameSv: 'Handelsbolag (HB)', nameEn: 'Trading partnership (HB)' },
  { kind: 'employer', code: 'limited_partnership', nameSv: 'Kommanditbolag (KB)', nameEn: 'Limited partnership (KB)' },
  { kind: 'employer', code: 'sole_trader', nameSv: 'Enskild firma (EF)', nameEn: 'Sole trader (EF)' },
  { kind: 'employer', code: 'economic_association', nameSv: 'Ekonomisk förening', nameEn: 'Economic association' },
  { kind: 'employer', code: 'foreign_branch', nameSv: 'Filial till utländskt bolag', nameEn: 'Branch of a foreign company' },
  { kind: 'public_body', code: 'government_agency', nameSv: 'Statlig myndighet', nameEn: 'Government agency' },
  { kind: 'public_body', code: 'municipality', nameSv: 'Kommun', nameEn: 'Municipality' },
  { kind: 'public_body', code: 'region', nameSv: 'Region', nameEn: 'Region' },
  { kind: 'public_body', code: 'municipal_association', nameSv: 'Kommunalförbund', nameEn: 'Municipal association' },
  { kind: 'public_body', code: 'coordination_association', nameSv: 'Samordningsförbund', nameEn: 'Coordination association' },
  { kind: 'public_body', code: 'municipal_company', nameSv: 'Kommunalt bolag', nameEn: 'Municipal company' },
];

/** Areas for cooperation identified at the administration's workshop, with their sub-areas (INI-8). */
export const areas: { code: string; nameSv: string; nameEn: string; children: { code: string; nameSv: string; nameEn: string }[] }[] = [
  {
    code: 'summer_jobs',
    nameSv: 'Feriejobb',
    nameEn: 'Summer jobs for youth',
    children: [
      { code: 'supervision', nameSv: 'Handledning – personer i behov av särskilt stöd', nameEn: 'Supervision for people needing special support' },
      { code: 'breadth', nameSv: 'Bredd: fler kvalitativa arbetstillfällen', nameEn: 'Breadth: more quality job opportunities' },
      { code: 'new_concepts', nameSv: 'Nya koncept/projekt', nameEn: 'New concepts/projects' },
      { code: 'inspiration_civil_society', nameSv: 'Inspiration: informera om civilsamhället', nameEn: 'Inspiration: information about civil society' },
      { code: 'inspiration_career', nameSv: 'Inspiration att visa möjlig karriärväg', nameEn: 'Inspiration: showing possible career paths' },
      { code: 'leisure_young_offenders', nameSv: 'Fritidsverksamhet för unga kriminella – skapa nya sammanhang', nameEn: 'Leisure activities for young offenders' },
      { code: 'getting_started', nameSv: 'Komma-igång-verksamheter', nameEn: 'Getting-started activities' },
      { code: 'vida_for_youth', nameSv: 'VIDA-modellen för fler unga i målgruppen', nameEn: 'The VIDA model for more young people' },
      { code: 'mentors', nameSv: 'Mentorer: vuxen mentor till ung person', nameEn: 'Mentors: an adult mentor for a young person' },
      { code: 'study_support', nameSv: 'Stöd i studier', nameEn: 'Study support' },
    ],
  },
  {
    code: 'outreach',
    nameSv: 'Uppsökande arbete',
    nameEn: 'Outreach',
    children: [
      { code: 'youth_events', nameSv: 'Arrangera evenemang som tilltalar ungdomar', nameEn: 'Events that appeal to young people' },
      { code: 'local_perspective', nameSv: 'Lokalt perspektiv – utgå från föreningarnas kunskaper, vilja och nätverk', nameEn: 'Local perspective from the associations' },
    ],
  },
  {
    code: 'integration_pact',
    nameSv: 'Integrationspakten',
    nameEn: 'The Integration Pact',
    children: [{ code: 'civil_society_partner', nameSv: 'Civilsamhället är en viktig part i arbetet', nameEn: 'Civil society as a key party' }],
  },
  {
    code: 'newly_arrived_adults',
    nameSv: 'Nyanlända vuxna',
    nameEn: 'Newly arrived adults',
    children: [
      { code: 'networks', nameSv: 'Nätverk på arbetsmarknaden', nameEn: 'Labour-market networks' },
      { code: 'guidance', nameSv: 'Rådgivning och lotsfunktion', nameEn: 'Advice and guide function' },
      { code: 'language_training', nameSv: 'Språkträning', nameEn: 'Language training' },
      { code: 'study_internship_support', nameSv: 'Stöd i studier/praktik', nameEn: 'Support in studies/internships' },
    ],
  },
  {
    code: 'district_mothers',
    nameSv: 'Stadsdelsmammor/Utrikesfödda kvinnor',
    nameEn: 'District mothers / foreign-born women',
    children: [
      { code: 'association_activity', nameSv: 'Föreningsaktivitet', nameEn: 'Association activity' },
      { code: 'cycling_swimming', nameSv: 'Utbildning i att cykla och simma', nameEn: 'Learning to cycle and swim' },
      { code: 'health', nameSv: 'Hälsa', nameEn: 'Health' },
      { code: 'rights', nameSv: 'Rättighetsfrågor', nameEn: 'Rights issues' },
    ],
  },
  {
    code: 'labour_market_measures',
    nameSv: 'Arbetsmarknadsinsats',
    nameEn: 'Labour-market measures',
    children: [
      { code: 'work_training', nameSv: 'Arbetsträning', nameEn: 'Work training' },
      { code: 'pre_rehab', nameSv: 'Pre-rehab', nameEn: 'Pre-rehabilitation' },
      { code: 'health', nameSv: 'Hälsa', nameEn: 'Health' },
    ],
  },
  {
    code: 'information',
    nameSv: 'Information/kunskapshöjande insats',
    nameEn: 'Information / knowledge-raising',
    children: [
      { code: 'training', nameSv: 'Utbildningsinsatser inom specifika ämnesområden', nameEn: 'Training in specific subjects' },
      { code: 'civil_society_information', nameSv: 'Information om civilsamhället', nameEn: 'Information about civil society' },
    ],
  },
];

/** The city's district administrations (stadsdelsförvaltningar) as named in the AF agreement (003). */
export const districts: { code: string; nameSv: string }[] = [
  { code: 'rinkeby_kista', nameSv: 'Rinkeby-Kista' },
  { code: 'spanga_tensta', nameSv: 'Spånga-Tensta' },
  { code: 'hasselby_vallingby', nameSv: 'Hässelby-Vällingby' },
  { code: 'bromma', nameSv: 'Bromma' },
  { code: 'kungsholmen', nameSv: 'Kungsholmen' },
  { code: 'norrmalm', nameSv: 'Norrmalm' },
  { code: 'ostermalm', nameSv: 'Östermalm' },
  { code: 'sodermalm', nameSv: 'Södermalm' },
  { code: 'enskede_arsta_vantor', nameSv: 'Enskede-Årsta-Vantör' },
  { code: 'farsta', nameSv: 'Farsta' },
  { code: 'skarpnack', nameSv: 'Skarpnäck' },
  { code: 'hagersten_alvsjo', nameSv: 'Hägersten-Älvsjö' },
  { code: 'skarholmen', nameSv: 'Skärholmen' },
];
