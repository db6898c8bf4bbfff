import type { Readable } from 'node:stream';
import {
  isEditableByPartner,
  isReviewable,
  missingForSubmission,
  reportPeriodsOf,
} from '../../../shared/partner/partner-report.rules';
import type {
  PartnerHomeView,
  PartnerReportList,
  PartnerReportQuery,
  PartnerReportView,
  ReturnPartnerReportInput,
  SavePartnerReportInput,
} from '../../../shared/partner/partner-report.schemas';
import { hasPermission } from '../../../shared/users/permissions.rules';
import type { Db } from '../../db/database';
import type { PartnerReportRow } from '../../db/schema-partner';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import { type RequestContext, rolesOf } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { findPartnerUserIds } from '../notifications/notification-recipients.repository';
import { notify, type NotifyOptions } from '../notifications/notify';
import type { FileStorage } from '../files/file-storage';
import { checkUpload, getFileForDownload, saveCheckedUpload } from '../files/file.service';
import type { FileView } from '../files/file.views';
import {
  findCooperationHeader,
  findCooperationsOfOrganisation,
  findPartnerReport,
  findPartnerReportByKey,
  findPartnerReports,
  findReportStatuses,
  findUserOrganisation,
  insertPartnerReport,
  isCooperationParty,
  lockPartnerReport,
  type PartnerReportWithNames,
  updatePartnerReportIfVersion,
} from './partner-report.repository';

