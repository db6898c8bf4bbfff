import { z } from 'zod';
import { secondFactorChallengeView } from './two-factor.schemas';
import { passwordSchema, userView } from './user.schemas';

export const loginInput = z.strictObject({
  email: z.string().trim().toLowerCase().min(1, { error: 'validation.required' }).max(254),
  password: z.string().min(1, { error: 'validation.required' }).max(200),
});
export type LoginInput = z.infer<typeof loginInput>;

export const sessionView = z.object({
  user: userView,
  csrfToken: z.string(),
  /** Issue 15: the user must enrol a second factor before anything else (the web sends them to enrol). */
  twoFactorEnrolmentRequired: z.boolean(),
});
export type SessionView = z.infer<typeof sessionView>;

/**
 * What the password step answers: a session, or — for an account with a second factor — a
 * challenge for the code step (`secondFactorRequired: true`, no session yet).
 */
export const loginResultView = z.union([sessionView, secondFactorChallengeView]);
export type LoginResultView = z.infer<typeof loginResultView>;

export const changePasswordInput = z.strictObject({
  currentPassword: z.string().min(1, { error: 'validation.required' }).max(200),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;
