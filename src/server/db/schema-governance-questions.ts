import type { ColumnType, Generated, Selectable } from 'kysely';
import type { QuestionStatus } from '../../shared/governance/questions.rules';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** A question a body could not solve, raised to the body it reports to (AGR-8; migration 0029). */
export interface GovernanceQuestionTable {
  id: Generated<string>;
  raised_by_body_id: string;
  raised_to_body_id: string;
  text: string;
  unresolved_reason: string;
  meeting_id: string | null;
  /** The question this one passes further up, when the body it was raised to could not answer it. */
  forwarded_from_id: string | null;
  /** The first question of a chain passed upwards (null on that first question itself). */
  origin_id: string | null;
  status: ColumnType<QuestionStatus, QuestionStatus | undefined, QuestionStatus>;
  raised_by: string | null;
  raised_at: Timestamp;
  answer: string | null;
  answer_decision_id: string | null;
  answered_by: string | null;
  answered_at: NullableTimestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

/** A decided decision spread to one body below the deciding one (AGR-8). */
export interface GovernanceDecisionSpreadTable {
  id: Generated<string>;
  decision_id: string;
  body_id: string;
  spread_by: string | null;
  spread_at: Timestamp;
}

/** A member of a receiving body who has seen a spread decision, and when. */
export interface GovernanceDecisionSpreadSeenTable {
  spread_id: string;
  user_id: string;
  member_id: string;
  seen_at: Timestamp;
}

/** The tables of migration 0029, merged into `Database` in schema.ts. */
export interface GovernanceQuestionTables {
  governance_question: GovernanceQuestionTable;
  governance_decision_spread: GovernanceDecisionSpreadTable;
  governance_decision_spread_seen: GovernanceDecisionSpreadSeenTable;
}

export type GovernanceQuestionRow = Selectable<GovernanceQuestionTable>;
export type GovernanceDecisionSpreadRow = Selectable<GovernanceDecisionSpreadTable>;
