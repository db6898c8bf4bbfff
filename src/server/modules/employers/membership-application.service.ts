import type {
  ApplicationQuery,
  ApplicationView,
  ApplicationListItem,
  CheckApplicationInput,
  CreateApplicationInput,
  LinkApplicationInput,
  PublicApplicationInput,
  PublicApplicationReceipt,
  WithdrawApplicationInput,
} from '../../../shared/employers/membership.schemas';
import { applicationReference, checkApplication, isApplicationOpen } from '../../../shared/employers/membership.rules';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { rejectFilledHoneypot } from '../initiatives/public-initiative.service';
import { consumeRateLimit, PUBLIC_MEMBERSHIP_APPLICATION_LIMIT } from '../initiatives/rate-limit';
import { createOrganisation } from '../organisations/organisation.service';
import { insertEmployerProfile } from './employer-profile.repository';
import {
  findApplicationById,
  findApplications,
  findEmployersByOrgNumber,
  findOrganisationForApplication,
  insertApplication,
  lockApplication,
  updateApplicationIfVersion,
} from './membership-application.repository';
import { auditedApplication, toApplicationListItem, toApplicationView } from './membership-application.views';

const actorId = (ctx: RequestContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** The application's full view, with the register's employers that share its organisation number. */
export async function applicationViewOf(db: Db, id: string): Promise<ApplicationView> {
  const row = found(await findApplicationById(db, id));
  return toApplicationView(row, row.organisation_id ? [] : await findEmployersByOrgNumber(db, row.org_number));
}

/** An organisation that an application may be linked to: an employer in the register; else 400 on the given path. */
async function assertEmployer(db: Db, organisationId: string, path: string): Promise<void> {
  const org = await findOrganisationForApplication(db, organisationId);
  if (!org || org.kind !== 'employer') throw new DomainError('validation_failed', { errors: [{ path, message: 'validation.employer.unknown' }] });
}

function applicationColumns(input: CreateApplicationInput | PublicApplicationInput) {
  return {
    organisation_name: input.organisationName,
    org_number: input.orgNumber,
    employer_type: input.employerType,
    contact_name: input.contactName,
    contact_email: input.contactEmail,
    contact_phone: input.contactPhone ?? null,
    motivation: input.motivation,
    statement_network_goals: input.statements.networkGoals,
    statement_non_discrimination: input.statements.nonDiscrimination,
    statement_gender_equality: input.statements.genderEquality,
    statement_equality: input.statements.equality,
    statement_human_rights: input.statements.humanRights,
  };
}

/** Registers an application for membership of Integrationspakten on the employer's behalf (EMP-1). */
export async function registerApplication(db: Db, ctx: RequestContext, input: CreateApplicationInput): Promise<ApplicationView> {
  assertPermitted(ctx.actor, 'employers.write');
  return db.transaction().execute(async (trx) => {
    if (input.organisationId) await assertEmployer(trx, input.organisationId, 'organisationId');
    const now = new Date();
    const id = await insertApplication(trx, {
      ...applicationColumns(input),
      number_year: Number(ctx.today.slice(0, 4)),
      source: 'staff',
      organisation_id: input.organisationId ?? null,
      created_by: actorId(ctx),
      created_at: now,
      updated_at: now,
    });
    const row = found(await findApplicationById(trx, id));
    await recordAudit(trx, ctx, { action: 'integration_pact_application.registered', entityType: 'integration_pact_application', entityId: id, after: auditedApplication(row) });
    return applicationViewOf(trx, id);
  });
}

/** Counts a submission of the public application form against the caller's address; 429 when there were too many. */
export function admitPublicApplication(db: Db, ctx: RequestContext): Promise<void> {
  return consumeRateLimit(db, PUBLIC_MEMBERSHIP_APPLICATION_LIMIT, ctx.ip);
}

/**
 * Receives an application through the public form (EMP-1), with the proposal form's protections:
 * rate limit, honeypot and size limits. It arrives without a link to the register; an officer links
 * it. The applicant gets a receipt and nothing else, and no address of theirs is kept.
 */
export async function submitPublicApplication(db: Db, ctx: RequestContext, input: PublicApplicationInput): Promise<PublicApplicationReceipt> {
  rejectFilledHoneypot(input.website);
  const publicCtx: RequestContext = { ...ctx, actor: { kind: 'anonymous' }, ip: null };
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    const id = await insertApplication(trx, {
      ...applicationColumns(input),
      number_year: Number(ctx.today.slice(0, 4)),
      source: 'public',
      organisation_id: null,
      created_by: null,
      created_at: now,
      updated_at: now,
    });
    const row = found(await findApplicationById(trx, id));
    await recordAudit(trx, publicCtx, { action: 'integration_pact_application.received', entityType: 'integration_pact_application', entityId: id, after: auditedApplication(row) });
    return { reference: applicationReference(row.number_year, row.number), receivedAt: now.toISOString() };
  });
}

/** Applications for the officers' and managers' lists (EMP-1), filtered by status. */
export async function listApplications(db: Db, ctx: RequestContext, q: ApplicationQuery): Promise<{ items: ApplicationListItem[] }> {
  assertPermitted(ctx.actor, 'employers.read');
  const rows = await findApplications(db, { statuses: q.status, sort: q.sort, order: q.order, limit: 1_000 });
  return { items: rows.map(toApplicationListItem) };
}

/** One application with its check and decision. */
export async function getApplication(db: Db, ctx: RequestContext, id: string): Promise<ApplicationView> {
  assertPermitted(ctx.actor, 'employers.read');
  return applicationViewOf(db, id);
}

