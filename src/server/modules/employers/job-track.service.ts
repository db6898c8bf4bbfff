import type { UnmetEmployer } from '../../../shared/employers/employer-offers.rules';
import type {
  AddJobTrackEmployerInput,
  CloseInput,
  CreateJobTrackInput,
  JobTrackList,
  JobTrackOptions,
  JobTrackQuery,
  JobTrackSummary,
  JobTrackView,
} from '../../../shared/employers/employer-offers.schemas';
import { hasPermission } from '../../../shared/users/permissions.rules';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { Language } from '../../http/language';
import { type RequestContext, rolesOf } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { findOffers, findUnits } from './employer-offer.repository';
import { employerControlGates } from './employer-control-state';
import {
  addTrackEmployer,
  findAfAgreements,
  findEmployerOrganisations,
  findJobTracks,
  findOrganisationsByIds,
  findTrackEmployers,
  findWorkingGroups,
  insertJobTrack,
  lockJobTrack,
  updateJobTrackIfVersion,
} from './job-track.repository';
import { findMemberOrganisationIds } from './membership-status.repository';

const userIdOf = (ctx: RequestContext): string | null => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);
const invalid = (path: string, message: string) => new DomainError('validation_failed', { errors: [{ path, message, requirement: 'EMP-4' }] });
const mayWrite = (ctx: RequestContext) => ctx.actor.kind === 'system' || hasPermission(rolesOf(ctx.actor), 'employers.write');

type TrackRow = Awaited<ReturnType<typeof findJobTracks>>[number];

async function toSummaries(db: Db, rows: TrackRow[], language: Language): Promise<JobTrackSummary[]> {
  const employers = await findTrackEmployers(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    occupation: r.occupation,
    places: r.places,
    startDate: r.start_date,
    endDate: r.end_date,
    unit: r.unit_code ? { code: r.unit_code, name: (language === 'en' ? r.unit_name_en : r.unit_name_sv) ?? r.unit_code } : null,
    withAf: r.with_af,
    agreement:
      r.agreement_cooperation_id && r.agreement_case_number && r.agreement_title
        ? { id: r.agreement_cooperation_id, caseNumber: r.agreement_case_number, title: r.agreement_title }
        : null,
    workingGroup: r.working_group_id && r.working_group_name ? { id: r.working_group_id, name: r.working_group_name } : null,
    status: r.status,
    employers: employers.filter((e) => e.job_track_id === r.id).map((e) => ({ id: e.id, name: e.name })),
    version: r.version,
  }));
}

/** The job tracks, filtered and sorted (EMP-4). */
export async function listJobTracks(db: Db, ctx: RequestContext, q: JobTrackQuery, language: Language): Promise<JobTrackList> {
  assertPermitted(ctx.actor, 'employers.read');
  const items = await toSummaries(db, await findJobTracks(db, q), language);
  return { items, total: items.length };
}

/**
 * The employers whose controls do not pass on the day (EMP-2: "jobbpartnerskap eller jobbspår",
 * the same controls as a job partnership), named with their unmet controls.
 */
async function unmetEmployers(db: Db, organisationIds: readonly string[], today: string): Promise<UnmetEmployer[]> {
  const [gates, organisations] = await Promise.all([employerControlGates(db, organisationIds, today), findOrganisationsByIds(db, organisationIds)]);
  return organisationIds.flatMap((id) => {
    const gate = gates.get(id);
    if (!gate || gate.met) return [];
    const name = organisations.find((o) => o.id === id)?.name ?? id;
    const controls = gate.unmet.map((s) => ({ code: s.control.code, nameSv: s.control.nameSv, nameEn: s.control.nameEn, state: s.state }));
    return [{ organisationId: id, name, controls, programme: gate.programme }];
  });
}

const STATE_WORDS: Record<Language, Record<string, string>> = {
  sv: { missing: 'saknas', failed: 'ej godkänd', expired: 'har gått ut', no_evidence: 'underlag saknas' },
  en: { missing: 'missing', failed: 'failed', expired: 'expired', no_evidence: 'no evidence' },
};

