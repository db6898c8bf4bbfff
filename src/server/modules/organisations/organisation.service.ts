import type { Page } from '../../../shared/http/pagination.schemas';
import type {
  CreateOrganisationInput,
  OrganisationPage,
  OrganisationQuery,
  OrganisationView,
  UpdateOrganisationInput,
} from '../../../shared/organisations/organisation.schemas';
import { orgNumberDigits } from '../../../shared/organisations/org-number.rules';
import type { VersionInput } from '../../../shared/users/user.schemas';
import type { Db } from '../../db/database';
import type { OrganisationTable } from '../../db/schema-organisations';
import { assertPermitted } from '../../http/authorize';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import { entityHistory, recordAudit } from '../audit/audit.service';
import { assertReferenceCodes } from './organisation-validation';
import {
  correctedNameQuery,
  countOrganisations,
  findOrganisationById,
  findOrganisationByOrgNumber,
  findOrganisations,
  findOrganisationsWithTotal,
  insertOrganisations,
  type OrganisationFilter,
  type OrganisationListRow,
  updateOrganisationIfVersion,
} from './organisation.repository';
import { auditedOrganisation, toOrganisationView } from './organisation.views';
import { findAreas } from './reference.repository';
import type { Insertable, Updateable } from 'kysely';

/** The filter of a query, with an area widened to its sub-areas (no misspelling fallback). */
export async function toBaseFilter(db: Db, ctx: RequestContext, q: Omit<OrganisationQuery, 'limit' | 'cursor' | 'sort'>): Promise<OrganisationFilter> {
  const areaCodes = q.area
    ? (await findAreas(db)).filter((a) => a.code === q.area || a.parent_code === q.area).map((a) => a.code)
    : undefined;
  return { ...q, areaCodes: areaCodes && areaCodes.length > 0 ? areaCodes : q.area ? [q.area] : undefined, today: ctx.today };
}

/** The filter of a query; a search text that finds nothing is corrected word by word (misspellings). */
export async function toFilter(db: Db, ctx: RequestContext, q: Omit<OrganisationQuery, 'limit' | 'cursor' | 'sort'>): Promise<OrganisationFilter> {
  const filter = await toBaseFilter(db, ctx, q);
  if (q.q && !orgNumberDigits(q.q) && (await countOrganisations(db, filter, 0)) === 0) {
    filter.fuzzyQuery = await correctedNameQuery(db, q.q);
  }
  return filter;
}

/** Beyond this many hits a list says "more than" instead of counting on (see decision 002). */
export const TOTAL_CAP = 1_000;

type Position = [string, string] | number;
const isKeyset = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && /^[0-9a-f-]{36}$/i.test(v[1]);
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100_000;
const isPosition = (v: unknown): v is Position => isKeyset(v) || isOffset(v);

/**
 * The database work of a list page (no access check): the capped total, the misspelling
 * fallback when a search text finds nothing, and the rows. Relevance sorts every hit, so a
 * search is ranked only when it has at most `TOTAL_CAP` hits; broader ones are listed by name
 * through the name index (their cursor is a name keyset, so later pages stay in that order).
 */
