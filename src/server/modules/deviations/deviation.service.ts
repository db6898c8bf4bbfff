import { routeDeviation } from '../../../shared/deviations/deviation.rules';
import type {
  AddDeviationActionInput,
  CloseDeviationInput,
  DecideDeviationInput,
  DeviationList,
  DeviationQuery,
  DeviationSummary,
  DeviationView,
  ReportDeviationInput,
  UpdateDeviationActionInput,
} from '../../../shared/deviations/deviation.schemas';
import { hasPermission } from '../../../shared/users/permissions.rules';
import type { Db } from '../../db/database';
import type { DeviationActionRow, DeviationRow } from '../../db/schema-deviations';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import { type RequestContext, rolesOf } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { findActiveMembersOfUser } from '../governance/governance.repository';
import { findBodyMemberUserIds } from '../notifications/notification-recipients.repository';
import { notify, type NotifyOptions } from '../notifications/notify';
import { findUserOrganisation, isCooperationParty } from '../partner/partner-report.repository';
import {
  activeUserExists,
  cooperationExists,
  findAction,
  findActions,
  findBodyWithCooperations,
  findDeviation,
  findDeviations,
  findGovernanceDecision,
  findRoutingFacts,
  insertAction,
  insertDeviation,
  lockDeviation,
  touchDeviationIfVersion,
  updateActionIfVersion,
  updateDeviationIfVersion,
  type DeviationWithNames,
} from './deviation.repository';

const userIdOf = (ctx: RequestContext): string | null => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);
const named = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

/**
 * Whose deviations the caller sees: staff (null) every one; a partner — a caller who does not read
 * the cooperation register but holds the partner role — those of its organisation's cooperations,
 * and an unlinked partner account (organisation '') none.
 */
async function partnerScope(db: Db, ctx: RequestContext): Promise<{ organisationId: string } | null> {
  if (ctx.actor.kind === 'system') return null;
  const roles = rolesOf(ctx.actor);
  if (hasPermission(roles, 'cooperations.read') || !roles.includes('partner')) return null;
  const userId = userIdOf(ctx);
  const organisation = userId ? await findUserOrganisation(db, userId) : null;
  return { organisationId: organisation?.id ?? '' };
}

/** The list's view of a deviation. */
export function toSummary(r: DeviationWithNames): DeviationSummary {
  return {
    id: r.id,
    description: r.description,
    placeKind: r.place_kind,
    cooperation: r.cooperation_id && r.case_number && r.cooperation_title ? { id: r.cooperation_id, caseNumber: r.case_number, title: r.cooperation_title } : null,
    body: r.body_id && r.body_name && r.body_type ? { id: r.body_id, name: r.body_name, type: r.body_type } : null,
    routine: r.routine,
    severity: r.severity,
    occurredOn: r.occurred_on,
    status: r.status,
    route: {
      reason: r.route_reason,
      body: r.routed_body_id && r.routed_body_name && r.routed_body_type ? { id: r.routed_body_id, name: r.routed_body_name, type: r.routed_body_type } : null,
      user: named(r.routed_user_id, r.routed_user_name),
    },
    overdue: Boolean(r.overdue),
    reportedBy: named(r.reported_by, r.reported_by_name),
    reportedAt: r.reported_at.toISOString(),
    version: r.version,
  };
}

function toView(r: DeviationWithNames, actions: (DeviationActionRow & { owner_name: string })[], today: string, mayHandleIt: boolean): DeviationView {
  return {
    ...toSummary(r),
    mayHandle: mayHandleIt,
    actions: actions.map((a) => ({
      id: a.id,
      text: a.text,
      owner: { id: a.owner_user_id, name: a.owner_name },
      dueDate: a.due_date,
      done: a.done,
      overdue: r.status !== 'closed' && !a.done && a.due_date < today,
      version: a.version,
    })),
    decision: r.decision,
    governanceDecision: r.governance_decision_id && r.governance_decision_text ? { id: r.governance_decision_id, text: r.governance_decision_text } : null,
    decidedBy: named(r.decided_by, r.decided_by_name),
    decidedAt: r.decided_at ? r.decided_at.toISOString() : null,
    conclusion: r.conclusion,
    closedBy: named(r.closed_by, r.closed_by_name),
    closedAt: r.closed_at ? r.closed_at.toISOString() : null,
  };
}

async function loadView(db: Db, ctx: RequestContext, id: string): Promise<DeviationView> {
  const row = found(await findDeviation(db, id, ctx.today));
  return toView(row, await findActions(db, [id]), ctx.today, await mayHandle(db, ctx, row));
}

