import type { Readable } from 'node:stream';
import { returnedAwaitingPartner } from '../../../shared/portal/document-submission.rules';
import type { PortalCooperationList, PortalCooperationView, PortalOrganisationView, PortalOverviewView } from '../../../shared/portal/portal.schemas';
import type { Db } from '../../db/database';
import { DomainError, found } from '../../http/errors';
import { type RequestContext, rolesOf } from '../../http/request-context';
import { findAgreementsByCooperation, findAnnexVersion, findVersion } from '../agreements/agreement.repository';
import { loadAgreementDetail } from '../agreements/agreement.views';
import type { FileStorage } from '../files/file-storage';
import { getFileForDownload } from '../files/file.service';
import type { FileView } from '../files/file.views';
import { findDocuments } from '../organisations/document.repository';
import { documentsOverviewOf } from '../organisations/document.service';
import { findOrganisationById } from '../organisations/organisation.repository';
import { toOrganisationView } from '../organisations/organisation.views';
import { findCooperationHeader, isCooperationParty } from '../partner/partner-report.repository';
import { partnerReportDueProvider } from '../work-queue/providers/partner-report-due.provider';
import { findSubmissionsOfOrganisation } from './document-submission.repository';
import { toSubmissionView } from './document-submission.service';
import { loadPortalDecisionsAwaiting } from './portal-governance.service';
import { findAgreementCooperationId, findAnnexCooperationId, findPortalCooperations } from './portal.repository';
import { portalOrganisation, portalOrganisationOrNull, portalUserId } from './portal-access';

type Download = { file: FileView; stream: Readable };

/**
 * The portal's start (issue 15): what the partner needs to do — decisions waiting for its
 * organisation's approval, reports due (the same list as its "Att göra"), returned documents.
 */
export async function getPortalOverview(db: Db, ctx: RequestContext): Promise<PortalOverviewView> {
  const organisation = await portalOrganisationOrNull(db, ctx);
  if (!organisation) return { organisation: null, decisionsAwaiting: [], reportsDue: [], returnedSubmissions: [], waitingSubmissions: 0 };
  const userId = portalUserId(ctx);
  const [decisionsAwaiting, reportsDue, submissions] = await Promise.all([
    loadPortalDecisionsAwaiting(db, ctx, organisation.id),
    partnerReportDueProvider(db, { userId, roles: rolesOf(ctx.actor), scope: 'mine', timeZone: 'Europe/Stockholm' }, ctx.today),
    findSubmissionsOfOrganisation(db, organisation.id),
  ]);
  const views = submissions.map(toSubmissionView);
  return {
    organisation,
    decisionsAwaiting,
    reportsDue,
    returnedSubmissions: returnedAwaitingPartner(views),
    waitingSubmissions: views.filter((s) => s.status === 'submitted').length,
  };
}

/** "Vår organisation": the register data, its ORG-4 documents with their checklist and the partner's submissions. */
export async function getPortalOrganisation(db: Db, ctx: RequestContext): Promise<PortalOrganisationView> {
  const { id } = await portalOrganisation(db, ctx);
  const row = found(await findOrganisationById(db, id, ctx.today));
  const { democracyStatus: _status, democracyValidUntil: _validUntil, version: _version, ...organisation } = toOrganisationView(row);
  const [documents, submissions] = await Promise.all([documentsOverviewOf(db, row), findSubmissionsOfOrganisation(db, id)]);
  return { organisation, documents, submissions: submissions.map(toSubmissionView) };
}

/** One of the organisation's received documents, for download; another organisation's answers 404. */
export async function openPortalDocument(db: Db, ctx: RequestContext, storage: FileStorage, documentId: string): Promise<Download> {
  const { id } = await portalOrganisation(db, ctx);
  const document = found((await findDocuments(db, id)).find((d) => d.id === documentId));
  return getFileForDownload(db, storage, document.file_id);
}

/** "Våra samverkan": the cooperations the organisation is a party of. */
export async function listPortalCooperations(db: Db, ctx: RequestContext): Promise<PortalCooperationList> {
  const organisation = await portalOrganisationOrNull(db, ctx);
  if (!organisation) return { items: [] };
  const rows = await findPortalCooperations(db, organisation.id);
  return { items: rows.map((c) => ({ id: c.id, caseNumber: c.case_number, title: c.title, form: c.form, status: c.status, agreementCount: c.agreement_count })) };
}

/** Throws not_found unless the organisation is a party of the cooperation: others' cooperations look unknown. */
async function assertOwnCooperation(db: Db, organisationId: string, cooperationId: string | null): Promise<string> {
  if (!cooperationId || !(await isCooperationParty(db, cooperationId, organisationId))) throw new DomainError('not_found');
  return cooperationId;
}

/** One of the organisation's cooperations with its agreements, read-only (IOP-5). */
export async function getPortalCooperation(db: Db, ctx: RequestContext, cooperationId: string): Promise<PortalCooperationView> {
  const { id } = await portalOrganisation(db, ctx);
  await assertOwnCooperation(db, id, cooperationId);
  const header = found(await findCooperationHeader(db, cooperationId));
  const [row] = (await findPortalCooperations(db, id)).filter((c) => c.id === cooperationId);
  const agreements = await Promise.all((await findAgreementsByCooperation(db, cooperationId)).map((a) => loadAgreementDetail(db, a)));
  return { id: header.id, caseNumber: header.case_number, title: header.title, status: header.status, form: found(row).form, agreements };
}

/** The signed document of an agreement version of the organisation's cooperation, for download. */
export async function openPortalSignedDocument(db: Db, ctx: RequestContext, storage: FileStorage, agreementId: string, number: number): Promise<Download> {
  const { id } = await portalOrganisation(db, ctx);
  await assertOwnCooperation(db, id, await findAgreementCooperationId(db, agreementId));
  const version = found(await findVersion(db, agreementId, number));
  if (!version.signed_file_id) throw new DomainError('not_found');
  return getFileForDownload(db, storage, version.signed_file_id);
}

/** An annex version's file of an agreement of the organisation's cooperation, for download. */
export async function openPortalAnnexFile(db: Db, ctx: RequestContext, storage: FileStorage, annexId: string, number: number): Promise<Download> {
  const { id } = await portalOrganisation(db, ctx);
  await assertOwnCooperation(db, id, await findAnnexCooperationId(db, annexId));
  const version = found(await findAnnexVersion(db, annexId, number));
  if (!version.file_id) throw new DomainError('not_found');
  return getFileForDownload(db, storage, version.file_id);
}
