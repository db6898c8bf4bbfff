import { groupRepresentationByParty, buildStructureTree, flattenStructureTree } from '../../../shared/governance/structure.rules';
import {
  replaceRepresentationInput,
  type GovernanceStructureView,
  type ReplaceRepresentationInput,
  type RepresentationRowView,
  type RepresentationView,
  type StructureQuery,
} from '../../../shared/governance/structure.schemas';
import type { GovernanceBodyType } from '../../../shared/governance/governance.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { assertCanReadBody, governanceReadScope } from './governance-access';
import { cooperationExists, findBodyById } from './governance.repository';
import {
  existingOrganisationIds,
  findCooperationsWithBodies,
  findRepresentation,
  findStructureBodies,
  replaceRepresentation,
  type RepresentationWithOrganisation,
} from './representation.repository';

const toRowView = (r: RepresentationWithOrganisation): RepresentationRowView => ({
  id: r.id,
  party: r.party,
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
  representative: r.representative,
  kind: r.kind,
  sortOrder: r.sort_order,
});

const audited = (rows: { party: string; organisation_id?: string | null; organisationId?: string | null; representative: string; kind: string }[]) =>
  rows.map((r) => ({ party: r.party, organisationId: r.organisationId ?? r.organisation_id ?? null, representative: r.representative, kind: r.kind }));

/** A body's representation as its agreement lists it (AGR-3); 404 outside the caller's scope. */
export async function getRepresentation(db: Db, ctx: RequestContext, bodyId: string): Promise<RepresentationView> {
  await assertCanReadBody(db, ctx, bodyId);
  found(await findBodyById(db, bodyId, ctx.today));
  return { bodyId, items: (await findRepresentation(db, [bodyId])).map(toRowView) };
}

/** Replaces a body's ordered representation (AGR-3), audited with the list before and after. */
export async function replaceBodyRepresentation(db: Db, ctx: RequestContext, bodyId: string, raw: ReplaceRepresentationInput): Promise<RepresentationView> {
  assertPermitted(ctx.actor, 'governance.write');
  const input = replaceRepresentationInput.parse(raw);
  return db.transaction().execute(async (trx) => {
    const body = found(await findBodyById(trx, bodyId, ctx.today, true));
    if (body.status === 'closed') throw new DomainError('governance_body_closed');
    const referenced = input.rows.map((r) => r.organisationId ?? null).filter((id): id is string => id !== null);
    const known = await existingOrganisationIds(trx, referenced);
    const errors = input.rows.flatMap((r, i) =>
      r.organisationId && !known.has(r.organisationId) ? [{ path: `rows.${i}.organisationId`, message: 'validation.organisation.unknown' }] : [],
    );
    if (errors.length > 0) throw new DomainError('validation_failed', { errors });
    const before = await findRepresentation(trx, [bodyId]);
    const rows = input.rows.map((r) => ({ party: r.party, organisationId: r.organisationId ?? null, representative: r.representative, kind: r.kind }));
    await replaceRepresentation(trx, bodyId, rows);
    await recordAudit(trx, ctx, {
      action: 'governance-body.representation-replaced',
      entityType: 'governance_body',
      entityId: bodyId,
      before: { representation: audited(before) },
      after: { representation: audited(rows) },
    });
    return { bodyId, items: (await findRepresentation(trx, [bodyId])).map(toRowView) };
  });
}

/**
 * The organisation diagram (AGR-3): the bodies linked to a cooperation, or all active bodies, in
 * tree order by their reports-to links, each with its representation grouped by party. A
 * steering member sees only the bodies they sit on, and no link to a body they may not see.
 */
export async function getGovernanceStructure(db: Db, ctx: RequestContext, q: StructureQuery): Promise<GovernanceStructureView> {
  const scope = governanceReadScope(ctx);
  if (q.cooperationId && !(await cooperationExists(db, q.cooperationId))) throw new DomainError('not_found');
  if (!scope.all && !scope.userId) return { cooperationId: q.cooperationId ?? null, nodes: [], cooperations: [] };
  const memberUserId = scope.all ? undefined : (scope.userId ?? undefined);
  const [bodies, cooperations] = await Promise.all([
    findStructureBodies(db, { cooperationId: q.cooperationId, memberUserId }),
    findCooperationsWithBodies(db, memberUserId),
  ]);
  const representation = await findRepresentation(
    db,
    bodies.map((b) => b.id),
  );
  const visible = new Set(bodies.map((b) => b.id));
  const tree = buildStructureTree(bodies.map((b) => ({ ...b, type: b.type as GovernanceBodyType, reportsToId: b.reports_to_id })));
  return {
    cooperationId: q.cooperationId ?? null,
    nodes: flattenStructureTree(tree).map(({ body, depth, parentId, childIds }) => ({
      id: body.id,
      name: body.name,
      type: body.type,
      status: body.status,
      permanent: body.permanent,
      mandate: body.mandate,
      reportsToId: scope.all || (body.reports_to_id && visible.has(body.reports_to_id)) ? body.reports_to_id : null,
      parentId,
      depth,
      childIds,
      representation: groupRepresentationByParty(representation.filter((r) => r.body_id === body.id).map(toRowView)),
    })),
    cooperations: cooperations.map((c) => ({ id: c.id, caseNumber: c.case_number, title: c.title, form: c.form })),
  };
}
