import { z } from 'zod';
import { pageOf, pageQuery } from '../http/pagination.schemas';

export const actorTypeSchema = z.enum(['user', 'token', 'anonymous', 'system']);

/** A field's value before and after a change; absent side means the field was added or removed. */
export const fieldChange = z.object({ before: z.unknown().optional(), after: z.unknown().optional() });

export const auditEntryView = z.object({
  id: z.string(),
  occurredAt: z.string(),
  actorType: actorTypeSchema,
  actorId: z.string().nullable(),
  actorLabel: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  changes: z.record(z.string(), fieldChange),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntryView>;

export const auditQuery = pageQuery.extend({
  entityType: z.string().trim().max(100).optional(),
  entityId: z.string().trim().max(100).optional(),
  actorId: z.string().trim().max(100).optional(),
  action: z.string().trim().max(100).optional(),
  from: z.iso.datetime({ offset: true, error: 'validation.datetime' }).optional(),
  to: z.iso.datetime({ offset: true, error: 'validation.datetime' }).optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditPage = pageOf(auditEntryView);

/**
 * The head of the audit chain (decision 022): the last row's id and hash, published outside the
 * database so that removing the newest rows is noticed. `id` and `occurredAt` are null while the
 * log is empty (the hash is then the genesis hash).
 */
export const auditHead = z.object({
  id: z.string().regex(/^\d+$/).nullable(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  occurredAt: z.string().nullable(),
  rows: z.number().int().min(0).optional(),
  readAt: z.string().optional(),
});
export type AuditHead = z.infer<typeof auditHead>;
