import { currentWelfareValueStatus, isWelfareValueFlagged, type ValueEntry, type WelfareValueStatus, welfareValueSteps } from '../../../shared/followup/welfare-value.rules';
import type {
  CreateValueEntryInput,
  SetAdvertisingInput,
  UpdateValueEntryInput,
  ValueEntryView,
  WelfareValueView,
} from '../../../shared/followup/welfare-value.schemas';
import type { RemoveEntryInput } from '../../../shared/followup/economy.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { loadDatedValues } from '../cooperations/threshold.service';
import { assertCooperation } from './economy.service';
import {
  findAdvertising,
  findValueEntries,
  findValueEntriesOf,
  findValueEntry,
  insertValueEntry,
  markValueEntryRemoved,
  saveAdvertising,
  updateValueEntry,
  type ValueEntryValues,
} from './welfare-value.repository';

const userOf = (ctx: RequestContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** The value of a welfare-service procurement (FRM-7): entries with the running value and status, and the status now. */
async function loadWelfareValue(db: Db, ctx: RequestContext, cooperationId: string): Promise<WelfareValueView> {
  const cooperation = await assertCooperation(db, cooperationId);
  const [rows, advertising, values] = await Promise.all([findValueEntries(db, cooperationId), findAdvertising(db, cooperationId), loadDatedValues(db)]);
  const advertised = advertising?.advertised ?? false;
  const entries: ValueEntry[] = rows.map((r) => ({ id: r.id, date: r.entry_date, amountSek: r.amount_sek }));
  const steps = new Map(welfareValueSteps(entries, values, advertised).map((s) => [s.entryId, s]));
  const status = currentWelfareValueStatus(entries, values, advertised, ctx.today);
  const applicable = cooperation.form === 'welfare_procurement';
  return {
    cooperationId,
    applicable,
    advertised,
    advertisingVersion: advertising?.version ?? 0,
    entries: rows.map((r): ValueEntryView => {
      const step = found(steps.get(r.id));
      return {
        id: r.id,
        kind: r.kind,
        date: r.entry_date,
        amountSek: r.amount_sek,
        note: r.note,
        accumulatedSek: step.accumulatedSek,
        status: step.status,
        createdBy: r.created_by ? { id: r.created_by, name: r.creator_name ?? '' } : null,
        version: r.version,
      };
    }),
    status,
    flagged: applicable && isWelfareValueFlagged(status),
  };
}

/** The accumulated value of a cooperation's welfare-service procurement against the dated thresholds (FRM-7). */
export async function getWelfareValue(db: Db, ctx: RequestContext, cooperationId: string): Promise<WelfareValueView> {
  assertPermitted(ctx.actor, 'welfare-value.read');
  return loadWelfareValue(db, ctx, cooperationId);
}

/** Only a welfare-service procurement has value entries (409 otherwise). */
async function assertApplicable(db: Db, cooperationId: string): Promise<void> {
  const cooperation = await assertCooperation(db, cooperationId);
  if (cooperation.form !== 'welfare_procurement') throw new DomainError('welfare_value_not_applicable');
}

/** Records the initial value, an extension or a call-off (FRM-7), audited with the status it leads to. */
export async function recordValueEntry(db: Db, ctx: RequestContext, cooperationId: string, input: CreateValueEntryInput): Promise<WelfareValueView> {
  assertPermitted(ctx.actor, 'welfare-value.write');
  return db.transaction().execute(async (trx) => {
    await assertApplicable(trx, cooperationId);
    const values: ValueEntryValues = { kind: input.kind, date: input.date, amountSek: input.amountSek, note: input.note || null };
    const id = await insertValueEntry(trx, cooperationId, values, userOf(ctx));
    const view = await loadWelfareValue(trx, ctx, cooperationId);
    await recordAudit(trx, ctx, {
      action: 'welfare-value.entry.recorded',
      entityType: 'cooperation',
      entityId: cooperationId,
      data: { entryId: id, accumulatedSek: view.status.accumulatedSek, level: view.status.level, mustAdvertise: view.status.mustAdvertise },
      after: values,
    });
    return view;
  });
}

/** Corrects a value entry (a new version; the change goes to the audit log). */
export async function correctValueEntry(db: Db, ctx: RequestContext, cooperationId: string, entryId: string, input: UpdateValueEntryInput): Promise<WelfareValueView> {
  assertPermitted(ctx.actor, 'welfare-value.write');
  return db.transaction().execute(async (trx) => {
    await assertApplicable(trx, cooperationId);
    const row = found(await findValueEntry(trx, cooperationId, entryId, true));
    if (row.version !== input.version) throw new DomainError('version_conflict');
    const before: ValueEntryValues = { kind: row.kind, date: row.entry_date, amountSek: row.amount_sek, note: row.note };
    const after: ValueEntryValues = {
      kind: input.kind ?? before.kind,
      date: input.date ?? before.date,
      amountSek: input.amountSek ?? before.amountSek,
      note: input.note !== undefined ? input.note || null : before.note,
    };
    await updateValueEntry(trx, entryId, after);
    const view = await loadWelfareValue(trx, ctx, cooperationId);
    await recordAudit(trx, ctx, {
      action: 'welfare-value.entry.corrected',
      entityType: 'cooperation',
      entityId: cooperationId,
      data: { entryId, accumulatedSek: view.status.accumulatedSek, level: view.status.level },
      before,
      after,
    });
    return view;
  });
}

/** Removes a value entry after confirmation; the row and the audit log keep what it was. */
export async function removeValueEntry(db: Db, ctx: RequestContext, cooperationId: string, entryId: string, input: RemoveEntryInput): Promise<WelfareValueView> {
  assertPermitted(ctx.actor, 'welfare-value.write');
  return db.transaction().execute(async (trx) => {
    await assertApplicable(trx, cooperationId);
    const row = found(await findValueEntry(trx, cooperationId, entryId, true));
    if (row.version !== input.version) throw new DomainError('version_conflict');
    await markValueEntryRemoved(trx, entryId, userOf(ctx));
    await recordAudit(trx, ctx, {
      action: 'welfare-value.entry.removed',
      entityType: 'cooperation',
      entityId: cooperationId,
      data: { entryId, kind: row.kind, date: row.entry_date, amountSek: row.amount_sek },
    });
    return loadWelfareValue(trx, ctx, cooperationId);
  });
}

/** Records whether the contract was advertised (FRM-7): an unadvertised one past the advertising limit must be. */
export async function setAdvertising(db: Db, ctx: RequestContext, cooperationId: string, input: SetAdvertisingInput): Promise<WelfareValueView> {
  assertPermitted(ctx.actor, 'welfare-value.write');
  return db.transaction().execute(async (trx) => {
    await assertApplicable(trx, cooperationId);
    const current = await findAdvertising(trx, cooperationId, true);
    if ((current?.version ?? 0) !== input.version) throw new DomainError('version_conflict');
    await saveAdvertising(trx, cooperationId, input.advertised);
    await recordAudit(trx, ctx, {
      action: 'welfare-value.advertising.changed',
      entityType: 'cooperation',
      entityId: cooperationId,
      before: { advertised: current?.advertised ?? false },
      after: { advertised: input.advertised },
    });
    return loadWelfareValue(trx, ctx, cooperationId);
  });
}

/**
 * The welfare-value status of many cooperations at once, for the overview (FRM-7): only those
 * with entries appear; one query for the entries and the dated values read once.
 */
export async function findWelfareValueStatuses(db: Db, cooperationIds: string[], today: string): Promise<Map<string, WelfareValueStatus>> {
  const rows = await findValueEntriesOf(db, cooperationIds);
  const statuses = new Map<string, WelfareValueStatus>();
  if (rows.length === 0) return statuses;
  const values = await loadDatedValues(db);
  const byCooperation = new Map<string, { entries: ValueEntry[]; advertised: boolean }>();
  for (const r of rows) {
    const group = byCooperation.get(r.cooperation_id) ?? { entries: [], advertised: r.advertised ?? false };
    group.entries.push({ id: r.id, date: r.entry_date, amountSek: r.amount_sek });
    byCooperation.set(r.cooperation_id, group);
  }
  for (const [id, g] of byCooperation) statuses.set(id, currentWelfareValueStatus(g.entries, values, g.advertised, today));
  return statuses;
}

/** The overview's welfare-value flag of each flagged cooperation among many (FRM-7); no query when none is a welfare-service procurement. */
export async function welfareValueFlagsOf(db: Db, cooperationIds: string[], today: string): Promise<Map<string, 'warning' | 'exceeded' | 'must_advertise'>> {
  const flags = new Map<string, 'warning' | 'exceeded' | 'must_advertise'>();
  if (cooperationIds.length === 0) return flags;
  for (const [id, status] of await findWelfareValueStatuses(db, cooperationIds, today)) {
    if (status.mustAdvertise) flags.set(id, 'must_advertise');
    else if (status.level === 'exceeded' || status.level === 'warning') flags.set(id, status.level);
  }
  return flags;
}
