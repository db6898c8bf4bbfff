import type { Db } from '../../db/database';
import type { InitiativeAttachmentTable } from '../../db/schema-cooperations';
import type { Selectable } from 'kysely';

export type AttachmentWithFile = Selectable<InitiativeAttachmentTable> & {
  original_name: string;
  media_type: string;
  size_bytes: number;
  uploader_name: string | null;
};

/** An initiative's attachments with their files, newest first. */
export function findAttachments(db: Db, initiativeId: string): Promise<AttachmentWithFile[]> {
  return db
    .selectFrom('initiative_attachment')
    .innerJoin('file', 'file.id', 'initiative_attachment.file_id')
    .leftJoin('app_user', 'app_user.id', 'initiative_attachment.uploaded_by')
    .selectAll('initiative_attachment')
    .select(['file.original_name', 'file.media_type', 'file.size_bytes', 'app_user.name as uploader_name'])
    .where('initiative_attachment.initiative_id', '=', initiativeId)
    .orderBy('initiative_attachment.uploaded_at', 'desc')
    .orderBy('initiative_attachment.id', 'desc')
    .execute();
}

/** Stores an attachment of an initiative and returns its id. */
export async function insertAttachment(db: Db, attachment: { initiativeId: string; fileId: string; uploadedBy: string | null }): Promise<string> {
  const row = await db
    .insertInto('initiative_attachment')
    .values({ initiative_id: attachment.initiativeId, file_id: attachment.fileId, uploaded_by: attachment.uploadedBy, uploaded_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
