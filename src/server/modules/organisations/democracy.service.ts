import {
  addMonths,
  assessDemocracy,
  type ConditionAnswer,
  democracyStatus,
  type Evidence,
  type ExclusionAnswer,
  mayBecomeEligible,
  type ReviewChange,
} from '../../../shared/organisations/democracy.rules';
import type {
  AssessmentView,
  DemocracyOverviewView,
  RemediationInput,
  RemediationView,
  SignAssessmentData,
} from '../../../shared/organisations/democracy.schemas';
import type { Db } from '../../db/database';
import type { RemediationMeasureRow } from '../../db/schema-organisations';
import { assertPermitted } from '../../http/authorize';
import { DomainError, type FieldError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { findOpenDraft } from './democracy-draft.repository';
import {
  type AssessmentRow,
  findAssessments,
  findOwnDocumentIds,
  findRemediations,
  insertAssessment,
  insertRemediation,
  type WithSigner,
} from './democracy.repository';
import { iso, toAssessmentView, toDraftView, toRemediationView } from './democracy.views';
import { findOrganisationById, setDemocracyOutcome } from './organisation.repository';
import { readSetting } from './settings.service';

// Only signed assessments are facts: an assessment in preparation lives in its own table and is
// never passed here, so it can neither make an organisation eligible nor block one (DEM-3).
function facts(assessments: AssessmentRow[], remediations: WithSigner<RemediationMeasureRow>[]) {
  return {
    assessments: assessments.map((a) => ({ id: a.id, result: a.result, signedAt: iso(a.signed_at), validUntil: a.valid_until })),
    remediations: remediations.map((r) => ({ id: r.id, completedOn: r.completed_on, recordedAt: iso(r.recorded_at) })),
  };
}

/** The acting user's id; assessments are prepared and signed by people, not integrations' tokens. */
export function userIdOf(ctx: RequestContext): string {
  if (ctx.actor.kind !== 'user') throw new DomainError('forbidden');
  return ctx.actor.userId;
}

/** Evidence documents must be this organisation's own; web addresses are taken as given. */
export async function assertEvidence(db: Db, organisationId: string, groups: { path: string; evidence: Evidence[] }[]): Promise<void> {
  const ids = groups.flatMap((g) => g.evidence.flatMap((e) => (e.kind === 'document' ? [e.documentId] : [])));
  const own = await findOwnDocumentIds(db, organisationId, [...new Set(ids)]);
  const errors: FieldError[] = [];
  for (const group of groups) {
    group.evidence.forEach((e, i) => {
      if (e.kind === 'document' && !own.has(e.documentId)) errors.push({ path: `${group.path ? `${group.path}.` : ''}evidence.${i}`, message: 'validation.evidence.document' });
    });
  }
  if (errors.length > 0) throw new DomainError('validation_failed', { errors });
}

/** Every piece of evidence of an assessment's content, with the path it is reported under. */
export function evidenceGroups(content: {
  conditions: { evidence: Evidence[] }[];
  exclusions: { evidence: Evidence[] }[];
  evidence: Evidence[];
}): { path: string; evidence: Evidence[] }[] {
  return [
    ...content.conditions.map((c, i) => ({ path: `conditions.${i}`, evidence: c.evidence })),
    ...content.exclusions.map((e, i) => ({ path: `exclusions.${i}`, evidence: e.evidence })),
    { path: '', evidence: content.evidence },
  ];
}

export type SignableContent = {
  conditions: ConditionAnswer[];
  exclusions: ExclusionAnswer[];
  basis: string;
  evidence: Evidence[];
  summary: string | null;
};

/**
 * Stores a signed assessment inside the caller's transaction (DEM-1–4): the result follows from
 * the answers, an eligible result after a failed assessment needs a completed remediation, and
 * the organisation's outcome is updated with the configured validity.
 */
export async function signAssessmentIn(
  trx: Db,
  ctx: RequestContext,
  organisationId: string,
  content: SignableContent,
  preparation: { preparedBy: string; preparedAt: Date; reviewChanges: ReviewChange[] },
): Promise<{ id: string; result: 'eligible' | 'not_eligible'; validUntil: string }> {
  const signer = userIdOf(ctx);
  await assertEvidence(trx, organisationId, evidenceGroups(content));
  const result = assessDemocracy(content.conditions, content.exclusions);
  const [assessments, remediations] = await Promise.all([findAssessments(trx, organisationId), findRemediations(trx, organisationId)]);
  if (result === 'eligible' && !mayBecomeEligible(facts(assessments, remediations), ctx.today)) {
    throw new DomainError('remediation_required');
  }
  const months = await readSetting(trx, 'democracy.validity_months');
  const validUntil = addMonths(ctx.today, months);
  const id = await insertAssessment(trx, {
    organisation_id: organisationId,
    result,
    conditions: content.conditions,
    exclusions: content.exclusions,
    basis: content.basis,
    evidence: content.evidence,
    summary: content.summary,
    prepared_by: preparation.preparedBy,
    prepared_at: preparation.preparedAt,
    review_changes: preparation.reviewChanges,
    signed_by: signer,
    signed_at: new Date(),
    valid_until: validUntil,
  });
  await setDemocracyOutcome(trx, organisationId, { result, validUntil });
  return { id, result, validUntil };
}

/** Whether the answers would, if signed now, be refused for want of a remediation (DEM-4). */
export async function remediationStillRequired(db: Db, ctx: RequestContext, organisationId: string, result: 'eligible' | 'not_eligible'): Promise<boolean> {
  if (result !== 'eligible') return false;
  const [assessments, remediations] = await Promise.all([findAssessments(db, organisationId), findRemediations(db, organisationId)]);
  return !mayBecomeEligible(facts(assessments, remediations), ctx.today);
}

/** A signed assessment of the organisation, read back after signing. */
export async function readAssessment(db: Db, organisationId: string, id: string): Promise<AssessmentView> {
  return toAssessmentView(found((await findAssessments(db, organisationId)).find((a) => a.id === id)));
}

/** The democracy status, the assessment in preparation, the signed assessments and remediation measures of an organisation. */
export async function getDemocracyOverview(db: Db, ctx: RequestContext, organisationId: string): Promise<DemocracyOverviewView> {
  assertPermitted(ctx.actor, 'organisations.read');
  found(await findOrganisationById(db, organisationId, ctx.today));
  const [assessments, remediations, draft] = await Promise.all([
    findAssessments(db, organisationId),
    findRemediations(db, organisationId),
    findOpenDraft(db, organisationId),
  ]);
  const f = facts(assessments, remediations);
  return {
    status: democracyStatus(f, ctx.today),
    validUntil: assessments[0]?.result === 'eligible' ? assessments[0].valid_until : null,
    mayBecomeEligible: mayBecomeEligible(f, ctx.today),
    draft: draft ? toDraftView(draft) : null,
    assessments: assessments.map(toAssessmentView),
    remediations: remediations.map(toRemediationView),
  };
}

/**
 * A manager's assessment prepared and signed in one step (DEM-1–3), e.g. by an integration.
 * Refused while the organisation has an assessment in preparation, which would otherwise be
 * left behind with answers older than the signed ones.
 */
export async function signDemocracyAssessment(
  db: Db,
  ctx: RequestContext,
  organisationId: string,
  input: SignAssessmentData,
): Promise<AssessmentView> {
  assertPermitted(ctx.actor, 'democracy.sign');
  const signer = userIdOf(ctx);
  return db.transaction().execute(async (trx) => {
    found(await findOrganisationById(trx, organisationId, ctx.today));
    if (await findOpenDraft(trx, organisationId)) throw new DomainError('democracy_draft_exists');
    const signed = await signAssessmentIn(
      trx,
      ctx,
      organisationId,
      { conditions: input.conditions, exclusions: input.exclusions, basis: input.basis, evidence: input.evidence, summary: input.summary ?? null },
      { preparedBy: signer, preparedAt: new Date(), reviewChanges: [] },
    );
    await recordAudit(trx, ctx, {
      action: 'organisation.democracy-assessment.signed',
      entityType: 'organisation',
      entityId: organisationId,
      data: { assessmentId: signed.id, result: signed.result, validUntil: signed.validUntil },
    });
    return readAssessment(trx, organisationId, signed.id);
  });
}

/** Records a remediation measure with evidence (DEM-4), the first step back to eligibility. */
export async function recordRemediation(
  db: Db,
  ctx: RequestContext,
  organisationId: string,
  input: RemediationInput,
): Promise<RemediationView> {
  assertPermitted(ctx.actor, 'democracy.remediate');
  const userId = userIdOf(ctx);
  return db.transaction().execute(async (trx) => {
    found(await findOrganisationById(trx, organisationId, ctx.today));
    await assertEvidence(trx, organisationId, [{ path: '', evidence: input.evidence }]);
    const id = await insertRemediation(trx, {
      organisation_id: organisationId,
      description: input.description,
      completed_on: input.completedOn,
      evidence: input.evidence,
      recorded_by: userId,
      recorded_at: new Date(),
    });
    await recordAudit(trx, ctx, {
      action: 'organisation.remediation.recorded',
      entityType: 'organisation',
      entityId: organisationId,
      data: { remediationId: id, description: input.description, completedOn: input.completedOn },
    });
    const saved = (await findRemediations(trx, organisationId)).find((r) => r.id === id);
    return toRemediationView(found(saved));
  });
}
