import type { Readable } from 'node:stream';
import { type BudgetRow, budgetVsOutcome, yearFigures } from '../../../shared/followup/economy.rules';
import type {
  AuditView,
  CreateAuditInput,
  CreateOutcomeInput,
  CreateReconciliationInput,
  EconomyView,
  OutcomeView,
  ReconciliationView,
  RemoveEntryInput,
  UpdateOutcomeInput,
  YearFiguresView,
} from '../../../shared/followup/economy.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { lockCooperation } from '../cooperations/cooperation.repository';
import type { FileStorage } from '../files/file-storage';
import { checkUpload, getFileForDownload, saveCheckedUpload } from '../files/file.service';
import type { FileView } from '../files/file.views';
import {
  findAudit,
  findAudits,
  findBudgetRows,
  findCooperationBasics,
  findCooperationPartyIds,
  findGoverningMeeting,
  findGoverningMeetings,
  findOrganisationNames,
  findOutcome,
  findOutcomes,
  findReconciliations,
  insertAudit,
  insertOutcome,
  insertReconciliation,
  markOutcomeRemoved,
  type OutcomeValues,
  type OutcomeWithNames,
  setAuditReport,
  updateOutcome,
} from './economy.repository';
import { toAuditView, toOutcomeView, toReconciliationView, withNames } from './economy.views';

/** The cooperation, or `not_found`. */
export async function assertCooperation(db: Db, cooperationId: string): Promise<{ id: string; form: string; status: string }> {
  return found(await findCooperationBasics(db, cooperationId));
}

const userOf = (ctx: RequestContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);
const invalid = (path: string, message: string) => new DomainError('validation_failed', { errors: [{ path, message }] });

/** The budget rows and the parties of a cooperation: its own parties first, then its agreements'. */
async function budgetAndParties(db: Db, cooperationId: string): Promise<{ budget: BudgetRow[]; partyIds: string[] }> {
  const [agreements, own] = await Promise.all([findBudgetRows(db, cooperationId), findCooperationPartyIds(db, cooperationId)]);
  const partyIds = [...own];
  const add = (id: string) => {
    if (!partyIds.includes(id)) partyIds.push(id);
  };
  const budget: BudgetRow[] = [];
  for (const a of agreements) {
    for (const p of a.parties ?? []) add(p.organisationId);
    for (const r of a.economy ?? []) {
      add(r.organisationId);
      budget.push({ year: r.year, organisationId: r.organisationId, moneySek: r.moneySek, inKindSek: r.inKindSek });
    }
  }
  return { budget, partyIds };
}

/** Budget against outcome per year and party (IOP-9), with the parties' names. */
async function figuresOf(db: Db, cooperationId: string, outcomes?: OutcomeWithNames[]) {
  const [{ budget, partyIds }, rows] = await Promise.all([budgetAndParties(db, cooperationId), outcomes ?? findOutcomes(db, cooperationId)]);
  const amounts = rows.map((o) => ({ year: o.year, organisationId: o.organisation_id, kind: o.kind, amountSek: o.amount_sek }));
  const years = budgetVsOutcome(budget, amounts, partyIds);
  const names = await findOrganisationNames(db, [...new Set([...partyIds, ...amounts.map((a) => a.organisationId)])]);
  return { years: years.map((y) => withNames(y, names)), partyIds, names };
}

/**
 * The economy of a cooperation (IOP-9): budget against outcome per year and party, the outcome
 * entries, reconciliations at steering-group meetings, external audits, and the meetings at which
 * the economy may be reconciled.
 */
