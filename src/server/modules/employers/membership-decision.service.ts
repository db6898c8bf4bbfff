import { formatCaseNumber } from '../../../shared/cooperations/case-number.rules';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { evaluateGates, unmetGates } from '../../../shared/cooperations/gates.rules';
import type { ApplicationView, DecideApplicationInput, EndMembershipInput } from '../../../shared/employers/membership.schemas';
import { approvalBlocker } from '../../../shared/employers/membership.rules';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assembleGateFacts } from '../cooperations/cooperation-gates.service';
import {
  allocateCaseSequence,
  findCooperationById,
  findPartyIds,
  findPartyOrganisations,
  insertCooperation,
  setParties,
  updateCooperationIfVersion,
} from '../cooperations/cooperation.repository';
import { caseNumberPrefix } from '../cooperations/cooperation.service';
import { assertValidCooperation } from '../cooperations/cooperation-validation';
import { auditedCooperation, readStoredFacts, subjectOf } from '../cooperations/cooperation.views';
import { transitionCooperation } from '../cooperations/transition.service';
import { insertEmployerProfile } from './employer-profile.repository';
import { findApplicationById, lockApplication, updateApplicationIfVersion } from './membership-application.repository';
import { applicationViewOf } from './membership-application.service';
import { auditedApplication } from './membership-application.views';

/**
 * Registers the membership an approved application creates (EMP-1): a cooperation of form
 * `integration_pact_membership` with the next case number, the employer as its party and the
 * responsible manager, active at once once its gates hold (the trigger of migration 0036 sets its
 * member-since day). Runs inside the decision's transaction, so a refused gate undoes everything.
 */
async function createMembership(trx: Db, ctx: RequestContext, application: { id: string; organisationId: string; organisationName: string }, managerId: string): Promise<string> {
  const facts = readStoredFacts({});
  const { facts: gateFacts } = await assembleGateFacts(
    trx,
    { form: 'integration_pact_membership', status: 'preparing', facts, responsibleManagerId: managerId, initiativeId: null, compensationSek: null, valueSek: null, startDate: null, endDate: null },
    [application.organisationId],
    ctx.today,
  );
  await assertValidCooperation(
    trx,
    {
      parties: { requested: [application.organisationId], found: await findPartyOrganisations(trx, [application.organisationId], ctx.today), alreadyParties: [] },
      responsibleManagerId: managerId,
      managerChanged: true,
      unitCode: null,
      areas: [],
      targetGroups: [],
      cooperationId: null,
      predecessorChanged: false,
    },
    gateFacts,
  );
  const prefix = await caseNumberPrefix(trx);
  const year = Number(ctx.today.slice(0, 4));
  const sequence = await allocateCaseSequence(trx, prefix, year);
  const now = new Date();
  const id = await insertCooperation(trx, {
    case_number: formatCaseNumber({ prefix, year, sequence }),
    case_year: year,
    case_sequence: sequence,
    initiative_id: null,
    title: `Medlemskap i Integrationspakten: ${application.organisationName}`,
    form: 'integration_pact_membership',
    status: 'preparing',
    responsible_manager_id: managerId,
    unit_code: null,
    areas: [],
    target_groups: [],
    value_sek: null,
    compensation_sek: null,
    start_date: ctx.today,
    end_date: null,
    description: null,
    registry_number: null,
    facts: JSON.stringify(facts),
    created_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    created_at: now,
    updated_at: now,
  });
  await setParties(trx, id, [application.organisationId]);
  await recordAudit(trx, ctx, {
    action: 'cooperation.created',
    entityType: 'cooperation',
    entityId: id,
    after: auditedCooperation(found(await findCooperationById(trx, id)), [application.organisationId]),
    data: { applicationId: application.id },
  });
  return id;
}

