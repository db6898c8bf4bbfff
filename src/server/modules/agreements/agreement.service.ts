import type {
  AgreementCompareView,
  AgreementDetailView,
  AgreementListView,
  AgreementVersionView,
  CreateAgreementInput,
  ReviseAgreementInput,
  SignedDocumentQuery,
  UpdateAgreementInput,
} from '../../../shared/agreements/agreement.schemas';
import { diffVersions, missingTerms, type Terms } from '../../../shared/agreements/terms.rules';
import type { Db } from '../../db/database';
import type { AgreementRow } from '../../db/schema-agreements';
import { assertPermitted } from '../../http/authorize';
import { DomainError, type FieldError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import type { FileStorage } from '../files/file-storage';
import { checkUpload, saveCheckedUpload } from '../files/file.service';
import {
  cooperationExists,
  findAgreementById,
  findAgreementsByCooperation,
  findOrganisationNames,
  findVersion,
  insertAgreement,
  insertVersion,
  markVersionSigned,
  updateAgreementIfVersion,
  updateVersionContent,
  type VersionContent,
  type VersionWithFile,
} from './agreement.repository';
import { loadAgreementDetail, toAgreementSummary, toVersionView } from './agreement.views';

const userOf = (ctx: RequestContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

const contentOf = (v: VersionWithFile): VersionContent => ({
  terms: v.terms,
  startDate: v.start_date,
  endDate: v.end_date,
  noticeMonths: v.notice_months,
  parties: v.parties,
  economy: v.economy,
});

/** Parties must be distinct register organisations; economy rows must belong to a party. */
async function assertValidContent(db: Db, content: VersionContent): Promise<void> {
  const errors: FieldError[] = [];
  const ids = content.parties.map((p) => p.organisationId);
  const known = await findOrganisationNames(db, ids);
  content.parties.forEach((p, i) => {
    if (!known.has(p.organisationId)) errors.push({ path: `parties.${i}.organisationId`, message: 'validation.organisation.unknown' });
    else if (ids.indexOf(p.organisationId) !== i) errors.push({ path: `parties.${i}.organisationId`, message: 'validation.agreement.duplicateParty' });
  });
  content.economy.forEach((e, i) => {
    if (!ids.includes(e.organisationId)) errors.push({ path: `economy.${i}.organisationId`, message: 'validation.agreement.economyParty' });
  });
  if (errors.length > 0) throw new DomainError('validation_failed', { errors });
}

const audited = (title: string, c: VersionContent) => ({ title, ...c });

/** The agreements of a cooperation (IOP-5); the list is short, so it is one page. */
export async function listAgreements(db: Db, ctx: RequestContext, cooperationId: string): Promise<AgreementListView> {
  assertPermitted(ctx.actor, 'agreements.read');
  if (!(await cooperationExists(db, cooperationId))) throw new DomainError('not_found');
  const rows = await findAgreementsByCooperation(db, cooperationId);
  const items = await Promise.all(
    rows.map(async (row) => {
      const current = found(await findVersion(db, row.id, row.current_version));
      const missing = missingTerms(current.terms);
      return { ...toAgreementSummary(row), signedOn: current.signed_on, termsComplete: missing.length === 0, missingTermsCount: missing.length };
    }),
  );
  return { items, nextCursor: null, total: rows.length };
}

/** Drafts a new agreement for a cooperation as its version 1. */
export async function createAgreement(db: Db, ctx: RequestContext, input: CreateAgreementInput): Promise<AgreementDetailView> {
  assertPermitted(ctx.actor, 'agreements.write');
  return db.transaction().execute(async (trx) => {
    if (!(await cooperationExists(trx, input.cooperationId))) {
      throw new DomainError('validation_failed', { errors: [{ path: 'cooperationId', message: 'validation.cooperation.unknown' }] });
    }
    const content: VersionContent = {
      terms: (input.terms ?? {}) as Terms,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      noticeMonths: input.noticeMonths ?? null,
      parties: input.parties ?? [],
      economy: input.economy ?? [],
    };
    await assertValidContent(trx, content);
    const id = await insertAgreement(trx, { cooperationId: input.cooperationId, title: input.title });
    await insertVersion(trx, id, 1, content, userOf(ctx));
    await recordAudit(trx, ctx, {
      action: 'agreement.created',
      entityType: 'agreement',
      entityId: id,
      after: audited(input.title, content),
      data: { cooperationId: input.cooperationId },
    });
    return loadAgreementDetail(trx, found(await findAgreementById(trx, id)));
  });
}

/** An agreement with its current version, all version numbers and its annexes. */
export async function getAgreement(db: Db, ctx: RequestContext, id: string): Promise<AgreementDetailView> {
  assertPermitted(ctx.actor, 'agreements.read');
  return loadAgreementDetail(db, found(await findAgreementById(db, id)));
}

/** One version of an agreement, as it was written (old versions never change). */
export async function getAgreementVersion(db: Db, ctx: RequestContext, id: string, number: number): Promise<AgreementVersionView> {
  assertPermitted(ctx.actor, 'agreements.read');
  found(await findAgreementById(db, id));
  return toVersionView(db, found(await findVersion(db, id, number)));
}

async function lockedForChange(trx: Db, id: string, version: number): Promise<{ agreement: AgreementRow; current: VersionWithFile }> {
  const agreement = found(await findAgreementById(trx, id, true));
  if (agreement.version !== version) throw new DomainError('version_conflict');
  return { agreement, current: found(await findVersion(trx, id, agreement.current_version)) };
}

/** Edits the current version while it is an unsigned draft; a signed version is revised instead. */
export async function updateAgreement(db: Db, ctx: RequestContext, id: string, input: UpdateAgreementInput): Promise<AgreementDetailView> {
  assertPermitted(ctx.actor, 'agreements.write');
  return db.transaction().execute(async (trx) => {
    const { agreement, current } = await lockedForChange(trx, id, input.version);
    if (agreement.status === 'terminated' || current.signed_file_id) throw new DomainError('agreement_signed');
    const before = contentOf(current);
    const after: VersionContent = {
      terms: input.terms !== undefined ? (input.terms as Terms) : before.terms,
      startDate: input.startDate !== undefined ? input.startDate : before.startDate,
      endDate: input.endDate !== undefined ? input.endDate : before.endDate,
      noticeMonths: input.noticeMonths !== undefined ? input.noticeMonths : before.noticeMonths,
      parties: input.parties ?? before.parties,
      economy: input.economy ?? before.economy,
    };
    if (after.startDate && after.endDate && after.startDate > after.endDate) {
      throw new DomainError('validation_failed', { errors: [{ path: 'endDate', message: 'validation.dateRange' }] });
    }
    await assertValidContent(trx, after);
    const title = input.title ?? agreement.title;
    await updateVersionContent(trx, id, current.number, after);
    if (!(await updateAgreementIfVersion(trx, id, input.version, { title }))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, {
      action: 'agreement.updated',
      entityType: 'agreement',
      entityId: id,
      before: audited(agreement.title, before),
      after: audited(title, after),
      data: { versionNumber: current.number },
    });
    return loadAgreementDetail(trx, found(await findAgreementById(trx, id)));
  });
}

/** Revises an agreement (AGR-7): a new draft version copying the current; the old one stays as it was. */
export async function reviseAgreement(db: Db, ctx: RequestContext, id: string, input: ReviseAgreementInput): Promise<AgreementDetailView> {
  assertPermitted(ctx.actor, 'agreements.write');
  return db.transaction().execute(async (trx) => {
    const { agreement, current } = await lockedForChange(trx, id, input.version);
    if (agreement.status === 'terminated') throw new DomainError('agreement_signed');
    const number = agreement.current_version + 1;
    await insertVersion(trx, id, number, contentOf(current), userOf(ctx));
    if (!(await updateAgreementIfVersion(trx, id, input.version, { current_version: number, status: 'draft' }))) {
      throw new DomainError('version_conflict');
    }
    await recordAudit(trx, ctx, {
      action: 'agreement.revised',
      entityType: 'agreement',
      entityId: id,
      before: { currentVersion: agreement.current_version, status: agreement.status },
      after: { currentVersion: number, status: 'draft' },
    });
    return loadAgreementDetail(trx, found(await findAgreementById(trx, id)));
  });
}

/** Two versions side by side: every field and terms section with its value before and after. */
export async function compareAgreementVersions(
  db: Db,
  ctx: RequestContext,
  id: string,
  range: { from: number; to: number },
): Promise<AgreementCompareView> {
  assertPermitted(ctx.actor, 'agreements.read');
  found(await findAgreementById(db, id));
  const [from, to] = await Promise.all([findVersion(db, id, range.from), findVersion(db, id, range.to)]);
  return { from: range.from, to: range.to, rows: diffVersions(contentOf(found(from)), contentOf(found(to))) };
}

/**
 * Files the signed agreement for the current version (IOP-5): the upload is checked by the files
 * domain, the version records it and the date of signing, and the agreement counts as signed.
 */
export async function uploadSignedDocument(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  id: string,
  input: SignedDocumentQuery & { bytes: Buffer; originalName: string },
): Promise<AgreementDetailView> {
  assertPermitted(ctx.actor, 'agreements.write');
  found(await findAgreementById(db, id));
  const checked = await checkUpload({ bytes: input.bytes, originalName: input.originalName });
  return db.transaction().execute(async (trx) => {
    const { agreement, current } = await lockedForChange(trx, id, input.version);
    if (agreement.status === 'terminated' || current.signed_file_id) throw new DomainError('agreement_signed');
    const file = await saveCheckedUpload(trx, ctx, storage, checked);
    await markVersionSigned(trx, id, current.number, file.id, input.signedOn);
    if (!(await updateAgreementIfVersion(trx, id, input.version, { status: 'signed' }))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, {
      action: 'agreement.signed',
      entityType: 'agreement',
      entityId: id,
      before: { status: agreement.status },
      after: { status: 'signed' },
      data: { versionNumber: current.number, signedOn: input.signedOn, fileId: file.id, fileName: file.originalName },
    });
    return loadAgreementDetail(trx, found(await findAgreementById(trx, id)));
  });
}
