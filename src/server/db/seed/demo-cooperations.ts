import { PDFDocument, StandardFonts } from 'pdf-lib';
import { IOP_TERM_LABELS, IOP_TERMS } from '../../../shared/agreements/terms.rules';
import type { CooperationFactsInput } from '../../../shared/cooperations/cooperation.schemas';
import type { CooperationForm } from '../../../shared/cooperations/forms';
import { IOP_GUIDING_CRITERIA, IOP_LEGAL_TESTS } from '../../../shared/cooperations/gate.types';
import { PARTNER_CONTROL_DOCUMENTS } from '../../../shared/organisations/partner-control.rules';
import type { RequestContext } from '../../http/request-context';
import { createAgreement, uploadSignedDocument } from '../../modules/agreements/agreement.service';
import { createCooperation } from '../../modules/cooperations/cooperation.service';
import { transitionCooperation } from '../../modules/cooperations/transition.service';
import type { FileStorage } from '../../modules/files/file-storage';
import { createInitiative } from '../../modules/initiatives/initiative.service';
import { createReviewMeeting, getReviewMeeting, holdReviewMeeting } from '../../modules/initiatives/review-meeting.service';
import { recordRecommendation } from '../../modules/initiatives/review.service';
import { demoNotifyOptions } from './demo-notify';
import { signDemocracyAssessment } from '../../modules/organisations/democracy.service';
import { setPublication } from '../../modules/public/public-iop.service';
import { addOrganisationDocument } from '../../modules/organisations/document.service';
import { findOrganisationIdsByName } from '../../modules/organisations/organisation.repository';
import type { Db } from '../database';
import { type GovernanceActors, seedDemoSteeringGroup } from './demo-governance';
import { democracyAnswers } from './demo-organisations';

export type DemoActors = { officer: RequestContext; manager: RequestContext; reviewGroup: RequestContext; managerId: string };

type DemoCooperation = {
  title: string;
  form: CooperationForm;
  parties: string[];
  brief: string;
  areas: string[];
  targetGroups: string[];
  startDate: string;
  valueSek: number | null;
  facts?: CooperationFactsInput;
  justification: string;
  /** FRM-2: how the cooperation adds value and complements the administration's basic mission. */
  addsValue: string;
};

const IOP_PARTNERS = ['Individuell Människohjälp (IM)', 'Svenska med baby', 'Internationella Bekantskaper (IB)'];
const VIDA_PARTNERS = ['Föreningen Språkvänner i Tensta', 'Idrottsföreningen Farsta Framåt', 'Östermalms Bokcirkel för nya svenskar'];

const competence = {
  withinCompetence: { affirmed: true, justification: 'Arbetsmarknadsinsatser för kommunens invånare ryms i den kommunala kompetensen.' },
  withinMission: { affirmed: true, justification: 'Insatsen ligger inom arbetsmarknadsnämndens reglemente och verksamhetsplan.' },
};

function iopFacts(startDate: string, activity: string): CooperationFactsInput {
  return {
    competence,
    iopAssessment: {
      tests: Object.fromEntries(
        IOP_LEGAL_TESTS.map((t) => [t, { affirmed: true, justification: 'Bedömt av förvaltningens jurist inför partnerskapet.' }]),
      ),
      criteria: Object.fromEntries(
        IOP_GUIDING_CRITERIA.map((c) => [c, { answer: 'yes' as const, justification: `Gäller för ${activity} enligt förstudien.` }]),
      ),
    },
    preStudy: {
      date: startDate,
      scope: `${activity}: verksamhetens omfattning och målgrupp.`,
      goals: 'Fler nyanlända får kontakter, språkträning och väg mot arbete eller studier.',
      structure: 'Gemensam styrgrupp med företrädare för båda parter; möten varje termin.',
      roles: 'Organisationen driver verksamheten; förvaltningen bidrar med lokaler, deltagare och finansiering.',
      participants: 'Företrädare för organisationen och för Jobbtorg Stockholm.',
    },
  };
}

