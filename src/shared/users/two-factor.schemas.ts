import { z } from 'zod';

/** A six-digit TOTP code as typed; spaces are forgiven. */
export const totpCode = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, { error: 'validation.twoFactor.code' }));

/** A recovery code as typed (ten letters and digits, dashes and spaces allowed). */
export const recoveryCode = z
  .string()
  .trim()
  .max(40)
  .pipe(z.string().regex(/^[a-zA-Z0-9\s-]{10,40}$/, { error: 'validation.twoFactor.recoveryCode' }));

const challenge = z.string().min(1, { error: 'validation.required' }).max(100);

/** The second step of a sign-in: the challenge of the password step and a code or a recovery code. */
export const secondFactorLoginInput = z.union([
  z.strictObject({ challenge, code: totpCode }),
  z.strictObject({ challenge, recoveryCode }),
]);
export type SecondFactorLoginInput = z.infer<typeof secondFactorLoginInput>;

/** The answer of the password step when the account has a second factor: no session yet. */
export const secondFactorChallengeView = z.object({
  secondFactorRequired: z.literal(true),
  challenge: z.string(),
  expiresAt: z.string(),
});
export type SecondFactorChallengeView = z.infer<typeof secondFactorChallengeView>;

/** Where the caller stands with the second factor. */
export const twoFactorStatusView = z.object({
  /** 'none', 'pending' (started, not yet confirmed with a code) or 'enrolled'. */
  status: z.enum(['none', 'pending', 'enrolled']),
  /** Whether this account must have one (setting and roles). */
  required: z.boolean(),
  /** Whether the user must enrol before anything else (a local sign-in without a confirmed factor). */
  enrolmentRequired: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});
export type TwoFactorStatusView = z.infer<typeof twoFactorStatusView>;

/** What starting an enrolment shows: the secret as a QR code and in groups for typing in. */
export const twoFactorEnrolmentView = z.object({
  otpauthUri: z.string(),
  qrCodeSvg: z.string(),
  manualKey: z.string(),
});
export type TwoFactorEnrolmentView = z.infer<typeof twoFactorEnrolmentView>;

/** Recovery codes, shown once. */
export const recoveryCodesView = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodesView = z.infer<typeof recoveryCodesView>;

export const confirmTwoFactorInput = z.strictObject({ code: totpCode });
export type ConfirmTwoFactorInput = z.infer<typeof confirmTwoFactorInput>;

/** A current code, required to regenerate recovery codes or turn the second factor off. */
export const currentCodeInput = z.strictObject({ code: totpCode });
export type CurrentCodeInput = z.infer<typeof currentCodeInput>;

/** One of the caller's own sessions in the list. */
export const sessionListItemView = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  method: z.enum(['password', 'oidc']),
  current: z.boolean(),
});
export type SessionListItemView = z.infer<typeof sessionListItemView>;

export const sessionListView = z.object({ items: z.array(sessionListItemView) });
export type SessionListView = z.infer<typeof sessionListView>;

export const sessionIdParams = z.strictObject({ id: z.uuid() });

export const signedOutView = z.object({ ended: z.number().int() });
