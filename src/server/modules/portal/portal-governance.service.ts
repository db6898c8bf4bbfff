import type { Readable } from 'node:stream';
import { isDecisionParty } from '../../../shared/governance/decision.rules';
import type { PortalBodyList, PortalBodyView, PortalMeetingView, PortalOverviewView } from '../../../shared/portal/portal.schemas';
import { hasPermission } from '../../../shared/users/permissions.rules';
import type { Db } from '../../db/database';
import { DomainError, found } from '../../http/errors';
import { type RequestContext, rolesOf } from '../../http/request-context';
import type { FileStorage } from '../files/file-storage';
import { getFileForDownload } from '../files/file.service';
import type { FileView } from '../files/file.views';
import { findActiveMembersOfUser } from '../governance/governance.repository';
import { toAttachmentView } from '../governance/meeting-attachment.service';
import { findMeetingAttachments } from '../governance/meeting-attachment.repository';
import { findMeetingById } from '../governance/meeting.repository';
import { loadBodyDetail, loadMeetingDetail, toMeetingView } from '../governance/governance.views';
import { findBodyMeetings, findPortalBodyIds } from './portal.repository';
import { portalOrganisation, portalOrganisationOrNull, portalUserId } from './portal-access';

/**
 * Whether the caller may approve the body's decisions for its organisation (IOP-6): it holds
 * `decisions.approve` (a partner representative is also a steering member) and is linked to an
 * active member for a party. The approval itself goes through the decision's own route.
 */
async function mayVote(db: Db, ctx: RequestContext, bodyId: string, parties: readonly string[]): Promise<boolean> {
  if (!hasPermission(rolesOf(ctx.actor), 'decisions.approve')) return false;
  const members = await findActiveMembersOfUser(db, bodyId, portalUserId(ctx));
  return members.some((m) => isDecisionParty([...parties], m.organisation_id));
}

/** The bodies the portal shows and the caller's relation to each. */
async function portalBodies(db: Db, ctx: RequestContext, organisationId: string) {
  return findPortalBodyIds(db, organisationId, portalUserId(ctx));
}

/** The body if the portal reaches it (its organisation is a party or its user a member); 404 otherwise. */
async function portalBody(db: Db, ctx: RequestContext, organisationId: string, bodyId: string) {
  const body = (await portalBodies(db, ctx, organisationId)).find((b) => b.id === bodyId);
  if (!body) throw new DomainError('not_found');
  return body;
}

/** Proposed joint decisions that wait for the organisation's approval, in the bodies where it is a party. */
export async function loadPortalDecisionsAwaiting(db: Db, ctx: RequestContext, organisationId: string): Promise<PortalOverviewView['decisionsAwaiting']> {
  const bodies = (await portalBodies(db, ctx, organisationId)).filter((b) => b.is_party);
  const result: PortalOverviewView['decisionsAwaiting'] = [];
  for (const body of bodies) {
    const detail = await loadBodyDetail(db, body.id, ctx.today);
    const waiting = detail.decisions.filter((d) => d.status === 'proposed' && d.awaitingOrganisationIds.includes(organisationId));
    if (waiting.length === 0) continue;
    const canVote = await mayVote(db, ctx, body.id, detail.parties.map((p) => p.id));
    const parties = detail.parties.map((p) => ({ id: p.id, name: p.name }));
    result.push(...waiting.map((d) => ({ ...d, bodyName: detail.name, canVote, parties })));
  }
  return result.sort((a, b) => a.proposedAt.localeCompare(b.proposedAt));
}

/** "Styrgrupper": the bodies where the organisation is a party or the caller sits, with decisions waiting. */
export async function listPortalBodies(db: Db, ctx: RequestContext): Promise<PortalBodyList> {
  const organisation = await portalOrganisationOrNull(db, ctx);
  if (!organisation) return { items: [] };
  const bodies = await portalBodies(db, ctx, organisation.id);
  const items = await Promise.all(
    bodies.map(async (b) => {
      const { mandate: _mandate, members: _members, parties: _parties, decisions, ...summary } = await loadBodyDetail(db, b.id, ctx.today);
      const decisionsAwaiting = decisions.filter((d) => d.status === 'proposed' && d.awaitingOrganisationIds.includes(organisation.id)).length;
      return { ...summary, isParty: b.is_party, isMember: b.is_member, decisionsAwaiting };
    }),
  );
  return { items };
}

/** One body with its members, parties, decisions and meetings; another organisation's body answers 404. */
export async function getPortalBody(db: Db, ctx: RequestContext, bodyId: string): Promise<PortalBodyView> {
  const organisation = await portalOrganisation(db, ctx);
  const body = await portalBody(db, ctx, organisation.id, bodyId);
  const [detail, meetings] = await Promise.all([loadBodyDetail(db, bodyId, ctx.today), findBodyMeetings(db, bodyId)]);
  const canVote = await mayVote(db, ctx, bodyId, detail.parties.map((p) => p.id));
  return { ...detail, meetings: meetings.map(toMeetingView), organisationId: organisation.id, isParty: body.is_party, canVote };
}

/** A meeting of a body the portal reaches, with its minutes, decisions and attachments. */
export async function getPortalMeeting(db: Db, ctx: RequestContext, meetingId: string): Promise<PortalMeetingView> {
  const organisation = await portalOrganisation(db, ctx);
  const meeting = found(await findMeetingById(db, meetingId));
  await portalBody(db, ctx, organisation.id, meeting.body_id);
  const [detail, attachments, body] = await Promise.all([
    loadMeetingDetail(db, meetingId),
    findMeetingAttachments(db, meetingId),
    loadBodyDetail(db, meeting.body_id, ctx.today),
  ]);
  return { ...detail, bodyName: body.name, attachments: attachments.map(toAttachmentView) };
}

/** An attachment of such a meeting, for download; any other answers 404. */
export async function openPortalMeetingAttachment(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  key: { meetingId: string; attachmentId: string },
): Promise<{ file: FileView; stream: Readable }> {
  const organisation = await portalOrganisation(db, ctx);
  const meeting = found(await findMeetingById(db, key.meetingId));
  await portalBody(db, ctx, organisation.id, meeting.body_id);
  const attachment = found((await findMeetingAttachments(db, key.meetingId)).find((a) => a.id === key.attachmentId));
  return getFileForDownload(db, storage, attachment.file_id);
}
