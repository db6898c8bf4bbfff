import type { ColumnType, Generated, Selectable } from 'kysely';
import type { MeetingCadence } from '../../shared/governance/cadence.rules';
import type { DecisionStatus, Vote } from '../../shared/governance/decision.rules';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A `date` column: read as YYYY-MM-DD text (see the type parser in database.ts). */
type DateColumn = ColumnType<string, string, string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
type UuidArray = ColumnType<string[], string[] | undefined, string[]>;

export interface GovernanceBodyTable {
  id: Generated<string>;
  type: string;
  name: string;
  mandate: string | null;
  permanent: Generated<boolean>;
  reports_to_id: string | null;
  cadence: ColumnType<MeetingCadence, MeetingCadence | undefined, MeetingCadence>;
  status: ColumnType<'active' | 'closed', 'active' | 'closed' | undefined, 'active' | 'closed'>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface GovernanceBodyCooperationTable {
  body_id: string;
  cooperation_id: string;
}

/** An organisation whose approval a body's joint decisions need (IOP-6; migration 0015). */
export interface GovernanceBodyPartyTable {
  body_id: string;
  organisation_id: string;
  created_at: Timestamp;
}

export interface GovernanceMemberTable {
  id: Generated<string>;
  body_id: string;
  name: string;
  organisation_id: string;
  role_title: string;
  user_id: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface GovernanceMeetingTable {
  id: Generated<string>;
  body_id: string;
  meeting_date: DateColumn;
  agenda: string | null;
  minutes: string | null;
  attendee_member_ids: UuidArray;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface GovernanceActionItemTable {
  id: Generated<string>;
  meeting_id: string;
  text: string;
  owner_member_id: string | null;
  due_date: NullableDate;
  done: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface GovernanceDecisionTable {
  id: Generated<string>;
  body_id: string;
  meeting_id: string | null;
  text: string;
  status: ColumnType<DecisionStatus, DecisionStatus | undefined, DecisionStatus>;
  proposed_by: string | null;
  proposed_at: Timestamp;
  decided_at: NullableTimestamp;
  version: Generated<number>;
}

export interface GovernanceDecisionVoteTable {
  decision_id: string;
  member_id: string;
  organisation_id: string;
  vote: Vote;
  user_id: string | null;
  at: Timestamp;
}

export interface GovernanceTables {
  governance_body: GovernanceBodyTable;
  governance_body_cooperation: GovernanceBodyCooperationTable;
  governance_body_party: GovernanceBodyPartyTable;
  governance_member: GovernanceMemberTable;
  governance_meeting: GovernanceMeetingTable;
  governance_action_item: GovernanceActionItemTable;
  governance_decision: GovernanceDecisionTable;
  governance_decision_vote: GovernanceDecisionVoteTable;
}

export type GovernanceBodyRow = Selectable<GovernanceBodyTable>;
export type GovernanceMemberRow = Selectable<GovernanceMemberTable>;
export type GovernanceMeetingRow = Selectable<GovernanceMeetingTable>;
export type GovernanceActionItemRow = Selectable<GovernanceActionItemTable>;
export type GovernanceDecisionRow = Selectable<GovernanceDecisionTable>;
export type GovernanceDecisionVoteRow = Selectable<GovernanceDecisionVoteTable>;
