import { semesterOf } from '../../../shared/governance/cadence.rules';
import { addMonths } from '../../../shared/organisations/democracy.rules';
import type { RequestContext } from '../../http/request-context';
import { addGovernanceMember, createGovernanceBody } from '../../modules/governance/body.service';
import { proposeDecision, voteOnDecision } from '../../modules/governance/decision.service';
import { demoNotifyOptions } from './demo-notify';
import { addActionItem, createMeeting } from '../../modules/governance/meeting.service';
import type { Db } from '../database';

export type GovernanceActors = {
  officer: RequestContext;
  manager: RequestContext;
  steeringMember: RequestContext;
  managerUserId: string;
  steeringMemberUserId: string;
};

/** The demo IOPs' steering groups: which partner sits in each, and whether it met this autumn. */
const steeringGroups = [
  { cooperation: 'IOP Duo Stockholm', partner: 'Individuell Människohjälp (IM)', linkPartnerUser: true, recentMeeting: true },
  { cooperation: 'IOP Svenska med baby', partner: 'Svenska med baby', linkPartnerUser: false, recentMeeting: true },
  { cooperation: 'IOP Medprat', partner: 'Internationella Bekantskaper (IB)', linkPartnerUser: false, recentMeeting: false },
];

/** The demo steering group of an IOP, or undefined for a cooperation without one. */
const groupOf = (title: string) => steeringGroups.find((g) => g.cooperation === title);

/**
 * The joint steering group of a demo IOP (IOP-6): linked to the cooperation, with a representative
 * of the city and of the organisation. Created before the IOP is activated, since activation needs
 * it; returns whether the cooperation has a demo group.
 */
export async function seedDemoSteeringGroup(
  db: Db,
  actors: GovernanceActors,
  cooperation: { id: string; title: string },
  ids: { cityId: string; partnerId: string },
): Promise<boolean> {
  const group = groupOf(cooperation.title);
  if (!group) return false;
  const body = await createGovernanceBody(db, actors.officer, {
    type: 'steering_group',
    name: `Styrgrupp ${group.cooperation.replace(/^IOP /, '')}`,
    mandate: 'Leder partnerskapet gemensamt: planerar året, följer upp mål och ekonomi och fattar beslut i samförstånd (IOP-6, IOP-7).',
    permanent: true,
    cooperationIds: [cooperation.id],
    // IOP-6: the two parties of the partnership decide together.
    partyOrganisationIds: [ids.cityId, ids.partnerId],
  });
  await addGovernanceMember(db, actors.officer, body.id, {
    name: 'Demo Ansvarig chef',
    organisationId: ids.cityId,
    roleTitle: 'Ansvarig chef, Jobbtorg Stockholm',
    userId: actors.managerUserId,
  });
  await addGovernanceMember(db, actors.officer, body.id, {
    name: group.linkPartnerUser ? 'Demo Styrgruppsledamot' : `Företrädare för ${group.partner}`,
    organisationId: ids.partnerId,
    roleTitle: 'Verksamhetsansvarig',
    userId: group.linkPartnerUser ? actors.steeringMemberUserId : null,
  });
  return true;
}

/**
 * The demo steering groups' work in the past year: meetings of both members, and for Duo
 * Stockholm a decision both parties approved. Medprat's group last met more than a semester ago,
 * so it shows the missing-meeting flag. Runs after the groups exist; returns how many groups met.
 */
export async function seedDemoGovernance(db: Db, actors: GovernanceActors): Promise<number> {
  const bodies = await db
    .selectFrom('governance_body as b')
    .innerJoin('governance_body_cooperation as l', 'l.body_id', 'b.id')
    .innerJoin('cooperation as c', 'c.id', 'l.cooperation_id')
    .select(['b.id', 'c.title'])
    .where('c.title', 'in', steeringGroups.map((g) => g.cooperation))
    .execute();
  const today = actors.manager.today;
  // The recent meeting falls in the current semester, so only Medprat's group is flagged whatever the date.
  const monthAgo = addMonths(today, -1);
  const recentDate = monthAgo >= semesterOf(today).start ? monthAgo : today;
  let seeded = 0;
  for (const group of steeringGroups) {
    const body = bodies.find((b) => b.title === group.cooperation);
    if (!body) continue;
    const members = await db
      .selectFrom('governance_member as m')
      .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
      .select(['m.id', 'o.kind'])
      .where('m.body_id', '=', body.id)
      .orderBy('m.created_at')
      .execute();
    const cityMember = members.find((m) => m.kind === 'public_body');
    const partnerMember = members.find((m) => m.kind !== 'public_body');
    if (!cityMember || !partnerMember) continue;
    seeded += 1;
    const attendees = [cityMember.id, partnerMember.id];
    await createMeeting(db, actors.officer, body.id, {
      meetingDate: addMonths(today, -7),
      agenda: 'Uppföljning av mål och ekonomi; verksamhetens läge.',
      minutes: 'Parterna gick igenom måluppfyllelse och ekonomiskt utfall. Verksamheten följer planen.',
      attendeeMemberIds: attendees,
    });
    if (!group.recentMeeting) continue;
    const meeting = await createMeeting(db, actors.officer, body.id, {
      meetingDate: recentDate,
      agenda: 'Verksamhetsplan och budget för nästa år; utvecklingsområden.',
      minutes: 'Förslag till verksamhetsplan och budget för nästa år togs fram gemensamt.',
      attendeeMemberIds: attendees,
    });
    await addActionItem(db, actors.officer, meeting.id, { text: 'Skicka verksamhetsplanen till nämndens kansli', ownerMemberId: cityMember.id, dueDate: addMonths(today, 1) });
    if (group.linkPartnerUser) {
      const decision = await proposeDecision(db, actors.manager, body.id, { text: 'Verksamhetsplan och budget för nästa år fastställs.', meetingId: meeting.id }, demoNotifyOptions());
      await voteOnDecision(db, actors.manager, decision.id, 'approve');
      await voteOnDecision(db, actors.steeringMember, decision.id, 'approve');
    }
  }
  return seeded;
}
