import { makeOrganisation } from '../../../../tests/support/factories';
import { DEMOCRACY_CONDITIONS, EXCLUSION_GROUNDS } from '../../../shared/organisations/democracy.rules';
import { formatBankgiro, formatPlusgiro, luhnCheckDigit } from '../../../shared/organisations/giro.rules';
import type { Db } from '../database';
import type { RequestContext } from '../../http/request-context';
import { signDemocracyAssessment } from '../../modules/organisations/democracy.service';
import { findOrganisations } from '../../modules/organisations/organisation.repository';

type DemoOrganisation = Parameters<typeof makeOrganisation>[1] & { name: string; assessed?: 'eligible' | 'not_eligible' };

/**
 * The organisations the source documents name. Real organisations get no invented
 * organisation numbers: only the two the cooperation agreement itself states.
 */
const namedInSources: DemoOrganisation[] = [
  {
    name: 'Individuell Människohjälp (IM)',
    legalForm: 'non_profit_association',
    description: 'Driver Duo Stockholm i idéburet offentligt partnerskap med förvaltningen sedan 2015: nyanlända och etablerade stockholmare matchas utifrån gemensamma intressen.',
    areas: ['newly_arrived_adults.networks'],
    assessed: 'eligible',
  },
  {
    name: 'Svenska med baby',
    legalForm: 'non_profit_association',
    description: 'Föräldrar med olika bakgrund träffas varje vecka i volontärledda grupper på öppna platser, som bibliotek, för att prata, jollra och utbyta erfarenheter. IOP med förvaltningen sedan 2015.',
    areas: ['newly_arrived_adults.language_training', 'district_mothers.association_activity'],
    assessed: 'eligible',
  },
  {
    name: 'Internationella Bekantskaper (IB)',
    legalForm: 'non_profit_association',
    description: 'Verksamheten Medprat: volontärer pratar svenska varje vecka i mindre grupper med elever på SFI. IOP med förvaltningen sedan 2015.',
    areas: ['newly_arrived_adults.language_training'],
    assessed: 'eligible',
  },
  {
    name: 'Nema Problema',
    legalForm: 'non_profit_association',
    description: 'Ideell organisation som driver Stockholmsmentor tillsammans med förvaltningen sedan 2019, efter upphandling.',
    areas: ['summer_jobs.mentors'],
  },
  {
    name: 'Kompis Sverige',
    legalForm: 'non_profit_association',
    description: 'Ideell förening som skapar möten mellan nya och etablerade svenskar genom kompismatchning. Har visat intresse för samarbete med nämnden.',
    areas: ['newly_arrived_adults.networks'],
  },
  {
    name: 'Samordningsförbundet Stockholms stad',
    kind: 'public_body',
    legalForm: 'coordination_association',
    description: 'Finansiell samordning av rehabiliteringsinsatser mellan staden, Arbetsförmedlingen, Försäkringskassan och Region Stockholm.',
    areas: ['labour_market_measures.pre_rehab'],
  },
  {
    name: 'Arbetsförmedlingen',
    kind: 'public_body',
    legalForm: 'government_agency',
    orgNumber: '202100-2114',
    description: 'Statlig myndighet. Part i samverkansöverenskommelsen med Stockholms stad från 2023.',
    areas: ['labour_market_measures.work_training', 'integration_pact'],
  },
  {
    name: 'Stockholms stad',
    kind: 'public_body',
    legalForm: 'municipality',
    orgNumber: '212000-0142',
    description: 'Kommunen, genom arbetsmarknadsnämnden och arbetsmarknadsförvaltningen.',
  },
];

const vidaActivities = [
  ['Föreningen Språkvänner i Tensta', 'Språkcafé och samtalsgrupper på svenska', 'spanga_tensta'],
  ['Kista Schackklubb för alla', 'Schack som mötesplats för nya och etablerade Kistabor', 'rinkeby_kista'],
  ['Hässelby Cykelskola', 'Kurser i att cykla för vuxna kvinnor', 'hasselby_vallingby'],
  ['Simsällskapet Vällingby', 'Simundervisning för vuxna nybörjare', 'hasselby_vallingby'],
  ['Körföreningen Sånger från världen', 'Körsång på flera språk', 'sodermalm'],
  ['Skärholmens Trädgårdsförening', 'Odling och trädgårdsarbete i kolonilotter', 'skarholmen'],
  ['Idrottsföreningen Farsta Framåt', 'Fotboll och innebandy för vuxna', 'farsta'],
  ['Rinkeby Kvinnoförening', 'Samtalsgrupper och hälsoaktiviteter för kvinnor', 'rinkeby_kista'],
  ['Bromma Hembygdsförening', 'Stadsvandringar och lokalhistoria', 'bromma'],
  ['Föreningen Matlagning utan gränser', 'Gemensam matlagning och kostkunskap', 'enskede_arsta_vantor'],
  ['Skarpnäcks Konstnärsförening', 'Måleri och skapande verkstäder', 'skarpnack'],
  ['Söderorts Friluftsfrämjare', 'Vandringar och friluftsliv i Stockholms natur', 'hagersten_alvsjo'],
  ['Östermalms Bokcirkel för nya svenskar', 'Läsecirklar med lättläst litteratur', 'ostermalm'],
  ['Kungsholmens Teatergrupp', 'Amatörteater och improvisation på svenska', 'kungsholmen'],
  ['Norrmalms Digitala Hjälpare', 'Hjälp med digitala tjänster och datorkunskap', 'norrmalm'],
  ['Tensta Stickcafé', 'Handarbete och samtal', 'spanga_tensta'],
  ['Vantörs Föräldraförening', 'Föräldraträffar och läxhjälp', 'enskede_arsta_vantor'],
  ['Farsta Dansförening', 'Folkdans och pardans', 'farsta'],
] as const;

