import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Db } from '../../db/database';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { detectFileType, isZipArchive, type ZipListing } from './content-type';
import { DEFAULT_ZIP_LIMITS, MAX_FILE_BYTES, type ZipLimits } from './file-limits';
import { sanitiseFileName } from './file-name';
import type { FileStorage } from './file-storage';
import { findFileById, insertFile } from './file.repository';
import { type FileView, toFileView } from './file.views';
import { inspectZip, ZipInspectionError } from './zip-inspection';

/** An upload as it arrives: the bytes and the name the client gave. */
export type UploadInput = { bytes: Buffer; originalName: string };

/** An upload that passed every check, with what the server determined about it. */
export type CheckedUpload = {
  bytes: Buffer;
  originalName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
};

export type UploadLimits = { maxBytes: number; zip: ZipLimits };

const defaultLimits: UploadLimits = { maxBytes: MAX_FILE_BYTES, zip: DEFAULT_ZIP_LIMITS };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks an upload without storing anything: size (`file_too_large`), real type from the content
 * (`unsupported_file_type`), and for zip-based documents the unpacked size, entry count and
 * ratios (`unsafe_archive`); returns the sniffed media type, SHA-256 and the sanitised name.
 */
export async function checkUpload(input: UploadInput, limits: UploadLimits = defaultLimits): Promise<CheckedUpload> {
  const { bytes } = input;
  if (bytes.length > limits.maxBytes) throw new DomainError('file_too_large', { extra: { maxBytes: limits.maxBytes } });
  let listing: ZipListing | undefined;
  if (isZipArchive(bytes)) {
    try {
      listing = await inspectZip(bytes, limits.zip);
    } catch (error) {
      // Any archive we cannot fully and cheaply unpack is refused: a bomb, an encrypted or a
      // damaged zip alike, since none of them can be shown to be the document it claims to be.
      if (error instanceof ZipInspectionError) throw new DomainError('unsafe_archive', { extra: { reason: error.reason } });
      throw error;
    }
  }
  const type = detectFileType(bytes, listing);
  if (!type) throw new DomainError('unsupported_file_type');
  return {
    bytes,
    originalName: sanitiseFileName(input.originalName, `file.${type.extension}`),
    mediaType: type.mediaType,
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

async function insertAudited(trx: Db, ctx: RequestContext, storage: FileStorage, upload: CheckedUpload): Promise<FileView> {
  // Content, row and audit entry commit together or not at all (decision 019).
  await storage.put(trx, upload.sha256, upload.bytes);
  const row = await insertFile(trx, {
    storage_key: upload.sha256,
    original_name: upload.originalName,
    media_type: upload.mediaType,
    size_bytes: upload.sizeBytes,
    sha256: upload.sha256,
    uploaded_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    uploaded_at: new Date(),
  });
  await recordAudit(trx, ctx, {
    action: 'file.uploaded',
    entityType: 'file',
    entityId: row.id,
    after: { originalName: row.original_name, mediaType: row.media_type, sizeBytes: row.size_bytes, sha256: row.sha256 },
  });
  return toFileView(row);
}

/**
 * Stores a checked upload: writes the content (once per SHA-256), the file row and its
 * `file.uploaded` audit entry in one transaction — the caller's, when `db` is one.
 */
export async function saveCheckedUpload(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  upload: CheckedUpload,
): Promise<FileView> {
  if (ctx.actor.kind === 'anonymous') throw new DomainError('unauthenticated');
  if (db.isTransaction) return insertAudited(db, ctx, storage, upload);
  return db.transaction().execute((trx) => insertAudited(trx, ctx, storage, upload));
}

/**
 * Checks and stores an upload (see `checkUpload` and `saveCheckedUpload`). The files domain does
 * not decide who may upload: the caller authorizes against the record the file belongs to.
 */
export async function storeFile(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  input: UploadInput,
  limits: UploadLimits = defaultLimits,
): Promise<FileView> {
  return saveCheckedUpload(db, ctx, storage, await checkUpload(input, limits));
}

/** A stored file's description, or `not_found`. */
export async function getFile(db: Db, id: string): Promise<FileView> {
  if (!UUID.test(id)) throw new DomainError('not_found');
  return toFileView(found(await findFileById(db, id)));
}

/**
 * A stored file and a stream of its content, or `not_found`; the caller authorizes against the
 * owning record and sends it with `setDownloadHeaders`.
 */
export async function getFileForDownload(
  db: Db,
  storage: FileStorage,
  id: string,
): Promise<{ file: FileView; stream: Readable }> {
  if (!UUID.test(id)) throw new DomainError('not_found');
  const row = found(await findFileById(db, id));
  // A missing or changed blob is a fault of the server, not of the request: it must surface.
  const size = await storage.size(db, row.storage_key);
  if (size !== row.size_bytes) {
    throw new Error(`Stored content of file ${row.id} is ${size === undefined ? 'missing' : `${size} bytes, expected ${row.size_bytes}`}`);
  }
  return { file: toFileView(row), stream: await storage.get(db, row.storage_key) };
}
