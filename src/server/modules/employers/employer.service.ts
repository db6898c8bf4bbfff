import { EMPLOYER_SIZE_BAND_NAMES, EMPLOYER_TYPE_NAMES } from '../../../shared/employers/employer-type.names';
import type { EmployerProfileInput, EmployerView, MemberExportQuery, MemberItem, MemberList, MemberQuery } from '../../../shared/employers/membership.schemas';
import type { EmployerSizeBand, EmployerType } from '../../../shared/employers/membership.rules';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { Language } from '../../http/language';
import type { RequestContext } from '../../http/request-context';
import { toCsv } from '../../lib/spreadsheet/csv';
import type { CellInput } from '../../lib/spreadsheet/table';
import { toXlsx } from '../../lib/spreadsheet/xlsx';
import { recordAudit } from '../audit/audit.service';
import { findEmployerOrganisation, findEmployerProfile, insertEmployerProfile, updateEmployerProfileIfVersion } from './employer-profile.repository';
import { findApplications } from './membership-application.repository';
import { toApplicationListItem } from './membership-application.views';
import { findMemberOrganisationIds, findMembers, type MemberFilter, type MemberRow } from './membership-status.repository';

/** The most members one list or export holds. */
const MAX_MEMBERS = 5_000;

function toMemberItem(r: MemberRow): MemberItem {
  return {
    organisationId: r.organisation_id,
    name: r.name,
    orgNumber: r.org_number,
    employerType: (r.employer_type as EmployerType | null) ?? null,
    sizeBand: (r.size_band as EmployerSizeBand | null) ?? null,
    cooperationId: r.cooperation_id,
    caseNumber: r.case_number,
    status: r.status === 'ended' ? 'ended' : 'active',
    memberSince: r.activated_on,
    endedOn: r.ended_on,
    endedReason: r.ended_reason,
    responsibleManager: r.manager_name,
  };
}

function toMemberFilter(q: MemberQuery): MemberFilter {
  if (q.memberFrom && q.memberTo && q.memberTo < q.memberFrom) {
    throw new DomainError('validation_failed', { errors: [{ path: 'memberTo', message: 'validation.dateRange' }] });
  }
  return { q: q.q || undefined, employerTypes: q.employerType, status: q.status, memberFrom: q.memberFrom, memberTo: q.memberTo, sort: q.sort, order: q.order };
}

/** Integrationspakten's members (EMP-1), filtered by employer type (platform or gig companies too), member-since range, status and search. */
export async function listMembers(db: Db, ctx: RequestContext, q: MemberQuery): Promise<MemberList> {
  assertPermitted(ctx.actor, 'employers.read');
  const rows = await findMembers(db, toMemberFilter(q), MAX_MEMBERS + 1);
  return { items: rows.slice(0, MAX_MEMBERS).map(toMemberItem), total: Math.min(rows.length, MAX_MEMBERS), truncated: rows.length > MAX_MEMBERS };
}

const headers: Record<Language, string[]> = {
  sv: ['Arbetsgivare', 'Organisationsnummer', 'Typ av arbetsgivare', 'Storlek', 'Ärendenummer', 'Status', 'Medlem sedan', 'Avslutat', 'Skäl till avslut', 'Ansvarig chef'],
  en: ['Employer', 'Organisation number', 'Employer type', 'Size', 'Case number', 'Status', 'Member since', 'Ended', 'Reason for ending', 'Responsible manager'],
};
const statusNames: Record<Language, Record<'active' | 'ended', string>> = { sv: { active: 'Medlem', ended: 'Avslutat' }, en: { active: 'Member', ended: 'Ended' } };

/** The filtered member list as CSV or XLSX (EMP-1), with the writers the cooperation export uses. */
export async function exportMembers(
  db: Db,
  ctx: RequestContext,
  q: Omit<MemberExportQuery, 'lang'>,
  options: { language: Language; timeZone: string },
): Promise<{ bytes: Buffer; fileName: string; mediaType: string }> {
  assertPermitted(ctx.actor, 'employers.read');
  const { language, timeZone } = options;
  const { format, ...filters } = q;
  const items = (await findMembers(db, toMemberFilter(filters), MAX_MEMBERS)).map(toMemberItem);
  const cells: CellInput[][] = items.map((m) => [
    m.name,
    m.orgNumber,
    m.employerType ? EMPLOYER_TYPE_NAMES[language][m.employerType] : null,
    m.sizeBand ? EMPLOYER_SIZE_BAND_NAMES[language][m.sizeBand] : null,
    m.caseNumber,
    statusNames[language][m.status],
    m.memberSince,
    m.endedOn,
    m.endedReason,
    m.responsibleManager,
  ]);
  const stem = `${language === 'en' ? 'integrationspakten-members' : 'integrationspakten-medlemmar'}-${ctx.today}`;
  if (format === 'csv') return { bytes: toCsv(headers[language], cells, { timeZone }), fileName: `${stem}.csv`, mediaType: 'text/csv; charset=utf-8' };
  return {
    bytes: await toXlsx(language === 'en' ? 'Members' : 'Medlemmar', headers[language], cells, { timeZone }),
    fileName: `${stem}.xlsx`,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}

/** An employer's page (EMP-1): the organisation, its profile, whether it is a member, its memberships and applications. */
export async function getEmployer(db: Db, ctx: RequestContext, organisationId: string): Promise<EmployerView> {
  assertPermitted(ctx.actor, 'employers.read');
  const organisation = found(await findEmployerOrganisation(db, organisationId));
  const [profile, members, memberships, applications] = await Promise.all([
    findEmployerProfile(db, organisationId),
    findMemberOrganisationIds(db, [organisationId]),
    findMembers(db, { status: 'all', organisationId, sort: 'memberSince', order: 'desc' }, 100),
    findApplications(db, { organisationId, sort: 'date', order: 'desc', limit: 100 }),
  ]);
  return {
    organisation: { id: organisation.id, name: organisation.name, orgNumber: organisation.org_number, status: organisation.status, legalForm: organisation.legal_form },
    profile: profile ? { employerType: profile.employer_type, sizeBand: profile.size_band, version: profile.version } : null,
    isMember: members.has(organisationId),
    memberships: memberships.map(toMemberItem),
    applications: applications.map(toApplicationListItem),
  };
}

/** Records or changes an employer's type and size band (EMP-1), with optimistic concurrency once it exists. */
export async function saveEmployerProfile(db: Db, ctx: RequestContext, organisationId: string, input: EmployerProfileInput): Promise<EmployerView> {
  assertPermitted(ctx.actor, 'employers.write');
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  await db.transaction().execute(async (trx) => {
    found(await findEmployerOrganisation(trx, organisationId));
    const before = await findEmployerProfile(trx, organisationId);
    const changes = { employer_type: input.employerType, size_band: input.sizeBand ?? null, updated_by: userId };
    if (before) {
      if (input.version === undefined || input.version !== before.version) throw new DomainError('version_conflict');
      if (!(await updateEmployerProfileIfVersion(trx, organisationId, input.version, changes))) throw new DomainError('version_conflict');
    } else if (!(await insertEmployerProfile(trx, { organisation_id: organisationId, ...changes }))) {
      throw new DomainError('version_conflict');
    }
    await recordAudit(trx, ctx, {
      action: before ? 'employer_profile.updated' : 'employer_profile.created',
      entityType: 'organisation',
      entityId: organisationId,
      before: before ? { employerType: before.employer_type, sizeBand: before.size_band } : null,
      after: { employerType: changes.employer_type, sizeBand: changes.size_band },
    });
  });
  return getEmployer(db, ctx, organisationId);
}