/** The demo facts with the added value recorded beside municipal competence and mission (FRM-2). */
function withAddedValue(c: DemoCooperation): CooperationFactsInput {
  return { ...c.facts, competence: { ...competence, addsValue: { affirmed: true, justification: c.addsValue } } };
}

/** The cooperations the source documents name, registered as they run today. */
const demoCooperations: DemoCooperation[] = [
  {
    title: 'IOP Duo Stockholm',
    form: 'iop',
    parties: ['Individuell Människohjälp (IM)'],
    brief: 'Duo Stockholm matchar nyanlända och etablerade stockholmare utifrån gemensamma intressen. Idéburet offentligt partnerskap sedan 2015.',
    areas: ['newly_arrived_adults.networks'],
    targetGroups: ['newly_arrived'],
    startDate: '2015-01-01',
    valueSek: null,
    facts: iopFacts('2015-01-01', 'Duo Stockholm'),
    justification: 'Ett pågående partnerskap sedan 2015; organisationen har initierat verksamheten och båda parter bidrar.',
    addsValue: 'Matchningen ger nyanlända ett personligt nätverk bland etablerade stockholmare, något förvaltningen inte själv erbjuder och som kompletterar Jobbtorgs insatser.',
  },
  {
    title: 'IOP Svenska med baby',
    form: 'iop',
    parties: ['Svenska med baby'],
    brief: 'Föräldralediga med olika bakgrund träffas varje vecka i volontärledda grupper för språkträning och gemenskap. Partnerskap sedan 2015.',
    areas: ['newly_arrived_adults.language_training', 'district_mothers.association_activity'],
    targetGroups: ['newly_arrived', 'foreign_born_women'],
    startDate: '2015-01-01',
    valueSek: null,
    facts: iopFacts('2015-01-01', 'Svenska med baby'),
    justification: 'Ett pågående partnerskap sedan 2015 som når föräldralediga nyanlända.',
    addsValue: 'Föräldralediga nyanlända får språkträning och gemenskap under en tid då de inte deltar i förvaltningens insatser; verksamheten skulle annars inte erbjudas dem.',
  },
  {
    title: 'IOP Medprat',
    form: 'iop',
    parties: ['Internationella Bekantskaper (IB)'],
    brief: 'Volontärer pratar svenska varje vecka i mindre grupper med elever på SFI. Partnerskap sedan 2015.',
    areas: ['newly_arrived_adults.language_training'],
    targetGroups: ['newly_arrived'],
    startDate: '2015-01-01',
    valueSek: null,
    facts: iopFacts('2015-01-01', 'Medprat'),
    justification: 'Ett pågående partnerskap sedan 2015 som kompletterar SFI.',
    addsValue: 'Samtal med volontärer ger SFI-elever vardaglig språkträning som kompletterar undervisningen och som förvaltningen inte själv erbjuder.',
  },
  {
    title: 'Stockholmsmentor',
    form: 'procurement',
    parties: ['Nema Problema'],
    brief: 'Mentorer för unga som har feriejobb, upphandlat enligt LOU och drivet av Nema Problema sedan 2019.',
    areas: ['summer_jobs.mentors'],
    targetGroups: ['youth_16_29'],
    startDate: '2019-01-01',
    valueSek: null,
    facts: { competence, frameworkAgreement: false },
    justification: 'Tjänsten har en marknad och upphandlades därför enligt LOU.',
    addsValue: 'Genom civilsamhället nås en bredd av mentorer inom olika yrkesområden, något förvaltningen inte kan erbjuda med egen personal.',
  },
  {
    title: 'VIDA – föreningsaktiviteter för nyanlända',
    form: 'vida',
    parties: VIDA_PARTNERS,
    brief: 'Nyanlända erbjuds en föreningsaktivitet efter eget intresse som del av sin handlingsplan, 8–15 tillfällen.',
    areas: ['newly_arrived_adults.networks'],
    targetGroups: ['newly_arrived'],
    startDate: '2019-01-01',
    valueSek: null,
    facts: { competence, vidaOccasions: 10 },
    justification: 'VIDA-modellen är en del av ordinarie verksamhet enligt verksamhetsplanen.',
    addsValue: 'Nyanlända får en aktivitet i föreningslivet efter eget intresse, som förvaltningen inte själv kan erbjuda och som kompletterar insatserna i handlingsplanen.',
  },
  {
    title: 'Samverkansöverenskommelse med Arbetsförmedlingen',
    form: 'public_agreement',
    parties: ['Arbetsförmedlingen'],
    brief: 'Överenskommelse om samverkan mellan Stockholms stad och Arbetsförmedlingen för arbetssökande i staden, med årlig revidering.',
    areas: ['labour_market_measures.work_training', 'integration_pact'],
    targetGroups: ['youth_16_29', 'newly_arrived', 'long_term_unemployed'],
    startDate: '2023-01-01',
    valueSek: null,
    facts: { competence },
    justification: 'Myndighetssamverkan som regleras i en gemensam överenskommelse.',
    addsValue: 'Gemensam planering med Arbetsförmedlingen ger arbetssökande i staden samordnade insatser som ingen av parterna kan erbjuda på egen hand.',
  },
];

