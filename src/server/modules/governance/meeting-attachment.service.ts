import type { Readable } from 'node:stream';
import type { MeetingAttachmentList, MeetingAttachmentView } from '../../../shared/governance/cycle.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import type { FileStorage } from '../files/file-storage';
import { checkUpload, getFileForDownload, saveCheckedUpload } from '../files/file.service';
import type { FileView } from '../files/file.views';
import { assertCanReadBody } from './governance-access';
import { findBodyById } from './governance.repository';
import { type AttachmentWithFile, findMeetingAttachments, insertMeetingAttachment } from './meeting-attachment.repository';
import { findMeetingById } from './meeting.repository';

/** An attachment as listed on its meeting. */
export function toAttachmentView(a: AttachmentWithFile): MeetingAttachmentView {
  return {
    id: a.id,
    meetingId: a.meeting_id,
    title: a.title,
    file: { id: a.file_id, originalName: a.original_name, mediaType: a.media_type, sizeBytes: a.size_bytes },
    createdBy: a.created_by && a.created_by_name ? { id: a.created_by, name: a.created_by_name } : null,
    createdAt: a.created_at.toISOString(),
  };
}

/** A meeting's attachments; 404 for a meeting of a body outside the caller's scope. */
export async function listMeetingAttachments(db: Db, ctx: RequestContext, meetingId: string): Promise<MeetingAttachmentList> {
  const meeting = found(await findMeetingById(db, meetingId));
  await assertCanReadBody(db, ctx, meeting.body_id);
  return { items: (await findMeetingAttachments(db, meetingId)).map(toAttachmentView) };
}

/**
 * Attaches a file to a meeting (minutes, presentations, the budget discussed): the content is
 * checked (type by content, size, zip limits) before anything is stored; the title defaults to
 * the file's name.
 */
export async function addMeetingAttachment(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  input: { meetingId: string; title: string | undefined; bytes: Buffer; originalName: string },
): Promise<MeetingAttachmentView> {
  assertPermitted(ctx.actor, 'governance.write');
  found(await findMeetingById(db, input.meetingId));
  const checked = await checkUpload({ bytes: input.bytes, originalName: input.originalName });
  return db.transaction().execute(async (trx) => {
    const meeting = found(await findMeetingById(trx, input.meetingId, true));
    const body = found(await findBodyById(trx, meeting.body_id, ctx.today));
    if (body.status === 'closed') throw new DomainError('governance_body_closed');
    const file = await saveCheckedUpload(trx, ctx, storage, checked);
    const title = input.title && input.title.length > 0 ? input.title : file.originalName.slice(0, 300);
    const id = await insertMeetingAttachment(trx, {
      meetingId: meeting.id,
      fileId: file.id,
      title,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await recordAudit(trx, ctx, {
      action: 'governance-meeting.attachment.uploaded',
      entityType: 'governance_meeting',
      entityId: meeting.id,
      data: { attachmentId: id, title, fileName: file.originalName, fileId: file.id },
    });
    return toAttachmentView(found((await findMeetingAttachments(trx, meeting.id)).find((a) => a.id === id)));
  });
}

/** The content of one of a meeting's attachments, for download by those who may read the body. */
export async function openMeetingAttachment(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  key: { meetingId: string; attachmentId: string },
): Promise<{ file: FileView; stream: Readable }> {
  const meeting = found(await findMeetingById(db, key.meetingId));
  await assertCanReadBody(db, ctx, meeting.body_id);
  const attachment = found((await findMeetingAttachments(db, key.meetingId)).find((a) => a.id === key.attachmentId));
  return getFileForDownload(db, storage, attachment.file_id);
}
