import { z } from 'zod';
import { SSO_ERRORS, SSO_ROLES } from './sso.rules';

/** How one may sign in: single sign-on (when configured, with its button label) and passwords for staff. */
export const authMethodsView = z.object({
  sso: z.object({ enabled: z.boolean(), label: z.string().nullable() }),
  staffPasswords: z.boolean(),
});
export type AuthMethodsView = z.infer<typeof authMethodsView>;

export const ssoRoleSchema = z.enum(SSO_ROLES);

export const ssoRoleMappingView = z.object({
  id: z.uuid(),
  claimValue: z.string(),
  role: ssoRoleSchema,
  createdAt: z.string(),
});
export type SsoRoleMappingView = z.infer<typeof ssoRoleMappingView>;

export const ssoRoleMappingList = z.object({ items: z.array(ssoRoleMappingView) });
export type SsoRoleMappingList = z.infer<typeof ssoRoleMappingList>;

export const createSsoRoleMappingInput = z.strictObject({
  claimValue: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(500, { error: 'validation.sso.claimValueTooLong' }),
  role: z.enum(SSO_ROLES, { error: 'validation.sso.role' }),
});
export type CreateSsoRoleMappingInput = z.infer<typeof createSsoRoleMappingInput>;

export const ssoStartQuery = z.strictObject({ returnTo: z.string().max(2000).optional() });

export const ssoLogoutView = z.object({ redirectTo: z.string() });
export type SsoLogoutView = z.infer<typeof ssoLogoutView>;

export const ssoErrorSchema = z.enum(SSO_ERRORS);
