import { PDFDocument, StandardFonts } from 'pdf-lib';
import { makeOrganisation } from '../../../../tests/support/factories';
import type { RequestContext } from '../../http/request-context';
import { createAgreement, uploadSignedDocument } from '../../modules/agreements/agreement.service';
import { addAnnexVersion, createAnnex } from '../../modules/agreements/annex.service';
import { createCooperation } from '../../modules/cooperations/cooperation.service';
import { transitionCooperation } from '../../modules/cooperations/transition.service';
import type { FileStorage } from '../../modules/files/file-storage';
import { createGovernanceBody } from '../../modules/governance/body.service';
import { replaceBodyRepresentation } from '../../modules/governance/representation.service';
import { createInitiative } from '../../modules/initiatives/initiative.service';
import { createReviewMeeting, getReviewMeeting, holdReviewMeeting } from '../../modules/initiatives/review-meeting.service';
import { recordRecommendation } from '../../modules/initiatives/review.service';
import { demoNotifyOptions } from './demo-notify';
import { findOrganisationIdsByName } from '../../modules/organisations/organisation.repository';
import type { Db } from '../database';
import type { DemoActors } from './demo-cooperations';
import {
  AF_AGREEMENT_TITLE,
  AF_ANNEX_TITLES,
  AF_BODIES,
  AF_COOPERATION_TITLE,
  AF_PARTIES,
  AF_SIGNED_ON,
  AF_START_DATE,
  AF_TERMS,
} from './demo-af-agreement.data';

/**
 * The organisations the agreement names. Organisation numbers only where the agreement states
 * them (its parties); the coordination association and Storsthlm are registered without.
 */
const AF_ORGANISATIONS: (NonNullable<Parameters<typeof makeOrganisation>[1]> & { name: string })[] = [
  { name: 'Stockholms stad', kind: 'public_body', legalForm: 'municipality', orgNumber: '212000-0142', description: 'Kommunen, genom arbetsmarknadsnämnden och arbetsmarknadsförvaltningen.' },
  {
    name: 'Arbetsförmedlingen',
    kind: 'public_body',
    legalForm: 'government_agency',
    orgNumber: '202100-2114',
    description: 'Statlig myndighet. Part i samverkansöverenskommelsen med Stockholms stad från 2023.',
    areas: ['labour_market_measures.work_training', 'integration_pact'],
  },
  {
    name: 'Samordningsförbundet Stockholms stad',
    kind: 'public_body',
    legalForm: 'coordination_association',
    description: 'Finansiell samordning av rehabiliteringsinsatser mellan staden, Arbetsförmedlingen, Försäkringskassan och Region Stockholm.',
    areas: ['labour_market_measures.pre_rehab'],
  },
  {
    // The register has no form for a member organisation of municipalities; the closest is used.
    name: 'Storsthlm',
    kind: 'public_body',
    legalForm: 'municipal_association',
    description: 'Medlemsorganisation för kommunerna i Stockholms län. Deltar i överenskommelsens arbetsgrupp för utbildning och branschsamarbeten.',
  },
];

async function ensureOrganisations(db: Db): Promise<Map<string, string>> {
  const names = AF_ORGANISATIONS.map((o) => o.name);
  const ids = await findOrganisationIdsByName(db, names);
  for (const org of AF_ORGANISATIONS) {
    if (!ids.has(org.name)) ids.set(org.name, (await makeOrganisation(db, org)).id);
  }
  return ids;
}

/**
 * The cooperation the agreement belongs to: the demo cooperation when it is already registered,
 * otherwise registered here the way the demo cooperations are — consulted with the review group,
 * then made active through its gates — so that its case number and audit trail are real.
 */
async function ensureCooperation(db: Db, actors: DemoActors, afId: string): Promise<string> {
  const existing = await db
    .selectFrom('cooperation')
    .select('id')
    .where('title', '=', AF_COOPERATION_TITLE)
    .where('form', '=', 'public_agreement')
    .orderBy('created_at')
    .executeTakeFirst();
  if (existing) return existing.id;
  const initiative = await createInitiative(db, actors.officer, {
    title: AF_COOPERATION_TITLE,
    origin: 'internal',
    brief: 'Överenskommelse om samverkan mellan Stockholms stad och Arbetsförmedlingen för arbetssökande i staden, med årlig revidering.',
    organisationIds: [afId],
    areas: ['labour_market_measures.work_training', 'integration_pact'],
    targetGroups: ['disabilities', 'long_term_unemployed', 'employers'],
    unitCode: 'jobbtorg',
    proposedForm: 'public_agreement',
  });
  const meeting = await createReviewMeeting(db, actors.reviewGroup, {
    meetingDate: actors.reviewGroup.today,
    location: 'Arbetsmarknadsförvaltningen',
    notes: 'Registrering av samverkansöverenskommelsen med Arbetsförmedlingen.',
    buildAgenda: true,
  });
  await recordRecommendation(db, actors.reviewGroup, initiative.id, {
    outcome: 'form',
    recommendedForm: 'public_agreement',
    justification: 'Myndighetssamverkan som regleras i en gemensam överenskommelse.',
    meetingId: meeting.id,
    addedValue: {
      affirmed: true,
      justification: 'Gemensamma insatser med Arbetsförmedlingen når arbetssökande som förvaltningen inte når ensam och kompletterar grunduppdraget.',
    },
  }, demoNotifyOptions());
  const held = await getReviewMeeting(db, actors.reviewGroup, meeting.id);
  await holdReviewMeeting(db, actors.reviewGroup, meeting.id, { version: held.version });
  const created = await createCooperation(db, actors.officer, {
    initiativeId: initiative.id,
    responsibleManagerId: actors.managerId,
    unitCode: 'jobbtorg',
    startDate: AF_START_DATE,
    valueSek: null,
    facts: {
      competence: {
        withinCompetence: { affirmed: true, justification: 'Arbetsmarknadsinsatser för kommunens invånare ryms i den kommunala kompetensen.' },
        withinMission: { affirmed: true, justification: 'Samordningen av stadens samverkan med Arbetsförmedlingen är arbetsmarknadsförvaltningens uppdrag.' },
        addsValue: {
          affirmed: true,
          justification: 'Gemensam planering med Arbetsförmedlingen ger arbetssökande i staden samordnade insatser som ingen av parterna kan erbjuda på egen hand.',
        },
      },
    },
  });
  await transitionCooperation(db, actors.manager, created.id, { to: 'active', version: created.version });
  return created.id;
}

