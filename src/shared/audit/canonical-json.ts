/**
 * Serialises a JSON value with object keys sorted at every depth, so the same content always
 * yields the same text; the audit chain hashes this text, and jsonb does not keep key order.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Field-by-field differences between two snapshots of a record; unchanged fields are left out. */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, { before?: unknown; after?: unknown }> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, { before?: unknown; after?: unknown }> = {};
  for (const key of [...keys].sort()) {
    const b = before?.[key];
    const a = after?.[key];
    if (canonicalJson(b) === canonicalJson(a)) continue;
    changes[key] = { ...(b === undefined ? {} : { before: b }), ...(a === undefined ? {} : { after: a }) };
  }
  return changes;
}
