import { clusterProgression, type PeriodTotal, sumPeriods } from '../../../shared/followup/measurement-progression.rules';
import type { ClusterProgressionItemView, ClusterProgressionView, SaveClusterMappingInput } from '../../../shared/followup/measurement-progression.schemas';
import { periodsOfPlan } from '../../../shared/followup/measurement.rules';
import type { Db } from '../../db/database';
import { DomainError, type FieldError } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertMeasurementAccess } from './measurement-access';
import {
  findClusterMappingForUpdate,
  findClusterMappings,
  insertClusterMapping,
  updateClusterMappingIfVersion,
} from './measurement-progression.repository';
import { findCells, findClustersOf, findPlanOfYear, findQuantitativeIndicators, findSheets } from './measurement.repository';

type Mapping = Awaited<ReturnType<typeof findClusterMappings>>[number];

/** The totals per period of each indicator in one cluster's measurements of a plan. */
async function clusterTotals(db: Db, planId: string, clusterId: string): Promise<Map<string, PeriodTotal[]>> {
  const sheets = await findSheets(db, [planId], clusterId);
  const cells = await findCells(db, sheets.map((s) => s.id));
  const periodOf = new Map(sheets.map((s) => [s.id, s.period]));
  const totals = new Map<string, PeriodTotal[]>();
  for (const c of cells) {
    if (c.dimension !== null) continue;
    totals.set(c.indicator_id, [...(totals.get(c.indicator_id) ?? []), { period: periodOf.get(c.sheet_id) ?? '', value: c.value }]);
  }
  return totals;
}

function itemOf(cluster: { id: string; name: string }, mapping: Mapping | undefined, periods: string[], totals: Map<string, PeriodTotal[]>): ClusterProgressionItemView {
  const figure = (indicatorId: string | null | undefined) => (indicatorId ? sumPeriods(periods, totals.get(indicatorId) ?? []) : null);
  const figures = {
    participants: figure(mapping?.participants_indicator_id),
    startedWork: figure(mapping?.started_work_indicator_id),
    startedStudies: figure(mapping?.started_studies_indicator_id),
  };
  return {
    cluster,
    mapping: mapping
      ? {
          unemployed: mapping.unemployed,
          unemployedWomen: mapping.unemployed_women,
          unemployedMen: mapping.unemployed_men,
          description: mapping.description,
          participantsIndicatorId: mapping.participants_indicator_id,
          startedWorkIndicatorId: mapping.started_work_indicator_id,
          startedStudiesIndicatorId: mapping.started_studies_indicator_id,
          updatedAt: mapping.updated_at,
        }
      : null,
    version: mapping?.version ?? 0,
    figures,
    progression: clusterProgression({ unemployed: mapping?.unemployed ?? null, ...figures }),
  };
}

async function readProgression(db: Db, cooperationId: string, year: number): Promise<ClusterProgressionView> {
  const [clusters, plan] = await Promise.all([findClustersOf(db, cooperationId), findPlanOfYear(db, cooperationId, year)]);
  const periods = plan ? periodsOfPlan(plan.period_kind, year) : [];
  const indicators = plan ? await findQuantitativeIndicators(db, plan.id) : [];
  const mappings = await findClusterMappings(db, clusters.map((c) => c.id), year);
  const items: ClusterProgressionItemView[] = [];
  for (const cluster of clusters) {
    const totals = plan ? await clusterTotals(db, plan.id, cluster.id) : new Map<string, PeriodTotal[]>();
    items.push(itemOf(cluster, mappings.find((m) => m.cluster_id === cluster.id), periods, totals));
  }
  return { cooperationId, year, periods, indicators: indicators.map((i) => ({ id: i.id, name: i.name })), clusters: items };
}

/**
 * Each cluster of a cooperation for a year (003 §7.1): its local mapping of unemployment and its
 * progression — throughput and the shares who start work and who start studies — computed from
 * the cluster's measurements of the year's periods against the mapping.
 */
export async function getClusterProgression(db: Db, ctx: RequestContext, cooperationId: string, year: number): Promise<ClusterProgressionView> {
  await assertMeasurementAccess(db, ctx, cooperationId, 'read');
  return readProgression(db, cooperationId, year);
}

/**
 * Records a cluster's local mapping for a year, at the version read (0 before the first save,
 * 409 when stale). The chosen indicators must be quantitative indicators of the year's plan, and
 * women and men mapped cannot together exceed the unemployed mapped. Audited in the same transaction.
 */
export async function saveClusterMapping(db: Db, ctx: RequestContext, cooperationId: string, clusterId: string, input: SaveClusterMappingInput): Promise<ClusterProgressionView> {
  // The clusters' mappings belong to the agreement's staff, not to a partner's report.
  await assertMeasurementAccess(db, ctx, cooperationId, 'write', { staffOnly: true });
  return db.transaction().execute(async (trx) => {
    if (!(await findClustersOf(trx, cooperationId)).some((c) => c.id === clusterId)) throw new DomainError('not_found');
    const plan = await findPlanOfYear(trx, cooperationId, input.year);
    const indicatorIds = new Set(plan ? (await findQuantitativeIndicators(trx, plan.id)).map((i) => i.id) : []);
    const errors: FieldError[] = [];
    for (const field of ['participantsIndicatorId', 'startedWorkIndicatorId', 'startedStudiesIndicatorId'] as const) {
      const id = input[field];
      if (id !== null && !indicatorIds.has(id)) errors.push({ path: field, message: 'validation.measurement.indicator' });
    }
    if (input.unemployed !== null && (input.unemployedWomen ?? 0) + (input.unemployedMen ?? 0) > input.unemployed) {
      errors.push({ path: 'unemployedWomen', message: 'validation.measurement.mappingExceedsTotal' });
    }
    if (errors.length > 0) throw new DomainError('validation_failed', { errors });
    const content = {
      unemployed: input.unemployed,
      unemployed_women: input.unemployedWomen,
      unemployed_men: input.unemployedMen,
      description: input.description,
      participants_indicator_id: input.participantsIndicatorId,
      started_work_indicator_id: input.startedWorkIndicatorId,
      started_studies_indicator_id: input.startedStudiesIndicatorId,
    };
    const values = { ...content, updated_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null };
    const before = await findClusterMappingForUpdate(trx, clusterId, input.year);
    let id: string;
    if (before) {
      if (before.version !== input.version || !(await updateClusterMappingIfVersion(trx, before.id, before.version, values))) throw new DomainError('version_conflict');
      id = before.id;
    } else {
      const created = input.version === 0 ? await insertClusterMapping(trx, clusterId, input.year, values) : undefined;
      if (!created) throw new DomainError('version_conflict');
      id = created.id;
    }
    await recordAudit(trx, ctx, {
      action: 'measurement.cluster-mapping.saved',
      entityType: 'cluster_mapping',
      entityId: id,
      before: before
        ? {
            unemployed: before.unemployed,
            unemployed_women: before.unemployed_women,
            unemployed_men: before.unemployed_men,
            description: before.description,
            participants_indicator_id: before.participants_indicator_id,
            started_work_indicator_id: before.started_work_indicator_id,
            started_studies_indicator_id: before.started_studies_indicator_id,
          }
        : null,
      after: content,
      data: { cooperationId, clusterId, year: input.year },
    });
    return readProgression(trx, cooperationId, input.year);
  });
}
