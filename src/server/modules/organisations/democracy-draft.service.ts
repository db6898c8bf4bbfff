import {
  assessDemocracy,
  type DraftStatus,
  type Evidence,
  mayEditDraft,
  maySignDraft,
  reviewChanges,
  signingProblems,
} from '../../../shared/organisations/democracy.rules';
import type {
  CreateDraftInput,
  DemocracyDraftView,
  DraftListQuery,
  DraftListView,
  DraftVersionInput,
  HandOverDraftInput,
  ReturnDraftInput,
  UpdateDraftInput,
} from '../../../shared/organisations/democracy-draft.schemas';
import type { AssessmentView } from '../../../shared/organisations/democracy.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { notify, type NotifyOptions } from '../notifications/notify';
import { findUserById } from '../users/user.repository';
import {
  type DraftRow,
  findDraftById,
  findOpenDrafts,
  insertDraft,
  lockDraft,
  updateDraftIfVersion,
} from './democracy-draft.repository';
import { assertEvidence, evidenceGroups, readAssessment, remediationStillRequired, signAssessmentIn, userIdOf } from './democracy.service';
import { auditedContent, completeAnswers, type DraftAnswers, emptyAnswers, orderedAnswers, toDraftView } from './democracy.views';
import { findOrganisationById } from './organisation.repository';

type DraftContent = DraftAnswers & { basis: string; evidence: Evidence[]; summary: string };

function contentOf(row: DraftRow): DraftContent {
  return {
    conditions: row.conditions as DraftContent['conditions'],
    exclusions: row.exclusions as DraftContent['exclusions'],
    basis: row.basis,
    evidence: row.evidence as Evidence[],
    summary: row.summary,
  };
}

/** The content after an edit: fields left out of the input keep their value. */
function merged(current: DraftContent, input: CreateDraftInput): DraftContent {
  const answers = orderedAnswers({
    conditions: (input.conditions as DraftContent['conditions'] | undefined) ?? current.conditions,
    exclusions: (input.exclusions as DraftContent['exclusions'] | undefined) ?? current.exclusions,
  });
  return {
    ...answers,
    basis: input.basis ?? current.basis,
    evidence: (input.evidence as Evidence[] | undefined) ?? current.evidence,
    summary: input.summary ?? current.summary,
  };
}

function contentColumns(content: DraftContent) {
  return {
    conditions: JSON.stringify(content.conditions),
    exclusions: JSON.stringify(content.exclusions),
    basis: content.basis,
    evidence: JSON.stringify(content.evidence),
    summary: content.summary,
  };
}

/** Field errors for what keeps the content from being handed over or signed (400). */
function assertSignable(content: DraftContent): void {
  const problems = signingProblems(content);
  if (problems.length > 0) throw new DomainError('validation_failed', { errors: problems });
}

function factsOf(row: DraftRow) {
  return { status: row.status, createdBy: row.created_by, signerId: row.signer_id };
}

/** Loads and locks a draft, checks that it is in one of the statuses and at the version the caller saw. */
async function loadForChange(trx: Db, draftId: string, version: number, statuses: readonly DraftStatus[]): Promise<DraftRow> {
  await lockDraft(trx, draftId);
  const row = found(await findDraftById(trx, draftId));
  if (!statuses.includes(row.status)) throw new DomainError('democracy_draft_status');
  if (row.version !== version) throw new DomainError('version_conflict');
  return row;
}

async function save(trx: Db, row: DraftRow, patch: Parameters<typeof updateDraftIfVersion>[3]): Promise<DraftRow> {
  if (!(await updateDraftIfVersion(trx, row.id, row.version, patch))) throw new DomainError('version_conflict');
  return found(await findDraftById(trx, row.id));
}

/**
 * Starts an assessment in preparation for an organisation (DEM-3): an officer or a manager;
 * at most one open per organisation (409 `democracy_draft_exists`).
 */