/** A one-page PDF saying what the demo document stands for. */
/** The review group's judgement of the added value of a demo cooperation (FRM-2). */
function demoAddedValue(c: DemoCooperation): { affirmed: true; justification: string } {
  const justification =
    c.form === 'iop'
      ? `${c.title.replace(/^IOP /, '')} är en verksamhet som annars kanske inte skulle erbjudas stockholmarna och kompletterar förvaltningens grunduppdrag.`
      : `${c.title} kompletterar förvaltningens grunduppdrag med en insats som förvaltningen inte själv erbjuder.`;
  return { affirmed: true, justification };
}

async function demoPdf(title: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText(title, { x: 50, y: 780, size: 14, font });
  return Buffer.from(await pdf.save());
}

/**
 * A signed IOP agreement between the city and the partner (IOP-5): every terms section written and
 * complete, the term from the start date, economy for the current year and the signed PDF.
 */
async function seedDemoAgreement(
  db: Db,
  storage: FileStorage,
  actor: RequestContext,
  c: DemoCooperation,
  ids: { cooperationId: string; cityId: string; partnerId: string },
): Promise<void> {
  const year = Number(actor.today.slice(0, 4));
  const agreement = await createAgreement(db, actor, {
    cooperationId: ids.cooperationId,
    title: `Överenskommelse om idéburet offentligt partnerskap – ${c.title.replace(/^IOP /, '')}`,
    terms: Object.fromEntries(IOP_TERMS.map((t) => [t, { text: `${IOP_TERM_LABELS[t].sv}: enligt parternas överenskommelse för ${c.title}.`, complete: true }])),
    startDate: c.startDate,
    endDate: null,
    noticeMonths: 6,
    parties: [
      { organisationId: ids.cityId, signatory: 'Förvaltningschef, arbetsmarknadsförvaltningen' },
      { organisationId: ids.partnerId, signatory: 'Ordförande' },
    ],
    economy: [
      { year, organisationId: ids.cityId, moneySek: c.valueSek ?? 0, inKindSek: 0, note: null },
      { year, organisationId: ids.partnerId, moneySek: 0, inKindSek: 100_000, note: 'Ideellt arbete och lokaler' },
    ],
  });
  const bytes = await demoPdf(`Demodokument: undertecknad överenskommelse – ${c.title}`);
  await uploadSignedDocument(db, actor, storage, agreement.id, { version: agreement.version, signedOn: c.startDate, bytes, originalName: 'overenskommelse-undertecknad.pdf' });
}

/**
 * Loads the cooperation demo (INI, OVR-1): partner-control documents for the IOP partners, one
 * held review-group meeting recommending the running cooperations, those cooperations made
 * active through their gates — each IOP first gets its signed agreement and its joint steering
 * group (IOP-5, IOP-6) — and Kompis Sverige's proposal awaiting review. Runs once, after the
 * demo organisations; returns how many cooperations it registered.
 */
