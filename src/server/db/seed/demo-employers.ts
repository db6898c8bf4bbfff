import type { EmployerSizeBand, EmployerType } from '../../../shared/employers/membership.rules';
import { passesLuhn } from '../../../shared/organisations/org-number.rules';
import type { RequestContext } from '../../http/request-context';
import { findCooperationById } from '../../modules/cooperations/cooperation.repository';
import { saveEmployerProfile } from '../../modules/employers/employer.service';
import { checkApplicationNow, registerApplication, submitPublicApplication } from '../../modules/employers/membership-application.service';
import { decideApplication, endMembership } from '../../modules/employers/membership-decision.service';
import { createOrganisation, updateOrganisation } from '../../modules/organisations/organisation.service';
import type { Db } from '../database';
import { backdateDemoMembership, findDemoEmployer, hasMembershipApplications } from './demo-employers.repository';

type Outcome = { kind: 'member'; since: string } | { kind: 'ended'; since: string; endedOn: string; reason: string } | { kind: 'waiting' } | { kind: 'rejected'; reason: string };
type DemoEmployer = {
  name: string;
  type: EmployerType;
  size: EmployerSizeBand | null;
  /** Registered by the demo itself; the others are the demo register's employers (demo-organisations.ts). */
  legalForm?: string;
  contact: string;
  motivation: string;
  outcome: Outcome;
};

const motivation = {
  trainee: 'Vi tar emot praktikanter och vill rekrytera fler från stadens målgrupper.',
  jobs: 'Vi har återkommande rekryteringsbehov och vill erbjuda jobb och praktik till arbetssökande via Jobbtorg.',
  apl: 'Vi kan erbjuda APL-platser till elever inom vuxenutbildningen.',
};

// Fictional employers; contacts are role titles, never names of people.
const EMPLOYERS: DemoEmployer[] = [
  { name: 'Hotell och Konferens Söder AB', type: 'company', size: 'medium', contact: 'HR-ansvarig', motivation: motivation.jobs, outcome: { kind: 'member', since: '2019-09-02' } },
  { name: 'Byggservice Järva AB', type: 'company', size: 'small', contact: 'Platschef', motivation: motivation.trainee, outcome: { kind: 'member', since: '2019-11-15' } },
  { name: 'Stockholms Café och Bageri HB', type: 'company', size: 'micro', contact: 'Delägare', motivation: motivation.trainee, outcome: { kind: 'member', since: '2020-02-10' } },
  { name: 'Omsorgsbolaget Trygg Vård AB', type: 'company', size: 'large', contact: 'Rekryteringsansvarig', motivation: motivation.apl, outcome: { kind: 'member', since: '2020-06-01' } },
  { name: 'Logistikpartner Årsta AB', type: 'company', size: 'medium', contact: 'Lagerchef', motivation: motivation.jobs, outcome: { kind: 'member', since: '2021-01-18' } },
  { name: 'Restaurang Smaka Världen KB', type: 'company', size: 'small', contact: 'Köksmästare', motivation: motivation.trainee, outcome: { kind: 'member', since: '2021-04-12' } },
  { name: 'Städproffsen i Stockholm AB', type: 'company', size: 'medium', contact: 'Driftchef', motivation: motivation.jobs, outcome: { kind: 'member', since: '2022-03-07' } },
  { name: 'Butikskedjan Hemma AB', type: 'company', size: 'large', contact: 'HR-ansvarig', motivation: motivation.trainee, outcome: { kind: 'member', since: '2022-09-19' } },
  { name: 'IT-support Kista AB', type: 'company', size: 'small', contact: 'Vd', motivation: motivation.apl, outcome: { kind: 'member', since: '2023-02-06' } },
  { name: 'Fastighetsskötsel Västerort AB', type: 'company', size: 'small', contact: 'Arbetsledare', motivation: motivation.jobs, outcome: { kind: 'member', since: '2023-10-02' } },
  { name: 'Bilverkstaden Skärholmen AB', type: 'company', size: 'micro', contact: 'Verkstadschef', motivation: motivation.apl, outcome: { kind: 'member', since: '2024-05-13' } },
  { name: 'Förskolan Lilla Solen Ekonomisk förening', type: 'other', size: 'micro', contact: 'Förskolechef', motivation: motivation.apl, outcome: { kind: 'waiting' } },
  { name: 'Hjulbud Stockholm AB', legalForm: 'limited_company', type: 'platform_company', size: 'medium', contact: 'Personalansvarig', motivation: 'Vi förmedlar uppdrag som cykelbud via vår app och vill erbjuda anställning med kollektivavtal till arbetssökande.', outcome: { kind: 'member', since: '2024-09-09' } },
  { name: 'Cykelkurir Norden AB', legalForm: 'limited_company', type: 'platform_company', size: 'small', contact: 'Rekryteringsansvarig', motivation: 'Plattform för leveranser; vi vill erbjuda anställningar och praktik inom logistik.', outcome: { kind: 'member', since: '2025-03-03' } },
  { name: 'Kompassrosen Arbetsintegrerande Ekonomisk förening', legalForm: 'economic_association', type: 'social_enterprise', size: 'micro', contact: 'Verksamhetsledare', motivation: 'Arbetsintegrerande socialt företag med arbetsträning inom café och catering.', outcome: { kind: 'member', since: '2025-06-16' } },
  { name: 'Returverket Järva Ekonomisk förening', legalForm: 'economic_association', type: 'social_enterprise', size: 'small', contact: 'Verksamhetsledare', motivation: 'Återbruk och reparation; vi erbjuder arbetsträning och anställning med lönesubvention.', outcome: { kind: 'member', since: '2025-10-06' } },
  { name: 'Östbergs Elinstallation AB', legalForm: 'limited_company', type: 'company', size: 'small', contact: 'Vd', motivation: motivation.apl, outcome: { kind: 'member', since: '2026-01-12' } },
  {
    name: 'Vinterviken Trädgård och Anläggning AB',
    legalForm: 'limited_company',
    type: 'company',
    size: 'small',
    contact: 'Arbetsledare',
    motivation: motivation.trainee,
    outcome: { kind: 'ended', since: '2021-03-01', endedOn: '2025-11-14', reason: 'Verksamheten har flyttat från Stockholm och arbetsgivaren har begärt utträde ur nätverket.' },
  },
  {
    name: 'Sveavägens Vårdbemanning AB',
    legalForm: 'limited_company',
    type: 'company',
    size: 'medium',
    contact: 'Kundtjänst',
    motivation: 'Vi vill hitta personal till våra uppdragsgivare.',
    outcome: { kind: 'rejected', reason: 'Ingen namngiven kontaktperson trots påminnelse. Arbetsgivaren är välkommen att ansöka på nytt.' },
  },
];

