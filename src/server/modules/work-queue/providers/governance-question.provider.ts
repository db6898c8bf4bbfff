import { findOpenQuestionsFor } from '../../governance/question.repository';
import { dateOf, type WorkItemProvider } from '../work-queue.provider';

const TITLE_LENGTH = 120;

/**
 * AGR-8: open questions raised to a body, for that body's members to answer or pass further up;
 * everything shows every open question.
 */
export const governanceQuestionProvider: WorkItemProvider = async (db, ctx) => {
  const rows = await findOpenQuestionsFor(db, ctx.scope === 'all' ? undefined : ctx.userId);
  return rows.map((q) => ({
    key: `governance_question_open:${q.id}`,
    type: 'governance_question_open' as const,
    title: q.text.length > TITLE_LENGTH ? `${q.text.slice(0, TITLE_LENGTH - 1)}…` : q.text,
    subtitle: `${q.raised_by_body_name} → ${q.raised_to_body_name}`,
    reason: 'governance_question_open' as const,
    requirement: 'AGR-8',
    since: dateOf(q.raised_at, ctx.timeZone),
    link: `/styrgrupper/${q.raised_to_body_id}`,
    assignee: { userId: null, name: null, role: null },
  }));
};
