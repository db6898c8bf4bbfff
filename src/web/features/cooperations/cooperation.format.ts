import type { CooperationFilter, CooperationQuery, SavedFilterView } from '../../../shared/cooperations/cooperation.schemas';
import { COOPERATION_PERIOD_EVENTS, COOPERATION_SORTS, type CooperationPeriodEvent } from '../../../shared/cooperations/cooperation.schemas';
import { COOPERATION_FORMS, COOPERATION_STATUSES, type CooperationStatus } from '../../../shared/cooperations/forms';
import { formatSek, formatSekEn } from '../../../shared/cooperations/thresholds.rules';
import type { NamedReferenceView } from '../../../shared/organisations/reference.schemas';
import type { UiLanguage } from '../../api/client';
import { formatCalendarDate } from '../../components/ui/date.format';
import { isUuid } from '../../components/ui/uuid';
import type { CooperationSearch } from './cooperation.search';

/** Badge colour per status; the theme's light shades keep the text at AA contrast. */
export const STATUS_COLORS: Record<CooperationStatus, string> = {
  preparing: 'yellow',
  active: 'green',
  under_review: 'orange',
  ended: 'gray',
};

function listOf<T extends string>(allowed: readonly T[], value: string | undefined): T[] | undefined {
  if (!value) return undefined;
  const items = value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
  return items.length > 0 ? [...new Set(items)] : undefined;
}

/** The values of a comma-separated filter in the address, e.g. the chosen forms. */
export function splitList(value: string | undefined): string[] {
  return value ? value.split(',').filter((v) => v !== '') : [];
}

/**
 * The address's filters as the API takes them. Unknown forms and statuses from a hand-edited
 * link are dropped, and so is an organisation or manager that is not an id, so the API never
 * answers a shared link with 400.
 */
export function toCooperationQuery(search: CooperationSearch): Omit<CooperationQuery, 'limit' | 'cursor'> {
  const sort = (COOPERATION_SORTS as readonly string[]).includes(search.sort ?? '')
    ? (search.sort as CooperationQuery['sort'])
    : 'caseNumber';
  return {
    q: search.q,
    form: listOf(COOPERATION_FORMS, search.form),
    status: listOf(COOPERATION_STATUSES, search.status),
    area: search.area,
    unitCode: search.unitCode,
    organisationId: search.organisationId && isUuid(search.organisationId) ? search.organisationId : undefined,
    responsibleManagerId: search.responsibleManagerId && isUuid(search.responsibleManagerId) ? search.responsibleManagerId : undefined,
    targetGroup: search.targetGroup,
    year: search.year ? Number(search.year) : undefined,
    steeringGroupFlag: search.steeringGroupFlag === 'true' ? true : undefined,
    ...periodFilter(search),
    economyYear: search.economyYear ? Number(search.economyYear) : undefined,
    sort,
  };
}

export type PeriodFilter = { periodEvent: CooperationPeriodEvent; periodFrom: string; periodTo: string };

/**
 * The period filter a figure of the committee's report leads with (OVR-2), when the address holds
 * all three parts, a known event and an ordered period; otherwise none (the API would refuse a part).
 */
export function periodFilter(search: CooperationSearch): PeriodFilter | Record<string, never> {
  const { periodEvent, periodFrom, periodTo } = search;
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (!periodEvent || !(COOPERATION_PERIOD_EVENTS as readonly string[]).includes(periodEvent)) return {};
  if (!periodFrom || !periodTo || !date.test(periodFrom) || !date.test(periodTo) || periodFrom > periodTo) return {};
  return { periodEvent: periodEvent as CooperationPeriodEvent, periodFrom, periodTo };
}

/**
 * The filter part of the address in the shape a saved filter is stored in. Neither the sort nor a
 * report's period or economy year (a one-off look at a figure, which saved filters do not keep) is part of it.
 */
export function toSavedFilterQuery(search: CooperationSearch): CooperationFilter {
  const { sort: _sort, periodEvent: _event, periodFrom: _from, periodTo: _to, economyYear: _economy, ...filter } = toCooperationQuery(search);
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as CooperationFilter;
}

/** A saved filter as page-address filters, keeping the sort the user has chosen. */
export function searchFromSavedFilter(query: SavedFilterView['query'], sort?: string): CooperationSearch {
  const search: CooperationSearch = {};
  if (query.q) search.q = query.q;
  if (query.form && query.form.length > 0) search.form = query.form.join(',');
  if (query.status && query.status.length > 0) search.status = query.status.join(',');
  if (query.area) search.area = query.area;
  if (query.unitCode) search.unitCode = query.unitCode;
  if (query.organisationId) search.organisationId = query.organisationId;
  if (query.responsibleManagerId) search.responsibleManagerId = query.responsibleManagerId;
  if (query.targetGroup) search.targetGroup = query.targetGroup;
  if (query.year !== undefined) search.year = String(query.year);
  if (query.steeringGroupFlag) search.steeringGroupFlag = 'true';
  if (sort) search.sort = sort;
  return search;
}

/** Whether the address holds any filter (the sort alone is not a filter). */
export function hasFilters(search: CooperationSearch): boolean {
  return Object.keys(search).some((key) => key !== 'sort');
}

/** The name of a unit, target group or committee in the UI language; the code itself if unknown. */
export function referenceName(list: readonly NamedReferenceView[] | undefined, code: string, lang: UiLanguage): string {
  const item = list?.find((i) => i.code === code);
  if (!item) return code;
  return lang === 'en' ? item.nameEn : item.nameSv;
}

/** Options for a select from named reference data, in its own order. */
export function referenceOptions(list: readonly NamedReferenceView[] | undefined, lang: UiLanguage): { value: string; label: string }[] {
  return [...(list ?? [])]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((i) => ({ value: i.code, label: lang === 'en' ? i.nameEn : i.nameSv }));
}

/** An amount in the UI language's style: "1 900 000 kr" or "SEK 1,900,000". */
export function formatAmount(amount: number, lang: UiLanguage): string {
  return lang === 'en' ? formatSekEn(amount) : formatSek(amount);
}

type TermTexts = (key: 'cooperations.openEnded' | 'cooperations.startNotSet') => string;

/**
 * The term of a cooperation as its two ends, e.g. "1 jan. 2026" and "31 dec. 2027". An open end
 * is "Tills vidare" ("Until further notice"), the one wording the whole app uses for it; an
 * unknown start says so. Both empty when neither date is known.
 */
export function termEnds(startDate: string | null, endDate: string | null, locale: string, t: TermTexts): { start: string; end: string } | null {
  if (!startDate && !endDate) return null;
  return {
    start: startDate ? formatCalendarDate(startDate, locale) : t('cooperations.startNotSet'),
    end: endDate ? formatCalendarDate(endDate, locale) : t('cooperations.openEnded'),
  };
}

/** The term of a cooperation on one line, e.g. "1 jan. 2026 – Tills vidare"; empty when no date is known. */
export function termText(startDate: string | null, endDate: string | null, locale: string, t: TermTexts): string {
  const ends = termEnds(startDate, endDate, locale, t);
  return ends ? `${ends.start} – ${ends.end}` : '';
}
