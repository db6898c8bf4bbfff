import { z } from 'zod';
import { pageOf, pageQuery } from '../http/pagination.schemas';
import { roleSchema } from './user.schemas';

export const apiTokenView = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  roles: z.array(roleSchema),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  version: z.number().int(),
});
export type ApiTokenView = z.infer<typeof apiTokenView>;

export const createApiTokenInput = z.strictObject({
  name: z.string().trim().min(1, { error: 'validation.required' }).max(200),
  roles: z.array(roleSchema).min(1, { error: 'validation.roles.min' }),
  expiresAt: z.iso.date({ error: 'validation.date' }).optional(),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenInput>;

/** The one response that carries the token's secret; it is never shown again. */
export const createdApiTokenView = z.object({ token: apiTokenView, secret: z.string() });
export type CreatedApiTokenView = z.infer<typeof createdApiTokenView>;

export const apiTokenQuery = pageQuery.extend({ includeRevoked: z.stringbool().optional() });
export type ApiTokenQuery = z.infer<typeof apiTokenQuery>;

export const apiTokenPage = pageOf(apiTokenView);
