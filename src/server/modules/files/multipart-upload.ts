import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../http/errors';
import { hasForbiddenCharacter } from '../../http/input-guard';
import { MAX_FILE_BYTES } from './file-limits';
import { readUploadWithLimit } from './upload-stream';

/** The one file of a multipart upload, read whole. */
export type Upload = { bytes: Buffer; fileName: string };

const fieldError = (message: string) => new DomainError('validation_failed', { errors: [{ path: 'file', message }] });

// @fastify/multipart's own refusals, by code; anything else thrown while parsing is a broken body.
const refusals: Record<string, () => DomainError> = {
  FST_FILES_LIMIT: () => fieldError('validation.file.single'),
  FST_PARTS_LIMIT: () => fieldError('validation.file.tooManyParts'),
  FST_FIELDS_LIMIT: () => fieldError('validation.file.tooManyParts'),
  FST_REQ_FILE_TOO_LARGE: () => new DomainError('file_too_large', { extra: { maxBytes: MAX_FILE_BYTES } }),
};

function asUploadError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const refusal = typeof code === 'string' ? refusals[code] : undefined;
  // A body cut off before its closing boundary, a malformed part header, a prototype key as a
  // field name, an aborted request: the upload did not arrive as a whole.
  return refusal ? refusal() : fieldError('validation.file.incomplete');
}

/**
 * Reads the single file of a multipart/form-data request to the end of the body (at most
 * `maxBytes`), so that a body cut off before its closing boundary, a second file or a text field
 * that cannot be stored is refused with a 400 naming the problem instead of being half-kept.
 */
export async function readSingleUpload(req: FastifyRequest, maxBytes: number = MAX_FILE_BYTES): Promise<Upload> {
  if (!req.isMultipart()) throw fieldError('validation.file');
  let upload: Upload | undefined;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        // The parser allows one file; this guards against a looser limit ever being configured.
        if (upload) throw fieldError('validation.file.single');
        upload = { bytes: await readUploadWithLimit(part.file, maxBytes), fileName: part.filename };
      } else if (hasForbiddenCharacter(part.fieldname) || (typeof part.value === 'string' && hasForbiddenCharacter(part.value))) {
        throw new DomainError('validation_failed', {
          errors: [{ path: part.fieldname.replace(/[^\x20-\x7e]/g, '?'), message: 'validation.text.forbiddenCharacter' }],
        });
      }
    }
  } catch (error) {
    throw asUploadError(error);
  }
  if (!upload) throw fieldError('validation.file');
  return upload;
}
