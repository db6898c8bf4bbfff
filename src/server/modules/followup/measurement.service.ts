import {
  breakdownKey,
  checkMeasurements,
  type MeasurementDimension,
  type MeasurementViolation,
  periodsOfPlan,
  previousPeriod,
  yearOfPeriod,
} from '../../../shared/followup/measurement.rules';
import type { MeasurementCellView, MeasurementGridQuery, MeasurementGridView, SaveMeasurementsInput } from '../../../shared/followup/measurement.schemas';
import type { Db } from '../../db/database';
import type { MeasurementCategoryRow } from '../../db/schema-measurements';
import { DomainError, type FieldError } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertMeasurementAccess } from './measurement-access';
import {
  findCells,
  findClustersOf,
  findMeasurementCategories,
  findPlanOfYear,
  findQuantitativeIndicators,
  findSheetForUpdate,
  findSheets,
  insertSheet,
  replaceCells,
  touchSheetIfVersion,
} from './measurement.repository';

type StoredCell = { value: number | null; unknown: boolean };
type CellMap = Map<string, StoredCell>;

const cellKey = (indicatorId: string, period: string, dimension: string | null, category: string | null) =>
  `${indicatorId}|${period}|${breakdownKey(dimension as MeasurementDimension | null, category)}`;
const normalName = (name: string) => name.trim().toLowerCase();
const stateOf = (cell: StoredCell | undefined) => (!cell ? 'not_entered' : cell.unknown ? 'unknown' : 'value') as MeasurementCellView['state'];

/**
 * The categories a grid shows: the active ones, and retired ones that still hold values there (so
 * a retired category's figures are neither hidden nor dropped by the next save). Focus groups
 * belong to the clusters of the agreement with Arbetsförmedlingen (003 §7.1).
 */
function categoriesFor(all: MeasurementCategoryRow[], clusterId: string | null, stored: CellMap = new Map()): MeasurementCategoryRow[] {
  const used = new Set([...stored.keys()].map((key) => key.split('|')[2]));
  return all.filter((c) => (c.active || used.has(`${c.dimension}.${c.code}`)) && (clusterId !== null || c.dimension !== 'focus_group'));
}

/** The cells of a plan's sheets for one cluster, keyed by indicator, period and breakdown. */
async function cellsOf(db: Db, planId: string, clusterId: string | null) {
  const sheets = await findSheets(db, [planId], clusterId);
  const cells = await findCells(db, sheets.map((s) => s.id));
  const periodOfSheet = new Map(sheets.map((s) => [s.id, s.period]));
  const map: CellMap = new Map(cells.map((c) => [cellKey(c.indicator_id, periodOfSheet.get(c.sheet_id) ?? '', c.dimension, c.category), { value: c.value, unknown: c.unknown }]));
  return { sheets, map };
}

async function assertCluster(db: Db, cooperationId: string, clusterId: string | null, path: string) {
  const clusters = await findClustersOf(db, cooperationId);
  if (clusterId !== null && !clusters.some((c) => c.id === clusterId)) {
    throw new DomainError('validation_failed', { errors: [{ path, message: 'validation.measurement.cluster' }] });
  }
  return clusters;
}

/**
 * A cooperation's measurements for a year (AGR-6): every quantitative indicator of the year's plan
 * × its periods × total and each breakdown, for the cooperation as a whole or one of its clusters;
 * each cell is a value, unknown or not entered, with the previous period's cell beside it (the
 * first period's previous is the last period of last year's plan, matched by indicator name).
 */
export async function getMeasurementGrid(db: Db, ctx: RequestContext, cooperationId: string, query: MeasurementGridQuery): Promise<MeasurementGridView> {
  await assertMeasurementAccess(db, ctx, cooperationId, 'read');
  const clusterId = query.clusterId ?? null;
  return readGrid(db, cooperationId, query.year, clusterId, await assertCluster(db, cooperationId, clusterId, 'clusterId'));
}

