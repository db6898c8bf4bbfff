import { describe, expect, it } from 'vitest';
import type { DecisionView, MemberView } from '../../../shared/governance/governance.schemas';
import { canVote, cycleTaskLabel, decisionStatusColor, isBodyType, localIsoDate, memberOfUser, partyVotes } from './governance.format';

const CITY = '00000000-0000-4000-8000-000000000001';
const IM = '00000000-0000-4000-8000-000000000002';

function member(id: string, org: string, orgName: string, userId: string | null = null, active = true): MemberView {
  return { id, bodyId: 'b', name: `Person ${id}`, organisation: { id: org, name: orgName }, roleTitle: 'Ledamot', userId, active, version: 1 };
}

const members = [member('m1', CITY, 'Staden', 'u1'), member('m2', IM, 'IM', 'u2'), member('m3', CITY, 'Staden', null, false)];

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
    const rows = partyVotes(decision([{ memberId: 'm1', memberName: 'Anna', organisationId: CITY, vote: 'approve', userId: 'u1', at: '2026-11-02T09:00:00Z' }]), members);
    expect(rows.map((r) => [r.organisationName, r.vote])).toEqual([
      ['Staden', 'approve'],
      ['IM', null],
    ]);
    expect(rows[0]?.votes[0]?.memberName).toBe('Anna');
  });

  it('marks a party that rejected', () => {
    const rows = partyVotes(decision([{ memberId: 'm2', memberName: 'Bo', organisationId: IM, vote: 'reject', userId: 'u2', at: '2026-11-02T09:00:00Z' }], 'rejected'), members);
    expect(rows.find((r) => r.organisationId === IM)?.vote).toBe('reject');
  });
});

describe('voting', () => {
  it('finds the active member of a user and lets them vote once', () => {
    const me = memberOfUser(members, 'u1');
    expect(me?.id).toBe('m1');
    expect(memberOfUser(members, 'nobody')).toBeNull();
    expect(canVote(decision([]), me)).toBe(true);
    expect(canVote(decision([{ memberId: 'm1', memberName: 'A', organisationId: CITY, vote: 'approve', userId: 'u1', at: 'x' }]), me)).toBe(false);
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
