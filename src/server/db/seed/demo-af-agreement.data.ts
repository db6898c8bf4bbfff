import type { RepresentationKind } from '../../../shared/governance/structure.schemas';
import type { GovernanceBodyType } from '../../../shared/governance/governance.schemas';
import type { Terms } from '../../../shared/agreements/terms.rules';

/**
 * The agreement between Stockholms stad and Arbetsförmedlingen as the source document (003)
 * states it: terms, annexes, and the bodies with their mandates and representation (AGR-1–3, AGR-7).
 */

export const AF_COOPERATION_TITLE = 'Samverkansöverenskommelse med Arbetsförmedlingen';
export const AF_AGREEMENT_TITLE = 'Överenskommelse om samverkan mellan Stockholms stad och Arbetsförmedlingen';
export const AF_START_DATE = '2023-01-01';
/** "Stockholm den 30 januari 2023" under the signatures. */
export const AF_SIGNED_ON = '2023-01-30';

const bullets = (lines: string[]) => lines.map((l) => `– ${l}`).join('\n');

export const AF_TERMS: Terms = {
  purpose: {
    complete: true,
    text: [
      'Att genom samverkan påskynda individers etablering i arbetslivet med utgångspunkt i regionala och lokala rekryteringsbehov för att främja kompetensförsörjning och tillväxt.',
      bullets([
        'Samverkan ska ske om de individer som för sin etablering i arbetslivet bedöms ha behov av stöd, insatser och samordnade processer från både Stockholms stad och Arbetsförmedlingen, med utgångspunkt i parternas ansvarsområden och uppdrag.',
        'Samverkan ska ske om insatser och stöd till de arbetsgivare som bedöms ha svårt att rekrytera eller vill bredda sin rekryteringsbas.',
        'Samverkan ska leda till ökad resurseffektivitet och att organisationerna inom ramen för respektive gällande regelverk använder samtliga möjliga verktyg för att de gemensamma målsättningarna ska uppnås.',
      ]),
    ].join('\n\n'),
  },
  target_group: {
    complete: true,
    text: [
      bullets([
        'Individer som för sin etablering på arbetsmarknaden bedöms ha behov av stöd och insatser från både Stockholms stad och Arbetsförmedlingen. Ett särskilt fokus är funktionsnedsatta och långtidsarbetslösa.',
        'Arbetsgivare som har utmaningar med kompetensförsörjningen och som är intresserade av att rekrytera personer som står långt ifrån arbetsmarknaden.',
      ]),
      'Parterna analyserar löpande målgruppens sammansättning och läget på arbetsmarknaden i styrgrupperna och klustren. Utifrån detta görs årligen gemensamma ställningstaganden i den operativa styrgruppen kring utvecklingsbehov. Mer specificerade undergrupper definieras i bilagor som uppdateras vid behov.',
    ].join('\n\n'),
  },
  efforts_and_commitments: {
    complete: true,
    text: [
      'Fokusområden för samverkan: individens planering, samverkan kring studier och samverkan kring arbetsgivare.',
      'Individens planering: insatser och stöd från båda parter planeras och samordnas utifrån den arbetssökandes behov och förutsättningar; samverkansrutiner tas fram och dokumenteras i bilagor.',
      'Samverkan kring reguljära studier: befintlig samverkan bibehålls och nya initiativ för fler till studier uppmuntras, med fokus på personer som saknar en fullföljd gymnasieutbildning. Dialog förs kring utbud, behov och efterfrågan på vuxenutbildning inklusive sfi och arbetsmarknadsutbildningar.',
      'Arbetsgivarsamverkan: parterna tar gemensamt fram jobbspår, säkrar arbetstillfällen för de arbetssökande och gör det enkelt för arbetsgivare att ha kontakt med båda organisationerna. Anställning med lönesubvention är en viktig del, särskilt för personer som står långt ifrån arbetsmarknaden; operativa rutiner regleras i särskild bilaga.',
    ].join('\n\n'),
  },
  goals: {
    complete: true,
    text: [
      'Långsiktig målsättning: samverkan ska bidra till ett socialt, miljömässigt och ekonomiskt hållbart samhälle med utgångspunkt i Agenda 2030 och de globala målen 1 Utrota fattigdomen, 4 God utbildning, 5 Jämställdhet, 8 Anständiga arbetsvillkor och ekonomisk tillväxt och 10 Minskad ojämlikhet, genom att arbeta för minskad arbetslöshet i Stockholms stad.',
      'Mål på kort sikt:',
      bullets([
        'Andelen arbetslösa stockholmare som börjar arbeta eller påbörjar reguljära studier ska öka jämfört med föregående år.',
        'Fler arbetsgivare har fått stöd för att stärka sin förmåga att hantera sitt kompetensförsörjningsbehov.',
        'Samtliga anställda som arbetar i samverkan har kännedom om varandras uppdrag och insatser samt överenskommelsen med tillhörande bilagor och processbeskrivningar.',
      ]),
      'Årliga särskilda målsättningar och en gemensam årlig aktivitetsplan med indikatorer beslutas av den operativa styrgruppen.',
    ].join('\n\n'),
  },
  organisation: {
    complete: true,
    text: [
      'Arbetsmarknadsförvaltningen samordnar stadens samverkan med Arbetsförmedlingen; Arbetsförmedlingen Region Stockholm-Gotlands regionstab samordnar myndighetens. Arbetsförmedlingen bemannar tre kontor i staden: Stockholm Globen, Stockholm City och Stockholm Järva.',
      'Strategisk nivå: strategisk och operativ styrgrupp med stöd av en beredningsgrupp. Operativ nivå: centrala arbetsgrupper som rapporterar till den operativa styrgruppen, fyra lokala samverkanskluster (Järva, Vällingby–City, Söderort – Gröna linjen, Söderort – Röda linjen) och ett kluster kring nyanlända, vart och ett med forum för chefer och för medarbetare. Nya projekt i samverkan beslutas av den operativa styrgruppen.',
    ].join('\n\n'),
  },
  follow_up: {
    complete: true,
    text: [
      'Strategisk uppföljning: årligen av överenskommelsen som helhet, i anslutning till Arbetsförmedlingens regleringsbrev och stadens budget; den ligger till grund för revidering. Den operativa styrgruppen följer terminsvis upp de övergripande målen.',
      'Statistik följs upp könsuppdelad så långt som möjligt och efter totalt antal, nyanlända i etableringsprogrammet, övriga nyanlända, unga 16–29 år samt personer med funktionsnedsättning som medför nedsatt arbetsförmåga.',
      'Operativ uppföljning: löpande mot aktivitetsplanens indikatorer; årligen genomförda aktiviteter, resultat och avvikelser från plan. Två gånger per år följer klustren upp att rutiner och riktlinjer är uppdaterade, kända och efterlevs, enligt en mall som beredningsgruppen håller aktuell.',
    ].join('\n\n'),
  },
  term: {
    complete: true,
    text: 'Överenskommelsen gäller från och med 2023-01-01. Revidering görs årligen eller oftare vid behov.',
  },
};