async function readGrid(db: Db, cooperationId: string, year: number, clusterId: string | null, clusters: { id: string; name: string }[]): Promise<MeasurementGridView> {
  const [plan, allCategories] = await Promise.all([findPlanOfYear(db, cooperationId, year), findMeasurementCategories(db)]);
  const base = { cooperationId, year, clusterId, clusters, categories: categoriesFor(allCategories, clusterId).map(categoryView) };
  if (!plan) return { ...base, plan: null, writable: false, periods: [], indicators: [], sheets: [], cells: [] };
  const periods = periodsOfPlan(plan.period_kind, year);
  const [indicators, current, previousPlan] = await Promise.all([
    findQuantitativeIndicators(db, plan.id),
    cellsOf(db, plan.id, clusterId),
    findPlanOfYear(db, cooperationId, year - 1),
  ]);
  // Last year's plan: its last period precedes this year's first, and its indicators are matched by name.
  const earlier = previousPlan ? await cellsOf(db, previousPlan.id, clusterId) : undefined;
  const earlierIndicators = previousPlan ? await findQuantitativeIndicators(db, previousPlan.id) : [];
  const earlierIdByName = new Map(earlierIndicators.map((i) => [normalName(i.name), i.id]));
  const earlierPeriod = previousPlan ? periodsOfPlan(previousPlan.period_kind, year - 1).at(-1) : undefined;
  const categories = categoriesFor(allCategories, clusterId, current.map);
  const breakdowns: [MeasurementDimension | null, string | null][] = [[null, null], ...categories.map((c): [MeasurementDimension, string] => [c.dimension, c.code])];
  const cells: MeasurementCellView[] = [];
  for (const indicator of indicators) {
    for (const period of periods) {
      const prior = previousPeriod(period);
      for (const [dimension, category] of breakdowns) {
        const cell = current.map.get(cellKey(indicator.id, period, dimension, category));
        let previous: MeasurementCellView['previous'] = null;
        if (prior !== null && yearOfPeriod(prior) === year) {
          const p = current.map.get(cellKey(indicator.id, prior, dimension, category));
          previous = { period: prior, state: stateOf(p), value: p?.value ?? null };
        } else if (earlier && earlierPeriod) {
          const earlierId = earlierIdByName.get(normalName(indicator.name));
          const p = earlierId ? earlier.map.get(cellKey(earlierId, earlierPeriod, dimension, category)) : undefined;
          if (earlierId) previous = { period: earlierPeriod, state: stateOf(p), value: p?.value ?? null };
        }
        cells.push({ indicatorId: indicator.id, period, dimension, category, state: stateOf(cell), value: cell?.value ?? null, previous });
      }
    }
  }
  return {
    ...base,
    categories: categories.map(categoryView),
    plan: { id: plan.id, status: plan.status, periodKind: plan.period_kind },
    writable: plan.status === 'adopted',
    periods,
    indicators: indicators.map((i) => ({ id: i.id, goalTitle: i.goal_title, name: i.name, unit: i.unit, baseline: i.baseline, target: i.target, direction: i.direction })),
    sheets: periods.map((period) => {
      const s = current.sheets.find((x) => x.period === period);
      return {
        period,
        version: s?.version ?? 0,
        updatedAt: s?.updated_at ?? null,
        updatedBy: s?.updated_by && s.updated_by_name ? { id: s.updated_by, name: s.updated_by_name } : null,
      };
    }),
    cells,
  };
}

/** A category as the API shows it. */
export function categoryView(c: MeasurementCategoryRow) {
  return { dimension: c.dimension, code: c.code, nameSv: c.name_sv, nameEn: c.name_en, position: c.position, active: c.active, version: c.version };
}

const RULE_MESSAGES: Record<MeasurementViolation['rule'], string> = {
  exceeds_total: 'validation.measurement.exceedsTotal',
  gender_sum: 'validation.measurement.genderSum',
};

/** Checks the cells' places against the plan and the reference data, then the AGR-6 rules; 400 naming each cell. */
function validateCells(
  input: SaveMeasurementsInput,
  indicators: { id: string; name: string }[],
  categories: MeasurementCategoryRow[],
  stored: CellMap,
): void {
  const errors: FieldError[] = [];
  const indicatorIds = new Set(indicators.map((i) => i.id));
  const seen = new Set<string>();
  input.cells.forEach((c, i) => {
    const key = cellKey(c.indicatorId, input.period, c.dimension, c.category);
    if (!indicatorIds.has(c.indicatorId)) errors.push({ path: `cells.${i}.indicatorId`, message: 'validation.measurement.indicator' });
    else if (c.dimension !== null && !categories.some((k) => k.dimension === c.dimension && k.code === c.category) && !stored.has(key)) {
      errors.push({ path: `cells.${i}.category`, message: 'validation.measurement.category' });
    } else if (seen.has(key)) errors.push({ path: `cells.${i}`, message: 'validation.measurement.duplicate' });
    seen.add(key);
  });
  if (errors.length > 0) throw new DomainError('validation_failed', { errors });
  const genderCodes = categories.filter((c) => c.dimension === 'gender').map((c) => c.code);
  const violations = checkMeasurements(
    input.cells.map((c) => ({ indicatorId: c.indicatorId, period: input.period, clusterId: input.clusterId, dimension: c.dimension, category: c.category, value: c.unknown ? null : c.value })),
    genderCodes,
  );
  if (violations.length === 0) return;
  const nameOf = new Map(indicators.map((i) => [i.id, i.name]));
  throw new DomainError('validation_failed', {
    errors: violations.map((v) => ({ path: `cells.${v.index}.value`, message: RULE_MESSAGES[v.rule] })),
    // Each refused cell named by indicator, period, cluster and breakdown, with the numbers compared.
    extra: { cells: violations.map((v) => ({ path: `cells.${v.index}.value`, indicatorId: v.indicatorId, indicatorName: nameOf.get(v.indicatorId) ?? '', period: v.period, clusterId: v.clusterId, breakdown: v.breakdown, rule: v.rule, total: v.total, value: v.value })) },
  });
}

