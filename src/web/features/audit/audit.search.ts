/** The audit log's filters as they appear in the page address, so a filtered view can be linked. */
export type AuditSearch = {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  /** Calendar dates, YYYY-MM-DD, in the user's time zone. */
  from?: string;
  to?: string;
};

const KEYS = ['entityType', 'entityId', 'actorId', 'action', 'from', 'to'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Keeps the known filters with non-empty string values; dates must look like dates. */
export function validateAuditSearch(search: Record<string, unknown>): AuditSearch {
  const result: AuditSearch = {};
  for (const key of KEYS) {
    const value = search[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    if ((key === 'from' || key === 'to') && !DATE.test(value)) continue;
    result[key] = value.trim().slice(0, 100);
  }
  return result;
}
