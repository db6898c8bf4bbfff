import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/audit/canonical-json';

export type HashedFields = {
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: unknown;
  requestId: string | null;
  ip: string | null;
};

/** SHA-256 of the previous row's hash followed by this row's canonical JSON. */
export function chainHash(prevHash: string, fields: HashedFields): string {
  const canonical = canonicalJson({ ...fields, occurredAt: fields.occurredAt.toISOString() });
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}
