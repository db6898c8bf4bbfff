import { yearOfPeriod } from '../../../shared/followup/follow-up-record.rules';
import type { FollowUpPlanContext, FollowUpRecordSummary, FollowUpRecordView, LatestFollowUpRecordRef } from '../../../shared/followup/follow-up-record.schemas';
import type { Db } from '../../db/database';
import { found } from '../../http/errors';
import {
  findAnswers,
  findLatestRecordsOf,
  findPlanWithIndicators,
  findRecordRefs,
  findRecordSummary,
  findRecordById,
  type RecordSummaryRow,
} from './follow-up-record.repository';

/** A record as listed. */
export function toSummary(r: RecordSummaryRow): FollowUpRecordSummary {
  return {
    id: r.id,
    cooperationId: r.cooperation_id,
    kind: r.kind,
    period: r.period,
    body: { id: r.body_id, name: r.body_name, type: r.body_type },
    heldOn: r.held_on,
    conclusion: r.conclusion,
    recordedAt: r.recorded_at,
    version: r.version,
  };
}

/** The activity plan of a year and its indicators, as context for a follow-up (AGR-5, IOP-7). */
export async function loadPlanContext(db: Db, cooperationId: string, year: number): Promise<FollowUpPlanContext> {
  const { plan, indicators } = await findPlanWithIndicators(db, cooperationId, year);
  return {
    year,
    plan: plan ? { id: plan.id, status: plan.status } : null,
    indicators: indicators.map((i) => ({
      id: i.id,
      goal: i.goal,
      name: i.name,
      kind: i.kind,
      unit: i.unit,
      baseline: i.baseline,
      target: i.target,
      expectedResult: i.expected_result,
    })),
  };
}

/** A record with its text, answers, references and the plan of its year. */
export async function loadRecordView(db: Db, id: string): Promise<FollowUpRecordView> {
  const row = found(await findRecordById(db, id));
  const [summary, refs, answers, plan] = await Promise.all([
    findRecordSummary(db, id),
    findRecordRefs(db, id),
    findAnswers(db, id),
    loadPlanContext(db, row.cooperation_id, yearOfPeriod(row.period)),
  ]);
  return {
    ...toSummary(found(summary)),
    meeting: row.meeting_id && refs.meeting_date ? { id: row.meeting_id, meetingDate: refs.meeting_date } : null,
    participants: row.participants,
    results: row.results,
    deviations: row.deviations,
    template:
      refs.template_id && refs.keeper_body_id && refs.template_version_number !== null
        ? { templateId: refs.template_id, keeperBodyId: refs.keeper_body_id, versionNumber: refs.template_version_number }
        : null,
    answers: answers.map((a) => ({ questionId: a.question_id, position: a.position, question: a.text, answer: a.answer, comment: a.comment })),
    cycleTask: row.cycle_task_id && refs.cycle_year !== null ? { id: row.cycle_task_id, cycleYear: refs.cycle_year } : null,
    recordedBy: row.recorded_by && refs.recorder_name ? { id: row.recorded_by, name: refs.recorder_name } : null,
    updatedAt: refs.updated_at,
    plan,
  };
}

/** The latest follow-up record of each cooperation, for the internal review group's follow-up to link to (INI-7). */
export async function latestFollowUpRecordsOf(db: Db, cooperationIds: string[]): Promise<Map<string, NonNullable<LatestFollowUpRecordRef>>> {
  const rows = await findLatestRecordsOf(db, [...new Set(cooperationIds)]);
  return new Map([...rows].map(([id, r]) => [id, { id: r.id, kind: r.kind, period: r.period, heldOn: r.held_on }]));
}
