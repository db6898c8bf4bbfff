/** The agreement page's address: `?version=n` reads an earlier version. */
export type AgreementSearch = { version?: number };
/** The comparison page's address: the two versions compared. */
export type CompareSearch = { from?: number; to?: number };

function positive(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** Keeps a whole version number of 1 or more, and drops anything else. */
export function validateAgreementSearch(search: Record<string, unknown>): AgreementSearch {
  const version = positive(search.version);
  return version === undefined ? {} : { version };
}

/** Keeps the two version numbers when they are whole numbers of 1 or more. */
export function validateCompareSearch(search: Record<string, unknown>): CompareSearch {
  const from = positive(search.from);
  const to = positive(search.to);
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}
