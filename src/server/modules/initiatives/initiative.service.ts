import type { Updateable } from 'kysely';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import type { InitiativeStatus } from '../../../shared/cooperations/forms';
import type { RegistryNumberInput } from '../../../shared/cooperations/registry-number.schemas';
import { registryNumberMatch } from '../../../shared/cooperations/registry-number.rules';
import { initiativeNumberMatch } from '../../../shared/initiatives/initiative-number.rules';
import type { Page } from '../../../shared/http/pagination.schemas';
import type {
  CreateInitiativeInput,
  InitiativeDetailView,
  InitiativePage,
  InitiativeQuery,
  UpdateInitiativeInput,
} from '../../../shared/initiatives/initiative.schemas';
import type { VersionInput } from '../../../shared/users/user.schemas';
import type { Db } from '../../db/database';
import type { InitiativeTable } from '../../db/schema-cooperations';
import { assertPermitted } from '../../http/authorize';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import { DomainError, type FieldError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { entityHistory, recordAudit } from '../audit/audit.service';
import { findAreas, findNamedReference } from '../organisations/reference.repository';
import { findAttachments } from './attachment.repository';
import { findPlannedMeetingOf } from './review.repository';
import {
  countInitiatives,
  findActiveOrganisationIds,
  findInitiativeById,
  findInitiatives,
  findLatestRecommendation,
  findOrganisationsOfInitiatives,
  type InitiativeFilter,
  type InitiativeListRow,
  insertInitiative,
  replaceInitiativeOrganisations,
  updateInitiativeIfVersion,
} from './initiative.repository';
import { auditedInitiative, toAttachmentView, toInitiativeView, toRecommendationSummary } from './initiative.views';

/** While the review group has not taken it up, or has asked for more, the proposer may still edit. */
const EDITABLE_STATUSES: readonly InitiativeStatus[] = ['submitted', 'more_information'];
/** A converted initiative lives on as its cooperation; a withdrawn one is already closed. */
const FINAL_STATUSES: readonly InitiativeStatus[] = ['converted', 'withdrawn'];

type ReferenceFields = { organisationIds?: string[]; areas?: string[]; targetGroups?: string[]; unitCode?: string | null };

/**
 * Checks codes and organisations against the register and reference data (active ones only);
 * values the initiative already holds are kept even if since deactivated or archived.
 */
export async function assertInitiativeReferences(db: Db, fields: ReferenceFields, kept: ReferenceFields = {}): Promise<void> {
  const errors: FieldError[] = [];
  const unknown = (values: string[] | undefined, known: Set<string>, keptValues: string[] | undefined, path: string, message: string) =>
    values?.forEach((value, i) => {
      if (!known.has(value) && !keptValues?.includes(value)) errors.push({ path: `${path}.${i}`, message });
    });
  if (fields.organisationIds && fields.organisationIds.length > 0) {
    const active = await findActiveOrganisationIds(db, fields.organisationIds);
    unknown(fields.organisationIds, active, kept.organisationIds, 'organisationIds', 'validation.organisation.unknown');
  }
  if (fields.areas && fields.areas.length > 0) {
    const known = new Set((await findAreas(db)).map((a) => a.code));
    unknown(fields.areas, known, kept.areas, 'areas', 'validation.area.unknown');
  }
  if (fields.targetGroups && fields.targetGroups.length > 0) {
    const known = new Set((await findNamedReference(db, 'target_group')).map((g) => g.code));
    unknown(fields.targetGroups, known, kept.targetGroups, 'targetGroups', 'validation.targetGroup.unknown');
  }
  if (fields.unitCode && fields.unitCode !== kept.unitCode) {
    const known = new Set((await findNamedReference(db, 'unit')).map((u) => u.code));
    if (!known.has(fields.unitCode)) errors.push({ path: 'unitCode', message: 'validation.unit.unknown' });
  }
  if (errors.length > 0) throw new DomainError('validation_failed', { errors });
}

const unique = (values: string[]) => [...new Set(values)];

/** Columns of an initiative from validated input fields (absent fields left out). */
function columnsOf(input: Partial<CreateInitiativeInput>): Updateable<InitiativeTable> {
  const c: Updateable<InitiativeTable> = {};
  if (input.title !== undefined) c.title = input.title;
  if (input.origin !== undefined) c.origin = input.origin;
  if (input.brief !== undefined) c.brief = input.brief;
  if (input.targetGroups !== undefined) c.target_groups = unique(input.targetGroups);
  if (input.areas !== undefined) c.areas = unique(input.areas);
  if (input.unitCode !== undefined) c.unit_code = input.unitCode;
  if (input.proposedForm !== undefined) c.proposed_form = input.proposedForm;
  if (input.expectedCompensationSek !== undefined) c.expected_compensation_sek = input.expectedCompensationSek;
  if (input.estimatedValueSek !== undefined) c.estimated_value_sek = input.estimatedValueSek;
  if (input.intendedDurationMonths !== undefined) c.intended_duration_months = input.intendedDurationMonths;
  if (input.facts !== undefined) c.facts = JSON.stringify(input.facts);
  if (input.registryNumber !== undefined) c.registry_number = input.registryNumber;
  return c;
}

async function organisationIdsOf(db: Db, initiativeId: string): Promise<string[]> {
  return (await findOrganisationsOfInitiatives(db, [initiativeId])).map((o) => o.id);
}

/** The full view of one initiative: organisations, attachments and the newest recommendation. */
export async function detailOf(db: Db, row: InitiativeListRow): Promise<InitiativeDetailView> {
  const [organisations, attachments, recommendation, plannedMeeting] = await Promise.all([
    findOrganisationsOfInitiatives(db, [row.id]),
    findAttachments(db, row.id),
    findLatestRecommendation(db, row.id),
    findPlannedMeetingOf(db, row.id),
  ]);
  return {
    ...toInitiativeView(row, organisations),
    attachments: attachments.map(toAttachmentView),
    latestRecommendation: recommendation ? toRecommendationSummary(recommendation) : null,
    plannedMeeting: plannedMeeting ? { id: plannedMeeting.id, meetingDate: plannedMeeting.meeting_date } : null,
  };
}

const isKeyset = (v: unknown): v is [string, string] =>
  Array.isArray(v) &&
  v.length === 2 &&
  typeof v[0] === 'string' &&
  !Number.isNaN(Date.parse(v[0])) &&
  typeof v[1] === 'string' &&
  /^[0-9a-f-]{36}$/i.test(v[1]);

/**
 * Lists initiatives newest first, filtered by status, origin, area, target group, organisation and
 * text (INI-1); the text also finds an initiative by its number or its registry number.
 */
export async function listInitiatives(db: Db, ctx: RequestContext, q: InitiativeQuery): Promise<InitiativePage> {
  assertPermitted(ctx.actor, 'initiatives.read');
  const after = q.cursor ? decodeCursor(q.cursor, isKeyset) : undefined;
  const area = q.area;
  const areaCodes = area ? (await findAreas(db)).filter((a) => a.code === area || a.parent_code === area).map((a) => a.code) : undefined;
  const filter: InitiativeFilter = {
    q: q.q || undefined,
    statuses: q.status,
    origin: q.origin,
    areaCodes: area ? (areaCodes && areaCodes.length > 0 ? areaCodes : [area]) : undefined,
    targetGroup: q.targetGroup,
    organisationId: q.organisationId,
    number: q.q ? initiativeNumberMatch(q.q) : undefined,
    registryNumber: q.q ? registryNumberMatch(q.q) : undefined,
  };
  const [rows, total] = await Promise.all([findInitiatives(db, filter, { limit: q.limit, after }), countInitiatives(db, filter)]);
  const items = rows.slice(0, q.limit);
  const organisations = await findOrganisationsOfInitiatives(db, items.map((r) => r.id));
  const last = items[items.length - 1];
  return {
    items: items.map((row) => toInitiativeView(row, organisations.filter((o) => o.initiative_id === row.id))),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.created_at.toISOString(), last.id]) : null,
    total,
  };
}

