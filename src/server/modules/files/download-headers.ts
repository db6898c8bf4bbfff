import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { downloadFileName } from './file-name';

export type DownloadDescription = { originalName: string; mediaType: string; sizeBytes: number };

// RFC 5987 attr-char allows fewer characters than encodeURIComponent leaves alone.
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

// Older clients read only `filename`: give them plain ASCII (Å → A, – → -), with nothing a
// quoted string or a percent-decoding browser could misread.
function asciiFallback(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  return ascii.trim() === '' ? 'file' : ascii;
}

/**
 * The Content-Disposition value for a download: always `attachment`, with an ASCII `filename`
 * and the exact UTF-8 name in `filename*` (RFC 6266 / RFC 5987).
 */
export function contentDisposition(fileName: string): string {
  // The stored name is already free of control characters; this keeps headers safe regardless.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const clean = fileName.replace(/[\u0000-\u001f\u007f]/g, '');
  return `attachment; filename="${asciiFallback(clean)}"; filename*=UTF-8''${encodeRfc5987(clean)}`;
}

/**
 * Sets the headers of a file download on a reply: the sniffed type, the exact length, an
 * attachment disposition (never shown inline, so an uploaded file cannot run as a page), nosniff,
 * and no caching outside the user's own browser session.
 */
export function setDownloadHeaders(reply: FastifyReply, file: DownloadDescription): FastifyReply {
  return reply
    .header('content-type', file.mediaType)
    .header('content-length', String(file.sizeBytes))
    .header('content-disposition', contentDisposition(downloadFileName(file.originalName, file.mediaType)))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store');
}

export type GeneratedFile = { mediaType: string; fileName: string; body: Uint8Array | Readable };

/**
 * Sends a file the app generated (an export, a report, minutes) as a download: its type, an
 * attachment disposition with its name, nosniff, and no caching outside the user's own session.
 */
export function sendGeneratedFile(reply: FastifyReply, file: GeneratedFile): FastifyReply {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.body instanceof Readable || Buffer.isBuffer(file.body) ? file.body : Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength));
}