export async function createDemocracyDraft(db: Db, ctx: RequestContext, organisationId: string, input: CreateDraftInput): Promise<DemocracyDraftView> {
  assertPermitted(ctx.actor, 'democracy.prepare');
  const userId = userIdOf(ctx);
  return db.transaction().execute(async (trx) => {
    const organisation = found(await findOrganisationById(trx, organisationId, ctx.today));
    if (organisation.status === 'archived') throw new DomainError('organisation_archived');
    const content = merged({ ...emptyAnswers(), basis: '', evidence: [], summary: '' }, input);
    await assertEvidence(trx, organisationId, evidenceGroups(content));
    const id = await insertDraft(trx, { organisation_id: organisationId, created_by: userId, ...contentColumns(content) });
    if (!id) throw new DomainError('democracy_draft_exists');
    await recordAudit(trx, ctx, {
      action: 'organisation.democracy-draft.created',
      entityType: 'organisation',
      entityId: organisationId,
      after: auditedContent(content),
      data: { draftId: id },
    });
    return toDraftView(found(await findDraftById(trx, id)));
  });
}

/**
 * Changes the answers, motivations, basis or evidence of a draft (DEM-3). Once handed over only
 * the named manager may, as part of the review; each change is kept in the history.
 */
export async function updateDemocracyDraft(db: Db, ctx: RequestContext, draftId: string, input: UpdateDraftInput): Promise<DemocracyDraftView> {
  assertPermitted(ctx.actor, 'democracy.prepare');
  const userId = userIdOf(ctx);
  const { version, ...fields } = input;
  return db.transaction().execute(async (trx) => {
    const row = await loadForChange(trx, draftId, version, ['draft', 'ready_for_signing', 'returned']);
    if (mayEditDraft(factsOf(row), userId) === 'not_signer') throw new DomainError('not_assigned_signer');
    const before = contentOf(row);
    const after = merged(before, fields);
    await assertEvidence(trx, row.organisation_id, evidenceGroups(after));
    const saved = await save(trx, row, contentColumns(after));
    await recordAudit(trx, ctx, {
      action: row.status === 'ready_for_signing' ? 'organisation.democracy-draft.reviewed' : 'organisation.democracy-draft.updated',
      entityType: 'organisation',
      entityId: row.organisation_id,
      before: auditedContent(before),
      after: auditedContent(after),
      data: { draftId },
    });
    return toDraftView(saved);
  });
}

/**
 * Hands a complete draft over to a named manager for review and signing (DEM-3). Every question
 * must be answered, every unsafe answer motivated and the basis given (400 otherwise); answers
 * that could not be signed for want of a remediation are refused already here (DEM-4). The
 * manager is notified in the same transaction.
 */
export async function handOverDemocracyDraft(
  db: Db,
  ctx: RequestContext,
  draftId: string,
  input: HandOverDraftInput,
  options: NotifyOptions,
): Promise<DemocracyDraftView> {
  assertPermitted(ctx.actor, 'democracy.prepare');
  const userId = userIdOf(ctx);
  return db.transaction().execute(async (trx) => {
    const row = await loadForChange(trx, draftId, input.version, ['draft', 'returned']);
    const content = contentOf(row);
    assertSignable(content);
    const signer = await findUserById(trx, input.signerId);
    if (!signer || signer.status !== 'active' || !signer.roles.includes('manager')) {
      throw new DomainError('validation_failed', { errors: [{ path: 'signerId', message: 'validation.signer' }] });
    }
    const answers = found(completeAnswers(content));
    if (await remediationStillRequired(trx, ctx, row.organisation_id, assessDemocracy(answers.conditions, answers.exclusions))) {
      throw new DomainError('remediation_required');
    }
    const saved = await save(trx, row, {
      status: 'ready_for_signing',
      signer_id: signer.id,
      handed_over_by: userId,
      handed_over_at: new Date(),
      handed_over_answers: JSON.stringify({ conditions: content.conditions, exclusions: content.exclusions }),
      returned_by: null,
      returned_at: null,
      return_comment: null,
    });
    await recordAudit(trx, ctx, {
      action: 'organisation.democracy-draft.handed-over',
      entityType: 'organisation',
      entityId: row.organisation_id,
      data: { draftId, signer: signer.name },
    });
    await notify(
      trx,
      { type: 'democracy_ready_to_sign', recipients: [signer.id], actor: ctx.actor, summary: row.organisation_name, link: `/organisationer/${row.organisation_id}` },
      options,
    );
    return toDraftView(saved);
  });
}

