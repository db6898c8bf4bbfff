import { DomainError } from '../../http/errors';
import { MAX_FILE_BYTES } from './file-limits';

/** An upload's byte stream: a Node Readable, or @fastify/multipart's file stream (which says when it cut the file short). */
export type UploadStream = AsyncIterable<Uint8Array | string> & { truncated?: boolean };

/**
 * Reads an upload into memory, stopping as soon as it passes `maxBytes` (and refusing it with
 * `file_too_large`), so an oversized upload costs at most the limit in memory.
 */
export async function readUploadWithLimit(stream: UploadStream, maxBytes: number = MAX_FILE_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  // Leaving the loop early destroys a Readable, which stops reading the rest of the upload.
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buffer.length;
    if (total > maxBytes) throw new DomainError('file_too_large', { extra: { maxBytes } });
    chunks.push(buffer);
  }
  // A multipart parser with its own, lower size limit ends the stream early instead of failing.
  if (stream.truncated === true) throw new DomainError('file_too_large', { extra: { maxBytes } });
  return Buffer.concat(chunks, total);
}
