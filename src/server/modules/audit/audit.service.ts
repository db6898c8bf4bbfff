import { type ArchivedHead, compareWithArchivedHead, type HeadComparison } from '../../../shared/audit/audit-head.rules';
import type { AuditEntryView, AuditHead, AuditQuery } from '../../../shared/audit/audit.schemas';
import { diffFields } from '../../../shared/audit/canonical-json';
import type { Page } from '../../../shared/http/pagination.schemas';
import type { Db } from '../../db/database';
import type { AuditLogRow } from '../../db/schema';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import { assertPermitted } from '../../http/authorize';
import type { Actor, RequestContext } from '../../http/request-context';
import { chainHash } from './audit-hash';
import {
  countAuditRows,
  findAuditHashes,
  findAuditRows,
  GENESIS_HASH,
  insertAuditRow,
  lockChainAndGetLastHash,
  readChainBatch,
  readLastAuditRow,
} from './audit.repository';

export type AuditEvent = {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Extra facts about the event that are not field changes (e.g. a failed login's reason). */
  data?: Record<string, unknown>;
};

function actorFields(actor: Actor) {
  switch (actor.kind) {
    case 'user':
      return { actor_type: 'user' as const, actor_id: actor.userId, actor_label: actor.email };
    case 'token':
      return { actor_type: 'token' as const, actor_id: actor.tokenId, actor_label: actor.name };
    case 'system':
      return { actor_type: 'system' as const, actor_id: null, actor_label: actor.label };
    default:
      return { actor_type: 'anonymous' as const, actor_id: null, actor_label: null };
  }
}

/**
 * Appends an event to the hash-chained audit log. Call it inside the transaction of the change
 * it records, so that a rolled-back change leaves no audit row.
 */
export async function recordAudit(trx: Db, ctx: RequestContext, event: AuditEvent): Promise<void> {
  const changes: Record<string, { before?: unknown; after?: unknown }> = diffFields(event.before ?? null, event.after ?? null);
  for (const [key, value] of Object.entries(event.data ?? {})) changes[key] = { after: value };
  const actor = actorFields(ctx.actor);
  const occurredAt = new Date();
  const prevHash = await lockChainAndGetLastHash(trx);
  const hash = chainHash(prevHash, {
    occurredAt,
    actorType: actor.actor_type,
    actorId: actor.actor_id,
    actorLabel: actor.actor_label,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    changes,
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
  await insertAuditRow(trx, {
    occurred_at: occurredAt,
    ...actor,
    action: event.action,
    entity_type: event.entityType,
    entity_id: event.entityId,
    changes,
    request_id: ctx.requestId,
    ip: ctx.ip,
    prev_hash: prevHash,
    hash,
  });
}

export type ChainVerification = { ok: true; rows: number } | { ok: false; rows: number; brokenId: string; reason: string };

/** Walks the whole chain in order and names the first row whose link or content does not hold. */
export async function verifyAuditChain(db: Db, batchSize = 1000): Promise<ChainVerification> {
  let expectedPrev = GENESIS_HASH;
  let afterId: string | null = null;
  let rows = 0;
  for (;;) {
    const batch: AuditLogRow[] = await readChainBatch(db, afterId, batchSize);
    if (batch.length === 0) return { ok: true, rows };
    for (const row of batch) {
      rows += 1;
      if (row.prev_hash !== expectedPrev) {
        return { ok: false, rows, brokenId: row.id, reason: 'link to the previous row does not match' };
      }
      const recomputed = chainHash(row.prev_hash, {
        occurredAt: row.occurred_at,
        actorType: row.actor_type,
        actorId: row.actor_id,
        actorLabel: row.actor_label,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        changes: row.changes,
        requestId: row.request_id,
        ip: row.ip,
      });
      if (recomputed !== row.hash) {
        return { ok: false, rows, brokenId: row.id, reason: 'content does not match its hash' };
      }
      expectedPrev = row.hash;
    }
    afterId = batch[batch.length - 1]?.id ?? afterId;
  }
}

/**
 * The head of the chain (decision 022): the last row's id, hash and time, the number of rows, and
 * when it was read. Published outside the database, it lets a later check notice removed rows.
 */
export async function readAuditHead(db: Db, now: Date = new Date()): Promise<AuditHead> {
  const last = await readLastAuditRow(db);
  return {
    id: last ? String(last.id) : null,
    hash: last?.hash ?? GENESIS_HASH,
    occurredAt: last ? last.occurred_at.toISOString() : null,
    rows: last ? Number(last.rows) : 0,
    readAt: now.toISOString(),
  };
}

/** The chain head for an administrator or a monitor with the audit permission. */
export function getAuditHead(db: Db, ctx: RequestContext): Promise<AuditHead> {
  assertPermitted(ctx.actor, 'audit.read');
  return readAuditHead(db);
}

export type ArchivedHeadCheck = { head: ArchivedHead; result: HeadComparison };

/** Compares archived heads with the chain as it is now: one comparison per head, in the order given. */
export async function checkArchivedHeads(db: Db, heads: ArchivedHead[]): Promise<ArchivedHeadCheck[]> {
  const last = await readLastAuditRow(db);
  const ids = [...new Set(heads.flatMap((h) => (h.id === null ? [] : [h.id])))];
  const hashes = await findAuditHashes(db, ids);
  return heads.map((head) => ({
    head,
    result: compareWithArchivedHead(head, {
      lastId: last ? String(last.id) : null,
      rows: last ? Number(last.rows) : 0,
      hashAtArchivedId: head.id === null ? null : (hashes.get(head.id) ?? null),
    }),
  }));
}

function toAuditEntryView(row: AuditLogRow): AuditEntryView {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    actorType: row.actor_type,
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    changes: row.changes,
    requestId: row.request_id,
    ip: row.ip,
  };
}

/** Lists the audit log for an administrator, filtered by entity, actor, action and time. */
export async function listAuditEntries(db: Db, ctx: RequestContext, q: AuditQuery): Promise<Page<AuditEntryView>> {
  assertPermitted(ctx.actor, 'audit.read');
  return pageOfAuditEntries(db, q);
}

/**
 * The history of one record, newest first. The calling service checks that the caller may read
 * the record; the history shows only that record's own events.
 */
export function entityHistory(
  db: Db,
  entity: { type: string; id: string },
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<AuditEntryView>> {
  return pageOfAuditEntries(db, { ...page, entityType: entity.type, entityId: entity.id });
}

async function pageOfAuditEntries(db: Db, q: AuditQuery): Promise<Page<AuditEntryView>> {
  const afterId = q.cursor ? decodeCursor(q.cursor, (v): v is string => typeof v === 'string' && /^\d+$/.test(v)) : undefined;
  const [rows, total] = await Promise.all([findAuditRows(db, q, afterId), countAuditRows(db, q)]);
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(toAuditEntryView),
    nextCursor: rows.length > q.limit && last ? encodeCursor(last.id) : null,
    total,
  };
}
