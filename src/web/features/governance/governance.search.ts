/** The body list's filters as they appear in the page address; the page checks the type against the enum. */
export type GovernanceSearch = { type?: string };

/** Keeps a non-empty type filter of sane length. */
export function validateGovernanceSearch(search: Record<string, unknown>): GovernanceSearch {
  const type = search.type;
  return typeof type === 'string' && type.trim() !== '' ? { type: type.trim().slice(0, 60) } : {};
}
