import type { ColumnType } from 'kysely';

/** One piece of file content, addressed by its SHA-256 (decision 019). */
export interface FileBlobTable {
  sha256: string;
  /** bigint: read as text by the pg client, so callers convert with Number(). */
  size_bytes: ColumnType<string, number, never>;
  chunk_count: ColumnType<number, number, never>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

/** One chunk of a blob's content; chunks are read in `seq` order starting at 0. */
export interface FileBlobChunkTable {
  sha256: string;
  seq: number;
  data: ColumnType<Buffer, Uint8Array, never>;
}

export interface FileBlobTables {
  file_blob: FileBlobTable;
  file_blob_chunk: FileBlobChunkTable;
}
