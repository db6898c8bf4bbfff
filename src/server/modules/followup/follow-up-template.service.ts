import { JOINT_PREPARATION_GROUP_TYPE, mayEditTemplate } from '../../../shared/followup/follow-up-record.rules';
import type { FollowUpTemplateView, SaveFollowUpTemplateInput } from '../../../shared/followup/follow-up-record.schemas';
import { hasPermission } from '../../../shared/users/permissions.rules';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import { type RequestContext, rolesOf } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertCanReadBody } from '../governance/governance-access';
import { findActiveMembersOfUser } from '../governance/governance.repository';
import { findBodyRef } from './follow-up-record.repository';
import {
  bumpTemplateIfVersion,
  findQuestions,
  findTemplateOfBody,
  findTemplateVersion,
  findTemplateVersions,
  insertTemplate,
  insertTemplateVersion,
} from './follow-up-template.repository';

/** Whether the caller may change the template a body keeps (AGR-5): a governance writer or an active member of that body. */
async function callerMayEdit(db: Db, ctx: RequestContext, bodyId: string): Promise<boolean> {
  if (ctx.actor.kind === 'system') return true;
  if (!hasPermission(rolesOf(ctx.actor), 'follow-up-templates.edit')) return false;
  const writesGovernance = hasPermission(rolesOf(ctx.actor), 'governance.write');
  const memberOfKeeper = ctx.actor.kind === 'user' && (await findActiveMembersOfUser(db, bodyId, ctx.actor.userId)).length > 0;
  return mayEditTemplate({ writesGovernance, memberOfKeeper });
}

/** The keeper body, or 404 when the id is no body and 400 when the body is not a joint beredningsgrupp. */
async function keeperBody(db: Db, bodyId: string) {
  const body = found(await findBodyRef(db, bodyId));
  if (body.type !== JOINT_PREPARATION_GROUP_TYPE) {
    throw new DomainError('validation_failed', { errors: [{ path: 'id', message: 'validation.followUp.templateBody' }] });
  }
  return body;
}

/** The template a joint beredningsgrupp keeps, as of its current version (AGR-5); empty before the first save. */
export async function loadTemplateView(db: Db, ctx: RequestContext, bodyId: string): Promise<FollowUpTemplateView> {
  const template = await findTemplateOfBody(db, bodyId);
  const current = template && template.current_version > 0 ? await findTemplateVersion(db, template.id, template.current_version) : undefined;
  const [questions, versions, mayEdit] = await Promise.all([
    current ? findQuestions(db, current.id) : [],
    template ? findTemplateVersions(db, template.id) : [],
    callerMayEdit(db, ctx, bodyId),
  ]);
  return {
    keeperBodyId: bodyId,
    templateId: template?.id ?? null,
    currentVersion: template?.current_version ?? 0,
    questions,
    versions: versions.map((v) => ({ number: v.number, createdAt: v.created_at, createdBy: v.created_by })),
    mayEdit,
    version: template?.version ?? 0,
  };
}

/** Reads the routine template of a joint beredningsgrupp (AGR-5); a steering member sees only their own bodies. */
export async function getTemplate(db: Db, ctx: RequestContext, bodyId: string): Promise<FollowUpTemplateView> {
  await assertCanReadBody(db, ctx, bodyId);
  await keeperBody(db, bodyId);
  return loadTemplateView(db, ctx, bodyId);
}

/**
 * Saves the routine template as a new version with the given questions (AGR-5), at the version
 * read (0 before the first save). Follow-ups already recorded keep the version they answered.
 */
export async function saveTemplate(db: Db, ctx: RequestContext, bodyId: string, input: SaveFollowUpTemplateInput): Promise<FollowUpTemplateView> {
  assertPermitted(ctx.actor, 'follow-up-templates.edit');
  return db.transaction().execute(async (trx) => {
    // A steering member outside the body gets 404 like an unknown id: its existence must not leak.
    await assertCanReadBody(trx, ctx, bodyId);
    const body = await keeperBody(trx, bodyId);
    if (!(await callerMayEdit(trx, ctx, bodyId))) throw new DomainError('not_template_keeper');
    if (body.status === 'closed') throw new DomainError('governance_body_closed');
    const existing = await findTemplateOfBody(trx, bodyId, true);
    // Before the first save the view shows version 0, so 0 is the version read of a template not yet made.
    if (!existing && input.version !== 0) throw new DomainError('version_conflict');
    // A first save made by someone else meanwhile makes this one stale, like any other conflict.
    const template = existing ?? (await insertTemplate(trx, bodyId));
    if (!template) throw new DomainError('version_conflict');
    const readVersion = existing ? input.version : template.version;
    const number = template.current_version + 1;
    if (!(await bumpTemplateIfVersion(trx, template.id, readVersion, number))) throw new DomainError('version_conflict');
    const previous = template.current_version > 0 ? await findTemplateVersion(trx, template.id, template.current_version) : undefined;
    const before = previous ? (await findQuestions(trx, previous.id)).map((q) => q.text) : [];
    const versionId = await insertTemplateVersion(trx, template.id, number, ctx.actor.kind === 'user' ? ctx.actor.userId : null, input.questions);
    await recordAudit(trx, ctx, {
      action: 'follow-up-template.versioned',
      entityType: 'follow_up_template',
      entityId: template.id,
      before: { currentVersion: template.current_version, questions: before },
      after: { currentVersion: number, questions: input.questions },
      data: { keeperBodyId: bodyId, templateVersionId: versionId },
    });
    return loadTemplateView(trx, ctx, bodyId);
  });
}
