/**
 * The agreement between Stockholms stad and Arbetsförmedlingen (source document 003), transcribed
 * by hand with correct Swedish spelling: every body with its level, who it reports to and its
 * representation as listed, and the annex list. The seed test compares what the seed stored
 * against this list, so it is kept apart from the seed's own data on purpose.
 */

const AF = 'Arbetsförmedlingen, Region Stockholm-Gotland';
const AMF = 'Stockholms stad, arbetsmarknadsförvaltningen';
const SDF = 'Stockholms stad, stadsdelsförvaltningar';
const SOF = 'Stockholms stad, socialförvaltningen';
const SFB = 'Samordningsförbundet Stockholms stad';

export type FixtureRow = [party: string, representative: string];
export type FixtureBody = { name: string; type: string; reportsTo: string | null; representation: FixtureRow[] };

/** Section 1: the parties and their organisation numbers. */
export const AF_FIXTURE_PARTIES = [
  { name: 'Stockholms stad', orgNumber: '212000-0142' },
  { name: 'Arbetsförmedlingen', orgNumber: '202100-2114' },
];

/** Section 8: valid from 2023-01-01, revised yearly or more often when needed. */
export const AF_FIXTURE_START_DATE = '2023-01-01';

/** Sections 5.1.1 and 6.1: the bodies, top down. */
export const AF_FIXTURE_BODIES: FixtureBody[] = [
  {
    name: 'Strategisk styrgrupp',
    type: 'strategic_steering_group',
    reportsTo: null,
    representation: [
      [AF, 'Regionchef'],
      [AF, 'Kvalificerad handläggare från regionstaben'],
      [AF, 'Föredragande representant från beredningsgruppen'],
      [AMF, 'Förvaltningschef'],
      [AMF, 'Utvecklingschef'],
      [AMF, 'Föredragande representant från beredningsgruppen'],
    ],
  },
  {
    name: 'Operativ styrgrupp',
    type: 'operative_steering_group',
    reportsTo: 'Strategisk styrgrupp',
    representation: [
      [AF, 'Enhetschefer för lokal arbetsmarknad på enheterna Stockholm Järva, Stockholm City och Stockholm Globen'],
      [AF, 'Enhetschef Regiongemensamma uppdrag'],
      [AF, 'Föredragande representant från beredningsgruppen'],
      [AMF, 'Avdelningschef Vuxenutbildning Stockholm'],
      [AMF, 'Avdelningschef Jobbtorg Stockholm'],
      [AMF, 'Utvecklingschef'],
      [AMF, 'Verksamhetschef verksamhetsområde Jobbtorg'],
      [AMF, 'Verksamhetschef verksamhetsområde antagning och stöd, Vuxenutbildning Stockholm'],
      [AMF, 'Föredragande representant från beredningsgruppen'],
      [SFB, 'Förbundschef'],
    ],
  },
  {
    name: 'Beredningsgrupp',
    type: 'review_group',
    reportsTo: 'Strategisk styrgrupp',
    representation: [
      [AF, 'Två medarbetare från regionstaben'],
      [AMF, 'Tre medarbetare från utvecklings- och utredningsstaben'],
      [SFB, 'Representant adjungeras vid behov'],
    ],
  },
  {
    name: 'Arbetsgrupp för regionalt samarbete med arbetsgivare och branschorganisationer',
    type: 'working_group',
    reportsTo: 'Operativ styrgrupp',
    representation: [
      [AF, 'Sektionschef, Regiongemensamma uppdrag'],
      [AF, 'Företagsrådgivare, Regiongemensamma uppdrag'],
      [AMF, 'Enhetschef och koordinatorer, Jobbtorg Stockholm'],
      [AMF, 'Biträdande verksamhetschef och koordinatorer, Vuxenutbildning Stockholm'],
    ],
  },
  {
    name: 'Arbetsgrupp utbildning och branschsamarbeten (utbildningsbehovsgruppen)',
    type: 'working_group',
    reportsTo: 'Operativ styrgrupp',
    representation: [
      [AF, 'Leverantörssamordnare, Regiongemensamma uppdrag'],
      [AMF, 'Koordinator, Jobbtorg Stockholm'],
      [AMF, 'Strateg, Vuxenutbildning Stockholm'],
      ['Storsthlm', 'Processledare för vuxenutbildningsfrågor'],
    ],
  },
  {
    name: 'Kluster Järva',
    type: 'cluster',
    reportsTo: 'Operativ styrgrupp',
    representation: [
      [AF, 'Stockholm Järva'],
      [AMF, 'Jobbtorg Kista'],
      [AMF, 'Jobbtorg Unga Kista'],
      [SDF, 'Rinkeby-Kista'],
      [SDF, 'Spånga-Tensta'],
    ],
  },
  {
    name: 'Kluster Vällingby–City',
    type: 'cluster',
    reportsTo: 'Operativ styrgrupp',
    representation: [
      [AF, 'Stockholm City'],
      [AMF, 'Jobbtorg City'],
      [AMF, 'Jobbtorg Vällingby'],
      [AMF, 'Jobbtorg Unga Globen'],
      [SDF, 'Bromma'],
      [SDF, 'Hässelby-Vällingby'],
      [SDF, 'Kungsholmen'],
      [SDF, 'Norrmalm'],
      [SDF, 'Östermalm'],
      [SDF, 'Södermalm'],
      [SOF, 'Enheten för hemlösa'],
    ],
  },
  {
    name: 'Kluster Söderort – Gröna linjen',
    type: 'cluster',
    reportsTo: 'Operativ styrgrupp',
    representation: [
      [AF, 'Stockholm Globen'],
      [AMF, 'Jobbtorg Farsta'],
      [AMF, 'Jobbtorg Unga Globen'],
      [SDF, 'Enskede-Årsta-Vantör'],
      [SDF, 'Farsta'],
      [SDF, 'Skarpnäck'],
    ],
  },
  {
    name: 'Kluster Söderort – Röda linjen',
    type: 'cluster',
    reportsTo: 'Operativ styrgrupp',
    representation: [
      [AF, 'Stockholm Globen'],
      [AMF, 'Jobbtorg Skärholmen'],
      [AMF, 'Jobbtorg Unga Skärholmen'],
      [SDF, 'Hägersten-Älvsjö-Liljeholmen'],
      [SDF, 'Skärholmen'],
    ],
  },
  {
    name: 'Kluster nyanlända',
    type: 'cluster',
    reportsTo: 'Operativ styrgrupp',
    representation: [
      [AF, 'Sektionschefer'],
      [AF, 'Arbetsförmedlare'],
      [AMF, 'Jobbcoach'],
      [AMF, 'Studie- och yrkesvägledare'],
      [AMF, 'Enhetschef'],
      [SOF, 'Socialsekreterare'],
    ],
  },
];

/** The annex list (Bilagor 1–11), in order. */
export const AF_FIXTURE_ANNEXES = [
  'Vägledning för samverkan',
  'Lathund för kommunikationsingångar',
  'Mall lokala rutiner inklusive samverkan med försörjningsstöd',
  'Samverkan kring anställnings- och lönestöd (inkl. OSA, serviceassistenter)',
  'Nyanlända (inkl. etablering, utbildningsplikt, intensivår)',
  'Samhällsorientering',
  'Näringslivs och kompetensförsörjning (inkl. jobbspår)',
  'Ungdomssamverkan (inkl. KAA, UVAS, Skolsamverkan)',
  'KRAMI',
  'Reguljär utbildning',
  'Samverkan med externa leverantörer',
];
