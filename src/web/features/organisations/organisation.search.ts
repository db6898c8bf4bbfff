/**
 * The register's search and filters as they appear in the page address, so a search can be
 * linked and survives reload. Values are only cleaned here (this file is in the first bundle,
 * which must stay small); the page checks codes against the shared enums and reference data.
 */
export type OrganisationSearch = {
  q?: string;
  kind?: string;
  legalForm?: string;
  status?: string;
  area?: string;
  district?: string;
  democracyStatus?: string;
  sort?: string;
};

const KEYS = ['q', 'kind', 'legalForm', 'status', 'area', 'district', 'democracyStatus', 'sort'] as const;

/** Keeps the known filters with non-empty string values, trimmed and of sane length. */
export function validateOrganisationSearch(search: Record<string, unknown>): OrganisationSearch {
  const result: OrganisationSearch = {};
  for (const key of KEYS) {
    const value = search[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    result[key] = value.trim().slice(0, key === 'q' ? 200 : 100);
  }
  return result;
}

/** The tabs of an organisation's page, in order; the first is shown when none is named. */
export const ORGANISATION_TABS = ['overview', 'contacts', 'documents', 'democracy', 'cooperations', 'partnerAccounts', 'history'] as const;
export type OrganisationTab = (typeof ORGANISATION_TABS)[number];

function isTab(value: unknown): value is OrganisationTab {
  return typeof value === 'string' && (ORGANISATION_TABS as readonly string[]).includes(value);
}

/** The tab named in the address of an organisation's page, if it is one we have. */
export function validateOrganisationTabSearch(search: Record<string, unknown>): { tab?: OrganisationTab } {
  return isTab(search.tab) && search.tab !== 'overview' ? { tab: search.tab } : {};
}
