import { DomainError } from '../../http/errors';
import { findDueEmployerControls } from '../employers/job-partnership-follow-up';
import { caseNumberMatch } from '../../../shared/cooperations/case-number.rules';
import { registryNumberMatch } from '../../../shared/cooperations/registry-number.rules';
import type {
  CooperationFilter,
  CooperationListItem,
  CooperationPage,
  CooperationQuery,
} from '../../../shared/cooperations/cooperation.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import type { RequestContext } from '../../http/request-context';
import { caseNumberPrefix } from './cooperation.service';
import { toAmount } from './cooperation.views';
import { welfareValueFlagsOf } from '../followup/welfare-value.service';
import {
  countOverviewRows,
  findAreaCodesWithin,
  findCappedHitsPage,
  findOverviewRows,
  findPartyNames,
  findSteeringGroupFlags,
  type OverviewAfter,
  type OverviewFilter,
  type OverviewListRow,
  type OverviewSort,
} from './overview.repository';

/** Beyond this many hits the overview says "more than" instead of counting on (decision 002). */
export const TOTAL_CAP = 1_000;

// Text that does not end like a case number ("2026", "2026-", "2026-12") names none whatever the
// prefix, so the prefix setting need not be read for it.
const mayNameCaseNumber = (text: string) => /\d{4}(?:-\d*)?$/u.test(text.trim());

/** A period filter names its event and both days, in order (OVR-2); anything else is a 400 with the field. */
function assertPeriodFilter(q: CooperationFilter): void {
  const given = [q.periodEvent, q.periodFrom, q.periodTo].filter((v) => v !== undefined).length;
  if (given === 0) return;
  const errors: { path: string; message: string }[] = [];
  if (!q.periodEvent) errors.push({ path: 'periodEvent', message: 'validation.required' });
  if (!q.periodFrom) errors.push({ path: 'periodFrom', message: 'validation.required' });
  if (!q.periodTo) errors.push({ path: 'periodTo', message: 'validation.required' });
  if (q.periodFrom && q.periodTo && q.periodFrom > q.periodTo) errors.push({ path: 'periodTo', message: 'validation.periodOrder' });
  if (errors.length > 0) throw new DomainError('validation_failed', { errors });
}

/**
 * The filter of a query: the area widened to its sub-areas, the search text read as a case number
 * and as a registry number too, and the day the steering-group flag is judged on.
 */
export async function toOverviewFilter(db: Db, q: CooperationFilter, today: string): Promise<OverviewFilter> {
  assertPeriodFilter(q);
  const { area, ...rest } = q;
  const filter: OverviewFilter = { ...rest, today };
  const text = q.q;
  // Both look-ups are independent; they run side by side.
  const [codes, prefix] = await Promise.all([
    area ? findAreaCodesWithin(db, area) : undefined,
    text && mayNameCaseNumber(text) ? caseNumberPrefix(db) : undefined,
  ]);
  if (area && codes) filter.areaCodes = codes.length > 0 ? codes : [area];
  if (text && prefix !== undefined) filter.caseNumber = caseNumberMatch(text, prefix);
  if (text) filter.registryNumber = registryNumberMatch(text);
  return filter;
}

/**
 * One overview page and the capped total of its filter. Up to the cap, one statement counts the
 * hits and sorts the page from them; a broader filter is counted there and paged through the
 * sort index by a second statement, which stops at the page size.
 */
export async function findOverviewPage(
  db: Db,
  filter: OverviewFilter,
  order: { sort: OverviewSort; limit: number; after?: OverviewAfter | undefined },
): Promise<{ rows: OverviewListRow[]; total: number }> {
  const capped = await findCappedHitsPage(db, filter, order, TOTAL_CAP);
  if (capped.count !== undefined && capped.count <= TOTAL_CAP) return { rows: capped.rows, total: capped.count };
  const total = capped.count ?? (await countOverviewRows(db, filter, TOTAL_CAP));
  if (total <= TOTAL_CAP) return { rows: capped.rows, total };
  return { rows: await findOverviewRows(db, filter, order), total };
}

