import {
  addMonths,
  assessDemocracy,
  democracyStatus,
  type Evidence,
  mayBecomeEligible,
} from '../../../shared/organisations/democracy.rules';
import type {
  AssessmentView,
  DemocracyOverviewView,
  RemediationInput,
  RemediationView,
  SignAssessmentInput,
} from '../../../shared/organisations/democracy.schemas';
import type { Db } from '../../db/database';
import type { DemocracyAssessmentRow, RemediationMeasureRow } from '../../db/schema-organisations';
import { assertPermitted } from '../../http/authorize';
import { DomainError, type FieldError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  findAssessments,
  findOwnDocumentIds,
  findRemediations,
  insertAssessment,
  insertRemediation,
  type WithSigner,
} from './democracy.repository';
import { findOrganisationById, setDemocracyOutcome } from './organisation.repository';
import { readSetting } from './settings.service';

function toAssessmentView(row: WithSigner<DemocracyAssessmentRow>): AssessmentView {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    result: row.result,
    conditions: row.conditions as AssessmentView['conditions'],
    exclusions: row.exclusions as AssessmentView['exclusions'],
    summary: row.summary,
    signedBy: { id: row.signed_by, name: row.signer_name },
    signedAt: row.signed_at.toISOString(),
    validUntil: row.valid_until,
  };
}

function toRemediationView(row: WithSigner<RemediationMeasureRow>): RemediationView {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    description: row.description,
    completedOn: row.completed_on,
    evidence: row.evidence as RemediationView['evidence'],
    recordedBy: { id: row.recorded_by, name: row.signer_name },
    recordedAt: row.recorded_at.toISOString(),
  };
}

function facts(assessments: WithSigner<DemocracyAssessmentRow>[], remediations: WithSigner<RemediationMeasureRow>[]) {
  return {
    assessments: assessments.map((a) => ({ id: a.id, result: a.result, signedAt: a.signed_at.toISOString(), validUntil: a.valid_until })),
    remediations: remediations.map((r) => ({ id: r.id, completedOn: r.completed_on, recordedAt: r.recorded_at.toISOString() })),
  };
}

/** Evidence documents must be this organisation's own; web addresses are taken as given. */
async function assertEvidence(db: Db, organisationId: string, groups: { path: string; evidence: Evidence[] }[]): Promise<void> {
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

/** The democracy status, history of assessments and remediation measures of an organisation. */
export async function getDemocracyOverview(db: Db, ctx: RequestContext, organisationId: string): Promise<DemocracyOverviewView> {
  assertPermitted(ctx.actor, 'organisations.read');
  found(await findOrganisationById(db, organisationId, ctx.today));
  const [assessments, remediations] = await Promise.all([findAssessments(db, organisationId), findRemediations(db, organisationId)]);
  const f = facts(assessments, remediations);
  return {
    status: democracyStatus(f, ctx.today),
    validUntil: assessments[0]?.result === 'eligible' ? assessments[0].valid_until : null,
    mayBecomeEligible: mayBecomeEligible(f, ctx.today),
    assessments: assessments.map(toAssessmentView),
    remediations: remediations.map(toRemediationView),
  };
}

/**
 * Signs a democracy assessment (DEM-1–3): only a manager may. The result follows from the
 * answers; after a not-eligible assessment an eligible one needs a completed remediation (DEM-4).
 */
export async function signDemocracyAssessment(
  db: Db,
  ctx: RequestContext,
  organisationId: string,
  input: SignAssessmentInput,
): Promise<AssessmentView> {
  assertPermitted(ctx.actor, 'democracy.sign');
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw new DomainError('forbidden');
  return db.transaction().execute(async (trx) => {
    found(await findOrganisationById(trx, organisationId, ctx.today));
    await assertEvidence(trx, organisationId, [
      ...input.conditions.map((c, i) => ({ path: `conditions.${i}`, evidence: c.evidence })),
      ...input.exclusions.map((e, i) => ({ path: `exclusions.${i}`, evidence: e.evidence })),
    ]);
    const result = assessDemocracy(input.conditions, input.exclusions);
    const [assessments, remediations] = await Promise.all([findAssessments(trx, organisationId), findRemediations(trx, organisationId)]);
    if (result === 'eligible' && !mayBecomeEligible(facts(assessments, remediations), ctx.today)) {
      throw new DomainError('remediation_required');
    }
    const months = await readSetting(trx, 'democracy.validity_months');
    const signedAt = new Date();
    const validUntil = addMonths(ctx.today, months);
    const id = await insertAssessment(trx, {
      organisation_id: organisationId,
      result,
      conditions: input.conditions,
      exclusions: input.exclusions,
      summary: input.summary ?? null,
      signed_by: actor.userId,
      signed_at: signedAt,
      valid_until: validUntil,
    });
    await setDemocracyOutcome(trx, organisationId, { result, validUntil });
    await recordAudit(trx, ctx, {
      action: 'organisation.democracy-assessment.signed',
      entityType: 'organisation',
      entityId: organisationId,
      data: { assessmentId: id, result, validUntil },
    });
    const saved = (await findAssessments(trx, organisationId)).find((a) => a.id === id);
    return toAssessmentView(found(saved));
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
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw new DomainError('forbidden');
  return db.transaction().execute(async (trx) => {
    found(await findOrganisationById(trx, organisationId, ctx.today));
    await assertEvidence(trx, organisationId, [{ path: '', evidence: input.evidence }]);
    const id = await insertRemediation(trx, {
      organisation_id: organisationId,
      description: input.description,
      completed_on: input.completedOn,
      evidence: input.evidence,
      recorded_by: actor.userId,
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
