import type { Page } from '../../../shared/http/pagination.schemas';
import type {
  CreateThresholdInput,
  ThresholdQuery,
  ThresholdView,
  UpdateThresholdInput,
} from '../../../shared/cooperations/threshold.schemas';
import type { DatedValue } from '../../../shared/cooperations/thresholds.rules';
import type { Db } from '../../db/database';
import type { ThresholdRow } from '../../db/schema-cooperations';
import { assertPermitted } from '../../http/authorize';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  countThresholds,
  findThresholdById,
  findThresholds,
  insertThreshold,
  type ThresholdKey,
  updateThresholdIfVersion,
} from './threshold.repository';

function toThresholdView(row: ThresholdRow): ThresholdView {
  return {
    id: row.id,
    code: row.code,
    validFrom: row.valid_from,
    amountSek: Number(row.amount_sek),
    source: row.source,
    version: row.version,
  };
}

const isKey = (v: unknown): v is ThresholdKey =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as ThresholdKey).code === 'string' &&
  typeof (v as ThresholdKey).validFrom === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test((v as ThresholdKey).validFrom);

/** Every dated value the rules read, for pure rules such as the form guidance (FRM-5, FRM-7). */
export async function loadDatedValues(db: Db): Promise<DatedValue[]> {
  const rows = await findThresholds(db, {});
  return rows.map((r) => ({ code: r.code, validFrom: r.valid_from, amountSek: Number(r.amount_sek) }));
}

/** The dated thresholds and rates, by code then date, in cursor pages (DESIGN "Thresholds"). */
export async function listThresholds(db: Db, ctx: RequestContext, q: ThresholdQuery): Promise<Page<ThresholdView>> {
  assertPermitted(ctx.actor, 'reference.read');
  const after = q.cursor ? decodeCursor(q.cursor, isKey) : undefined;
  const [rows, total] = await Promise.all([findThresholds(db, { code: q.code, after, limit: q.limit + 1 }), countThresholds(db, q.code)]);
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > q.limit && last ? encodeCursor({ code: last.code, validFrom: last.valid_from }) : null;
  return { items: items.map(toThresholdView), nextCursor, total };
}

/**
 * Adds a value of a threshold or rate from a date (admin only); earlier values remain, so the
 * rules still answer correctly for earlier dates. A second value from the same date is refused.
 */
export async function createThreshold(db: Db, ctx: RequestContext, input: CreateThresholdInput): Promise<ThresholdView> {
  assertPermitted(ctx.actor, 'thresholds.manage');
  return db.transaction().execute(async (trx) => {
    const row = await insertThreshold(trx, { ...input, createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
    if (!row) throw new DomainError('threshold_exists', { errors: [{ path: 'validFrom', message: 'threshold_exists' }] });
    const view = toThresholdView(row);
    await recordAudit(trx, ctx, { action: 'threshold.created', entityType: 'threshold', entityId: row.id, after: view });
    return view;
  });
}

/** Corrects the amount or source of a dated value (admin only), audited with before and after. */
export async function updateThreshold(db: Db, ctx: RequestContext, id: string, input: UpdateThresholdInput): Promise<ThresholdView> {
  assertPermitted(ctx.actor, 'thresholds.manage');
  return db.transaction().execute(async (trx) => {
    const current = found(await findThresholdById(trx, id));
    const updated = await updateThresholdIfVersion(trx, id, input.version, {
      ...(input.amountSek !== undefined ? { amount_sek: input.amountSek } : {}),
      ...(input.source !== undefined ? { source: input.source } : {}),
    });
    if (!updated) throw new DomainError('version_conflict');
    const after = toThresholdView(updated);
    await recordAudit(trx, ctx, { action: 'threshold.updated', entityType: 'threshold', entityId: id, before: toThresholdView(current), after });
    return after;
  });
}