/** The refusal of a start or an addition, naming each employer and its unmet controls in words. */
function controlsRefused(unmet: UnmetEmployer[], language: Language): DomainError {
  const words = STATE_WORDS[language];
  const explanation = unmet
    .map((u) => {
      const controls = u.controls.map((c) => `${language === 'en' ? c.nameEn : c.nameSv} (${words[c.state] ?? c.state})`).join(', ');
      if (language === 'en') return `${u.name}: ${controls || 'no control programme in force'}`;
      return `${u.name}: ${controls || 'inget kontrollprogram gäller'}`;
    })
    .join('; ');
  return new DomainError('employer_controls_unmet', { extra: { requirement: 'EMP-2', employers: unmet, explanation } });
}

/** A job track with its employers, the state of each one's controls today, and the offers that name it (EMP-4, EMP-2). */
export async function getJobTrack(db: Db, ctx: RequestContext, id: string, language: Language): Promise<JobTrackView> {
  assertPermitted(ctx.actor, 'employers.read');
  const row = found((await findJobTracks(db, { id }))[0]);
  const [summary] = await toSummaries(db, [row], language);
  const employerIds = summary!.employers.map((e) => e.id);
  const [unmet, members, offers] = await Promise.all([
    unmetEmployers(db, employerIds, ctx.today),
    findMemberOrganisationIds(db, employerIds),
    findOffers(db, { jobTrackId: id }),
  ]);
  return {
    ...summary!,
    description: row.description,
    employerControls: summary!.employers.map((e) => {
      const failing = unmet.find((u) => u.organisationId === e.id);
      return { id: e.id, name: e.name, member: members.has(e.id), controlsPass: !failing, unmet: failing?.controls ?? [] };
    }),
    offers: offers.map((o) => ({ id: o.id, cooperationId: o.cooperation_id, caseNumber: o.case_number, title: o.cooperation_title, status: o.status })),
    startedAt: row.started_at ? row.started_at.toISOString() : null,
    endedAt: row.ended_at ? row.ended_at.toISOString() : null,
    endedReason: row.ended_reason,
    endedBy: row.ended_by && row.ended_by_name ? { id: row.ended_by, name: row.ended_by_name } : null,
    mayWrite: mayWrite(ctx),
  };
}

/** Checks that the ids are active employers (organisations of kind employer), members or not. */
async function assertEmployers(db: Db, ids: readonly string[], path: string): Promise<void> {
  const organisations = await findOrganisationsByIds(db, ids);
  for (const id of ids) {
    const o = organisations.find((x) => x.id === id);
    if (!o || o.kind !== 'employer' || o.status !== 'active') throw invalid(path, 'validation.jobTrack.employer');
  }
}

/**
 * Registers a planned job track (EMP-4). Run jointly with Arbetsförmedlingen it names the
 * cooperation agreement (a 'public_agreement' with Arbetsförmedlingen as a party) and optionally
 * one of the agreement's working groups, so it is listed under them.
 */
export async function createJobTrack(db: Db, ctx: RequestContext, input: CreateJobTrackInput, language: Language): Promise<JobTrackView> {
  assertPermitted(ctx.actor, 'employers.write');
  const id = await db.transaction().execute(async (trx) => {
    const employerIds = [...new Set(input.employerIds)];
    await assertEmployers(trx, employerIds, 'employerIds');
    if (input.unitCode && (await findUnits(trx, [input.unitCode], true)).length === 0) throw invalid('unitCode', 'validation.report.unknownUnit');
    const agreementId = input.agreementCooperationId ?? null;
    if (agreementId) {
      const [agreement] = await findAfAgreements(trx, agreementId);
      if (!agreement) throw invalid('agreementCooperationId', 'validation.jobTrack.agreement');
    }
    const workingGroupId = input.workingGroupId ?? null;
    if (workingGroupId && agreementId) {
      const groups = await findWorkingGroups(trx, [agreementId]);
      if (!groups.some((g) => g.id === workingGroupId)) throw invalid('workingGroupId', 'validation.jobTrack.workingGroup');
    }
    const values = {
      title: input.title,
      occupation: input.occupation,
      description: input.description ?? null,
      places: input.places,
      start_date: input.startDate,
      end_date: input.endDate,
      unit_code: input.unitCode ?? null,
      with_af: agreementId !== null,
      agreement_cooperation_id: agreementId,
      working_group_id: workingGroupId,
      created_by: userIdOf(ctx),
    };
    const newId = await insertJobTrack(trx, values, employerIds, userIdOf(ctx));
    await recordAudit(trx, ctx, { action: 'job-track.created', entityType: 'job_track', entityId: newId, after: { ...values, employerIds } });
    return newId;
  });
  return getJobTrack(db, ctx, id, language);
}