/** Bilagor 1–11 as the annex list names them. */
export const AF_ANNEX_TITLES = [
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

/** The parties of the representation lists, and the register organisation each belongs to. */
export const AF_PARTIES = {
  af: { party: 'Arbetsförmedlingen, Region Stockholm-Gotland', organisation: 'Arbetsförmedlingen' },
  amf: { party: 'Stockholms stad, arbetsmarknadsförvaltningen', organisation: 'Stockholms stad' },
  sdf: { party: 'Stockholms stad, stadsdelsförvaltningar', organisation: 'Stockholms stad' },
  sof: { party: 'Stockholms stad, socialförvaltningen', organisation: 'Stockholms stad' },
  sfb: { party: 'Samordningsförbundet Stockholms stad', organisation: 'Samordningsförbundet Stockholms stad' },
  storsthlm: { party: 'Storsthlm', organisation: 'Storsthlm' },
} as const;
export type AfPartyKey = keyof typeof AF_PARTIES;

export type AfBody = {
  name: string;
  type: GovernanceBodyType;
  /** The name of the body it reports to. */
  reportsTo: string | null;
  permanent: boolean;
  mandate: string;
  representation: [AfPartyKey, string, RepresentationKind][];
};

const STRATEGIC = 'Strategisk styrgrupp';
const OPERATIVE = 'Operativ styrgrupp';
const presenter = 'Föredragande representant från beredningsgruppen';

/** The shared mandate of the four local clusters, which the unit managers carry jointly. */
const localClusterMandate = (note?: string) =>
  [
    'Enhetscheferna för respektive organisation ansvarar gemensamt för att:',
    bullets([
      'ta fram lokala rutiner för samverkan som utgår från överenskommelsen,',
      'driva samverkansfrågor,',
      'säkerställa att det lokala operativa samarbetet fungerar,',
      'följa upp resultat och hur samverkan fungerar,',
      'lyfta frågor som inte kan lösas på lokal nivå till den operativa styrgruppen.',
    ]),
    'Klustret har samverkansforum för chefer och forum för medarbetare.',
    ...(note ? [note] : []),
  ].join('\n');

/**
 * Sections 5.1.1 and 6.1. Working groups "can be more permanent or temporary"; the agreement names
 * these two as standing groups, so they are recorded as permanent. The beredningsgrupp supports
 * both steering groups and is placed under the strategic one, beside the operative group.
 */
export const AF_BODIES: AfBody[] = [
  {
    name: STRATEGIC,
    type: 'strategic_steering_group',
    reportsTo: null,
    permanent: true,
    mandate: bullets([
      'Yttersta ansvaret för samverkan mellan Stockholms stad och Arbetsförmedlingen.',
      'Förtydliga ramar och inriktning för samverkansarbetet.',
      'Säkerställa genomförandet av politiska beslut på nationell och lokal nivå.',
      'Säkerställa att det finns uppdaterade styrdokument och organisation för samverkansarbetet.',
      'Följa upp och efterfråga analyser av resultat av samverkansarbetet och gemensamma satsningar.',
      'Ta emot och hantera inkomna avvikelser.',
    ]),
    representation: [
      ['af', 'Regionchef', 'role'],
      ['af', 'Kvalificerad handläggare från regionstaben', 'role'],
      ['af', presenter, 'role'],
      ['amf', 'Förvaltningschef', 'role'],
      ['amf', 'Utvecklingschef', 'role'],
      ['amf', presenter, 'role'],
    ],
  },
  {
    name: OPERATIVE,
    type: 'operative_steering_group',
    reportsTo: STRATEGIC,
    permanent: true,
    mandate: bullets([
      'Fastställa årlig aktivitetsplan och ta fram indikatorer för uppföljning av arbetet.',
      'Sprida information om samt säkerställa genomförandet av överenskommelsen.',
      'Initiera samverkan inom områden där det krävs insatser från båda parter.',
      'Göra bedömningar och fatta beslut om deltagande i projekt och gemensamt utvecklingsarbete.',
      'Följa upp och säkerställa att den operativa samverkan fungerar.',
      'Följa upp och besluta om nya bilagor.',
      'Komma överens om eventuella insatser som ska prioriteras så att samsyn finns kring aktuella uppdrag.',
      'Säkerställa framtagandet av underlag för uppföljning och analys.',
      'Fånga upp frågor från respektive avdelning och verksamhet som behöver adresseras i operativ styrgrupp.',
    ]),
    representation: [
      ['af', 'Enhetschefer för lokal arbetsmarknad på enheterna Stockholm Järva, Stockholm City och Stockholm Globen', 'role'],
      ['af', 'Enhetschef Regiongemensamma uppdrag', 'role'],
      ['af', presenter, 'role'],
      ['amf', 'Avdelningschef Vuxenutbildning Stockholm', 'role'],
      ['amf', 'Avdelningschef Jobbtorg Stockholm', 'role'],
      ['amf', 'Utvecklingschef', 'role'],
      ['amf', 'Verksamhetschef verksamhetsområde Jobbtorg', 'role'],
      ['amf', 'Verksamhetschef verksamhetsområde antagning och stöd, Vuxenutbildning Stockholm', 'role'],
      ['amf', presenter, 'role'],
      ['sfb', 'Förbundschef', 'role'],
    ],
  },
  {
    name: 'Beredningsgrupp',
    type: 'review_group',
    reportsTo: STRATEGIC,
    permanent: true,
    mandate: bullets([
      'Mötesadministration för de operativa och strategiska styrgrupperna.',
      'Analys och beredning av underlag för beslut.',
      'Framtagande och revidering av överenskommelser, inklusive uppföljning av samverkan och måluppfyllelse.',
      'Samordning och stöd i övergripande och operativa samverkansprocesser.',
      'Tar emot, förbereder och lyfter frågor från verksamheterna och bidrar till att sprida beslut.',
    ]),
    representation: [
      ['af', 'Två medarbetare från regionstaben', 'role'],
      ['amf', 'Tre medarbetare från utvecklings- och utredningsstaben', 'role'],
      ['sfb', 'Representant adjungeras vid behov', 'other'],
    ],
  },
  {
    name: 'Arbetsgrupp för regionalt samarbete med arbetsgivare och branschorganisationer',
    type: 'working_group',
    reportsTo: OPERATIVE,
    permanent: true,
    mandate: [
      'Ingår i forum för arbetsgivarsamverkan och utbildning; rapporterar regelbundet till den operativa styrgruppen.',
      bullets([
        'Gemensamt analysera behoven på den kommunala och regionala arbetsmarknaden.',
        'Arbeta för att ge arbetsgivare en samlad bild av det stöd som organisationerna kan erbjuda.',
      ]),
    ].join('\n'),
    representation: [
      ['af', 'Sektionschef, Regiongemensamma uppdrag', 'role'],
      ['af', 'Företagsrådgivare, Regiongemensamma uppdrag', 'role'],
      ['amf', 'Enhetschef och koordinatorer, Jobbtorg Stockholm', 'role'],
      ['amf', 'Biträdande verksamhetschef och koordinatorer, Vuxenutbildning Stockholm', 'role'],
    ],
  },
  {
    name: 'Arbetsgrupp utbildning och branschsamarbeten (utbildningsbehovsgruppen)',
    type: 'working_group',
    reportsTo: OPERATIVE,
    permanent: true,
    mandate: [
      'Ingår i forum för arbetsgivarsamverkan och utbildning; rapporterar regelbundet till den operativa styrgruppen.',
      bullets([
        'Dialog och kunskapsöverföring kring arbetsmarknadsutbildningar och kommunal vuxenutbildning.',
        'Dialog kring analys av branschernas behov.',
        'Säkerställa att Arbetsförmedlingens och Stockholms stads utbud av utbildningar kompletterar varandra och sammantaget motsvarar behovet på arbetsmarknaden.',
      ]),
    ].join('\n'),
    representation: [
      ['af', 'Leverantörssamordnare, Regiongemensamma uppdrag', 'role'],
      ['amf', 'Koordinator, Jobbtorg Stockholm', 'role'],
      ['amf', 'Strateg, Vuxenutbildning Stockholm', 'role'],
      ['storsthlm', 'Processledare för vuxenutbildningsfrågor', 'role'],
    ],
  },
  {
    name: 'Kluster Järva',
    type: 'cluster',
    reportsTo: OPERATIVE,
    permanent: true,
    mandate: localClusterMandate('Enligt överenskommelsen slås Rinkeby-Kista och Spånga-Tensta samman under 2023.'),
    representation: [
      ['af', 'Stockholm Järva', 'office'],
      ['amf', 'Jobbtorg Kista', 'unit'],
      ['amf', 'Jobbtorg Unga Kista', 'unit'],
      ['sdf', 'Rinkeby-Kista', 'district_administration'],
      ['sdf', 'Spånga-Tensta', 'district_administration'],
    ],
  },
  {
    name: 'Kluster Vällingby–City',
    type: 'cluster',
    reportsTo: OPERATIVE,
    permanent: true,
    mandate: localClusterMandate('Enligt överenskommelsen slås Norrmalm och Östermalm samman under 2023.'),
    representation: [
      ['af', 'Stockholm City', 'office'],
      ['amf', 'Jobbtorg City', 'unit'],
      ['amf', 'Jobbtorg Vällingby', 'unit'],
      ['amf', 'Jobbtorg Unga Globen', 'unit'],
      ['sdf', 'Bromma', 'district_administration'],
      ['sdf', 'Hässelby-Vällingby', 'district_administration'],
      ['sdf', 'Kungsholmen', 'district_administration'],
      ['sdf', 'Norrmalm', 'district_administration'],
      ['sdf', 'Östermalm', 'district_administration'],
      ['sdf', 'Södermalm', 'district_administration'],
      ['sof', 'Enheten för hemlösa', 'unit'],
    ],
  },
  {
    name: 'Kluster Söderort – Gröna linjen',
    type: 'cluster',
    reportsTo: OPERATIVE,
    permanent: true,
    mandate: localClusterMandate(),
    representation: [
      ['af', 'Stockholm Globen', 'office'],
      ['amf', 'Jobbtorg Farsta', 'unit'],
      ['amf', 'Jobbtorg Unga Globen', 'unit'],
      ['sdf', 'Enskede-Årsta-Vantör', 'district_administration'],
      ['sdf', 'Farsta', 'district_administration'],
      ['sdf', 'Skarpnäck', 'district_administration'],
    ],
  },
  {
    name: 'Kluster Söderort – Röda linjen',
    type: 'cluster',
    reportsTo: OPERATIVE,
    permanent: true,
    mandate: localClusterMandate(),
    representation: [
      ['af', 'Stockholm Globen', 'office'],
      ['amf', 'Jobbtorg Skärholmen', 'unit'],
      ['amf', 'Jobbtorg Unga Skärholmen', 'unit'],
      ['sdf', 'Hägersten-Älvsjö-Liljeholmen', 'district_administration'],
      ['sdf', 'Skärholmen', 'district_administration'],
    ],
  },
  {
    name: 'Kluster nyanlända',
    type: 'cluster',
    reportsTo: OPERATIVE,
    permanent: true,
    mandate: [
      'Samverkanskluster kring nyanlända, utöver de fyra lokala klustren. Rutiner och operativa processer beskrivs i bilaga 5 (Nyanlända).',
      'Klustret har samverkansforum för chefer och forum för medarbetare.',
    ].join('\n'),
    representation: [
      ['af', 'Sektionschefer', 'role'],
      ['af', 'Arbetsförmedlare', 'role'],
      ['amf', 'Jobbcoach', 'role'],
      ['amf', 'Studie- och yrkesvägledare', 'role'],
      ['amf', 'Enhetschef', 'role'],
      ['sof', 'Socialsekreterare', 'role'],
    ],
  },
];
