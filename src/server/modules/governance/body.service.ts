import type { Updateable } from 'kysely';
import { semesterOf } from '../../../shared/governance/cadence.rules';
import {
  type CooperationGovernanceView,
  type CreateGovernanceBodyInput,
  type CreateMemberInput,
  defaultCadenceFor,
  type GovernanceBodyDetailView,
  type GovernanceBodyPage,
  type GovernanceBodyQuery,
  type MemberView,
  type UpdateGovernanceBodyInput,
  type UpdateMemberInput,
} from '../../../shared/governance/governance.schemas';
import type { Db } from '../../db/database';
import type { GovernanceBodyTable, GovernanceMemberTable } from '../../db/schema-governance';
import { assertPermitted } from '../../http/authorize';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertPartiesValid, defaultPartiesOf, settleOpenDecisions } from './body-parties';
import { assertCanReadBody, governanceReadScope } from './governance-access';
import {
  activeUserExists,
  bodyExists,
  cooperationExists,
  countBodies,
  existingCooperationIds,
  findBodies,
  findBodyById,
  findBodyCooperations,
  findCooperationsOfBodies,
  findMemberById,
  findReportingChain,
  insertBody,
  insertMember,
  organisationExists,
  replaceBodyCooperations,
  updateBodyIfVersion,
  updateMemberIfVersion,
  type BodyWithLastMeeting,
  type MemberWithOrganisation,
} from './governance.repository';
import { type LinkedCooperation, loadBodyDetail, toBodySummaryView, toMemberView } from './governance.views';
import { addBodyParties, findPartyOrganisationIds, replaceBodyParties } from './party.repository';

const isKeyset = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && /^[0-9a-f-]{36}$/i.test(v[1]);

const invalid = (path: string, message: string) => new DomainError('validation_failed', { errors: [{ path, message }] });

const auditedBody = (b: BodyWithLastMeeting) => ({
  type: b.type,
  name: b.name,
  mandate: b.mandate,
  permanent: b.permanent,
  reportsToId: b.reports_to_id,
  cadence: b.cadence,
  status: b.status,
});

const auditedMember = (m: MemberWithOrganisation) => ({
  name: m.name,
  organisationId: m.organisation_id,
  roleTitle: m.role_title,
  userId: m.user_id,
  active: m.active,
});

async function assertCooperationsExist(trx: Db, ids: string[]): Promise<void> {
  const existing = await existingCooperationIds(trx, ids);
  const index = ids.findIndex((id) => !existing.has(id));
  if (index >= 0) throw invalid(`cooperationIds.${index}`, 'validation.cooperation.unknown');
}

/** A body may report only to an existing body that does not itself report (up the chain) to it. */
async function assertReportsTo(trx: Db, bodyId: string | null, reportsToId: string): Promise<void> {
  if (!(await bodyExists(trx, reportsToId))) throw invalid('reportsToId', 'validation.governanceBody.unknown');
  if (bodyId && (reportsToId === bodyId || (await findReportingChain(trx, reportsToId)).includes(bodyId))) {
    throw invalid('reportsToId', 'validation.governanceBody.cycle');
  }
}

async function assertMemberRefs(trx: Db, input: { organisationId?: string | undefined; userId?: string | null | undefined }): Promise<void> {
  if (input.organisationId && !(await organisationExists(trx, input.organisationId))) {
    throw invalid('organisationId', 'validation.organisation.unknown');
  }
  if (input.userId && !(await activeUserExists(trx, input.userId))) throw invalid('userId', 'validation.user.unknown');
}

/** Bodies as listed, each with the cooperations it governs. */
async function summariesOf(db: Db, rows: BodyWithLastMeeting[], today: string) {
  const links = await findCooperationsOfBodies(
    db,
    rows.map((r) => r.id),
  );
  const linked = (bodyId: string): LinkedCooperation[] => links.filter((l) => l.body_id === bodyId);
  return rows.map((r) => toBodySummaryView(r, today, linked(r.id)));
}

/** Governance bodies by name, filtered by type, linked cooperation, status and a meeting this semester (AGR-3, IOP-6). */
export async function listGovernanceBodies(db: Db, ctx: RequestContext, q: GovernanceBodyQuery): Promise<GovernanceBodyPage> {
  const scope = governanceReadScope(ctx);
  if (!scope.all && !scope.userId) return { items: [], nextCursor: null, total: 0 };
  const filter = {
    type: q.type,
    cooperationId: q.cooperationId,
    status: q.status,
    memberUserId: scope.all ? undefined : (scope.userId ?? undefined),
    withoutMeetingBetween: q.withoutMeetingThisSemester ? { from: semesterOf(ctx.today).start, to: ctx.today } : undefined,
  };
  const after = q.cursor ? decodeCursor(q.cursor, isKeyset) : undefined;
  const [rows, total] = await Promise.all([findBodies(db, { ...filter, today: ctx.today, limit: q.limit, after }), countBodies(db, filter)]);
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return {
    items: await summariesOf(db, items, ctx.today),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.name.toLowerCase(), last.id]) : null,
    total,
  };
}

