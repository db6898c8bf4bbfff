import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { orgNumberSchema } from '../organisations/organisation.schemas';
import { APPLICATION_STATUSES, EMPLOYER_SIZE_BANDS, EMPLOYER_TYPES } from './membership.rules';

export const employerTypeSchema = z.enum(EMPLOYER_TYPES);
export const employerSizeBandSchema = z.enum(EMPLOYER_SIZE_BANDS);
export const applicationStatusSchema = z.enum(APPLICATION_STATUSES);

const requiredText = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();
/** EMP-1: a statement must be given explicitly; anything but `true` is refused with its own message. */
const statement = z.literal(true, { error: 'validation.membership.statement' });

const contactEmail = z
  .string()
  .trim()
  .max(254)
  .transform((v) => v.toLowerCase())
  .pipe(z.email({ error: 'validation.email' }));
const contactPhone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[+\d\s()-]*$/, { error: 'validation.phone' })
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

/** The five statements of EMP-1, each given explicitly. */
export const membershipStatementsInput = z.strictObject({
  networkGoals: statement,
  nonDiscrimination: statement,
  genderEquality: statement,
  equality: statement,
  humanRights: statement,
});

const applicationFields = {
  organisationName: requiredText(300),
  orgNumber: orgNumberSchema,
  employerType: employerTypeSchema,
  contactName: requiredText(200),
  contactEmail,
  contactPhone,
  /** Why the employer wants to join and what it can offer the network. */
  motivation: requiredText(5_000),
  statements: membershipStatementsInput,
};

/** An application registered by staff (EMP-1), optionally already linked to an employer in the register. */
export const createApplicationInput = z.strictObject({ ...applicationFields, organisationId: z.uuid().nullable().optional() });
export type CreateApplicationInput = z.infer<typeof createApplicationInput>;

/** An application sent through the public form (EMP-1); `website` is the honeypot field people never see. */
export const publicApplicationInput = z.strictObject({ ...applicationFields, website: z.string().max(2_000).optional() });
export type PublicApplicationInput = z.infer<typeof publicApplicationInput>;

/** All a public applicant gets back: a receipt. */
export const publicApplicationReceipt = z.object({ reference: z.string(), receivedAt: z.string() });
export type PublicApplicationReceipt = z.infer<typeof publicApplicationReceipt>;

/** Links an application to an employer in the register, or registers the employer from the application (legal form needed). */
export const linkApplicationInput = z.union([
  z.strictObject({ version: recordVersion, organisationId: z.uuid() }),
  z.strictObject({ version: recordVersion, createWithLegalForm: requiredText(100) }),
]);
export type LinkApplicationInput = z.infer<typeof linkApplicationInput>;

/** The officer's simpler check (EMP-1): the contact confirmed as a named person, and a note. */
export const checkApplicationInput = z.strictObject({
  version: recordVersion,
  contactConfirmed: z.boolean(),
  note: optionalText(2_000),
});
export type CheckApplicationInput = z.infer<typeof checkApplicationInput>;

/** The decision (EMP-1): approval names the membership's responsible manager (default: the decider); rejection needs a reason. */
export const decideApplicationInput = z.discriminatedUnion('decision', [
  z.strictObject({ version: recordVersion, decision: z.literal('approve'), responsibleManagerId: z.uuid().optional(), reason: optionalText(2_000) }),
  z.strictObject({ version: recordVersion, decision: z.literal('reject'), reason: requiredText(2_000) }),
]);
export type DecideApplicationInput = z.infer<typeof decideApplicationInput>;

/** Withdrawing an application on the applicant's request, with the reason. */
export const withdrawApplicationInput = z.strictObject({ version: recordVersion, reason: requiredText(2_000) });
export type WithdrawApplicationInput = z.infer<typeof withdrawApplicationInput>;

/** Ending a membership with its reason; `version` is the membership cooperation's version. */
export const endMembershipInput = z.strictObject({ version: recordVersion, reason: requiredText(2_000) });
export type EndMembershipInput = z.infer<typeof endMembershipInput>;

/** An employer's type and size band, kept by staff (EMP-1); `version` is absent when it has no profile yet. */
export const employerProfileInput = z.strictObject({
  employerType: employerTypeSchema,
  sizeBand: employerSizeBandSchema.nullable().optional(),
  version: recordVersion.optional(),
});
export type EmployerProfileInput = z.infer<typeof employerProfileInput>;

