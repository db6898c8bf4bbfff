import { addMonths } from '../../../shared/organisations/democracy.rules';
import type { RequestContext } from '../../http/request-context';
import { addGovernanceMember, createGovernanceBody } from '../../modules/governance/body.service';
import { proposeDecision, voteOnDecision } from '../../modules/governance/decision.service';
import { addActionItem, createMeeting } from '../../modules/governance/meeting.service';
import { findOrganisationIdsByName } from '../../modules/organisations/organisation.repository';
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

/**
 * A joint steering group for each demo IOP (IOP-6) with a representative of the city and of the
 * organisation, meetings in the past year, and for Duo Stockholm a decision both parties approved.
 * Medprat's group last met more than a semester ago, so it shows the missing-meeting flag.
 * Returns how many bodies it created.
 */
export async function seedDemoGovernance(db: Db, actors: GovernanceActors): Promise<number> {
  const names = ['Stockholms stad', ...steeringGroups.flatMap((g) => [g.cooperation, g.partner])];
  const organisations = await findOrganisationIdsByName(db, names);
  const cooperations = await db.selectFrom('cooperation').select(['id', 'title']).where('title', 'in', steeringGroups.map((g) => g.cooperation)).execute();
  const city = organisations.get('Stockholms stad');
  if (!city) return 0;
  const today = actors.manager.today;
  let created = 0;
  for (const group of steeringGroups) {
    const cooperation = cooperations.find((c) => c.title === group.cooperation);
    const partner = organisations.get(group.partner);
    if (!cooperation || !partner) continue;
    const body = await createGovernanceBody(db, actors.officer, {
      type: 'steering_group',
      name: `Styrgrupp ${group.cooperation.replace(/^IOP /, '')}`,
      mandate: 'Leder partnerskapet gemensamt: planerar året, följer upp mål och ekonomi och fattar beslut i samförstånd (IOP-6, IOP-7).',
      permanent: true,
      cooperationIds: [cooperation.id],
    });
    created += 1;
    const cityMember = await addGovernanceMember(db, actors.officer, body.id, {
      name: 'Demo Ansvarig chef',
      organisationId: city,
      roleTitle: 'Ansvarig chef, Jobbtorg Stockholm',
      userId: actors.managerUserId,
    });
    const partnerMember = await addGovernanceMember(db, actors.officer, body.id, {
      name: group.linkPartnerUser ? 'Demo Styrgruppsledamot' : `Företrädare för ${group.partner}`,
      organisationId: partner,
      roleTitle: 'Verksamhetsansvarig',
      userId: group.linkPartnerUser ? actors.steeringMemberUserId : null,
    });
    const attendees = [cityMember.id, partnerMember.id];
    await createMeeting(db, actors.officer, body.id, {
      meetingDate: addMonths(today, -7),
      agenda: 'Uppföljning av mål och ekonomi; verksamhetens läge.',
      minutes: 'Parterna gick igenom måluppfyllelse och ekonomiskt utfall. Verksamheten följer planen.',
      attendeeMemberIds: attendees,
    });
    if (!group.recentMeeting) continue;
    const meeting = await createMeeting(db, actors.officer, body.id, {
      meetingDate: addMonths(today, -1),
      agenda: 'Verksamhetsplan och budget för nästa år; utvecklingsområden.',
      minutes: 'Förslag till verksamhetsplan och budget för nästa år togs fram gemensamt.',
      attendeeMemberIds: attendees,
    });
    await addActionItem(db, actors.officer, meeting.id, { text: 'Skicka verksamhetsplanen till nämndens kansli', ownerMemberId: cityMember.id, dueDate: addMonths(today, 1) });
    if (group.linkPartnerUser) {
      const decision = await proposeDecision(db, actors.manager, body.id, { text: 'Verksamhetsplan och budget för nästa år fastställs.', meetingId: meeting.id });
      await voteOnDecision(db, actors.manager, decision.id, 'approve');
      await voteOnDecision(db, actors.steeringMember, decision.id, 'approve');
    }
  }
  return created;
}
