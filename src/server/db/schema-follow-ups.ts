import type { ColumnType, Generated, Selectable } from 'kysely';
import type { FollowUpKind, RoutineAnswer } from '../../shared/followup/follow-up-record.rules';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column: read as YYYY-MM-DD text (see the type parser in database.ts). */
type DateColumn = ColumnType<string, string, string>;

/** The routine follow-up template kept by an agreement's joint beredningsgrupp (AGR-5; migration 0022). */
export interface FollowUpTemplateTable {
  id: Generated<string>;
  body_id: string;
  current_version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface FollowUpTemplateVersionTable {
  id: Generated<string>;
  template_id: string;
  number: number;
  created_by: string | null;
  created_at: Timestamp;
}

export interface FollowUpTemplateQuestionTable {
  id: Generated<string>;
  template_version_id: string;
  position: number;
  text: string;
}

/** A follow-up held by a body for a cooperation and period (AGR-5, IOP-7). */
export interface FollowUpRecordTable {
  id: Generated<string>;
  cooperation_id: string;
  kind: FollowUpKind;
  period: string;
  body_id: string;
  meeting_id: string | null;
  held_on: DateColumn;
  participants: string;
  results: string | null;
  deviations: string | null;
  conclusion: string;
  template_version_id: string | null;
  cycle_task_id: string | null;
  recorded_by: string | null;
  recorded_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface FollowUpAnswerTable {
  record_id: string;
  question_id: string;
  answer: RoutineAnswer;
  comment: string | null;
}

export interface FollowUpRecordTables {
  follow_up_template: FollowUpTemplateTable;
  follow_up_template_version: FollowUpTemplateVersionTable;
  follow_up_template_question: FollowUpTemplateQuestionTable;
  follow_up_record: FollowUpRecordTable;
  follow_up_answer: FollowUpAnswerTable;
}

export type FollowUpRecordRow = Selectable<FollowUpRecordTable>;