/** Reads a deviation the caller may see: staff every one, a partner only its own cooperations' (404 otherwise). */
export async function getDeviation(db: Db, ctx: RequestContext, id: string): Promise<DeviationView> {
  assertPermitted(ctx.actor, 'deviations.read');
  const scope = await partnerScope(db, ctx);
  const view = await loadView(db, ctx, id);
  if (scope && !(scope.organisationId && view.cooperation && (await isCooperationParty(db, view.cooperation.id, scope.organisationId)))) {
    throw new DomainError('not_found');
  }
  return view;
}

/** The deviations the caller may see, filtered (AGR-4). */
export async function listDeviations(db: Db, ctx: RequestContext, q: DeviationQuery): Promise<DeviationList> {
  assertPermitted(ctx.actor, 'deviations.read');
  const scope = await partnerScope(db, ctx);
  if (scope && !scope.organisationId) return { items: [], total: 0 };
  const rows = await findDeviations(db, q, ctx.today, scope?.organisationId ?? null);
  return { items: rows.map(toSummary), total: rows.length };
}

const invalid = (path: string, message = 'validation.required') => new DomainError('validation_failed', { errors: [{ path, message }] });

/**
 * Records a deviation and routes it (AGR-4): the cooperation concerned is the one named, or else
 * the first the named body is linked to; a partner must name one of its own cooperations (404 otherwise).
 * The members of the body it is routed to, or the responsible manager, are notified in the same transaction.
 */
export async function reportDeviation(db: Db, ctx: RequestContext, input: ReportDeviationInput, options: NotifyOptions): Promise<DeviationView> {
  assertPermitted(ctx.actor, 'deviations.report');
  const scope = await partnerScope(db, ctx);
  if (scope && !scope.organisationId) throw new DomainError('partner_not_linked');
  const organisationId = scope?.organisationId ?? null;
  const id = await db.transaction().execute(async (trx) => {
    const body = input.placeKind === 'body' ? found(await findBodyWithCooperations(trx, input.bodyId ?? '')) : null;
    const cooperationId = input.cooperationId ?? body?.cooperationIds[0] ?? null;
    if (cooperationId && !(await cooperationExists(trx, cooperationId))) throw new DomainError('not_found');
    if (organisationId) {
      if (!cooperationId) throw invalid('cooperationId');
      if (!(await isCooperationParty(trx, cooperationId, organisationId))) throw new DomainError('not_found');
    }
    const route = routeDeviation(cooperationId ? await findRoutingFacts(trx, cooperationId) : null, body);
    const values = {
      description: input.description,
      place_kind: input.placeKind,
      cooperation_id: cooperationId,
      body_id: body?.id ?? null,
      routine: input.placeKind === 'routine' ? (input.routine ?? null) : null,
      severity: input.severity,
      occurred_on: input.occurredOn,
      route_reason: route.reason,
      routed_body_id: route.bodyId,
      routed_user_id: route.userId,
      reported_by: userIdOf(ctx),
      reported_on: ctx.today,
    };
    const newId = await insertDeviation(trx, values);
    await recordAudit(trx, ctx, { action: 'deviation.reported', entityType: 'deviation', entityId: newId, after: values });
    const recipients = route.bodyId ? await findBodyMemberUserIds(trx, route.bodyId) : [route.userId];
    await notify(trx, { type: 'deviation_routed', recipients, actor: ctx.actor, summary: input.description, link: `/avvikelser/${newId}` }, options);
    return newId;
  });
  return loadView(db, ctx, id);
}

/**
 * Throws unless the caller may handle this deviation: staff who keep the governance records handle
 * any; anyone else (a steering member) only one routed to them or to a body where they sit as an
 * active member — or, for marking an action, the action's own owner.
 */
async function assertMayHandle(trx: Db, ctx: RequestContext, row: Pick<DeviationRow, 'routed_user_id' | 'routed_body_id'>, actionOwnerId?: string): Promise<void> {
  if (ctx.actor.kind === 'user' && actionOwnerId === ctx.actor.userId) return;
  if (!(await mayHandle(trx, ctx, row))) throw new DomainError('forbidden');
}

/** Whether the caller may handle a deviation so routed (see `assertMayHandle`); the page shows its handling only then. */
async function mayHandle(db: Db, ctx: RequestContext, row: Pick<DeviationRow, 'routed_user_id' | 'routed_body_id'>): Promise<boolean> {
  if (ctx.actor.kind === 'system') return true;
  const roles = rolesOf(ctx.actor);
  if (!hasPermission(roles, 'deviations.handle')) return false;
  if (hasPermission(roles, 'governance.write')) return true;
  if (ctx.actor.kind !== 'user') return false;
  const userId = ctx.actor.userId;
  if (row.routed_user_id === userId) return true;
  return row.routed_body_id !== null && (await findActiveMembersOfUser(db, row.routed_body_id, userId)).length > 0;
}

