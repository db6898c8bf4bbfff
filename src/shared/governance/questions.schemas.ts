import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { DECISION_STATUSES } from './decision.rules';
import { QUESTION_STATUSES, SPREAD_SCOPES } from './questions.rules';

const requiredText = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max);

/** A question a body cannot solve, raised to the body above it (AGR-8). */
export const raiseQuestionInput = z.strictObject({
  text: requiredText(5_000),
  /** Why the raising body could not solve it itself. */
  unresolvedReason: requiredText(5_000),
  /** A meeting of the raising body where the question came up. */
  meetingId: z.uuid().nullable().optional(),
});
export type RaiseQuestionInput = z.infer<typeof raiseQuestionInput>;

/** The answer of the body a question was raised to, optionally pointing at one of its decisions. */
export const answerQuestionInput = z.strictObject({
  version: recordVersion,
  answer: requiredText(5_000),
  decisionId: z.uuid().nullable().optional(),
});
export type AnswerQuestionInput = z.infer<typeof answerQuestionInput>;

/** Passing a question on to the body above, with why this body could not solve it either. */
export const raiseFurtherInput = z.strictObject({
  version: recordVersion,
  unresolvedReason: requiredText(5_000),
  meetingId: z.uuid().nullable().optional(),
});
export type RaiseFurtherInput = z.infer<typeof raiseFurtherInput>;

/** Spreading a decided decision to the bodies below (see `SPREAD_SCOPES`). */
export const spreadDecisionInput = z.strictObject({ scope: z.enum(SPREAD_SCOPES).default('children') });
export type SpreadDecisionInput = z.infer<typeof spreadDecisionInput>;

const named = z.object({ id: z.string(), name: z.string() });
const bodyRef = z.object({ id: z.string(), name: z.string(), type: z.string() });

/** One step of a question's way up the bodies. */
export const questionStepView = z.object({
  id: z.string(),
  raisedByBody: bodyRef,
  raisedToBody: bodyRef,
  status: z.enum(QUESTION_STATUSES),
  unresolvedReason: z.string(),
  raisedAt: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export type QuestionStepView = z.infer<typeof questionStepView>;

export const questionView = z.object({
  id: z.string(),
  raisedByBody: bodyRef,
  raisedToBody: bodyRef,
  text: z.string(),
  unresolvedReason: z.string(),
  meeting: z.object({ id: z.string(), meetingDate: z.string() }).nullable(),
  status: z.enum(QUESTION_STATUSES),
  raisedBy: named.nullable(),
  raisedAt: z.string(),
  answer: z.string().nullable(),
  answerDecision: z.object({ id: z.string(), text: z.string() }).nullable(),
  answeredBy: named.nullable(),
  answeredAt: z.string().nullable(),
  /** The whole way up, from the body that first raised it; one step when never passed on. */
  chain: z.array(questionStepView),
  /** The step where the question was finally answered, possibly higher up than this one. */
  finalAnswer: questionStepView.nullable(),
  /** Whether the caller may answer it or pass it on (a member of the body it was raised to, or a governance writer). */
  canAnswer: z.boolean(),
  /** Whether the body it was raised to has a body above it to pass it on to. */
  canRaiseFurther: z.boolean(),
  version: z.number(),
});
export type QuestionView = z.infer<typeof questionView>;

/** A body's questions: those it raised and those raised to it, newest first. */
export const bodyQuestionsView = z.object({
  raisedByBody: z.array(questionView),
  raisedToBody: z.array(questionView),
  /** The body questions from this body go to, or null for the top body. */
  bodyAbove: bodyRef.nullable(),
  /** Whether the caller may raise a question from this body. */
  canRaise: z.boolean(),
  /** Whether any active body reports to this one (directly or further down), so its decisions can be spread. */
  hasBodiesBelow: z.boolean(),
});
export type BodyQuestionsView = z.infer<typeof bodyQuestionsView>;

const memberRef = z.object({ memberId: z.string(), name: z.string(), organisation: z.string(), hasLogin: z.boolean() });

/** One receiving body of a spread decision: which members have seen it, and when. */
export const spreadReceiverView = z.object({
  spreadId: z.string(),
  body: bodyRef,
  spreadAt: z.string(),
  spreadBy: named.nullable(),
  seen: z.array(memberRef.extend({ seenAt: z.string() })),
  notSeen: z.array(memberRef),
});
export type SpreadReceiverView = z.infer<typeof spreadReceiverView>;

/** Where a decision has been spread and who has seen it (AGR-8). */
export const decisionSpreadView = z.object({
  decisionId: z.string(),
  decisionStatus: z.enum(DECISION_STATUSES),
  body: bodyRef,
  receivers: z.array(spreadReceiverView),
  /** Whether the caller may spread it (further). */
  canSpread: z.boolean(),
});
export type DecisionSpreadView = z.infer<typeof decisionSpreadView>;

/** A decision spread to a body, as its members see it. */
export const receivedDecisionView = z.object({
  spreadId: z.string(),
  decision: z.object({ id: z.string(), text: z.string(), decidedAt: z.string().nullable() }),
  fromBody: bodyRef,
  spreadAt: z.string(),
  /** When the caller marked it seen, or null. */
  seenByMeAt: z.string().nullable(),
  /** Whether the caller is a member of the receiving body and so marks it seen. */
  canMarkSeen: z.boolean(),
  seenCount: z.number(),
  memberCount: z.number(),
});
export type ReceivedDecisionView = z.infer<typeof receivedDecisionView>;

export const receivedDecisionsView = z.object({ items: z.array(receivedDecisionView) });
export type ReceivedDecisionsView = z.infer<typeof receivedDecisionsView>;
