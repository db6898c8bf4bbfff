/**
 * The initiative list's search and filters as they appear in the page address. Values are only
 * cleaned here (this file is in the first bundle); the page checks codes against the enums.
 */
export type InitiativeSearch = {
  q?: string;
  status?: string;
  origin?: string;
  area?: string;
  targetGroup?: string;
};

const KEYS = ['q', 'status', 'origin', 'area', 'targetGroup'] as const;

/** Keeps the known filters with non-empty string values, trimmed and of sane length. */
export function validateInitiativeSearch(search: Record<string, unknown>): InitiativeSearch {
  const result: InitiativeSearch = {};
  for (const key of KEYS) {
    const value = search[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    result[key] = value.trim().slice(0, key === 'q' ? 200 : 100);
  }
  return result;
}

/** The `?initiativ=<id>` of the new-cooperation page, which starts from a recommended initiative. */
export function newCooperationHref(initiativeId: string): string {
  return `/samverkan/ny?initiativ=${encodeURIComponent(initiativeId)}`;
}
