import { z } from 'zod';
import { passwordSchema } from '../users/user.schemas';

const email = z.string().trim().toLowerCase().max(254).pipe(z.email({ error: 'validation.email' }));
const name = z.string().trim().min(1, { error: 'validation.required' }).max(200);

/** A new invitation: whom, and (staff only) whether the person is to be the organisation's contact. */
export const createInvitationInput = z.strictObject({
  email,
  name,
  asContact: z.boolean().optional().default(false),
});
export type CreateInvitationInput = z.infer<typeof createInvitationInput>;

/** Ending a person's account: why, for the audit log. */
export const endPartnerAccountInput = z.strictObject({
  reason: z.string().trim().min(1, { error: 'validation.required' }).max(500),
});
export type EndPartnerAccountInput = z.infer<typeof endPartnerAccountInput>;

/** Staff make a person the organisation's contact, or take the role away. */
export const setPartnerContactInput = z.strictObject({ isContact: z.boolean() });
export type SetPartnerContactInput = z.infer<typeof setPartnerContactInput>;

/** What staff allow an organisation's partner accounts. */
export const partnerAccountLimitsInput = z.strictObject({
  maxAccounts: z.number({ error: 'validation.partnerAccounts.maxAccounts' }).int({ error: 'validation.partnerAccounts.maxAccounts' }).min(1, { error: 'validation.partnerAccounts.maxAccounts' }).max(100, { error: 'validation.partnerAccounts.maxAccounts' }),
  contactMayInvite: z.boolean(),
});
export type PartnerAccountLimitsInput = z.infer<typeof partnerAccountLimitsInput>;

export const invitationStatusSchema = z.enum(['pending', 'accepted', 'expired', 'revoked']);

export const partnerInvitationView = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  asContact: z.boolean(),
  status: invitationStatusSchema,
  invitedBy: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type PartnerInvitationView = z.infer<typeof partnerInvitationView>;

export const partnerAccountView = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  status: z.enum(['active', 'disabled']),
  isContact: z.boolean(),
  createdAt: z.string(),
});
export type PartnerAccountView = z.infer<typeof partnerAccountView>;

export const partnerAccountLimitsView = z.object({ maxAccounts: z.number().int(), contactMayInvite: z.boolean() });

/**
 * An organisation's people: its partner accounts, invitations and limits. A partner who is not
 * its organisation's contact gets `manages: false` and no people.
 */
export const partnerPeopleView = z.object({
  organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  manages: z.boolean(),
  limits: partnerAccountLimitsView,
  activeAccounts: z.number().int(),
  pendingInvitations: z.number().int(),
  accounts: z.array(partnerAccountView),
  invitations: z.array(partnerInvitationView),
});
export type PartnerPeopleView = z.infer<typeof partnerPeopleView>;

/**
 * A new invitation, with its link when no mail can carry it (no SMTP configured): shown once to
 * the inviter to pass on, never stored.
 */
export const createdInvitationView = z.object({
  invitation: partnerInvitationView,
  mailQueued: z.boolean(),
  link: z.string().nullable(),
});
export type CreatedInvitationView = z.infer<typeof createdInvitationView>;

/** A token from a link: URL-safe base64 of 32 bytes (43 characters). */
export const invitationTokenParams = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: 'validation.invitation.token' }),
});

/** What the acceptance page shows: the organisation, the address and the expiry, nothing else. */
export const publicInvitationView = z.object({
  organisationName: z.string(),
  email: z.string(),
  expiresAt: z.string(),
});
export type PublicInvitationView = z.infer<typeof publicInvitationView>;

/** Accepting an invitation: the person's name as they want it shown, and a new password twice. */
export const acceptInvitationInput = z
  .strictObject({
    name,
    password: passwordSchema,
    passwordRepeat: z.string().max(200),
  })
  .refine((v) => v.password === v.passwordRepeat, { path: ['passwordRepeat'], error: 'validation.password.mismatch' });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;

export const acceptedInvitationView = z.object({ email: z.string(), organisationName: z.string() });
export type AcceptedInvitationView = z.infer<typeof acceptedInvitationView>;
