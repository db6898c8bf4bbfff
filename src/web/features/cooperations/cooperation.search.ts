import { isUuid } from '../../components/ui/uuid';

/**
 * The overview's search and filters as they appear in the page address, so a search can be
 * linked and survives reload. Values are only cleaned here (this file is in the first bundle,
 * which must stay small); the page checks codes against the shared enums before asking the API.
 */
export type CooperationSearch = {
  q?: string;
  /** Comma-separated forms, e.g. "iop,vida". */
  form?: string;
  /** Comma-separated statuses. */
  status?: string;
  area?: string;
  unitCode?: string;
  organisationId?: string;
  responsibleManagerId?: string;
  targetGroup?: string;
  year?: string;
  /** "true" to list only cooperations whose steering group has not met this semester (IOP-6). */
  steeringGroupFlag?: string;
  sort?: string;
  /** What the cooperations did within `periodFrom`–`periodTo` (a figure of the committee's report, OVR-2). */
  periodEvent?: string;
  periodFrom?: string;
  periodTo?: string;
  /** Only cooperations with a budget or an outcome in this year (a figure of the report's economy, IOP-9). */
  economyYear?: string;
};

export const COOPERATION_SEARCH_KEYS = [
  'q',
  'form',
  'status',
  'area',
  'unitCode',
  'organisationId',
  'responsibleManagerId',
  'targetGroup',
  'year',
  'steeringGroupFlag',
  'sort',
  'periodEvent',
  'periodFrom',
  'periodTo',
  'economyYear',
] as const;

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return text(value.filter((v) => typeof v === 'string').join(','));
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Keeps the known filters with non-empty values, trimmed and of sane length; a year must be four digits. */
export function validateCooperationSearch(search: Record<string, unknown>): CooperationSearch {
  const result: CooperationSearch = {};
  for (const key of COOPERATION_SEARCH_KEYS) {
    const value = text(search[key]);
    if (value === undefined) continue;
    if ((key === 'year' || key === 'economyYear') && !/^\d{4}$/.test(value)) continue;
    if ((key === 'periodFrom' || key === 'periodTo') && !/^\d{4}-\d{2}-\d{2}$/.test(value)) continue;
    result[key] = value.slice(0, key === 'q' ? 200 : 400);
  }
  return result;
}

/** The tabs of a cooperation's page, in order; the first is shown when none is named. */
export const COOPERATION_TABS = ['overview', 'checklist', 'history'] as const;
export type CooperationTab = (typeof COOPERATION_TABS)[number];

/** The tab named in the address of a cooperation's page, if it is one we have; the checklist's earlier name still leads to it. */
export function validateCooperationTabSearch(search: Record<string, unknown>): { tab?: CooperationTab } {
  const tab = search.tab === 'readiness' ? 'checklist' : search.tab;
  return typeof tab === 'string' && tab !== 'overview' && (COOPERATION_TABS as readonly string[]).includes(tab)
    ? { tab: tab as CooperationTab }
    : {};
}

/** The initiative a new cooperation starts from (`?initiativ=<id>`), when the address names a valid id. */
export function validateCreateCooperationSearch(search: Record<string, unknown>): { initiativ?: string } {
  const id = search.initiativ;
  return typeof id === 'string' && isUuid(id) ? { initiativ: id } : {};
}