/** Overview items of rows, with the parties' names and steering-group flags read in one query each for all of them. */
export async function toListItems(db: Db, rows: OverviewListRow[], today: string): Promise<CooperationListItem[]> {
  const ids = rows.map((r) => r.id);
  const welfareIds = rows.filter((r) => r.form === 'welfare_procurement').map((r) => r.id);
  // EMP-2: running job partnerships whose employers' controls flag them (one pair of queries for the page).
  const jobIds = rows.filter((r) => r.form === 'job_partnership' && (r.status === 'active' || r.status === 'under_review')).map((r) => r.id);
  const [partyNames, flagged, welfare, controlsDue] = await Promise.all([
    findPartyNames(db, ids),
    findSteeringGroupFlags(db, ids, today),
    welfareValueFlagsOf(db, welfareIds, today),
    jobIds.length > 0 ? findDueEmployerControls(db, today, { cooperationIds: jobIds }) : Promise.resolve([]),
  ]);
  const controlsFlagged = new Set(controlsDue.filter((d) => d.followUp.flagged).map((d) => d.cooperationId));
  return rows.map((r) => ({
    id: r.id,
    caseNumber: r.case_number,
    registryNumber: r.registry_number,
    title: r.title,
    form: r.form as CooperationListItem['form'],
    status: r.status as CooperationListItem['status'],
    partyNames: partyNames.get(r.id) ?? [],
    managerName: r.manager_name,
    unitCode: r.unit_code,
    areas: r.areas,
    targetGroups: r.target_groups,
    valueSek: toAmount(r.value_sek),
    startDate: r.start_date,
    endDate: r.end_date,
    updatedAt: r.updated_at.toISOString(),
    steeringGroupFlag: flagged.has(r.id),
    ...(welfare.has(r.id) ? { welfareValueFlag: welfare.get(r.id) } : {}),
    ...(controlsFlagged.has(r.id) ? { controlsFlag: true } : {}),
  }));
}

const isNumberKey = (v: unknown): v is [number, number] =>
  Array.isArray(v) && v.length === 2 && v.every((n) => Number.isInteger(n) && n >= 0 && n < 1_000_000_000);
const isTextKey = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && /^[0-9a-f-]{36}$/i.test(v[1]);
const isTimeKey = (v: unknown): v is [string, string] => isTextKey(v) && !Number.isNaN(Date.parse(v[0]));

/**
 * The central overview of all cooperations of every form (OVR-1): filters, free text (Swedish
 * full text, title, case number, registry number), sort, cursor pages and a total that stops
 * counting at a cap.
 */
export async function listCooperations(db: Db, ctx: RequestContext, q: CooperationQuery): Promise<CooperationPage> {
  assertPermitted(ctx.actor, 'cooperations.read');
  const { limit, cursor, sort, ...filters } = q;
  let after: OverviewAfter | undefined;
  if (cursor) after = decodeCursor<OverviewAfter>(cursor, sort === 'caseNumber' ? isNumberKey : sort === 'title' ? isTextKey : isTimeKey);
  const filter = await toOverviewFilter(db, filters, ctx.today);
  const { rows, total } = await findOverviewPage(db, filter, { sort, limit, after });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  let nextCursor: string | null = null;
  if (rows.length > limit && last) {
    if (sort === 'title') nextCursor = encodeCursor([last.title.toLowerCase(), last.id]);
    else if (sort === 'updatedAt') nextCursor = encodeCursor([last.updated_at.toISOString(), last.id]);
    else nextCursor = encodeCursor([last.case_year, last.case_sequence]);
  }
  return { items: await toListItems(db, page, ctx.today), nextCursor, total: Math.min(total, TOTAL_CAP), totalIsCapped: total > TOTAL_CAP };
}