/** Locks an open deviation at the caller's version, for a handler's change. */
async function lockOpen(trx: Db, ctx: RequestContext, id: string, version: number): Promise<DeviationRow> {
  assertPermitted(ctx.actor, 'deviations.handle');
  const row = found(await lockDeviation(trx, id));
  await assertMayHandle(trx, ctx, row);
  if (row.status === 'closed') throw new DomainError('deviation_closed');
  if (row.version !== version) throw new DomainError('version_conflict');
  return row;
}

/** Adds an action with an owner and a due date (AGR-4). */
export async function addDeviationAction(db: Db, ctx: RequestContext, id: string, input: AddDeviationActionInput): Promise<DeviationView> {
  assertPermitted(ctx.actor, 'deviations.handle');
  await db.transaction().execute(async (trx) => {
    await lockOpen(trx, ctx, id, input.version);
    if (!(await activeUserExists(trx, input.ownerUserId))) throw invalid('ownerUserId');
    const values = { deviation_id: id, text: input.text, owner_user_id: input.ownerUserId, due_date: input.dueDate, created_by: userIdOf(ctx) };
    const actionId = await insertAction(trx, values);
    if (!(await touchDeviationIfVersion(trx, id, input.version))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, { action: 'deviation.action.added', entityType: 'deviation', entityId: id, after: { actionId, ...values } });
  });
  return loadView(db, ctx, id);
}

/** Marks an action done or not done. */
export async function updateDeviationAction(db: Db, ctx: RequestContext, id: string, actionId: string, input: UpdateDeviationActionInput): Promise<DeviationView> {
  assertPermitted(ctx.actor, 'deviations.handle');
  await db.transaction().execute(async (trx) => {
    const row = found(await lockDeviation(trx, id));
    if (row.status === 'closed') throw new DomainError('deviation_closed');
    const action = found(await findAction(trx, id, actionId));
    await assertMayHandle(trx, ctx, row, action.owner_user_id);
    if (!(await updateActionIfVersion(trx, actionId, input.version, input.done))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, { action: 'deviation.action.updated', entityType: 'deviation', entityId: id, before: { actionId, done: action.done }, after: { actionId, done: input.done } });
  });
  return loadView(db, ctx, id);
}

/**
 * Records the handler's decision, which moves the deviation to handled (AGR-4); a referenced
 * joint decision must be one of the body the deviation was routed to.
 */
export async function decideDeviation(db: Db, ctx: RequestContext, id: string, input: DecideDeviationInput): Promise<DeviationView> {
  assertPermitted(ctx.actor, 'deviations.handle');
  await db.transaction().execute(async (trx) => {
    const row = await lockOpen(trx, ctx, id, input.version);
    const decisionId = input.governanceDecisionId ?? null;
    if (decisionId) {
      const decision = found(await findGovernanceDecision(trx, decisionId));
      if (decision.body_id !== row.routed_body_id) throw new DomainError('deviation_decision_of_other_body');
    }
    const changes = { status: 'handled' as const, decision: input.decision, governance_decision_id: decisionId, decided_by: userIdOf(ctx), decided_at: new Date() };
    if (!(await updateDeviationIfVersion(trx, id, input.version, changes))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, {
      action: 'deviation.decided',
      entityType: 'deviation',
      entityId: id,
      before: { status: row.status, decision: row.decision, governance_decision_id: row.governance_decision_id },
      after: { status: changes.status, decision: changes.decision, governance_decision_id: decisionId },
    });
  });
  return loadView(db, ctx, id);
}

/** Closes a handled deviation with its conclusion (AGR-4); one without a decision answers 409. */
export async function closeDeviation(db: Db, ctx: RequestContext, id: string, input: CloseDeviationInput): Promise<DeviationView> {
  assertPermitted(ctx.actor, 'deviations.handle');
  await db.transaction().execute(async (trx) => {
    const row = await lockOpen(trx, ctx, id, input.version);
    if (row.status !== 'handled') throw new DomainError('deviation_not_handled');
    const changes = { status: 'closed' as const, conclusion: input.conclusion, closed_by: userIdOf(ctx), closed_at: new Date() };
    if (!(await updateDeviationIfVersion(trx, id, input.version, changes))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, {
      action: 'deviation.closed',
      entityType: 'deviation',
      entityId: id,
      before: { status: row.status },
      after: { status: changes.status, conclusion: changes.conclusion },
    });
  });
  return loadView(db, ctx, id);
}