/** Reads an open application for a change, locked and at the given version. */
async function openForChange(trx: Db, id: string, version: number) {
  await lockApplication(trx, id);
  const row = found(await findApplicationById(trx, id));
  if (row.version !== version) throw new DomainError('version_conflict');
  if (!isApplicationOpen(row.status)) throw new DomainError('application_closed', { extra: { status: row.status } });
  return row;
}

/**
 * Links an open application to an employer in the register (EMP-1), or registers the employer from
 * the application through the organisation service and links it. A new link clears an earlier
 * check, which read the organisation. The employer's profile starts from the application's type.
 */
export async function linkApplication(db: Db, ctx: RequestContext, id: string, input: LinkApplicationInput): Promise<ApplicationView> {
  assertPermitted(ctx.actor, 'employers.write');
  let organisationId: string;
  if ('organisationId' in input) organisationId = input.organisationId;
  else {
    const row = found(await findApplicationById(db, id));
    if (row.version !== input.version) throw new DomainError('version_conflict');
    if (!isApplicationOpen(row.status)) throw new DomainError('application_closed', { extra: { status: row.status } });
    // The organisation service checks the legal form and that the number is free (409 org_number_taken: link that one instead).
    const created = await createOrganisation(db, ctx, {
      name: row.organisation_name,
      kind: 'employer',
      legalForm: input.createWithLegalForm,
      orgNumber: row.org_number,
      contacts: [{ name: row.contact_name, role: null, email: row.contact_email, phone: row.contact_phone }],
    });
    organisationId = created.id;
  }
  return db.transaction().execute(async (trx) => {
    const before = await openForChange(trx, id, input.version);
    await assertEmployer(trx, organisationId, 'organisationId');
    const changes = {
      organisation_id: organisationId,
      status: 'submitted' as const,
      check_org_number_valid: null,
      check_organisation_active: null,
      check_contact_named: null,
      check_statements_given: null,
      check_passed: null,
      check_note: null,
      checked_by: null,
      checked_at: null,
    };
    if (!(await updateApplicationIfVersion(trx, id, input.version, before.organisation_id === organisationId ? { organisation_id: organisationId } : changes))) {
      throw new DomainError('version_conflict');
    }
    if (await insertEmployerProfile(trx, { organisation_id: organisationId, employer_type: before.employer_type, size_band: null, updated_by: actorId(ctx) })) {
      await recordAudit(trx, ctx, { action: 'employer_profile.created', entityType: 'organisation', entityId: organisationId, after: { employerType: before.employer_type } });
    }
    const after = found(await findApplicationById(trx, id));
    await recordAudit(trx, ctx, { action: 'integration_pact_application.linked', entityType: 'integration_pact_application', entityId: id, before: auditedApplication(before), after: auditedApplication(after) });
    return applicationViewOf(trx, id);
  });
}

/**
 * The officer's simpler check (EMP-1): the organisation number's check digit (of the linked
 * organisation in the register), the organisation active there, the contact confirmed as a named
 * person and every statement given, each stored with who checked and when. A check may be made
 * again while the application is open; one that does not pass blocks approval.
 */
export async function checkApplicationNow(db: Db, ctx: RequestContext, id: string, input: CheckApplicationInput): Promise<ApplicationView> {
  assertPermitted(ctx.actor, 'employers.write');
  return db.transaction().execute(async (trx) => {
    const before = await openForChange(trx, id, input.version);
    const organisation = before.organisation_id ? await findOrganisationForApplication(trx, before.organisation_id) : undefined;
    const result = checkApplication({
      orgNumber: organisation ? (organisation.org_number ?? '') : before.org_number,
      organisationStatus: organisation?.status ?? null,
      contactName: before.contact_name,
      contactConfirmed: input.contactConfirmed,
      statements: {
        networkGoals: before.statement_network_goals,
        nonDiscrimination: before.statement_non_discrimination,
        genderEquality: before.statement_gender_equality,
        equality: before.statement_equality,
        humanRights: before.statement_human_rights,
      },
    });
    const updated = await updateApplicationIfVersion(trx, id, input.version, {
      status: 'checked',
      check_org_number_valid: result.orgNumberValid,
      check_organisation_active: result.organisationActive,
      check_contact_named: result.contactNamed,
      check_statements_given: result.statementsGiven,
      check_passed: result.passed,
      check_note: input.note ?? null,
      checked_by: actorId(ctx),
      checked_at: new Date(),
    });
    if (!updated) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, {
      action: 'integration_pact_application.checked',
      entityType: 'integration_pact_application',
      entityId: id,
      before: { status: before.status, checkPassed: before.check_passed },
      after: { status: 'checked', checkPassed: result.passed },
      data: { check: result, note: input.note ?? null },
    });
    return applicationViewOf(trx, id);
  });
}

/** Withdraws an open application on the applicant's request, with the reason (nothing is deleted). */
export async function withdrawApplication(db: Db, ctx: RequestContext, id: string, input: WithdrawApplicationInput): Promise<ApplicationView> {
  assertPermitted(ctx.actor, 'employers.write');
  return db.transaction().execute(async (trx) => {
    const before = await openForChange(trx, id, input.version);
    if (!(await updateApplicationIfVersion(trx, id, input.version, { status: 'withdrawn', decision_reason: input.reason, decided_by: actorId(ctx), decided_at: new Date() }))) {
      throw new DomainError('version_conflict');
    }
    await recordAudit(trx, ctx, {
      action: 'integration_pact_application.withdrawn',
      entityType: 'integration_pact_application',
      entityId: id,
      before: { status: before.status },
      after: { status: 'withdrawn' },
      data: { reason: input.reason },
    });
    return applicationViewOf(trx, id);
  });
}
