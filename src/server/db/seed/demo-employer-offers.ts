import { addDays } from '../../../shared/lifecycle/termination.rules';
import type { RequestContext } from '../../http/request-context';
import { employerControlGates } from '../../modules/employers/employer-control-state';
import { createOffer, recordOfferOutcome } from '../../modules/employers/employer-offer.service';
import { findAfAgreements, findWorkingGroups } from '../../modules/employers/job-track.repository';
import { createJobTrack, startJobTrack } from '../../modules/employers/job-track.service';
import type { Db } from '../database';

/** The demo's job tracks; one runs jointly with Arbetsförmedlingen under the agreement (EMP-4). */
const TRACKS = [
  { title: 'Jobbspår undersköterska', occupation: 'Undersköterska', places: 15, unitCode: 'adult_education', withAf: true },
  { title: 'Jobbspår lager och logistik', occupation: 'Lagerarbetare', places: 10, unitCode: 'jobbtorg', withAf: false },
  { title: 'Jobbspår lokalvård', occupation: 'Lokalvårdare', places: 8, unitCode: 'jobbtorg', withAf: false },
] as const;

/** The half-year before the one of a day ('2026-12-06' → '2026-H1'). */
function previousHalfYear(today: string): string {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) > 6 ? `${year}-H1` : `${year - 1}-H2`;
}

async function seedOffers(db: Db, officer: RequestContext): Promise<number> {
  const partnerships = await db
    .selectFrom('cooperation')
    .select(['id', 'title'])
    .where('form', '=', 'job_partnership')
    .where('status', 'in', ['preparing', 'active', 'under_review'])
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('employer_offer').select('id').whereRef('employer_offer.cooperation_id', '=', 'cooperation.id'))))
    .orderBy('case_number')
    .limit(4)
    .execute();
  const today = officer.today;
  const period = previousHalfYear(today);
  const periodStart = period.endsWith('H1') ? `${period.slice(0, 4)}-01-01` : `${period.slice(0, 4)}-07-01`;
  let created = 0;
  for (const [n, p] of partnerships.entries()) {
    const internship = await createOffer(db, officer, p.id, {
      kind: 'internship',
      title: 'Praktikplatser för arbetssökande från Jobbtorg',
      description: 'Praktik på 8–12 veckor med handledare på arbetsplatsen.',
      places: 4 + n,
      startDate: periodStart,
      endDate: addDays(today, 180),
      unitCodes: ['jobbtorg'],
    }, 'sv');
    await recordOfferOutcome(db, officer, internship.id, {
      period,
      started: { total: 6 + n, byGender: { women: 3, men: 3 + n, other: 0 }, byTargetGroup: { youth_16_29: 2, newly_arrived_other: 1 } },
      employed: { total: 2, byGender: { women: 1, men: 1, other: 0 }, byTargetGroup: {} },
    }, 'sv');
    await createOffer(db, officer, p.id, {
      kind: n % 2 === 0 ? 'wage_subsidised_job' : 'apl',
      title: n % 2 === 0 ? 'Anställning med lönesubvention' : 'APL-platser för elever inom vuxenutbildningen',
      places: 2,
      startDate: today,
      endDate: null,
      unitCodes: n % 2 === 0 ? ['jobbtorg'] : ['adult_education'],
    }, 'sv');
    created += 2;
  }
  return created;
}

async function seedTracks(db: Db, officer: RequestContext): Promise<number> {
  const existing = await db.selectFrom('job_track').select('title').where('title', 'in', TRACKS.map((x) => x.title)).execute();
  if (existing.length > 0) return 0;
  // The employers of the job partnerships first, then other active employers.
  const employers = await db
    .selectFrom('organisation as o')
    .leftJoin('cooperation_party as cp', 'cp.organisation_id', 'o.id')
    .leftJoin('cooperation as c', (join) => join.onRef('c.id', '=', 'cp.cooperation_id').on('c.form', '=', 'job_partnership'))
    .select(['o.id', 'o.name'])
    .select((eb) => eb.fn.count('c.id').as('partnerships'))
    .where('o.kind', '=', 'employer')
    .where('o.status', '=', 'active')
    .groupBy(['o.id', 'o.name'])
    .orderBy('partnerships', 'desc')
    .orderBy('o.name')
    .limit(6)
    .execute();
  if (employers.length === 0) return 0;
  const [agreement] = (await findAfAgreements(db)).filter((a) => a.status !== 'ended');
  const groups = agreement ? await findWorkingGroups(db, [agreement.id]) : [];
  const group = groups.find((g) => g.name.includes('arbetsgivare')) ?? groups[0];
  const gates = await employerControlGates(db, employers.map((e) => e.id), officer.today);
  let created = 0;
  for (const [n, track] of TRACKS.entries()) {
    if (track.withAf && !agreement) continue;
    const chosen = [employers[n % employers.length]!, ...(n === 0 && employers.length > 1 ? [employers[1]!] : [])];
    const view = await createJobTrack(db, officer, {
      title: track.title,
      occupation: track.occupation,
      description: track.withAf ? 'Utbildning och anställning i vården, planerad tillsammans med Arbetsförmedlingen inom samverkansöverenskommelsen.' : null,
      places: track.places,
      startDate: addDays(officer.today, n === 2 ? 60 : -90),
      endDate: addDays(officer.today, n === 2 ? 300 : 200),
      unitCode: track.unitCode,
      employerIds: [...new Set(chosen.map((e) => e.id))],
      agreementCooperationId: track.withAf ? agreement!.id : null,
      workingGroupId: track.withAf ? (group?.id ?? null) : null,
    }, 'sv');
    created += 1;
    // A track starts only when every employer passes the controls (EMP-2); otherwise it stays planned.
    if (n !== 2 && chosen.every((e) => gates.get(e.id)?.met)) await startJobTrack(db, officer, view.id, { version: view.version }, 'sv');
  }
  return created;
}

/**
 * Demo offers and job tracks (EMP-4): offers with outcomes on the job partnerships that exist, and
 * two or three job tracks with the demo employers, one run jointly with Arbetsförmedlingen under
 * the demo agreement when it exists. Does nothing where nothing fits; safe to run twice.
 */
export async function seedDemoEmployerOffers(db: Db, officer: RequestContext): Promise<{ offers: number; tracks: number }> {
  const offers = await seedOffers(db, officer);
  const tracks = await seedTracks(db, officer);
  return { offers, tracks };
}