function toView(r: PartnerReportWithNames): PartnerReportView {
  return {
    id: r.id,
    cooperation: { id: r.cooperation_id, caseNumber: r.case_number, title: r.cooperation_title },
    organisation: { id: r.organisation_id, name: r.organisation_name },
    period: r.period,
    followUpText: r.follow_up_text,
    financialReport:
      r.financial_report_file_id && r.file_original_name
        ? { id: r.financial_report_file_id, originalName: r.file_original_name, mediaType: r.file_media_type ?? 'application/octet-stream', sizeBytes: Number(r.file_size_bytes ?? 0) }
        : null,
    status: r.status,
    reviewComment: r.review_comment,
    submittedBy: r.submitted_by && r.submitted_by_name ? { id: r.submitted_by, name: r.submitted_by_name } : null,
    submittedAt: r.submitted_at ? r.submitted_at.toISOString() : null,
    reviewedBy: r.reviewed_by && r.reviewed_by_name ? { id: r.reviewed_by, name: r.reviewed_by_name } : null,
    reviewedAt: r.reviewed_at ? r.reviewed_at.toISOString() : null,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

const userIdOf = (ctx: RequestContext): string | null => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** Whether the caller reads reports as staff (every organisation's) rather than as a partner (its own only). */
function readsAsStaff(ctx: RequestContext): boolean {
  return ctx.actor.kind === 'system' || hasPermission(rolesOf(ctx.actor), 'cooperations.read');
}

/**
 * The organisation a partner acts for. A partner account without a linked organisation may do
 * nothing here (403 `partner_not_linked`): the link is what limits it to its own cooperations.
 */
async function partnerOrganisation(db: Db, ctx: RequestContext): Promise<{ id: string; name: string }> {
  const userId = userIdOf(ctx);
  const organisation = userId ? await findUserOrganisation(db, userId) : null;
  if (!organisation) throw new DomainError('partner_not_linked');
  return organisation;
}

/**
 * The partner's organisation when it is a party of the cooperation. Another organisation's
 * cooperation answers 404 like an unknown one: a partner learns nothing of cooperations not its own.
 */
export async function partnerOfCooperation(db: Db, ctx: RequestContext, cooperationId: string): Promise<{ id: string; name: string }> {
  const organisation = await partnerOrganisation(db, ctx);
  found(await findCooperationHeader(db, cooperationId));
  if (!(await isCooperationParty(db, cooperationId, organisation.id))) throw new DomainError('not_found');
  return organisation;
}

/** Loads a report the caller may see: staff see every report, a partner only its organisation's. */
async function readableReport(db: Db, ctx: RequestContext, id: string): Promise<PartnerReportWithNames> {
  assertPermitted(ctx.actor, 'partner-reports.read');
  const report = found(await findPartnerReport(db, id));
  if (readsAsStaff(ctx)) return report;
  const organisation = await partnerOrganisation(db, ctx);
  if (report.organisation_id !== organisation.id) throw new DomainError('not_found');
  return report;
}

/** The partner's start: its organisation, its cooperations and where each year's reports stand. */
export async function getPartnerHome(db: Db, ctx: RequestContext, year: number | undefined): Promise<PartnerHomeView> {
  assertPermitted(ctx.actor, 'partner-reports.submit');
  const reportYear = year ?? Number(ctx.today.slice(0, 4));
  const userId = userIdOf(ctx);
  const organisation = userId ? await findUserOrganisation(db, userId) : null;
  if (!organisation) return { organisation: null, year: reportYear, cooperations: [] };
  const periods = reportPeriodsOf(reportYear);
  const [cooperations, reports] = await Promise.all([
    findCooperationsOfOrganisation(db, organisation.id),
    findReportStatuses(db, organisation.id, periods),
  ]);
  return {
    organisation,
    year: reportYear,
    cooperations: cooperations.map((c) => ({
      id: c.id,
      caseNumber: c.case_number,
      title: c.title,
      form: c.form,
      status: c.status,
      reports: periods.map((period) => {
        const report = reports.find((r) => r.cooperation_id === c.id && r.period === period);
        return { period, id: report?.id ?? null, status: report?.status ?? null };
      }),
    })),
  };
}

/** Reports by filter: staff see all (the review queue), a partner only its organisation's. */
export async function listPartnerReports(db: Db, ctx: RequestContext, query: PartnerReportQuery): Promise<PartnerReportList> {
  assertPermitted(ctx.actor, 'partner-reports.read');
  if (readsAsStaff(ctx)) return { items: (await findPartnerReports(db, query)).map(toView) };
  // A partner account not yet linked to an organisation has no reports to list.
  const userId = userIdOf(ctx);
  const organisation = userId ? await findUserOrganisation(db, userId) : null;
  if (!organisation) return { items: [] };
  return { items: (await findPartnerReports(db, { ...query, organisationId: organisation.id })).map(toView) };
}

/** One report, for staff or for the partner whose organisation wrote it. */
export async function getPartnerReport(db: Db, ctx: RequestContext, id: string): Promise<PartnerReportView> {
  return toView(await readableReport(db, ctx, id));
}

/** The partner's report for a cooperation and period, or null when not yet started. */
export async function getPartnerReportForPeriod(db: Db, ctx: RequestContext, cooperationId: string, period: string): Promise<PartnerReportView | null> {
  assertPermitted(ctx.actor, 'partner-reports.submit');
  const organisation = await partnerOfCooperation(db, ctx, cooperationId);
  const row = await findPartnerReportByKey(db, { cooperationId, organisationId: organisation.id, period });
  return row ? toView(found(await findPartnerReport(db, row.id))) : null;
}

function assertEditable(row: PartnerReportRow): void {
  if (!isEditableByPartner(row.status)) throw new DomainError('partner_report_locked');
}

/**
 * The partner writes the follow-up text of its report for a period, starting the report when it
 * does not exist. A submitted or approved report is read-only (409 `partner_report_locked`).
 */
export async function savePartnerReport(
  db: Db,
  ctx: RequestContext,
  key: { cooperationId: string; period: string },
  input: SavePartnerReportInput,
): Promise<PartnerReportView> {
  assertPermitted(ctx.actor, 'partner-reports.submit');
  return db.transaction().execute(async (trx) => {
    const organisation = await partnerOfCooperation(trx, ctx, key.cooperationId);
    const existing = await findPartnerReportByKey(trx, { cooperationId: key.cooperationId, organisationId: organisation.id, period: key.period }, true);
    let id: string;
    if (!existing) {
      id = await insertPartnerReport(trx, { cooperationId: key.cooperationId, organisationId: organisation.id, period: key.period, followUpText: input.followUpText || null });
    } else {
      assertEditable(existing);
      if (input.version === undefined) throw new DomainError('version_conflict');
      if (!(await updatePartnerReportIfVersion(trx, existing.id, input.version, { follow_up_text: input.followUpText || null }))) {
        throw new DomainError('version_conflict');
      }
      id = existing.id;
    }
    await recordAudit(trx, ctx, {
      action: 'partner-report.saved',
      entityType: 'partner_report',
      entityId: id,
      data: { cooperationId: key.cooperationId, period: key.period, organisationId: organisation.id },
    });
    return toView(found(await findPartnerReport(trx, id)));
  });
}

/**
 * Attaches the organisation's financial report for the year (IOP-9) to its year report, starting
 * the report when needed; the file is checked by content before anything is stored.
 */
export async function uploadFinancialReport(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  key: { cooperationId: string; period: string },
  upload: { bytes: Buffer; originalName: string },
): Promise<PartnerReportView> {
  assertPermitted(ctx.actor, 'partner-reports.submit');
  if (!/^\d{4}$/.test(key.period)) {
    throw new DomainError('validation_failed', { errors: [{ path: 'period', message: 'validation.financialReportYear', requirement: 'IOP-9' }] });
  }
  await partnerOfCooperation(db, ctx, key.cooperationId);
  const checked = await checkUpload(upload);
  return db.transaction().execute(async (trx) => {
    const organisation = await partnerOfCooperation(trx, ctx, key.cooperationId);
    let row = await findPartnerReportByKey(trx, { cooperationId: key.cooperationId, organisationId: organisation.id, period: key.period }, true);
    if (!row) {
      await insertPartnerReport(trx, { cooperationId: key.cooperationId, organisationId: organisation.id, period: key.period, followUpText: null });
      row = found(await findPartnerReportByKey(trx, { cooperationId: key.cooperationId, organisationId: organisation.id, period: key.period }, true));
    }
    assertEditable(row);
    const file = await saveCheckedUpload(trx, ctx, storage, checked);
    if (!(await updatePartnerReportIfVersion(trx, row.id, row.version, { financial_report_file_id: file.id }))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, {
      action: 'partner-report.financial-report.uploaded',
      entityType: 'partner_report',
      entityId: row.id,
      data: { fileId: file.id, fileName: file.originalName, period: key.period },
    });
    return toView(found(await findPartnerReport(trx, row.id)));
  });
}

/** The partner submits its report for review; it must hold what the period needs (text; for a year, the financial report). */
export async function submitPartnerReport(db: Db, ctx: RequestContext, id: string, version: number): Promise<PartnerReportView> {
  assertPermitted(ctx.actor, 'partner-reports.submit');
  return db.transaction().execute(async (trx) => {
    const organisation = await partnerOrganisation(trx, ctx);
    const row = found(await lockPartnerReport(trx, id));
    if (row.organisation_id !== organisation.id) throw new DomainError('not_found');
    assertEditable(row);
    const missing = missingForSubmission({ period: row.period, followUpText: row.follow_up_text, hasFinancialReport: row.financial_report_file_id !== null });
    if (missing.length > 0) {
      throw new DomainError('partner_report_incomplete', {
        errors: missing.map((m) =>
          m === 'financialReport'
            ? { path: 'financialReport', message: 'validation.financialReportMissing', requirement: 'IOP-9' }
            : { path: 'followUpText', message: 'validation.followUpTextMissing' },
        ),
      });
    }
    if (!(await updatePartnerReportIfVersion(trx, id, version, { status: 'submitted', submitted_by: userIdOf(ctx), submitted_at: new Date() }))) {
      throw new DomainError('version_conflict');
    }
    await recordAudit(trx, ctx, { action: 'partner-report.submitted', entityType: 'partner_report', entityId: id, data: { period: row.period, cooperationId: row.cooperation_id } });
    return toView(found(await findPartnerReport(trx, id)));
  });
}

/** Staff approve a submitted report; from then on it is read-only. */
export async function approvePartnerReport(db: Db, ctx: RequestContext, id: string, version: number): Promise<PartnerReportView> {
  assertPermitted(ctx.actor, 'partner-reports.review');
  return db.transaction().execute(async (trx) => {
    const row = found(await lockPartnerReport(trx, id));
    if (!isReviewable(row.status)) throw new DomainError('partner_report_not_submitted');
    if (!(await updatePartnerReportIfVersion(trx, id, version, { status: 'approved', review_comment: null, reviewed_by: userIdOf(ctx), reviewed_at: new Date() }))) {
      throw new DomainError('version_conflict');
    }
    await recordAudit(trx, ctx, { action: 'partner-report.approved', entityType: 'partner_report', entityId: id, data: { period: row.period, cooperationId: row.cooperation_id } });
    return toView(found(await findPartnerReport(trx, id)));
  });
}

/**
 * Staff return a submitted report with a comment the partner sees; the partner may then change and
 * resubmit it. The organisation's partner users are notified in the same transaction.
 */
export async function returnPartnerReport(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: ReturnPartnerReportInput,
  options: NotifyOptions,
): Promise<PartnerReportView> {
  assertPermitted(ctx.actor, 'partner-reports.review');
  return db.transaction().execute(async (trx) => {
    const row = found(await lockPartnerReport(trx, id));
    if (!isReviewable(row.status)) throw new DomainError('partner_report_not_submitted');
    if (!(await updatePartnerReportIfVersion(trx, id, input.version, { status: 'returned', review_comment: input.comment, reviewed_by: userIdOf(ctx), reviewed_at: new Date() }))) {
      throw new DomainError('version_conflict');
    }
    await recordAudit(trx, ctx, {
      action: 'partner-report.returned',
      entityType: 'partner_report',
      entityId: id,
      data: { period: row.period, cooperationId: row.cooperation_id, comment: input.comment },
    });
    const returned = found(await findPartnerReport(trx, id));
    await notify(
      trx,
      {
        type: 'partner_report_returned',
        recipients: await findPartnerUserIds(trx, row.organisation_id),
        actor: ctx.actor,
        summary: `${returned.cooperation_title} (${row.period})`,
        link: `/rapportering/${row.cooperation_id}/${row.period}`,
      },
      options,
    );
    return toView(returned);
  });
}

/** The financial report file of a report, for staff or the partner who wrote it. */
export async function openFinancialReport(db: Db, ctx: RequestContext, storage: FileStorage, id: string): Promise<{ file: FileView; stream: Readable }> {
  const report = await readableReport(db, ctx, id);
  return getFileForDownload(db, storage, found(report.financial_report_file_id));
}

/**
 * Refuses a partner's change to what its report for a period covers once the report is submitted
 * or approved (409 `partner_report_locked`): it is under review or read-only.
 */
export async function assertPartnerPeriodOpen(db: Db, key: { cooperationId: string; organisationId: string; period: string }): Promise<void> {
  const report = await findPartnerReportByKey(db, key);
  if (report && !isEditableByPartner(report.status)) throw new DomainError('partner_report_locked');
}