const statusList = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').filter((s) => s !== '') : v),
  z.array(applicationStatusSchema).max(APPLICATION_STATUSES.length),
);

export const applicationQuery = z.strictObject({
  status: statusList.optional(),
  sort: z.enum(['date', 'name']).default('date'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type ApplicationQuery = z.infer<typeof applicationQuery>;

const isoDate = z.iso.date({ error: 'validation.date' });
export const memberQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  employerType: z
    .preprocess((v) => (typeof v === 'string' ? v.split(',').filter((s) => s !== '') : v), z.array(employerTypeSchema).max(EMPLOYER_TYPES.length))
    .optional(),
  status: z.enum(['active', 'ended', 'all']).default('active'),
  memberFrom: isoDate.optional(),
  memberTo: isoDate.optional(),
  sort: z.enum(['name', 'memberSince']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type MemberQuery = z.infer<typeof memberQuery>;

export const memberExportQuery = memberQuery.extend({ format: z.enum(['csv', 'xlsx']), lang: z.enum(['sv', 'en']).optional() });
export type MemberExportQuery = z.infer<typeof memberExportQuery>;

const applicationCheckView = z.object({
  orgNumberValid: z.boolean(),
  organisationActive: z.boolean(),
  contactNamed: z.boolean(),
  statementsGiven: z.boolean(),
  passed: z.boolean(),
  note: z.string().nullable(),
  checkedBy: z.string().nullable(),
  checkedAt: z.string(),
});

export const applicationListItem = z.object({
  id: z.uuid(),
  reference: z.string(),
  source: z.enum(['staff', 'public']),
  organisationName: z.string(),
  orgNumber: z.string(),
  employerType: employerTypeSchema,
  status: applicationStatusSchema,
  organisationId: z.uuid().nullable(),
  checkPassed: z.boolean().nullable(),
  receivedAt: z.string(),
});
export type ApplicationListItem = z.infer<typeof applicationListItem>;
export const applicationList = z.object({ items: z.array(applicationListItem) });

export const applicationView = applicationListItem.extend({
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string().nullable(),
  motivation: z.string(),
  statements: z.object({ networkGoals: z.boolean(), nonDiscrimination: z.boolean(), genderEquality: z.boolean(), equality: z.boolean(), humanRights: z.boolean() }),
  organisation: z.object({ id: z.uuid(), name: z.string(), orgNumber: z.string().nullable(), status: z.enum(['active', 'archived']) }).nullable(),
  /** Employers in the register with the application's organisation number, to link a public application to. */
  matchingOrganisations: z.array(z.object({ id: z.uuid(), name: z.string(), orgNumber: z.string().nullable(), status: z.enum(['active', 'archived']) })),
  check: applicationCheckView.nullable(),
  decision: z.object({ reason: z.string().nullable(), decidedBy: z.string().nullable(), decidedAt: z.string() }).nullable(),
  membership: z.object({ cooperationId: z.uuid(), caseNumber: z.string(), status: z.string() }).nullable(),
  version: z.number().int(),
});
export type ApplicationView = z.infer<typeof applicationView>;

export const memberItem = z.object({
  organisationId: z.uuid(),
  name: z.string(),
  orgNumber: z.string().nullable(),
  employerType: employerTypeSchema.nullable(),
  sizeBand: employerSizeBandSchema.nullable(),
  cooperationId: z.uuid(),
  caseNumber: z.string(),
  status: z.enum(['active', 'ended']),
  memberSince: z.string().nullable(),
  endedOn: z.string().nullable(),
  endedReason: z.string().nullable(),
  responsibleManager: z.string().nullable(),
});
export type MemberItem = z.infer<typeof memberItem>;
export const memberList = z.object({ items: z.array(memberItem), total: z.number().int(), truncated: z.boolean() });
export type MemberList = z.infer<typeof memberList>;

export const employerProfileView = z.object({ employerType: employerTypeSchema, sizeBand: employerSizeBandSchema.nullable(), version: z.number().int() });

/** An employer's page (EMP-1): the register's organisation, its profile, its memberships (latest first) and applications. */
export const employerView = z.object({
  organisation: z.object({ id: z.uuid(), name: z.string(), orgNumber: z.string().nullable(), status: z.enum(['active', 'archived']), legalForm: z.string() }),
  profile: employerProfileView.nullable(),
  isMember: z.boolean(),
  memberships: z.array(memberItem),
  applications: z.array(applicationListItem),
});
export type EmployerView = z.infer<typeof employerView>;