/** One body with members, cooperations, decisions and its cadence flag; 404 outside the caller's scope. */
export async function getGovernanceBody(db: Db, ctx: RequestContext, id: string): Promise<GovernanceBodyDetailView> {
  await assertCanReadBody(db, ctx, id);
  return loadBodyDetail(db, id, ctx.today);
}

/**
 * The bodies governing a cooperation, each flagged when a steering group has not met this semester
 * (IOP-6). A steering member sees only the bodies they sit on; a cooperation governed by none of
 * them is answered exactly like one that does not exist, so its existence does not leak.
 */
export async function getCooperationGovernance(db: Db, ctx: RequestContext, cooperationId: string): Promise<CooperationGovernanceView> {
  const scope = governanceReadScope(ctx);
  if (!scope.all) {
    const rows = scope.userId ? await findBodies(db, { cooperationId, memberUserId: scope.userId, today: ctx.today, limit: 500 }) : [];
    if (rows.length === 0) throw new DomainError('not_found');
    return { items: await summariesOf(db, rows, ctx.today) };
  }
  if (!(await cooperationExists(db, cooperationId))) throw new DomainError('not_found');
  const rows = await findBodies(db, { cooperationId, today: ctx.today, limit: 500 });
  return { items: await summariesOf(db, rows, ctx.today) };
}

/** Sets up a governance body; steering groups meet per semester unless told otherwise (AGR-3, IOP-6). */
export async function createGovernanceBody(db: Db, ctx: RequestContext, input: CreateGovernanceBodyInput): Promise<GovernanceBodyDetailView> {
  assertPermitted(ctx.actor, 'governance.write');
  return db.transaction().execute(async (trx) => {
    if (input.reportsToId) await assertReportsTo(trx, null, input.reportsToId);
    const cooperationIds = [...new Set(input.cooperationIds)];
    await assertCooperationsExist(trx, cooperationIds);
    const id = await insertBody(trx, {
      type: input.type,
      name: input.name,
      mandate: input.mandate ?? null,
      permanent: input.permanent,
      reports_to_id: input.reportsToId ?? null,
      cadence: input.cadence ?? defaultCadenceFor(input.type),
    });
    await replaceBodyCooperations(trx, id, cooperationIds);
    let parties: string[];
    if (input.partyOrganisationIds) {
      parties = [...new Set(input.partyOrganisationIds)];
      await assertPartiesValid(trx, parties, cooperationIds);
    } else {
      parties = await defaultPartiesOf(trx, cooperationIds);
    }
    await addBodyParties(trx, id, parties);
    const after = found(await findBodyById(trx, id, ctx.today));
    await recordAudit(trx, ctx, {
      action: 'governance-body.created',
      entityType: 'governance_body',
      entityId: id,
      after: { ...auditedBody(after), cooperationIds, partyOrganisationIds: [...parties].sort() },
    });
    return loadBodyDetail(trx, id, ctx.today);
  });
}

