import type { Db } from '../../db/database';
import type { GovernanceMeetingAttachmentRow } from '../../db/schema-governance-structure';

/** An attachment with its file's description and who added it. */
export type AttachmentWithFile = GovernanceMeetingAttachmentRow & {
  original_name: string;
  media_type: string;
  size_bytes: number;
  created_by_name: string | null;
};

/** Records that a stored file belongs to a meeting. */
export async function insertMeetingAttachment(db: Db, values: { meetingId: string; fileId: string; title: string; createdBy: string | null }): Promise<string> {
  const row = await db
    .insertInto('governance_meeting_attachment')
    .values({ meeting_id: values.meetingId, file_id: values.fileId, title: values.title, created_by: values.createdBy, created_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A meeting's attachments, oldest first. */
export function findMeetingAttachments(db: Db, meetingId: string): Promise<AttachmentWithFile[]> {
  return db
    .selectFrom('governance_meeting_attachment as a')
    .innerJoin('file as f', 'f.id', 'a.file_id')
    .leftJoin('app_user as u', 'u.id', 'a.created_by')
    .selectAll('a')
    .select(['f.original_name', 'f.media_type', 'f.size_bytes', 'u.name as created_by_name'])
    .where('a.meeting_id', '=', meetingId)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}