const employers = [
  ['Hotell och Konferens Söder AB', 'Hotell och konferens med praktikplatser inom städ och kök'],
  ['Byggservice Järva AB', 'Bygg- och fastighetsservice i Järvaområdet'],
  ['Stockholms Café och Bageri HB', 'Café och bageri med lärlingsplatser'],
  ['Omsorgsbolaget Trygg Vård AB', 'Hemtjänst och äldreomsorg'],
  ['Logistikpartner Årsta AB', 'Lager och logistik'],
  ['Restaurang Smaka Världen KB', 'Restaurang med jobbspår inom restaurang och storkök'],
  ['Städproffsen i Stockholm AB', 'Lokalvård och fönsterputs'],
  ['Butikskedjan Hemma AB', 'Detaljhandel, praktik inom butik och lager'],
  ['IT-support Kista AB', 'Teknisk support och IT-drift'],
  ['Fastighetsskötsel Västerort AB', 'Fastighetsskötsel och utemiljö'],
  ['Bilverkstaden Skärholmen AB', 'Fordonsservice med APL-platser'],
  ['Förskolan Lilla Solen Ekonomisk förening', 'Föräldrakooperativ förskola'],
] as const;

/** A made-up bankgiro (or, for every fourth, plusgiro) number of a demo association, valid by its check digit. */
function demoGiro(i: number): { bankgiro: string | null; plusgiro: string | null } {
  const body = String(5_310_000 + i * 7_919);
  const digits = `${body}${luhnCheckDigit(body)}`;
  return i % 4 === 3 ? { bankgiro: null, plusgiro: formatPlusgiro(digits) } : { bankgiro: formatBankgiro(digits), plusgiro: null };
}

/** The VIDA association whose payment number the demo leaves out, so the payout list shows what to fix (FRM-5). */
const VIDA_WITHOUT_GIRO = 'Idrottsföreningen Farsta Framåt';

/**
 * Democracy answers for demo assessments: all conditions met; one exclusion ground when not
 * eligible, motivated; the safe answers rest on the common basis.
 */
export function democracyAnswers(eligible: boolean) {
  return {
    conditions: DEMOCRACY_CONDITIONS.map((condition) => ({ condition, met: true, justification: '', evidence: [] })),
    exclusions: EXCLUSION_GROUNDS.map((ground, i) => ({
      ground,
      applies: !eligible && i === 3,
      justification: !eligible && i === 3 ? 'Revisionsberättelsen saknar ansvarsfrihet för styrelsen.' : '',
      evidence: [],
    })),
    basis: 'Stadgar, verksamhetsberättelse, ekonomisk berättelse och referenser har gåtts igenom, liksom organisationens webbplats och sökningar i media.',
    evidence: [],
    summary: 'Bedömning inför samverkan (demodata).',
  };
}

/** Loads the demo organisations (idempotent: skipped when the register has any). */
export async function seedDemoOrganisations(db: Db, managerCtx: RequestContext): Promise<number> {
  const existing = await findOrganisations(db, { status: 'all', today: managerCtx.today }, { sort: 'name', limit: 1 });
  if (existing.length > 0) return 0;
  const all: DemoOrganisation[] = [
    ...namedInSources,
    ...vidaActivities.map(([name, description, district], i) => ({
      name,
      legalForm: 'non_profit_association',
      description: `VIDA-förening: ${description}.`,
      districts: [district],
      areas: ['newly_arrived_adults.networks'],
      memberCount: 40 + i * 17,
      city: 'Stockholm',
      ...(i % 6 === 0 ? { assessed: 'eligible' as const } : i === 7 ? { assessed: 'not_eligible' as const } : {}),
    })),
    ...employers.map(([name, description]) => ({
      name,
      kind: 'employer' as const,
      legalForm: name.endsWith(' HB') ? 'trading_partnership' : name.endsWith(' KB') ? 'limited_partnership' : name.includes('Ekonomisk förening') ? 'economic_association' : 'limited_company',
      description,
      areas: ['integration_pact'],
      city: 'Stockholm',
    })),
  ];
  for (const { assessed, ...org } of all) {
    const { id } = await makeOrganisation(db, org);
    if (assessed) await signDemocracyAssessment(db, managerCtx, id, democracyAnswers(assessed === 'eligible'));
  }
  // The VIDA associations are paid to their bankgiro or plusgiro (FRM-5); one has not given its number yet.
  for (const [i, [name]] of vidaActivities.entries()) {
    if (name === VIDA_WITHOUT_GIRO) continue;
    await db.updateTable('organisation').set(demoGiro(i)).where('name', '=', name).execute();
  }
  return all.length;
}