/** One initiative with its organisations, attachments, proposer and newest recommendation. */
export async function getInitiative(db: Db, ctx: RequestContext, id: string): Promise<InitiativeDetailView> {
  assertPermitted(ctx.actor, 'initiatives.read');
  return detailOf(db, found(await findInitiativeById(db, id)));
}

/** Registers an initiative from an outside organisation or an own unit (INI-1); it awaits review. */
export async function createInitiative(db: Db, ctx: RequestContext, input: CreateInitiativeInput): Promise<InitiativeDetailView> {
  assertPermitted(ctx.actor, 'initiatives.write');
  return db.transaction().execute(async (trx) => {
    const organisationIds = unique(input.organisationIds ?? []);
    await assertInitiativeReferences(trx, { ...input, organisationIds });
    // Millisecond timestamps, so the list's cursor (an ISO string) matches the stored value exactly.
    const now = new Date();
    const id = await insertInitiative(trx, {
      ...columnsOf(input),
      title: input.title,
      origin: input.origin,
      brief: input.brief,
      submitted_via: 'staff',
      status: 'submitted',
      // The number's year is the calendar year where the administration is, as case numbers' are.
      number_year: Number(ctx.today.slice(0, 4)),
      created_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      created_at: now,
      updated_at: now,
    });
    await replaceInitiativeOrganisations(trx, id, organisationIds);
    const row = found(await findInitiativeById(trx, id));
    await recordAudit(trx, ctx, { action: 'initiative.created', entityType: 'initiative', entityId: id, after: auditedInitiative(row, organisationIds) });
    return detailOf(trx, row);
  });
}