async function lockAt(trx: Db, id: string, version: number) {
  const row = found(await lockJobTrack(trx, id));
  if (row.status === 'ended') throw new DomainError('job_track_ended');
  if (row.version !== version) throw new DomainError('version_conflict');
  return row;
}

/**
 * Starts a planned track (EMP-4): every employer of the track must pass the employer controls
 * today, as for a job partnership (EMP-2); otherwise 409 naming each employer and its unmet controls.
 */
export async function startJobTrack(db: Db, ctx: RequestContext, id: string, input: { version: number }, language: Language): Promise<JobTrackView> {
  assertPermitted(ctx.actor, 'employers.write');
  await db.transaction().execute(async (trx) => {
    const row = await lockAt(trx, id, input.version);
    if (row.status !== 'planned') throw new DomainError('transition_not_allowed');
    const employers = (await findTrackEmployers(trx, [id])).map((e) => e.id);
    const unmet = await unmetEmployers(trx, employers, ctx.today);
    if (unmet.length > 0) throw controlsRefused(unmet, language);
    const changes = { status: 'running' as const, started_at: new Date(), started_by: userIdOf(ctx) };
    if (!(await updateJobTrackIfVersion(trx, id, input.version, changes))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, { action: 'job-track.started', entityType: 'job_track', entityId: id, before: { status: row.status }, after: { status: 'running' }, data: { employers } });
  });
  return getJobTrack(db, ctx, id, language);
}

/** Ends a planned or running track by hand, with a reason (EMP-4). */
export async function endJobTrack(db: Db, ctx: RequestContext, id: string, input: CloseInput, language: Language): Promise<JobTrackView> {
  assertPermitted(ctx.actor, 'employers.write');
  await db.transaction().execute(async (trx) => {
    const row = await lockAt(trx, id, input.version);
    const changes = { status: 'ended' as const, ended_at: new Date(), ended_reason: input.reason, ended_by: userIdOf(ctx) };
    if (!(await updateJobTrackIfVersion(trx, id, input.version, changes))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, { action: 'job-track.ended', entityType: 'job_track', entityId: id, before: { status: row.status }, after: { status: 'ended', reason: input.reason } });
  });
  return getJobTrack(db, ctx, id, language);
}

/** Adds an employer to a track; to a running track only when its controls pass today (EMP-2). */
export async function addJobTrackEmployer(db: Db, ctx: RequestContext, id: string, input: AddJobTrackEmployerInput, language: Language): Promise<JobTrackView> {
  assertPermitted(ctx.actor, 'employers.write');
  await db.transaction().execute(async (trx) => {
    const row = await lockAt(trx, id, input.version);
    await assertEmployers(trx, [input.organisationId], 'organisationId');
    const current = await findTrackEmployers(trx, [id]);
    if (current.some((e) => e.id === input.organisationId)) throw new DomainError('job_track_employer_exists');
    if (row.status === 'running') {
      const unmet = await unmetEmployers(trx, [input.organisationId], ctx.today);
      if (unmet.length > 0) throw controlsRefused(unmet, language);
    }
    await addTrackEmployer(trx, id, input.organisationId, userIdOf(ctx));
    if (!(await updateJobTrackIfVersion(trx, id, input.version, {}))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, { action: 'job-track.employer.added', entityType: 'job_track', entityId: id, after: { organisationId: input.organisationId } });
  });
  return getJobTrack(db, ctx, id, language);
}

/** What the job-track form chooses from (EMP-4). */
export async function jobTrackOptions(db: Db, ctx: RequestContext, language: Language): Promise<JobTrackOptions> {
  assertPermitted(ctx.actor, 'employers.read');
  const agreements = (await findAfAgreements(db)).filter((a) => a.status !== 'ended');
  const [groups, employers, units] = await Promise.all([
    findWorkingGroups(db, agreements.map((a) => a.id)),
    findEmployerOrganisations(db),
    findUnits(db, null, true),
  ]);
  return {
    agreements: agreements.map((a) => ({
      id: a.id,
      caseNumber: a.case_number,
      title: a.title,
      workingGroups: groups.filter((g) => g.cooperation_id === a.id && g.status === 'active').map((g) => ({ id: g.id, name: g.name })),
    })),
    employers,
    units: units.map((u) => ({ code: u.code, name: language === 'en' ? u.name_en : u.name_sv })),
  };
}