export async function getEconomy(db: Db, ctx: RequestContext, cooperationId: string): Promise<EconomyView> {
  assertPermitted(ctx.actor, 'economy.read');
  await assertCooperation(db, cooperationId);
  const outcomes = await findOutcomes(db, cooperationId);
  const [{ years, partyIds, names }, reconciliations, audits, meetings] = await Promise.all([
    figuresOf(db, cooperationId, outcomes),
    findReconciliations(db, cooperationId),
    findAudits(db, cooperationId),
    findGoverningMeetings(db, cooperationId),
  ]);
  return {
    cooperationId,
    parties: partyIds.map((id) => ({ organisationId: id, name: names.get(id) ?? '' })),
    years,
    outcomes: outcomes.map(toOutcomeView),
    reconciliations: reconciliations.map(toReconciliationView),
    audits: audits.map(toAuditView),
    meetings: meetings.map((m) => ({ id: m.id, meetingDate: m.meeting_date, bodyName: m.body_name })),
  };
}

/** An outcome is recorded for one of the cooperation's parties or its agreements' parties. */
async function assertParty(db: Db, cooperationId: string, organisationId: string): Promise<void> {
  const { partyIds } = await budgetAndParties(db, cooperationId);
  if (!partyIds.includes(organisationId)) throw invalid('organisationId', 'validation.economy.party');
}

const audited = (v: OutcomeValues) => ({ ...v });

/** Records an outcome entry for a year and party (IOP-9), audited. */
export async function recordOutcome(db: Db, ctx: RequestContext, cooperationId: string, input: CreateOutcomeInput): Promise<OutcomeView> {
  assertPermitted(ctx.actor, 'economy.write');
  return db.transaction().execute(async (trx) => {
    await assertCooperation(trx, cooperationId);
    await assertParty(trx, cooperationId, input.organisationId);
    const values: OutcomeValues = { ...input, reference: input.reference || null, note: input.note || null };
    const id = await insertOutcome(trx, cooperationId, values, userOf(ctx));
    await recordAudit(trx, ctx, { action: 'economy.outcome.recorded', entityType: 'cooperation', entityId: cooperationId, data: { outcomeId: id }, after: audited(values) });
    return toOutcomeView(found(await findOutcome(trx, cooperationId, id)));
  });
}

/** Corrects an outcome entry (a new version; the change goes to the audit log). */
export async function correctOutcome(db: Db, ctx: RequestContext, cooperationId: string, entryId: string, input: UpdateOutcomeInput): Promise<OutcomeView> {
  assertPermitted(ctx.actor, 'economy.write');
  return db.transaction().execute(async (trx) => {
    const row = found(await findOutcome(trx, cooperationId, entryId, true));
    if (row.version !== input.version) throw new DomainError('version_conflict');
    const before: OutcomeValues = {
      year: row.year,
      organisationId: row.organisation_id,
      occurredOn: row.occurred_on,
      amountSek: row.amount_sek,
      kind: row.kind,
      reference: row.reference,
      note: row.note,
    };
    const { version: _v, ...changes } = input;
    const after: OutcomeValues = {
      ...before,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
      ...(changes.reference !== undefined ? { reference: changes.reference || null } : {}),
      ...(changes.note !== undefined ? { note: changes.note || null } : {}),
    };
    if (after.organisationId !== before.organisationId) await assertParty(trx, cooperationId, after.organisationId);
    await updateOutcome(trx, entryId, after);
    await recordAudit(trx, ctx, { action: 'economy.outcome.corrected', entityType: 'cooperation', entityId: cooperationId, data: { outcomeId: entryId }, before, after });
    return toOutcomeView(found(await findOutcome(trx, cooperationId, entryId)));
  });
}

/** Removes an outcome entry after confirmation; the row and the audit log keep what it was. */
export async function removeOutcome(db: Db, ctx: RequestContext, cooperationId: string, entryId: string, input: RemoveEntryInput): Promise<void> {
  assertPermitted(ctx.actor, 'economy.write');
  await db.transaction().execute(async (trx) => {
    const row = found(await findOutcome(trx, cooperationId, entryId, true));
    if (row.version !== input.version) throw new DomainError('version_conflict');
    await markOutcomeRemoved(trx, entryId, userOf(ctx));
    await recordAudit(trx, ctx, {
      action: 'economy.outcome.removed',
      entityType: 'cooperation',
      entityId: cooperationId,
      data: { outcomeId: entryId, year: row.year, organisationId: row.organisation_id, amountSek: row.amount_sek, kind: row.kind, reference: row.reference },
    });
  });
}