export async function findOrganisationPage(
  db: Db,
  base: OrganisationFilter,
  q: Pick<OrganisationQuery, 'q' | 'sort' | 'limit' | 'cursor'>,
): Promise<{ rows: OrganisationListRow[]; total: number; sort: 'name' | 'updated' | 'relevance'; after: Position | undefined }> {
  const sort = q.sort ?? (q.q ? 'relevance' : 'name');
  const text = q.q && !orgNumberDigits(q.q) ? q.q : undefined;
  // An organisation number has no name to be near: its hits are listed by name.
  const rankable = sort === 'relevance' && text !== undefined;
  const after = q.cursor ? decodeCursor(q.cursor, rankable ? isPosition : isKeyset) : undefined;
  if (!text) {
    const listSort = sort === 'relevance' ? 'name' : sort;
    const { rows, total } = await findOrganisationsWithTotal(db, base, { sort: listSort, limit: q.limit, after }, TOTAL_CAP);
    return { rows, total, sort: listSort, after };
  }
  let filter = base;
  let total = await countOrganisations(db, filter, TOTAL_CAP);
  if (total === 0) {
    const fuzzyQuery = await correctedNameQuery(db, text);
    if (fuzzyQuery === undefined) return { rows: [], total: 0, sort, after };
    filter = { ...base, fuzzyQuery };
    total = await countOrganisations(db, filter, TOTAL_CAP);
  }
  const ranked = rankable && (typeof after === 'number' || (after === undefined && total <= TOTAL_CAP));
  if (total === 0) return { rows: [], total, sort: ranked ? 'relevance' : 'name', after };
  if (ranked || !rankable) {
    const pageSort = ranked ? 'relevance' : sort === 'relevance' ? 'name' : sort;
    return { rows: await findOrganisations(db, filter, { sort: pageSort, limit: q.limit, after }), total, sort: pageSort, after };
  }
  // A broad search by relevance: names from the text on first (so names starting with it lead),
  // then the names before it, both by name through the name index. A keyset below the text is
  // already in the second part.
  const from = text.toLowerCase();
  const keyset = Array.isArray(after) ? after : undefined;
  const inSecondPart = keyset !== undefined && keyset[0] < from;
  const first = inSecondPart ? [] : await findOrganisations(db, filter, { sort: 'name', limit: q.limit, after: keyset, nameRange: { from } });
  if (first.length > q.limit) return { rows: first, total, sort: 'name', after };
  const rest = await findOrganisations(db, filter, {
    sort: 'name',
    limit: q.limit - first.length,
    after: inSecondPart ? keyset : undefined,
    nameRange: { before: from },
  });
  return { rows: [...first, ...rest], total, sort: 'name', after };
}

/** Searches and lists the register (ORG-1, OVR-1): text, filters, sort, cursor pages with a total. */
export async function listOrganisations(db: Db, ctx: RequestContext, q: OrganisationQuery): Promise<OrganisationPage> {
  assertPermitted(ctx.actor, 'organisations.read');
  const { rows, total, sort, after } = await findOrganisationPage(db, await toBaseFilter(db, ctx, q), q);
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  let nextCursor: string | null = null;
  if (rows.length > q.limit && last) {
    if (sort === 'relevance') nextCursor = encodeCursor((typeof after === 'number' ? after : 0) + q.limit);
    else if (sort === 'updated') nextCursor = encodeCursor([last.updated_at_iso, last.id]);
    else nextCursor = encodeCursor([last.name.toLowerCase(), last.id]);
  }
  return { items: items.map(toOrganisationView), nextCursor, total: Math.min(total, TOTAL_CAP), totalIsCapped: total > TOTAL_CAP };
}

/** One organisation. */
export async function getOrganisation(db: Db, ctx: RequestContext, id: string): Promise<OrganisationView> {
  assertPermitted(ctx.actor, 'organisations.read');
  return toOrganisationView(found(await findOrganisationById(db, id, ctx.today)));
}

async function assertOrgNumberFree(db: Db, orgNumber: string | null | undefined, exceptId?: string): Promise<void> {
  if (!orgNumber) return;
  const existing = await findOrganisationByOrgNumber(db, orgNumber);
  if (existing && existing.id !== exceptId) {
    throw new DomainError('org_number_taken', {
      errors: [{ path: 'orgNumber', message: 'validation.orgNumber.taken' }],
      extra: { existing: { id: existing.id, name: existing.name, href: `/api/organisations/${existing.id}` } },
    });
  }
}

/** Columns of an organisation from validated input fields (absent fields left out). */
function columnsOf(input: Partial<CreateOrganisationInput>): Updateable<OrganisationTable> {
  const c: Updateable<OrganisationTable> = {};
  if (input.name !== undefined) c.name = input.name;
  if (input.kind !== undefined) c.kind = input.kind;
  if (input.legalForm !== undefined) c.legal_form = input.legalForm;
  if (input.orgNumber !== undefined) c.org_number = input.orgNumber;
  if (input.description !== undefined) c.description = input.description;
  if (input.memberCount !== undefined) c.member_count = input.memberCount;
  if (input.website !== undefined) c.website = input.website;
  if (input.bankgiro !== undefined) c.bankgiro = input.bankgiro;
  if (input.plusgiro !== undefined) c.plusgiro = input.plusgiro;
  if (input.address !== undefined) {
    c.street = input.address?.street ?? null;
    c.postal_code = input.address?.postalCode ?? null;
    c.city = input.address?.city ?? null;
  }
  if (input.districts !== undefined) c.districts = [...new Set(input.districts)];
  if (input.areas !== undefined) c.areas = [...new Set(input.areas)];
  if (input.contacts !== undefined) {
    c.contacts = JSON.stringify(
      input.contacts.map((k) => ({ name: k.name, role: k.role ?? null, email: k.email ?? null, phone: k.phone ?? null })),
    );
  }
  return c;
}

