/** The body list's filters as they appear in the page address; the page checks the type against the enum. */
export type GovernanceSearch = { type?: string; withoutMeeting?: true };

/** Keeps a non-empty type filter of sane length, and the "without a meeting this semester" switch when on. */
export function validateGovernanceSearch(search: Record<string, unknown>): GovernanceSearch {
  const type = search.type;
  const withoutMeeting = search.withoutMeeting === true || search.withoutMeeting === 'true';
  return {
    ...(typeof type === 'string' && type.trim() !== '' ? { type: type.trim().slice(0, 60) } : {}),
    ...(withoutMeeting ? { withoutMeeting: true as const } : {}),
  };
}