/** The public application waiting for a check: an employer not yet in the register. */
const PUBLIC_APPLICATION = {
  organisationName: 'Måltidsköket Hässelby AB',
  employerType: 'company' as const,
  contactName: 'Kökschef',
  contactEmail: 'kontakt@maltidskoket.example',
  contactPhone: '08-555 010 20',
  motivation: 'Vi lagar mat till skolor och äldreboenden och kan ta emot praktikanter i storkök, gärna med sikte på anställning.',
};

const ALL_STATEMENTS = { networkGoals: true, nonDiscrimination: true, genderEquality: true, equality: true, humanRights: true } as const;

/** A made-up organisation number (ORG-3) with a valid check digit, the n-th of the demo's employers. */
function demoOrgNumber(n: number): string {
  const body = `5591${String(40 + n).padStart(2, '0')}${String(301 + n * 29).padStart(3, '0')}`;
  const check = [...'0123456789'].find((d) => passesLuhn(`${body}${d}`)) ?? '0';
  return `${body.slice(0, 6)}-${body.slice(6)}${check}`;
}

/** The employer of the register with this name, registered first when the demo has made it, and given an organisation number. */
async function employerOf(db: Db, ctx: RequestContext, e: DemoEmployer, n: number): Promise<string> {
  const existing = await findDemoEmployer(db, e.name);
  if (!existing) {
    const created = await createOrganisation(db, ctx, { name: e.name, kind: 'employer', legalForm: e.legalForm ?? 'limited_company', orgNumber: demoOrgNumber(n), areas: ['integration_pact'] });
    return created.id;
  }
  if (!existing.org_number) await updateOrganisation(db, ctx, existing.id, { orgNumber: demoOrgNumber(n), version: existing.version });
  return existing.id;
}

/**
 * Loads the demo employers of Integrationspakten (EMP-1) through the same use cases as the API:
 * about twenty employers — most of them members since different days (two platform companies),
 * one whose membership ended with its reason, one rejected application, and two waiting (one of
 * them sent through the public form). Idempotent: skipped when applications exist.
 */
export async function seedDemoEmployers(db: Db, ctx: { officer: RequestContext; manager: RequestContext }): Promise<number> {
  if (await hasMembershipApplications(db)) return 0;
  for (const [n, e] of EMPLOYERS.entries()) {
    const organisationId = await employerOf(db, ctx.officer, e, n);
    const orgNumber = demoOrgNumber(n);
    const registered = await registerApplication(db, ctx.officer, {
      organisationName: e.name,
      orgNumber,
      employerType: e.type,
      contactName: e.contact,
      contactEmail: `kontakt${n + 1}@arbetsgivare.example`,
      contactPhone: null,
      motivation: e.motivation,
      statements: { ...ALL_STATEMENTS },
      organisationId,
    });
    const checked = await checkApplicationNow(db, ctx.officer, registered.id, {
      version: registered.version,
      contactConfirmed: e.outcome.kind !== 'rejected',
      note: e.outcome.kind === 'rejected' ? 'Endast en funktionsadress har angetts som kontakt.' : 'Organisationsnummer och status kontrollerade mot registret.',
    });
    await saveEmployerProfile(db, ctx.officer, organisationId, { employerType: e.type, sizeBand: e.size, version: 1 });
    const outcome = e.outcome;
    if (outcome.kind === 'waiting') continue;
    if (outcome.kind === 'rejected') {
      await decideApplication(db, ctx.manager, registered.id, { version: checked.version, decision: 'reject', reason: outcome.reason });
      continue;
    }
    const approved = await decideApplication(db, ctx.manager, registered.id, { version: checked.version, decision: 'approve' });
    const cooperationId = approved.membership?.cooperationId;
    if (!cooperationId) continue;
    if (outcome.kind === 'ended') {
      const cooperation = await findCooperationById(db, cooperationId);
      if (cooperation) await endMembership(db, ctx.manager, cooperationId, { version: cooperation.version, reason: outcome.reason });
    }
    await backdateDemoMembership(db, cooperationId, outcome.since, outcome.kind === 'ended' ? outcome.endedOn : null);
  }
  await submitPublicApplication(db, ctx.officer, { ...PUBLIC_APPLICATION, orgNumber: demoOrgNumber(EMPLOYERS.length), statements: { ...ALL_STATEMENTS } });
  return EMPLOYERS.length + 1;
}