/** Makes the new membership active once its gates hold (EMP-1, FRM-1, INI-6); 409 naming the unmet gates otherwise. */
async function activateMembership(trx: Db, ctx: RequestContext, cooperationId: string): Promise<void> {
  const current = found(await findCooperationById(trx, cooperationId));
  const { facts } = await assembleGateFacts(trx, subjectOf(current), await findPartyIds(trx, cooperationId), ctx.today);
  const gates = evaluateGates(facts, 'active', ctx.today);
  const unmet = unmetGates(gates);
  if (unmet.length > 0) throw new DomainError('gates_unmet', { extra: { from: 'preparing', to: 'active', gates: unmet } });
  if (!(await updateCooperationIfVersion(trx, cooperationId, current.version, { status: 'active' }))) throw new DomainError('version_conflict');
  await recordAudit(trx, ctx, {
    action: 'cooperation.transitioned',
    entityType: 'cooperation',
    entityId: cooperationId,
    before: { status: 'preparing' },
    after: { status: 'active' },
    data: { gates: gates.map((g) => ({ gate: g.gate, met: g.met, requirement: g.requirement })) },
  });
}

/**
 * A manager's decision on a checked application (EMP-1). Approval needs a passed check and a
 * linked employer; it creates the membership cooperation, active at once, in the same
 * transaction with its audit rows. Rejection records the reason. Either closes the application.
 */
export async function decideApplication(db: Db, ctx: RequestContext, id: string, input: DecideApplicationInput): Promise<ApplicationView> {
  assertPermitted(ctx.actor, 'employers.decide');
  const deciderId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  return db.transaction().execute(async (trx) => {
    await lockApplication(trx, id);
    const before = found(await findApplicationById(trx, id));
    if (before.version !== input.version) throw new DomainError('version_conflict');
    if (input.decision === 'reject') {
      if (before.status !== 'submitted' && before.status !== 'checked') throw new DomainError('application_closed', { extra: { status: before.status } });
      await updateApplicationIfVersion(trx, id, input.version, { status: 'rejected', decision_reason: input.reason, decided_by: deciderId, decided_at: new Date() });
      await recordAudit(trx, ctx, {
        action: 'integration_pact_application.rejected',
        entityType: 'integration_pact_application',
        entityId: id,
        before: { status: before.status },
        after: { status: 'rejected' },
        data: { reason: input.reason },
      });
      return applicationViewOf(trx, id);
    }
    const blocker = approvalBlocker({ status: before.status, checkPassed: before.check_passed, organisationId: before.organisation_id });
    if (blocker === 'not_open') throw new DomainError('application_closed', { extra: { status: before.status } });
    if (blocker !== null || !before.organisation_id) throw new DomainError('application_not_approvable', { extra: { blocker } });
    const managerId = input.responsibleManagerId ?? deciderId;
    if (!managerId) throw new DomainError('validation_failed', { errors: [{ path: 'responsibleManagerId', message: 'validation.required' }] });
    const cooperationId = await createMembership(trx, ctx, { id, organisationId: before.organisation_id, organisationName: before.organisation_name }, managerId);
    // The application is approved before activation: the membership's gates read it (EMP-1).
    await updateApplicationIfVersion(trx, id, input.version, {
      status: 'approved',
      decision_reason: input.reason ?? null,
      decided_by: deciderId,
      decided_at: new Date(),
      cooperation_id: cooperationId,
    });
    await activateMembership(trx, ctx, cooperationId);
    if (await insertEmployerProfile(trx, { organisation_id: before.organisation_id, employer_type: before.employer_type, size_band: null, updated_by: deciderId })) {
      await recordAudit(trx, ctx, { action: 'employer_profile.created', entityType: 'organisation', entityId: before.organisation_id, after: { employerType: before.employer_type } });
    }
    const after = found(await findApplicationById(trx, id));
    await recordAudit(trx, ctx, {
      action: 'integration_pact_application.approved',
      entityType: 'integration_pact_application',
      entityId: id,
      before: auditedApplication(before),
      after: auditedApplication(after),
      data: { reason: input.reason ?? null, responsibleManagerId: managerId },
    });
    return applicationViewOf(trx, id);
  });
}

/**
 * Ends a membership with its reason (EMP-1) through the cooperation lifecycle's own step to
 * `ended`, which records the reason, the day (migration 0036) and the audit row.
 */
export async function endMembership(db: Db, ctx: RequestContext, cooperationId: string, input: EndMembershipInput): Promise<CooperationView> {
  assertPermitted(ctx.actor, 'employers.decide');
  const cooperation = found(await findCooperationById(db, cooperationId));
  if (cooperation.form !== 'integration_pact_membership') throw new DomainError('not_found');
  return transitionCooperation(db, ctx, cooperationId, { to: 'ended', version: input.version, reason: input.reason });
}
