import { describe, expect, it } from 'vitest';
import type { DecisionView, MemberView } from '../../../shared/governance/governance.schemas';
import {
  canVote,
  cycleTaskLabel,
  decisionStatusColor,
  isBodyType,
  localIsoDate,
  memberOfUser,
  nonPartyOrganisations,
  partyCandidates,
  partyVotes,
  uncountedVotes,
  voterOfUser,
} from './governance.format';

const CITY = '00000000-0000-4000-8000-000000000001';
const IM = '00000000-0000-4000-8000-000000000002';
const GUEST = '00000000-0000-4000-8000-000000000003';
const parties = [
  { id: CITY, name: 'Staden', activeMembers: 1 },
  { id: IM, name: 'IM', activeMembers: 1 },
];

function member(id: string, org: string, orgName: string, userId: string | null = null, active = true): MemberView {
  return { id, bodyId: 'b', name: `Person ${id}`, organisation: { id: org, name: orgName }, roleTitle: 'Ledamot', userId, active, version: 1 };
}

const members = [member('m1', CITY, 'Staden', 'u1'), member('m2', IM, 'IM', 'u2'), member('m3', CITY, 'Staden', null, false), member('m4', GUEST, 'Förbundet', 'u4')];

function decision(votes: DecisionView['votes'], status: DecisionView['status'] = 'proposed'): DecisionView {
  return {
    id: 'd',
    bodyId: 'b',
    meetingId: null,
    text: 'Beslut',
    status,
    proposedBy: null,
    proposedAt: '2026-11-01T10:00:00Z',
    decidedAt: null,
    votes,
    awaitingOrganisationIds: [CITY, IM].filter((o) => !votes.some((v) => v.organisationId === o && v.vote === 'approve')),
  };
}

describe('partyVotes', () => {
  it('lists each party once, awaited until a member approves', () => {
    const rows = partyVotes(decision([{ memberId: 'm1', memberName: 'Anna', organisationId: CITY, vote: 'approve', userId: 'u1', at: '2026-11-02T09:00:00Z', counted: true }]), parties);
    expect(rows.map((r) => [r.organisationName, r.vote])).toEqual([
      ['Staden', 'approve'],
      ['IM', null],
    ]);
    expect(rows[0]?.votes[0]?.memberName).toBe('Anna');
  });

  it('marks a party that rejected', () => {
    const rows = partyVotes(decision([{ memberId: 'm2', memberName: 'Bo', organisationId: IM, vote: 'reject', userId: 'u2', at: '2026-11-02T09:00:00Z', counted: true }], 'rejected'), parties);
    expect(rows.find((r) => r.organisationId === IM)?.vote).toBe('reject');
  });
});

describe('votes of organisations that are not parties (IOP-6)', () => {
  it('IOP-6: a non-party vote is no party row, but is listed as taking part without a vote', () => {
    const d = decision([{ memberId: 'm4', memberName: 'Gäst', organisationId: GUEST, vote: 'reject', userId: 'u4', at: '2026-11-02T09:00:00Z', counted: false }]);
    expect(partyVotes(d, parties).map((r) => [r.organisationName, r.vote])).toEqual([
      ['Staden', null],
      ['IM', null],
    ]);
    expect(uncountedVotes(d).map((v) => v.memberName)).toEqual(['Gäst']);
  });
  it('IOP-6: a member of a non-party organisation does not vote', () => {
    expect(voterOfUser(members, parties, 'u4')).toBeNull();
    expect(memberOfUser(members, 'u4')?.id).toBe('m4');
    expect(voterOfUser(members, parties, 'u2')?.id).toBe('m2');
  });
});

describe('parties of a body (IOP-6)', () => {
  it('IOP-6: organisations with members that are not parties take part without a vote', () => {
    expect(nonPartyOrganisations({ members, parties })).toEqual([{ id: GUEST, name: 'Förbundet' }]);
  });
  it('IOP-6: the candidates are the parties, the member organisations and picked ones, each once by name', () => {
    const picked = [{ id: 'x', name: 'Arbetsförmedlingen' }, { id: IM, name: 'IM' }];
    expect(partyCandidates({ members, parties }, picked).map((c) => [c.name, c.activeMembers])).toEqual([
      ['Arbetsförmedlingen', 0],
      ['Förbundet', 1],
      ['IM', 1],
      ['Staden', 1],
    ]);
  });
});

describe('voting', () => {
  it('finds the active member of a user and lets them vote once', () => {
    const me = memberOfUser(members, 'u1');
    expect(me?.id).toBe('m1');
    expect(memberOfUser(members, 'nobody')).toBeNull();
    expect(canVote(decision([]), me)).toBe(true);
    expect(canVote(decision([{ memberId: 'm1', memberName: 'A', organisationId: CITY, vote: 'approve', userId: 'u1', at: 'x', counted: true }]), me)).toBe(false);
    expect(canVote(decision([], 'decided'), me)).toBe(false);
    expect(canVote(decision([]), null)).toBe(false);
  });
});

describe('small helpers', () => {
  it('recognises body types and colours statuses', () => {
    expect(isBodyType('steering_group')).toBe(true);
    expect(isBodyType('nonsense')).toBe(false);
    expect(isBodyType(undefined)).toBe(false);
    expect(decisionStatusColor('decided')).toBe('green');
    expect(decisionStatusColor('rejected')).toBe('red');
    expect(decisionStatusColor('proposed')).toBe('yellow');
    expect(localIsoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('annual cycle labels (IOP-7)', () => {
  it('IOP-7: the spring follow-up looks back a year, the autumn plan forward a year', () => {
    expect(cycleTaskLabel({ kind: 'follow_up', cycleYear: 2026 })).toEqual({ key: 'governance.cycleKind_follow_up', year: 2025 });
    expect(cycleTaskLabel({ kind: 'plan_next_year', cycleYear: 2026 })).toEqual({ key: 'governance.cycleKind_plan_next_year', year: 2027 });
  });
});