async function signedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText('Demodokument: undertecknad samverkansöverenskommelse med Arbetsförmedlingen', { x: 50, y: 780, size: 12, font });
  return Buffer.from(await pdf.save());
}

async function seedAgreement(db: Db, storage: FileStorage | undefined, actor: RequestContext, cooperationId: string, orgs: Map<string, string>): Promise<void> {
  const cityId = orgs.get('Stockholms stad') ?? '';
  const afId = orgs.get('Arbetsförmedlingen') ?? '';
  const agreement = await createAgreement(db, actor, {
    cooperationId,
    title: AF_AGREEMENT_TITLE,
    terms: AF_TERMS,
    startDate: AF_START_DATE,
    endDate: null,
    noticeMonths: null,
    parties: [
      { organisationId: cityId, signatory: 'Förvaltningschef, Arbetsmarknadsförvaltningen' },
      { organisationId: afId, signatory: 'Regionchef, Region Stockholm-Gotland' },
    ],
    economy: [],
  });
  if (storage) {
    await uploadSignedDocument(db, actor, storage, agreement.id, { version: agreement.version, signedOn: AF_SIGNED_ON, bytes: await signedPdf(), originalName: 'samverkansoverenskommelse-undertecknad.pdf' });
  }
  for (const title of AF_ANNEX_TITLES) {
    const annex = await createAnnex(db, actor, agreement.id, { title });
    // The agreement gives no decision of its own for the annexes: they were adopted with the
    // agreement itself, so their first version refers to it and to the day it was signed.
    await addAnnexVersion(db, actor, annex.id, { decisionReference: 'Antagen med samverkansöverenskommelsen, undertecknad 30 januari 2023', decidedOn: AF_SIGNED_ON });
  }
}

/**
 * Seeds the agreement with Arbetsförmedlingen completely (AGR-1, AGR-3, AGR-7): the organisations,
 * the active cooperation, the agreement with its terms from 2023-01-01 and annexes 1–11, and every
 * body with its mandate, reports-to link and representation as listed. Safe to run twice: nothing
 * is added when the agreement already exists. Returns how many bodies it created.
 */
export async function seedAfAgreement(db: Db, storage: FileStorage | undefined, actors: DemoActors): Promise<number> {
  const orgs = await ensureOrganisations(db);
  const cooperationId = await ensureCooperation(db, actors, orgs.get('Arbetsförmedlingen') ?? '');
  const seeded = await db.selectFrom('agreement').select('id').where('cooperation_id', '=', cooperationId).where('title', '=', AF_AGREEMENT_TITLE).executeTakeFirst();
  if (seeded) return 0;
  await seedAgreement(db, storage, actors.officer, cooperationId, orgs);
  const bodyIds = new Map<string, string>();
  for (const body of AF_BODIES) {
    const reportsToId = body.reportsTo ? bodyIds.get(body.reportsTo) : null;
    if (reportsToId === undefined) throw new Error(`Body listed before its superior: ${body.name}`);
    const created = await createGovernanceBody(db, actors.officer, {
      type: body.type,
      name: body.name,
      mandate: body.mandate,
      permanent: body.permanent,
      reportsToId,
      cooperationIds: [cooperationId],
      // IOP-6: the parties of the agreement decide; Samordningsförbundet and Storsthlm take part without a vote.
      partyOrganisationIds: [orgs.get('Stockholms stad') ?? '', orgs.get('Arbetsförmedlingen') ?? ''],
    });
    bodyIds.set(body.name, created.id);
    await replaceBodyRepresentation(db, actors.officer, created.id, {
      rows: body.representation.map(([key, representative, kind]) => ({
        party: AF_PARTIES[key].party,
        organisationId: orgs.get(AF_PARTIES[key].organisation) ?? null,
        representative,
        kind,
      })),
    });
  }
  return AF_BODIES.length;
}
