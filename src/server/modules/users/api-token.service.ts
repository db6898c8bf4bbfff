import type {
  ApiTokenQuery,
  ApiTokenView,
  CreateApiTokenInput,
  CreatedApiTokenView,
} from '../../../shared/users/api-token.schemas';
import type { Page } from '../../../shared/http/pagination.schemas';
import type { VersionInput } from '../../../shared/users/user.schemas';
import type { Db } from '../../db/database';
import type { ApiTokenRow } from '../../db/schema';
import { assertPermitted } from '../../http/authorize';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { countApiTokens, findApiTokenById, findApiTokens, insertApiToken, revokeApiTokenIfVersion } from './api-token.repository';
import { hashSecret, newSecret } from './secrets';
import { toApiTokenView } from './user.views';

export const API_TOKEN_PREFIX = 'svk_';

function audited(row: ApiTokenRow): Record<string, unknown> {
  return { name: row.name, prefix: row.prefix, roles: row.roles, expiresAt: row.expires_at?.toISOString() ?? null, revokedAt: row.revoked_at?.toISOString() ?? null };
}

/** Creates an API token for an integration; the secret is returned this once and stored hashed. */
export async function createApiToken(db: Db, ctx: RequestContext, input: CreateApiTokenInput): Promise<CreatedApiTokenView> {
  assertPermitted(ctx.actor, 'api-tokens.manage');
  const secret = `${API_TOKEN_PREFIX}${newSecret()}`;
  return db.transaction().execute(async (trx) => {
    const row = await insertApiToken(trx, {
      name: input.name,
      tokenHash: hashSecret(secret),
      prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
      roles: [...new Set(input.roles)],
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      // An expiry date means the token works through that whole day (UTC).
      expiresAt: input.expiresAt ? new Date(`${input.expiresAt}T23:59:59.999Z`) : null,
    });
    await recordAudit(trx, ctx, { action: 'api-token.created', entityType: 'api_token', entityId: row.id, after: audited(row) });
    return { token: toApiTokenView(row), secret };
  });
}

const isTimeIdCursor = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && !Number.isNaN(Date.parse(v[0])) && typeof v[1] === 'string' && /^[0-9a-f-]{36}$/i.test(v[1]);

/** Lists API tokens, newest first; revoked ones only when asked for. */
export async function listApiTokens(db: Db, ctx: RequestContext, q: ApiTokenQuery): Promise<Page<ApiTokenView>> {
  assertPermitted(ctx.actor, 'api-tokens.manage');
  const after = q.cursor ? decodeCursor(q.cursor, isTimeIdCursor) : undefined;
  const [rows, total] = await Promise.all([findApiTokens(db, q, after), countApiTokens(db, q)]);
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(toApiTokenView),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.created_at.toISOString(), last.id]) : null,
    total,
  };
}

/** Revokes a token; it stops working at once. */
export async function revokeApiToken(db: Db, ctx: RequestContext, id: string, input: VersionInput): Promise<ApiTokenView> {
  assertPermitted(ctx.actor, 'api-tokens.manage');
  return db.transaction().execute(async (trx) => {
    const current = found(await findApiTokenById(trx, id));
    if (current.revoked_at) throw new DomainError('already_revoked');
    const updated = await revokeApiTokenIfVersion(trx, id, input.version, new Date());
    if (!updated) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, {
      action: 'api-token.revoked',
      entityType: 'api_token',
      entityId: id,
      before: audited(current),
      after: audited(updated),
    });
    return toApiTokenView(updated);
  });
}