async function change(
  db: Db,
  ctx: RequestContext,
  id: string,
  version: number,
  action: string,
  decide: (current: InitiativeListRow, currentOrganisationIds: string[], trx: Db) => Promise<{ columns: Updateable<InitiativeTable>; organisationIds?: string[] }>,
): Promise<InitiativeDetailView> {
  assertPermitted(ctx.actor, 'initiatives.write');
  return db.transaction().execute(async (trx) => {
    const current = found(await findInitiativeById(trx, id));
    if (current.version !== version) throw new DomainError('version_conflict');
    const currentOrganisationIds = await organisationIdsOf(trx, id);
    const { columns, organisationIds } = await decide(current, currentOrganisationIds, trx);
    if (!(await updateInitiativeIfVersion(trx, id, version, columns))) throw new DomainError('version_conflict');
    if (organisationIds) await replaceInitiativeOrganisations(trx, id, organisationIds);
    const updated = found(await findInitiativeById(trx, id));
    await recordAudit(trx, ctx, {
      action,
      entityType: 'initiative',
      entityId: id,
      before: auditedInitiative(current, currentOrganisationIds),
      after: auditedInitiative(updated, organisationIds ?? currentOrganisationIds),
    });
    return detailOf(trx, updated);
  });
}

/** Edits an initiative while it awaits review or more information; the change is kept in its history. */
export function updateInitiative(db: Db, ctx: RequestContext, id: string, input: UpdateInitiativeInput): Promise<InitiativeDetailView> {
  const { version, organisationIds, ...fields } = input;
  return change(db, ctx, id, version, 'initiative.updated', async (current, currentOrganisationIds, trx) => {
    if (!EDITABLE_STATUSES.includes(current.status as InitiativeStatus)) throw new DomainError('transition_not_allowed');
    const nextOrganisationIds = organisationIds === undefined ? undefined : unique(organisationIds);
    await assertInitiativeReferences(
      trx,
      { ...fields, ...(nextOrganisationIds ? { organisationIds: nextOrganisationIds } : {}) },
      { organisationIds: currentOrganisationIds, areas: current.areas, targetGroups: current.target_groups, unitCode: current.unit_code },
    );
    return { columns: columnsOf(fields), ...(nextOrganisationIds ? { organisationIds: nextOrganisationIds } : {}) };
  });
}

/**
 * Records or clears the registry's own number (diarienummer) of an initiative at any stage: the
 * registry gives it when the case is registered, which may be after the review group has taken it
 * up; the change is kept in the initiative's history.
 */
export function setInitiativeRegistryNumber(db: Db, ctx: RequestContext, id: string, input: RegistryNumberInput): Promise<InitiativeDetailView> {
  return change(db, ctx, id, input.version, 'initiative.registry-number-set', async () => ({ columns: { registry_number: input.registryNumber } }));
}

/** Withdraws an initiative; it stays on record, closed (nothing is deleted). */
export function withdrawInitiative(db: Db, ctx: RequestContext, id: string, input: VersionInput): Promise<InitiativeDetailView> {
  return change(db, ctx, id, input.version, 'initiative.withdrawn', async (current) => {
    if (FINAL_STATUSES.includes(current.status as InitiativeStatus)) throw new DomainError('transition_not_allowed');
    return { columns: { status: 'withdrawn' } };
  });
}

/** The history of an initiative: every recorded change and event, newest first. */
export async function getInitiativeHistory(
  db: Db,
  ctx: RequestContext,
  id: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<AuditEntryView>> {
  assertPermitted(ctx.actor, 'initiatives.read');
  found(await findInitiativeById(db, id));
  return entityHistory(db, { type: 'initiative', id }, page);
}
