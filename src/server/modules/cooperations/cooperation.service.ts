import type { Updateable } from 'kysely';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import { formatCaseNumber } from '../../../shared/cooperations/case-number.rules';
import type {
  CooperationView,
  CreateCooperationInput,
  UpdateCooperationInput,
} from '../../../shared/cooperations/cooperation.schemas';
import { COOPERATION_FORMS, type CooperationForm, type CooperationStatus } from '../../../shared/cooperations/forms';
import type { Affirmation, GateResult } from '../../../shared/cooperations/gate.types';
import { evaluateGates } from '../../../shared/cooperations/gates.rules';
import { allowedTransitions } from '../../../shared/cooperations/lifecycle.rules';
import { GRANT_COMMITTEES, mayBecomeCooperation } from '../../../shared/initiatives/association-grant.rules';
import type { Page } from '../../../shared/http/pagination.schemas';
import type { Db } from '../../db/database';
import type { CooperationTable } from '../../db/schema-cooperations';
import { assertPermitted } from '../../http/authorize';
import { DomainError, type FieldError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { entityHistory, recordAudit } from '../audit/audit.service';
import { findSetting } from '../organisations/reference.repository';
import { assembleGateFacts, type GateSubject } from './cooperation-gates.service';
import {
  allocateCaseSequence,
  type CooperationWithManager,
  findCooperationById,
  findInitiativeForUpdate,
  findInitiativeOrganisationIds,
  findPartyIds,
  findPartyOrganisations,
  findRecommendation,
  insertCooperation,
  markInitiativeConverted,
  setParties,
  updateCooperationIfVersion,
} from './cooperation.repository';
import { isJobPartnershipFlagged } from '../employers/job-partnership-follow-up';
import { assertValidCooperation } from './cooperation-validation';
import { auditedCooperation, mergeFacts, readStoredFacts, subjectOf, toCooperationView } from './cooperation.views';

/** The case-number prefix of this instance (setting `case_number.prefix`, default AMN). */
export async function caseNumberPrefix(db: Db): Promise<string> {
  const value = (await findSetting(db, 'case_number.prefix'))?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : 'AMN';
}

/** The full view of a stored cooperation: parties, facts and the readiness of its next step. */
export async function cooperationViewOf(db: Db, row: CooperationWithManager, today: string): Promise<CooperationView> {
  const subject = subjectOf(row);
  // The stored parties are read inside the gates' one statement rather than by a round trip first.
  const { facts, parties } = await assembleGateFacts(db, subject, { cooperationId: row.id }, today);
  const allowed = allowedTransitions(subject.status);
  const nextStatus = allowed.find((s) => s !== 'ended') ?? null;
  const gates = nextStatus ? evaluateGates(facts, nextStatus, today) : [];
  return toCooperationView(row, parties, facts, { nextStatus, gates, allowedTransitions: allowed });
}

const unique = (ids: string[]) => [...new Set(ids)];

/** An initiative may become a cooperation when recommended, or as informal cooperation reported to the group (INI-2, INI-3). */
async function takeOverInitiative(db: Db, initiativeId: string, requestedForm: CooperationForm | undefined) {
  const initiative = await findInitiativeForUpdate(db, initiativeId);
  if (!initiative) {
    throw new DomainError('validation_failed', { errors: [{ path: 'initiativeId', message: 'validation.initiative.unknown' }] });
  }
  // INI-4: an association grant is not the committee's mandate, whatever was recommended earlier.
  if (!mayBecomeCooperation(initiative.facts)) {
    throw new DomainError('association_grant_referral_only', {
      errors: [{ path: 'initiativeId', message: 'validation.associationGrant.noCooperation' }],
      extra: { committees: [...GRANT_COMMITTEES] },
    });
  }
  let form: CooperationForm | undefined;
  let addedValue: Affirmation | null = null;
  if (initiative.status === 'recommended') {
    const recommendation = await findRecommendation(db, initiativeId);
    const recommended = COOPERATION_FORMS.find((f) => f === recommendation?.form);
    addedValue = recommendation?.addedValue ?? null;
    // INI-2: the review group recommends which form fits; another form would skip its consultation.
    if (requestedForm && recommended && requestedForm !== recommended) {
      throw new DomainError('validation_failed', { errors: [{ path: 'form', message: 'validation.form.notRecommended' }] });
    }
    form = requestedForm ?? recommended;
  } else {
    const closed = ['withdrawn', 'not_recommended', 'referred', 'converted'].includes(initiative.status);
    if (initiative.proposed_form !== 'informal' || closed || (requestedForm && requestedForm !== 'informal')) {
      throw new DomainError('initiative_not_convertible', { extra: { initiativeStatus: initiative.status } });
    }
    form = 'informal';
  }
  return { initiative, form, addedValue, organisationIds: await findInitiativeOrganisationIds(db, initiativeId) };
}

/**
 * Registers a cooperation (OVR-1) with the next case number of the year, from a recommended
 * initiative (which becomes converted) or directly (agreements with public bodies, existing
 * cooperations). It starts as `preparing`; the gates decide when it may become active.
 */
export async function createCooperation(db: Db, ctx: RequestContext, input: CreateCooperationInput): Promise<CooperationView> {
  assertPermitted(ctx.actor, 'cooperations.write');
  return db.transaction().execute(async (trx) => {
    const source = input.initiativeId ? await takeOverInitiative(trx, input.initiativeId, input.form) : undefined;
    const title = input.title ?? source?.initiative.title;
    const form = input.form ?? source?.form;
    const organisationIds = unique([...(input.organisationIds ?? []), ...(source?.organisationIds ?? [])]);
    const missing: FieldError[] = [];
    if (!title) missing.push({ path: 'title', message: 'validation.required' });
    if (!form) missing.push({ path: 'form', message: 'validation.required' });
    if (organisationIds.length === 0) missing.push({ path: 'organisationIds', message: 'validation.parties' });
    if (missing.length > 0 || !title || !form) throw new DomainError('validation_failed', { errors: missing });

    const initialFacts = mergeFacts(readStoredFacts({}), input.facts);
    // FRM-2: the added value the review group motivated in its recommendation is the cooperation's
    // starting point; the responsible manager may revise it like any other fact.
    if (source?.addedValue && input.facts?.competence?.addsValue === undefined) {
      initialFacts.competence = { ...initialFacts.competence, addsValue: source.addedValue };
    }
    const subject: GateSubject = {
      form,
      status: 'preparing',
      facts: initialFacts,
      responsibleManagerId: input.responsibleManagerId ?? null,
      initiativeId: input.initiativeId ?? null,
      compensationSek: input.compensationSek ?? null,
      valueSek: input.valueSek ?? null,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
    };
    const areas = unique(input.areas ?? source?.initiative.areas ?? []);
    const targetGroups = unique(input.targetGroups ?? source?.initiative.target_groups ?? []);
    const unitCode = input.unitCode !== undefined ? input.unitCode : (source?.initiative.unit_code ?? null);
    // The registry's case usually began with the initiative: its number carries over unless another is given.
    const registryNumber = input.registryNumber !== undefined ? input.registryNumber : (source?.initiative.registry_number ?? null);
    const { facts } = await assembleGateFacts(trx, subject, organisationIds, ctx.today);
    await assertValidCooperation(
      trx,
      {
        parties: { requested: input.organisationIds ?? organisationIds, found: await findPartyOrganisations(trx, organisationIds, ctx.today), alreadyParties: source?.organisationIds ?? [] },
        responsibleManagerId: subject.responsibleManagerId,
        managerChanged: true,
        unitCode,
        areas,
        targetGroups,
        cooperationId: null,
        predecessorChanged: input.facts?.reservedPredecessor !== undefined,
      },
      facts,
    );

    const prefix = await caseNumberPrefix(trx);
    const year = Number(ctx.today.slice(0, 4));
    const sequence = await allocateCaseSequence(trx, prefix, year);
    const now = new Date();
    const id = await insertCooperation(trx, {
      case_number: formatCaseNumber({ prefix, year, sequence }),
      case_year: year,
      case_sequence: sequence,
      initiative_id: input.initiativeId ?? null,
      title,
      form,
      status: 'preparing',
      responsible_manager_id: subject.responsibleManagerId,
      unit_code: unitCode,
      areas,
      target_groups: targetGroups,
      value_sek: subject.valueSek,
      compensation_sek: subject.compensationSek,
      start_date: subject.startDate,
      end_date: subject.endDate,
      description: input.description ? input.description : null,
      registry_number: registryNumber,
      facts: JSON.stringify(subject.facts),
      created_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      created_at: now,
      updated_at: now,
    });
    await setParties(trx, id, organisationIds);
    const row = found(await findCooperationById(trx, id));
    if (source) {
      await markInitiativeConverted(trx, source.initiative.id);
      await recordAudit(trx, ctx, {
        action: 'initiative.converted',
        entityType: 'initiative',
        entityId: source.initiative.id,
        before: { status: source.initiative.status },
        after: { status: 'converted' },
        data: { cooperationId: id, caseNumber: row.case_number },
      });
    }
    await recordAudit(trx, ctx, { action: 'cooperation.created', entityType: 'cooperation', entityId: id, after: auditedCooperation(row, organisationIds) });
    return cooperationViewOf(trx, row, ctx.today);
  });
}

/** One cooperation with its parties, facts and readiness checklist. */
export async function getCooperation(db: Db, ctx: RequestContext, id: string): Promise<CooperationView> {
  assertPermitted(ctx.actor, 'cooperations.read');
  const view = await cooperationViewOf(db, found(await findCooperationById(db, id)), ctx.today);
  // EMP-2: a running job partnership shows whether its employers' controls flag it.
  return view.form === 'job_partnership' ? { ...view, controlsFlagged: await isJobPartnershipFlagged(db, id, ctx.today) } : view;
}

/** Columns of a cooperation from validated changes (absent fields left out). */
function columnsOf(input: Omit<UpdateCooperationInput, 'version' | 'organisationIds' | 'facts'>): Updateable<CooperationTable> {
  const c: Updateable<CooperationTable> = {};
  if (input.title !== undefined) c.title = input.title;
  if (input.form !== undefined) c.form = input.form;
  if (input.responsibleManagerId !== undefined) c.responsible_manager_id = input.responsibleManagerId;
  if (input.unitCode !== undefined) c.unit_code = input.unitCode;
  if (input.areas !== undefined) c.areas = unique(input.areas);
  if (input.targetGroups !== undefined) c.target_groups = unique(input.targetGroups);
  if (input.valueSek !== undefined) c.value_sek = input.valueSek;
  if (input.compensationSek !== undefined) c.compensation_sek = input.compensationSek;
  if (input.startDate !== undefined) c.start_date = input.startDate;
  if (input.endDate !== undefined) c.end_date = input.endDate;
  if (input.description !== undefined) c.description = input.description === '' ? null : input.description;
  if (input.registryNumber !== undefined) c.registry_number = input.registryNumber;
  return c;
}

/**
 * Changes a cooperation with optimistic concurrency: any field, fact sections and parties. The
 * hard limits of the form are checked again on the result (FRM-3, FRM-5, FRM-6, FRM-9).
 */
export async function updateCooperation(db: Db, ctx: RequestContext, id: string, input: UpdateCooperationInput): Promise<CooperationView> {
  assertPermitted(ctx.actor, 'cooperations.write');
  const { version, organisationIds, facts: factsChange, ...fields } = input;
  return db.transaction().execute(async (trx) => {
    const current = found(await findCooperationById(trx, id));
    if (current.version !== version) throw new DomainError('version_conflict');
    // An ended cooperation is an official record: it is read, not changed.
    if (current.status === 'ended') throw new DomainError('cooperation_ended');
    // The form decides which gates apply and what the review group was consulted on (INI-2): it is
    // fixed once the cooperation is active, and always when it came from a recommended initiative.
    if (fields.form && fields.form !== current.form && (current.status !== 'preparing' || current.initiative_id)) {
      throw new DomainError('validation_failed', { errors: [{ path: 'form', message: 'validation.form.locked' }] });
    }
    const currentParties = await findPartyIds(trx, id);
    const partyIds = organisationIds ? unique(organisationIds) : currentParties;
    const before = subjectOf(current);
    const subject: GateSubject = {
      ...before,
      form: fields.form ?? before.form,
      facts: mergeFacts(before.facts, factsChange),
      responsibleManagerId: fields.responsibleManagerId !== undefined ? fields.responsibleManagerId : before.responsibleManagerId,
      compensationSek: fields.compensationSek !== undefined ? fields.compensationSek : before.compensationSek,
      valueSek: fields.valueSek !== undefined ? fields.valueSek : before.valueSek,
      startDate: fields.startDate !== undefined ? fields.startDate : before.startDate,
      endDate: fields.endDate !== undefined ? fields.endDate : before.endDate,
    };
    const { facts } = await assembleGateFacts(trx, subject, partyIds, ctx.today);
    await assertValidCooperation(
      trx,
      {
        parties: { requested: organisationIds ?? [], found: await findPartyOrganisations(trx, partyIds, ctx.today), alreadyParties: currentParties },
        responsibleManagerId: subject.responsibleManagerId,
        managerChanged: subject.responsibleManagerId !== before.responsibleManagerId,
        unitCode: fields.unitCode ?? null,
        areas: fields.areas ?? [],
        targetGroups: fields.targetGroups ?? [],
        cooperationId: id,
        predecessorChanged: factsChange?.reservedPredecessor !== undefined,
      },
      facts,
    );
    const changes = columnsOf(fields);
    if (factsChange) changes.facts = JSON.stringify(subject.facts);
    if (!(await updateCooperationIfVersion(trx, id, version, changes))) throw new DomainError('version_conflict');
    if (organisationIds) await setParties(trx, id, partyIds);
    const updated = found(await findCooperationById(trx, id));
    await recordAudit(trx, ctx, {
      action: 'cooperation.updated',
      entityType: 'cooperation',
      entityId: id,
      before: auditedCooperation(current, currentParties),
      after: auditedCooperation(updated, partyIds),
    });
    return cooperationViewOf(trx, updated, ctx.today);
  });
}

/** The history of a cooperation: every recorded change and transition, newest first. */
export async function getCooperationHistory(
  db: Db,
  ctx: RequestContext,
  id: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<AuditEntryView>> {
  assertPermitted(ctx.actor, 'cooperations.read');
  found(await findCooperationById(db, id));
  return entityHistory(db, { type: 'cooperation', id }, page);
}

/** The gates of a step to a given status on today's date, met or not: the readiness checklist. */
export async function getCooperationGates(db: Db, ctx: RequestContext, id: string, to: CooperationStatus): Promise<GateResult[]> {
  assertPermitted(ctx.actor, 'cooperations.read');
  const row = found(await findCooperationById(db, id));
  const { facts } = await assembleGateFacts(db, subjectOf(row), await findPartyIds(db, id), ctx.today);
  return evaluateGates(facts, to, ctx.today);
}