/** The named manager sends a handed-over draft back to be worked on, with a comment (DEM-3). */
export async function returnDemocracyDraft(db: Db, ctx: RequestContext, draftId: string, input: ReturnDraftInput): Promise<DemocracyDraftView> {
  assertPermitted(ctx.actor, 'democracy.sign');
  const userId = userIdOf(ctx);
  return db.transaction().execute(async (trx) => {
    const row = await loadForChange(trx, draftId, input.version, ['ready_for_signing']);
    if (row.signer_id !== userId) throw new DomainError('not_assigned_signer');
    const saved = await save(trx, row, { status: 'returned', returned_by: userId, returned_at: new Date(), return_comment: input.comment });
    await recordAudit(trx, ctx, {
      action: 'organisation.democracy-draft.returned',
      entityType: 'organisation',
      entityId: row.organisation_id,
      data: { draftId, comment: input.comment },
    });
    return toDraftView(saved);
  });
}

/**
 * Signs a draft (DEM-3): only a manager, and only one handed over to them or one they prepared
 * themselves. The signed assessment records who prepared it and which answers the signer
 * changed after the hand-over; only now does the organisation's status change.
 */
export async function signDemocracyDraft(db: Db, ctx: RequestContext, draftId: string, input: DraftVersionInput): Promise<AssessmentView> {
  assertPermitted(ctx.actor, 'democracy.sign');
  const userId = userIdOf(ctx);
  return db.transaction().execute(async (trx) => {
    const row = await loadForChange(trx, draftId, input.version, ['draft', 'ready_for_signing', 'returned']);
    if (maySignDraft(factsOf(row), userId) === 'not_signer') throw new DomainError('not_assigned_signer');
    const content = contentOf(row);
    assertSignable(content);
    const answers = found(completeAnswers(content));
    const handedOver = row.handed_over_answers as DraftAnswers | null;
    const changes = row.status === 'ready_for_signing' && handedOver ? reviewChanges(handedOver, content) : [];
    const signed = await signAssessmentIn(
      trx,
      ctx,
      row.organisation_id,
      { ...answers, basis: content.basis, evidence: content.evidence, summary: content.summary === '' ? null : content.summary },
      { preparedBy: row.created_by, preparedAt: row.handed_over_at ?? new Date(), reviewChanges: changes },
    );
    await save(trx, row, { status: 'signed', assessment_id: signed.id });
    await recordAudit(trx, ctx, {
      action: 'organisation.democracy-assessment.signed',
      entityType: 'organisation',
      entityId: row.organisation_id,
      data: { assessmentId: signed.id, draftId, result: signed.result, validUntil: signed.validUntil, preparedBy: row.creator_name },
    });
    return readAssessment(trx, row.organisation_id, signed.id);
  });
}

/** Discards a draft that is being worked on or was sent back; a handed-over one must be sent back first. */
export async function discardDemocracyDraft(db: Db, ctx: RequestContext, draftId: string, input: DraftVersionInput): Promise<DemocracyDraftView> {
  assertPermitted(ctx.actor, 'democracy.prepare');
  userIdOf(ctx);
  return db.transaction().execute(async (trx) => {
    const row = await loadForChange(trx, draftId, input.version, ['draft', 'returned']);
    const saved = await save(trx, row, { status: 'discarded' });
    await recordAudit(trx, ctx, {
      action: 'organisation.democracy-draft.discarded',
      entityType: 'organisation',
      entityId: row.organisation_id,
      data: { draftId },
    });
    return toDraftView(saved);
  });
}

/** Open drafts: those waiting for one manager's signature ("Att signera"), or one person's work. */
export async function listDemocracyDrafts(db: Db, ctx: RequestContext, query: DraftListQuery): Promise<DraftListView> {
  assertPermitted(ctx.actor, 'democracy.prepare');
  const rows = await findOpenDrafts(db, query, 200);
  return { items: rows.map(toDraftView) };
}
