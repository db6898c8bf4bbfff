import type { CreateSsoRoleMappingInput, SsoRoleMappingList, SsoRoleMappingView } from '../../../shared/users/sso.schemas';
import type { Db } from '../../db/database';
import type { SsoRoleMappingRow } from '../../db/schema-sso';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { deleteRoleMapping, findRoleMapping, findRoleMappings, insertRoleMapping } from './sso.repository';

function toView(row: SsoRoleMappingRow): SsoRoleMappingView {
  return { id: row.id, claimValue: row.claim_value, role: row.role, createdAt: row.created_at.toISOString() };
}

/** Every mapping of a group claim value to a staff role (issue 15). */
export async function listRoleMappings(db: Db, ctx: RequestContext): Promise<SsoRoleMappingList> {
  assertPermitted(ctx.actor, 'users.manage');
  return { items: (await findRoleMappings(db)).map(toView) };
}

/** Maps a group claim value to a staff role; it counts from the next sign-in (issue 15). */
export async function createRoleMapping(db: Db, ctx: RequestContext, input: CreateSsoRoleMappingInput): Promise<SsoRoleMappingView> {
  assertPermitted(ctx.actor, 'users.manage');
  return db.transaction().execute(async (trx) => {
    const row = await insertRoleMapping(trx, {
      claimValue: input.claimValue,
      role: input.role,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    if (!row) throw new DomainError('sso_mapping_exists');
    await recordAudit(trx, ctx, {
      action: 'sso.role-mapping.created',
      entityType: 'sso_role_mapping',
      entityId: row.id,
      after: { claimValue: row.claim_value, role: row.role },
    });
    return toView(row);
  });
}

/** Removes a mapping; accounts it gave a role lose it at their next sign-in (issue 15). */
export async function removeRoleMapping(db: Db, ctx: RequestContext, id: string): Promise<void> {
  assertPermitted(ctx.actor, 'users.manage');
  await db.transaction().execute(async (trx) => {
    const row = found(await findRoleMapping(trx, id));
    await deleteRoleMapping(trx, id);
    await recordAudit(trx, ctx, {
      action: 'sso.role-mapping.deleted',
      entityType: 'sso_role_mapping',
      entityId: row.id,
      before: { claimValue: row.claim_value, role: row.role },
    });
  });
}
