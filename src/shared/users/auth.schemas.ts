import { z } from 'zod';
import { passwordSchema, userView } from './user.schemas';

export const loginInput = z.strictObject({
  email: z.string().trim().toLowerCase().min(1, { error: 'validation.required' }).max(254),
  password: z.string().min(1, { error: 'validation.required' }).max(200),
});
export type LoginInput = z.infer<typeof loginInput>;

export const sessionView = z.object({ user: userView, csrfToken: z.string() });
export type SessionView = z.infer<typeof sessionView>;

export const changePasswordInput = z.strictObject({
  currentPassword: z.string().min(1, { error: 'validation.required' }).max(200),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;
