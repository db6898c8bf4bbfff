import type { Readable } from 'node:stream';
import type { InitiativeAttachmentView } from '../../../shared/initiatives/initiative.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import type { FileStorage } from '../files/file-storage';
import { checkUpload, getFileForDownload, saveCheckedUpload } from '../files/file.service';
import type { FileView } from '../files/file.views';
import { findAttachments, insertAttachment } from './attachment.repository';
import { findInitiativeById } from './initiative.repository';
import { toAttachmentView } from './initiative.views';

/**
 * Attaches a file to an initiative (INI-1): the content is checked (type by content, size, zip
 * limits) before anything is stored, exactly as for organisation documents.
 */
export async function addInitiativeAttachment(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  input: { initiativeId: string; bytes: Buffer; originalName: string },
): Promise<InitiativeAttachmentView> {
  assertPermitted(ctx.actor, 'initiatives.write');
  found(await findInitiativeById(db, input.initiativeId));
  const checked = await checkUpload({ bytes: input.bytes, originalName: input.originalName });
  return db.transaction().execute(async (trx) => {
    const file = await saveCheckedUpload(trx, ctx, storage, checked);
    const id = await insertAttachment(trx, {
      initiativeId: input.initiativeId,
      fileId: file.id,
      uploadedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await recordAudit(trx, ctx, {
      action: 'initiative.attachment.uploaded',
      entityType: 'initiative',
      entityId: input.initiativeId,
      data: { attachmentId: id, fileName: file.originalName, fileId: file.id },
    });
    return toAttachmentView(found((await findAttachments(trx, input.initiativeId)).find((a) => a.id === id)));
  });
}

/** The content of one of an initiative's attachments, for download. */
export async function openInitiativeAttachment(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  key: { initiativeId: string; attachmentId: string },
): Promise<{ file: FileView; stream: Readable }> {
  assertPermitted(ctx.actor, 'initiatives.read');
  const attachment = found((await findAttachments(db, key.initiativeId)).find((a) => a.id === key.attachmentId));
  return getFileForDownload(db, storage, attachment.file_id);
}
