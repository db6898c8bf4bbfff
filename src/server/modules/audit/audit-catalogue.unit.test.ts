import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../../../shared/audit/audit-events';
import { scanAuditCodes } from './audit-sources.test-helper';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the catalogue of audit events covers every action the server records', () => {
  const scanned = scanAuditCodes(serverDir);

  it('reads every recordAudit call, including actions passed in through a helper’s parameter', () => {
    expect(scanned.unresolved).toEqual([]);
    // Sanity: literals, choices between literals, and helper parameters are all found.
    for (const action of ['review-meeting.held', 'governance-decision.rejected', 'cooperation.rescinded', 'user.disabled', 'organisation.archived', 'initiative.withdrawn']) {
      expect(scanned.actions).toContain(action);
    }
  });

  it('has every action the server records, so the audit log can name it in words', () => {
    const missing = [...scanned.actions].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a));
    expect(missing, 'add these to AUDIT_EVENT_GROUPS in src/shared/audit/audit-events.ts and name them in the audit messages').toEqual([]);
    const missingTypes = [...scanned.entityTypes].filter((e) => !(AUDIT_ENTITY_TYPES as readonly string[]).includes(e));
    expect(missingTypes, 'add these to AUDIT_ENTITY_TYPES in src/shared/audit/audit-events.ts').toEqual([]);
  });

  it('holds no action the server no longer records', () => {
    expect(AUDIT_ACTIONS.filter((a) => !scanned.actions.has(a))).toEqual([]);
    expect(AUDIT_ENTITY_TYPES.filter((e) => !scanned.entityTypes.has(e))).toEqual([]);
  });

  it('reports an action it cannot read as text instead of letting it pass', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-scan-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'x.service.ts'),
        [
          "const name = 'x.computed';",
          "export async function a(trx, ctx) { await recordAudit(trx, ctx, { action: name, entityType: 'x', entityId: null }); }",
          'async function b(trx, ctx, action) { await recordAudit(trx, ctx, { action, entityType: `y`, entityId: null }); }',
          "export const c = (trx, ctx) => b(trx, ctx, 'y.done');",
        ].join('\n'),
      );
      const result = scanAuditCodes(dir);
      expect([...result.actions]).toEqual(['y.done']);
      expect([...result.entityTypes].sort()).toEqual(['x', 'y']);
      expect(result.unresolved).toEqual(['x.service.ts:2']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
