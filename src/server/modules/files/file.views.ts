import type { FileRow } from '../../db/schema';

/** The public description of a stored file (never where or how it is stored). */
export type FileView = {
  id: string;
  originalName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: string;
};

/** A file row as the API shows it. */
export function toFileView(row: FileRow): FileView {
  return {
    id: row.id,
    originalName: row.original_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at.toISOString(),
  };
}