export async function seedDemoCooperations(db: Db, storage: FileStorage, actors: DemoActors, governance: GovernanceActors): Promise<number> {
  const names = [...new Set([...demoCooperations.flatMap((c) => c.parties), 'Kompis Sverige', 'Nema Problema', 'Stockholms stad'])];
  const ids = await findOrganisationIdsByName(db, names);
  const idOf = (name: string) => {
    const id = ids.get(name);
    if (!id) throw new Error(`Demo organisation missing: ${name}`);
    return id;
  };

  for (const partner of IOP_PARTNERS) {
    for (const documentType of PARTNER_CONTROL_DOCUMENTS) {
      const bytes = await demoPdf(`Demodokument: ${documentType} – ${partner}`);
      await addOrganisationDocument(db, actors.officer, storage, { organisationId: idOf(partner), documentType, year: 2025, bytes, originalName: `${documentType}-2025.pdf` });
    }
  }
  for (const partner of ['Nema Problema', ...VIDA_PARTNERS]) {
    await signDemocracyAssessment(db, actors.manager, idOf(partner), democracyAnswers(true));
  }

  const initiatives = [];
  for (const c of demoCooperations) {
    initiatives.push(
      await createInitiative(db, actors.officer, {
        title: c.title,
        origin: 'internal',
        brief: c.brief,
        organisationIds: c.parties.map(idOf),
        areas: c.areas,
        targetGroups: c.targetGroups,
        unitCode: 'jobbtorg',
        proposedForm: c.form,
      }),
    );
  }
  const meeting = await createReviewMeeting(db, actors.reviewGroup, {
    meetingDate: actors.reviewGroup.today,
    location: 'Arbetsmarknadsförvaltningen',
    notes: 'Registrering av pågående samverkan i det gemensamma registret.',
    buildAgenda: true,
  });
  for (const [i, c] of demoCooperations.entries()) {
    const initiative = initiatives[i];
    if (!initiative) continue;
    await recordRecommendation(db, actors.reviewGroup, initiative.id, {
      outcome: 'form',
      recommendedForm: c.form,
      justification: c.justification,
      meetingId: meeting.id,
      addedValue: demoAddedValue(c),
    }, demoNotifyOptions());
  }
  const recommended = await getReviewMeeting(db, actors.reviewGroup, meeting.id);
  await holdReviewMeeting(db, actors.reviewGroup, meeting.id, { version: recommended.version });

  for (const [i, c] of demoCooperations.entries()) {
    const initiative = initiatives[i];
    if (!initiative) continue;
    const created = await createCooperation(db, actors.officer, {
      initiativeId: initiative.id,
      responsibleManagerId: actors.managerId,
      unitCode: 'jobbtorg',
      startDate: c.startDate,
      valueSek: c.valueSek,
      facts: withAddedValue(c),
    });
    const [partner] = c.parties;
    if (c.form === 'iop' && partner) {
      // The activation gates of an IOP need its agreement and its steering group (IOP-5, IOP-6).
      const ids = { cooperationId: created.id, cityId: idOf('Stockholms stad'), partnerId: idOf(partner) };
      await seedDemoAgreement(db, storage, actors.officer, c, ids);
      await seedDemoSteeringGroup(db, governance, { id: created.id, title: c.title }, ids);
    }
    const active = await transitionCooperation(db, actors.manager, created.id, { to: 'active', version: created.version });
    // The IOPs are shown on the public IOP page (OVR-3) with their brief as the published purpose.
    if (c.form === 'iop') await setPublication(db, actors.manager, created.id, { published: true, publicSummary: c.brief, version: active.version });
  }

  await createInitiative(db, actors.officer, {
    title: 'Kompismatchning för nyanlända',
    origin: 'external',
    brief: 'Kompis Sverige vill samverka kring att matcha nyanlända med etablerade stockholmare som kompisar, som ett steg mot nätverk och arbete.',
    organisationIds: [idOf('Kompis Sverige')],
    areas: ['newly_arrived_adults.networks'],
    targetGroups: ['newly_arrived'],
    proposedForm: 'iop',
  });
  return demoCooperations.length;
}

