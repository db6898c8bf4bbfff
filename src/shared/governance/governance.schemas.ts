import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { pageOf, pageQuery } from '../http/pagination.schemas';
import { MEETING_CADENCES, type MeetingCadence } from './cadence.rules';
import { DECISION_STATUSES, VOTES } from './decision.rules';

/** Kinds of governance body (AGR-3): steering groups, review group, working groups, clusters, forums. */
export const GOVERNANCE_BODY_TYPES = [
  'steering_group',
  'strategic_steering_group',
  'operative_steering_group',
  'review_group',
  'working_group',
  'cluster',
  'managers_forum',
  'staff_forum',
] as const;
export type GovernanceBodyType = (typeof GOVERNANCE_BODY_TYPES)[number];

/** The steering groups, which must meet at least once per semester (IOP-6). */
export const STEERING_GROUP_TYPES: readonly GovernanceBodyType[] = ['steering_group', 'strategic_steering_group', 'operative_steering_group'];

/** True for the steering-group types, whose missed cadence is flagged (IOP-6). */
export function isSteeringGroupType(type: string): boolean {
  return (STEERING_GROUP_TYPES as readonly string[]).includes(type);
}

/** The cadence a new body gets unless one is given: per semester for steering groups (IOP-6). */
export function defaultCadenceFor(type: GovernanceBodyType): MeetingCadence {
  return isSteeringGroupType(type) ? 'per_semester' : 'none';
}

const requiredText = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();
const isoDate = z.iso.date({ error: 'validation.date' });

export const governanceBodyTypeSchema = z.enum(GOVERNANCE_BODY_TYPES);
export const meetingCadenceSchema = z.enum(MEETING_CADENCES);
export const governanceBodyStatusSchema = z.enum(['active', 'closed']);
const partyOrganisationIds = z.array(z.uuid()).min(1, { error: 'validation.parties' }).max(50);

export const createGovernanceBodyInput = z.strictObject({
  type: governanceBodyTypeSchema,
  name: requiredText(200),
  mandate: optionalText(5_000),
  permanent: z.boolean().default(true),
  reportsToId: z.uuid().nullable().optional(),
  cadence: meetingCadenceSchema.optional(),
  cooperationIds: z.array(z.uuid()).max(50).default([]),
  /** The organisations whose approval its decisions need; by default the linked cooperations' parties (IOP-6). */
  partyOrganisationIds: partyOrganisationIds.optional(),
});
export type CreateGovernanceBodyInput = z.infer<typeof createGovernanceBodyInput>;

export const updateGovernanceBodyInput = z.strictObject({
  version: recordVersion,
  name: requiredText(200).optional(),
  mandate: optionalText(5_000),
  permanent: z.boolean().optional(),
  reportsToId: z.uuid().nullable().optional(),
  cadence: meetingCadenceSchema.optional(),
  status: governanceBodyStatusSchema.optional(),
  /** Replaces the linked cooperations when given. */
  cooperationIds: z.array(z.uuid()).max(50).optional(),
  /** Replaces the decision-making parties when given (IOP-6). */
  partyOrganisationIds: partyOrganisationIds.optional(),
});
export type UpdateGovernanceBodyInput = z.infer<typeof updateGovernanceBodyInput>;

export const governanceBodyQuery = pageQuery.extend({
  type: governanceBodyTypeSchema.optional(),
  cooperationId: z.uuid().optional(),
  status: governanceBodyStatusSchema.optional(),
  /** Only active bodies without a meeting so far this semester (IOP-6). */
  withoutMeetingThisSemester: z.stringbool().optional(),
});
export type GovernanceBodyQuery = z.infer<typeof governanceBodyQuery>;

export const createMemberInput = z.strictObject({
  name: requiredText(200),
  organisationId: z.uuid(),
  roleTitle: requiredText(200),
  userId: z.uuid().nullable().optional(),
});
export type CreateMemberInput = z.infer<typeof createMemberInput>;