/** Changes a body, replaces its linked cooperations or closes it (optimistic concurrency). */
export async function updateGovernanceBody(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateGovernanceBodyInput,
): Promise<GovernanceBodyDetailView> {
  assertPermitted(ctx.actor, 'governance.write');
  return db.transaction().execute(async (trx) => {
    const before = found(await findBodyById(trx, id, ctx.today, true));
    if (before.version !== input.version) throw new DomainError('version_conflict');
    if (input.reportsToId) await assertReportsTo(trx, id, input.reportsToId);
    const changes: Updateable<GovernanceBodyTable> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.mandate !== undefined) changes.mandate = input.mandate;
    if (input.permanent !== undefined) changes.permanent = input.permanent;
    if (input.reportsToId !== undefined) changes.reports_to_id = input.reportsToId;
    if (input.cadence !== undefined) changes.cadence = input.cadence;
    if (input.status !== undefined) changes.status = input.status;
    if (!(await updateBodyIfVersion(trx, id, input.version, changes))) throw new DomainError('version_conflict');
    const linkedBefore = (await findBodyCooperations(trx, id)).map((c) => c.id);
    const partiesBefore = await findPartyOrganisationIds(trx, id);
    let linkedAfter = linkedBefore;
    if (input.cooperationIds !== undefined) {
      linkedAfter = [...new Set(input.cooperationIds)];
      await assertCooperationsExist(trx, linkedAfter);
      await replaceBodyCooperations(trx, id, linkedAfter);
    }
    if (input.partyOrganisationIds !== undefined) {
      const named = [...new Set(input.partyOrganisationIds)];
      await assertPartiesValid(trx, named, linkedAfter);
      await replaceBodyParties(trx, id, named);
    } else {
      // A newly linked cooperation brings its parties; parties are never dropped without being named.
      const added = linkedAfter.filter((c) => !linkedBefore.includes(c));
      await addBodyParties(trx, id, await defaultPartiesOf(trx, added));
    }
    const partiesAfter = await findPartyOrganisationIds(trx, id);
    const partiesChanged = partiesAfter.length !== partiesBefore.length || partiesAfter.some((p) => !partiesBefore.includes(p));
    if (partiesChanged) await settleOpenDecisions(trx, ctx, id);
    const after = found(await findBodyById(trx, id, ctx.today));
    await recordAudit(trx, ctx, {
      action: 'governance-body.updated',
      entityType: 'governance_body',
      entityId: id,
      before: { ...auditedBody(before), cooperationIds: [...linkedBefore].sort(), partyOrganisationIds: [...partiesBefore].sort() },
      after: { ...auditedBody(after), cooperationIds: [...linkedAfter].sort(), partyOrganisationIds: [...partiesAfter].sort() },
    });
    return loadBodyDetail(trx, id, ctx.today);
  });
}

/**
 * In a body that governs no cooperation there is no cooperation to take the parties from, so each
 * member's organisation becomes a party as the member is added (as before parties were recorded);
 * the list can be changed afterwards. A body that governs cooperations keeps its parties: a member
 * from another organisation takes part without a vote (IOP-6).
 */
async function addMemberOrganisationAsParty(trx: Db, bodyId: string, organisationId: string): Promise<boolean> {
  if ((await findBodyCooperations(trx, bodyId)).length > 0) return false;
  return (await addBodyParties(trx, bodyId, [organisationId])) > 0;
}

/** Adds a member (name, organisation, role title, optionally a user) to an active body (AGR-3). */
export async function addGovernanceMember(db: Db, ctx: RequestContext, bodyId: string, input: CreateMemberInput): Promise<MemberView> {
  assertPermitted(ctx.actor, 'governance.write');
  return db.transaction().execute(async (trx) => {
    const body = found(await findBodyById(trx, bodyId, ctx.today, true));
    if (body.status === 'closed') throw new DomainError('governance_body_closed');
    await assertMemberRefs(trx, input);
    const id = await insertMember(trx, {
      body_id: bodyId,
      name: input.name,
      organisation_id: input.organisationId,
      role_title: input.roleTitle,
      user_id: input.userId ?? null,
    });
    const madeParty = await addMemberOrganisationAsParty(trx, bodyId, input.organisationId);
    const member = found(await findMemberById(trx, id));
    await recordAudit(trx, ctx, {
      action: 'governance-member.added',
      entityType: 'governance_member',
      entityId: id,
      after: { bodyId, ...auditedMember(member) },
      ...(madeParty ? { data: { organisationMadeParty: input.organisationId } } : {}),
    });
    return toMemberView(member);
  });
}

/** Changes or deactivates a member; members are never removed, so old votes keep their voter. */
export async function updateGovernanceMember(db: Db, ctx: RequestContext, id: string, input: UpdateMemberInput): Promise<MemberView> {
  assertPermitted(ctx.actor, 'governance.write');
  return db.transaction().execute(async (trx) => {
    const before = found(await findMemberById(trx, id, true));
    if (before.version !== input.version) throw new DomainError('version_conflict');
    await assertMemberRefs(trx, input);
    const changes: Updateable<GovernanceMemberTable> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.organisationId !== undefined) changes.organisation_id = input.organisationId;
    if (input.roleTitle !== undefined) changes.role_title = input.roleTitle;
    if (input.userId !== undefined) changes.user_id = input.userId;
    if (input.active !== undefined) changes.active = input.active;
    if (!(await updateMemberIfVersion(trx, id, input.version, changes))) throw new DomainError('version_conflict');
    const madeParty = input.organisationId !== undefined && (await addMemberOrganisationAsParty(trx, before.body_id, input.organisationId));
    const after = found(await findMemberById(trx, id));
    await recordAudit(trx, ctx, {
      action: 'governance-member.updated',
      entityType: 'governance_member',
      entityId: id,
      before: auditedMember(before),
      after: auditedMember(after),
      ...(madeParty ? { data: { organisationMadeParty: input.organisationId } } : {}),
    });
    return toMemberView(after);
  });
}