/**
 * Records that a year's budget and outcome were reconciled at a meeting of a body that governs the
 * cooperation (IOP-9 "reconciled at steering-group meetings"), keeping the figures as they stood.
 */
export async function recordReconciliation(db: Db, ctx: RequestContext, cooperationId: string, input: CreateReconciliationInput): Promise<ReconciliationView> {
  assertPermitted(ctx.actor, 'economy.write');
  return db.transaction().execute(async (trx) => {
    await lockCooperation(trx, cooperationId);
    await assertCooperation(trx, cooperationId);
    const meeting = await findGoverningMeeting(trx, cooperationId, input.meetingId);
    if (!meeting) throw invalid('meetingId', 'validation.economy.meeting');
    const { years } = await figuresOf(trx, cooperationId);
    const snapshot: YearFiguresView = yearFigures(years, input.year) as YearFiguresView;
    const id = await insertReconciliation(trx, { cooperationId, meetingId: meeting.id, year: input.year, snapshot, note: input.note || null, createdBy: userOf(ctx) });
    await recordAudit(trx, ctx, {
      action: 'economy.reconciliation.recorded',
      entityType: 'cooperation',
      entityId: cooperationId,
      data: { reconciliationId: id, meetingId: meeting.id, meetingDate: meeting.meeting_date, year: input.year, budgetSek: snapshot.totals.budgetSek, outcomeSek: snapshot.totals.outcomeSek },
    });
    return toReconciliationView(found((await findReconciliations(trx, cooperationId)).find((r) => r.id === id)));
  });
}

/** Records an external audit of the cooperation's economy (IOP-9); its report is filed afterwards. */
export async function createExternalAudit(db: Db, ctx: RequestContext, cooperationId: string, input: CreateAuditInput): Promise<AuditView> {
  assertPermitted(ctx.actor, 'economy.write');
  return db.transaction().execute(async (trx) => {
    await assertCooperation(trx, cooperationId);
    const values = { cooperationId, auditor: input.auditor, scope: input.scope, auditedOn: input.auditedOn, findings: input.findings || null, createdBy: userOf(ctx) };
    const id = await insertAudit(trx, values);
    await recordAudit(trx, ctx, {
      action: 'economy.audit.recorded',
      entityType: 'cooperation',
      entityId: cooperationId,
      data: { auditId: id },
      after: { auditor: values.auditor, scope: values.scope, auditedOn: values.auditedOn, findings: values.findings },
    });
    return toAuditView(found(await findAudit(trx, cooperationId, id)));
  });
}

/** Files the report of an external audit: the content is checked before it is stored. */
export async function uploadAuditReport(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  cooperationId: string,
  auditId: string,
  upload: { bytes: Buffer; originalName: string },
): Promise<AuditView> {
  assertPermitted(ctx.actor, 'economy.write');
  found(await findAudit(db, cooperationId, auditId));
  const checked = await checkUpload(upload);
  return db.transaction().execute(async (trx) => {
    found(await findAudit(trx, cooperationId, auditId, true));
    const file: FileView = await saveCheckedUpload(trx, ctx, storage, checked);
    await setAuditReport(trx, auditId, file.id);
    await recordAudit(trx, ctx, {
      action: 'economy.audit.report_filed',
      entityType: 'cooperation',
      entityId: cooperationId,
      data: { auditId, fileId: file.id, fileName: file.originalName },
    });
    return toAuditView(found(await findAudit(trx, cooperationId, auditId)));
  });
}

/** The report file of an external audit, for download. */
export async function openAuditReport(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  cooperationId: string,
  auditId: string,
): Promise<{ file: FileView; stream: Readable }> {
  assertPermitted(ctx.actor, 'economy.read');
  const audit = found(await findAudit(db, cooperationId, auditId));
  return getFileForDownload(db, storage, found(audit.report_file_id));
}
