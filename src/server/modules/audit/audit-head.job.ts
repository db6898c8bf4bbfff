import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { AuditHead } from '../../../shared/audit/audit.schemas';
import { readAuditHead } from './audit.service';

export const AUDIT_HEAD_JOB = 'audit.publish-head';
/**
 * Every 15 minutes: removing the newest rows goes unnoticed only for what was written since the
 * last publication, and a publication costs one indexed read and one short line (decision 022).
 */
export const AUDIT_HEAD_CRON = '*/15 * * * *';

/**
 * Appends one head as one JSON line. The file is opened for appending and the line written in a
 * single call, so lines from several processes on one machine never interleave.
 */
export async function appendAuditHead(file: string, head: AuditHead): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const handle = await fs.open(file, 'a', 0o640);
  try {
    const line = Buffer.from(`${JSON.stringify(head)}\n`, 'utf8');
    const { bytesWritten } = await handle.write(line);
    if (bytesWritten !== line.length) throw new Error(`Short write to ${file}: ${bytesWritten} of ${line.length} bytes`);
  } finally {
    await handle.close();
  }
}

/**
 * Publishes the audit chain head outside the database (decision 022): one line in the app log and
 * one line appended to `headFile`, which the operator ships or copies elsewhere. A later
 * `npm run audit:verify -- --head <file>` then notices newest rows removed with the trigger off.
 */
export function registerAuditHeadJob(app: FastifyInstance, headFile: string): void {
  app.jobs.define({
    name: AUDIT_HEAD_JOB,
    cron: AUDIT_HEAD_CRON,
    // The next slot publishes anyway; a retry a minute later is still worth it after a full disk.
    retry: { retryLimit: 2, retryDelaySeconds: 60, retryBackoff: false },
    timeoutSeconds: 300,
    handler: async (ctx) => {
      const head = await readAuditHead(ctx.db, ctx.now);
      ctx.log.info({ auditHead: head }, 'audit chain head');
      await appendAuditHead(headFile, head);
      return head;
    },
  });
}