const audited = (cells: SaveMeasurementsInput['cells'] | { indicatorId: string; dimension: string | null; category: string | null; value: number | null; unknown: boolean }[]) =>
  Object.fromEntries(cells.map((c) => [`${c.indicatorId}/${breakdownKey(c.dimension as MeasurementDimension | null, c.category)}`, c.unknown ? 'unknown' : c.value]));

/**
 * Saves every cell of one period (and cluster) of a cooperation's adopted plan (AGR-6). Cells left
 * out become not entered; unknown is stored as unknown, never as 0. The period's version must be
 * the one read (0 before the first save), else 409; a breakdown above its total or gender parts
 * that do not add up are a 400 naming the cell. One transaction with the audit record.
 */
export async function saveMeasurements(db: Db, ctx: RequestContext, cooperationId: string, input: SaveMeasurementsInput): Promise<MeasurementGridView> {
  await assertMeasurementAccess(db, ctx, cooperationId, 'write', { period: input.period, clusterId: input.clusterId });
  const year = yearOfPeriod(input.period) ?? 0;
  return db.transaction().execute(async (trx) => {
    const clusters = await assertCluster(trx, cooperationId, input.clusterId, 'clusterId');
    const plan = await findPlanOfYear(trx, cooperationId, year);
    if (!plan || plan.status !== 'adopted') throw new DomainError('plan_not_adopted');
    if (!periodsOfPlan(plan.period_kind, year).includes(input.period)) {
      throw new DomainError('validation_failed', { errors: [{ path: 'period', message: 'validation.measurement.periodOfPlan' }] });
    }
    const [indicators, allCategories, sheet] = await Promise.all([
      findQuantitativeIndicators(trx, plan.id),
      findMeasurementCategories(trx),
      findSheetForUpdate(trx, plan.id, input.period, input.clusterId),
    ]);
    const before = sheet ? (await cellsOf(trx, plan.id, input.clusterId)).map : new Map<string, StoredCell>();
    validateCells(input, indicators, categoriesFor(allCategories, input.clusterId, before), before);
    const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    let sheetId: string;
    if (sheet) {
      if (sheet.version !== input.version || !(await touchSheetIfVersion(trx, sheet.id, sheet.version, userId))) throw new DomainError('version_conflict');
      sheetId = sheet.id;
    } else {
      const created = input.version === 0 ? await insertSheet(trx, { plan_id: plan.id, period: input.period, cluster_id: input.clusterId, updated_by: userId }) : undefined;
      if (!created) throw new DomainError('version_conflict');
      sheetId = created.id;
    }
    const beforeCells = [...before.entries()]
      .filter(([key]) => key.split('|')[1] === input.period)
      .map(([key, c]) => {
        const [indicatorId = '', , breakdown = 'total'] = key.split('|');
        const [dimension = null, category = null] = breakdown === 'total' ? [] : breakdown.split('.');
        return { indicatorId, dimension, category, ...c };
      });
    await replaceCells(
      trx,
      sheetId,
      input.cells.map((c) => ({ indicator_id: c.indicatorId, dimension: c.dimension, category: c.category, value: c.unknown ? null : c.value, unknown: c.unknown })),
    );
    // The grid is read back before the audit record: recording takes the audit chain's lock, which
    // every audited write shares, so it is held only for the record and the commit.
    const view = await readGrid(trx, cooperationId, year, input.clusterId, clusters);
    await recordAudit(trx, ctx, {
      action: 'measurement.saved',
      entityType: 'measurement_sheet',
      entityId: sheetId,
      before: audited(beforeCells),
      after: audited(input.cells),
      data: { cooperationId, planId: plan.id, period: input.period, clusterId: input.clusterId },
    });
    return view;
  });
}