/** Registers an organisation (ORG-1–3): reference codes checked, organisation number unique. */
export async function createOrganisation(db: Db, ctx: RequestContext, input: CreateOrganisationInput): Promise<OrganisationView> {
  assertPermitted(ctx.actor, 'organisations.write');
  return db.transaction().execute(async (trx) => {
    await assertReferenceCodes(
      trx,
      { kind: input.kind, legalForm: input.legalForm, areas: input.areas ?? [], districts: input.districts ?? [] },
      { districtsInForceOn: ctx.today },
    );
    await assertOrgNumberFree(trx, input.orgNumber);
    const now = new Date();
    const [id] = await insertOrganisations(trx, [
      { ...(columnsOf(input) as Insertable<OrganisationTable>), name: input.name, kind: input.kind, legal_form: input.legalForm, created_at: now, updated_at: now },
    ]);
    const row = found(await findOrganisationById(trx, id ?? '', ctx.today));
    await recordAudit(trx, ctx, { action: 'organisation.created', entityType: 'organisation', entityId: row.id, after: auditedOrganisation(row) });
    return toOrganisationView(row);
  });
}

async function change(
  db: Db,
  ctx: RequestContext,
  id: string,
  version: number,
  action: string,
  decide: (current: NonNullable<Awaited<ReturnType<typeof findOrganisationById>>>, trx: Db) => Promise<Updateable<OrganisationTable>>,
): Promise<OrganisationView> {
  assertPermitted(ctx.actor, 'organisations.write');
  return db.transaction().execute(async (trx) => {
    const current = found(await findOrganisationById(trx, id, ctx.today));
    if (current.version !== version) throw new DomainError('version_conflict');
    const changes = await decide(current, trx);
    if (!(await updateOrganisationIfVersion(trx, id, version, changes))) throw new DomainError('version_conflict');
    const updated = found(await findOrganisationById(trx, id, ctx.today));
    await recordAudit(trx, ctx, {
      action,
      entityType: 'organisation',
      entityId: id,
      before: auditedOrganisation(current),
      after: auditedOrganisation(updated),
    });
    return toOrganisationView(updated);
  });
}

/** Edits an organisation with optimistic concurrency; the change is kept in its history. */
export function updateOrganisation(db: Db, ctx: RequestContext, id: string, input: UpdateOrganisationInput): Promise<OrganisationView> {
  const { version, ...fields } = input;
  return change(db, ctx, id, version, 'organisation.updated', async (current, trx) => {
    if (current.status === 'archived') throw new DomainError('organisation_archived');
    const kind = fields.kind ?? current.kind;
    const legalForm = fields.legalForm ?? current.legal_form;
    await assertReferenceCodes(
      trx,
      { kind, legalForm, areas: fields.areas ?? [], districts: fields.districts ?? [] },
      { allowInactiveLegalForm: current.legal_form, districtsInForceOn: ctx.today, keepDistricts: current.districts },
    );
    if (fields.orgNumber !== undefined) await assertOrgNumberFree(trx, fields.orgNumber, id);
    return columnsOf(fields);
  });
}

/** Archives an organisation; nothing is ever deleted (official records). */
export function archiveOrganisation(db: Db, ctx: RequestContext, id: string, input: VersionInput): Promise<OrganisationView> {
  return change(db, ctx, id, input.version, 'organisation.archived', async () => ({ status: 'archived' }));
}

/** Brings an archived organisation back into the active register. */
export function restoreOrganisation(db: Db, ctx: RequestContext, id: string, input: VersionInput): Promise<OrganisationView> {
  return change(db, ctx, id, input.version, 'organisation.restored', async () => ({ status: 'active' }));
}

/** The history of an organisation: every recorded change and event, newest first. */
export async function getOrganisationHistory(
  db: Db,
  ctx: RequestContext,
  id: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<AuditEntryView>> {
  assertPermitted(ctx.actor, 'organisations.read');
  found(await findOrganisationById(db, id, ctx.today));
  return entityHistory(db, { type: 'organisation', id }, page);
}