export const updateMemberInput = z.strictObject({
  version: recordVersion,
  name: requiredText(200).optional(),
  organisationId: z.uuid().optional(),
  roleTitle: requiredText(200).optional(),
  userId: z.uuid().nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateMemberInput = z.infer<typeof updateMemberInput>;

export const memberView = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  name: z.string(),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  roleTitle: z.string(),
  userId: z.uuid().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type MemberView = z.infer<typeof memberView>;

const linkedCooperationView = z.object({ id: z.uuid(), caseNumber: z.string(), title: z.string() });

/** A body in lists and on a cooperation, with whether it has met as its cadence demands. */
export const governanceBodySummaryView = z.object({
  id: z.uuid(),
  type: governanceBodyTypeSchema,
  name: z.string(),
  permanent: z.boolean(),
  reportsToId: z.uuid().nullable(),
  cadence: meetingCadenceSchema,
  status: governanceBodyStatusSchema,
  /** The latest meeting on or before today, if any. */
  lastMeetingDate: z.string().nullable(),
  meetingCadenceMet: z.boolean(),
  /** An active steering group that has not met this semester (IOP-6). */
  flagged: z.boolean(),
  /** The cooperations the body governs, by case number. */
  cooperations: z.array(linkedCooperationView),
  version: z.number().int(),
});
export type GovernanceBodySummaryView = z.infer<typeof governanceBodySummaryView>;
export const governanceBodyPage = pageOf(governanceBodySummaryView);
export type GovernanceBodyPage = z.infer<typeof governanceBodyPage>;

export const voteView = z.object({
  memberId: z.uuid(),
  memberName: z.string(),
  organisationId: z.uuid(),
  vote: z.enum(VOTES),
  userId: z.uuid().nullable(),
  at: z.string(),
  /** False for a member whose organisation is not a party: recorded, shown, never counted (IOP-6). */
  counted: z.boolean(),
});

export const decisionView = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  meetingId: z.uuid().nullable(),
  text: z.string(),
  status: z.enum(DECISION_STATUSES),
  proposedBy: z.uuid().nullable(),
  proposedAt: z.string(),
  decidedAt: z.string().nullable(),
  votes: z.array(voteView),
  /** Party organisations that have not yet approved (IOP-6). */
  awaitingOrganisationIds: z.array(z.uuid()),
});
export type DecisionView = z.infer<typeof decisionView>;

export const governanceBodyDetailView = governanceBodySummaryView.extend({
  mandate: z.string().nullable(),
  members: z.array(memberView),
  /** The organisations whose approval its joint decisions need, each with its active members in the body (IOP-6). */
  parties: z.array(z.object({ id: z.uuid(), name: z.string(), activeMembers: z.number().int() })),
  decisions: z.array(decisionView),
});
export type GovernanceBodyDetailView = z.infer<typeof governanceBodyDetailView>;

export const cooperationGovernanceView = z.object({ items: z.array(governanceBodySummaryView) });
export type CooperationGovernanceView = z.infer<typeof cooperationGovernanceView>;

export const createDecisionInput = z.strictObject({
  text: requiredText(5_000),
  meetingId: z.uuid().nullable().optional(),
});
export type CreateDecisionInput = z.infer<typeof createDecisionInput>;

export const createMeetingInput = z.strictObject({
  meetingDate: isoDate,
  agenda: optionalText(20_000),
  minutes: optionalText(50_000),
  attendeeMemberIds: z.array(z.uuid()).max(200).default([]),
});
export type CreateMeetingInput = z.infer<typeof createMeetingInput>;

export const updateMeetingInput = z.strictObject({
  version: recordVersion,
  meetingDate: isoDate.optional(),
  agenda: optionalText(20_000),
  minutes: optionalText(50_000),
  attendeeMemberIds: z.array(z.uuid()).max(200).optional(),
});
export type UpdateMeetingInput = z.infer<typeof updateMeetingInput>;

export const createActionItemInput = z.strictObject({
  text: requiredText(2_000),
  ownerMemberId: z.uuid().nullable().optional(),
  dueDate: isoDate.nullable().optional(),
});
export type CreateActionItemInput = z.infer<typeof createActionItemInput>;

export const updateActionItemInput = z.strictObject({
  version: recordVersion,
  text: requiredText(2_000).optional(),
  ownerMemberId: z.uuid().nullable().optional(),
  dueDate: isoDate.nullable().optional(),
  done: z.boolean().optional(),
});
export type UpdateActionItemInput = z.infer<typeof updateActionItemInput>;

export const actionItemView = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  text: z.string(),
  ownerMemberId: z.uuid().nullable(),
  dueDate: z.string().nullable(),
  done: z.boolean(),
  version: z.number().int(),
});
export type ActionItemView = z.infer<typeof actionItemView>;

export const meetingView = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  meetingDate: z.string(),
  agenda: z.string().nullable(),
  minutes: z.string().nullable(),
  attendeeMemberIds: z.array(z.uuid()),
  version: z.number().int(),
});
export type MeetingView = z.infer<typeof meetingView>;
export const meetingPage = pageOf(meetingView);
export type MeetingPage = z.infer<typeof meetingPage>;

export const meetingDetailView = meetingView.extend({
  actionItems: z.array(actionItemView),
  decisions: z.array(decisionView),
});
export type MeetingDetailView = z.infer<typeof meetingDetailView>;
