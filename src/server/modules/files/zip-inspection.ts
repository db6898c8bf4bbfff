import zlib from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { ZipListing } from './content-type';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './file-limits';

/** Why an archive was refused. */
export type ZipRefusal =
  | 'too_many_entries'
  | 'too_large_uncompressed'
  | 'ratio_exceeded'
  | 'encrypted'
  | 'unsupported_compression'
  | 'overlapping_entries'
  | 'corrupt';

/** An archive the server will not accept: a zip bomb, an encrypted or an unreadable zip. */
export class ZipInspectionError extends Error {
  override readonly name = 'ZipInspectionError';
  constructor(
    readonly reason: ZipRefusal,
    message: string,
    /** Bytes inflated before the inspection stopped (shows that a bomb was cut short). */
    readonly inflatedBytes = 0,
  ) {
    super(`${reason}: ${message}`);
  }
}

export type ZipInspection = ZipListing & { uncompressedBytes: number };

const ENCRYPTED = 0x0001;
const STRONG_ENCRYPTION = 0x0040;
const STORED = 0;
const DEFLATED = 8;
// Only the ODF signature entry is kept in memory, and it is a short media type.
const MAX_MIMETYPE_BYTES = 256;

function openZip(bytes: Buffer): Promise<ZipFile> {
  // validateEntrySizes makes yauzl reject stored entries whose two sizes disagree; file names
  // are checked for absolute paths and `..` as a side effect of decoding them.
  return yauzl.fromBufferPromise(bytes, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true });
}

/** Inflates one entry's data through a streaming inflater, handing each output chunk on and keeping none. */
async function inflateCounting(compressed: Buffer, onChunk: (chunk: Buffer) => void): Promise<void> {
  const inflater = zlib.createInflateRaw();
  inflater.end(compressed);
  try {
    // The inflater honours back-pressure: output is produced only as fast as this loop takes it.
    for await (const chunk of inflater) onChunk(chunk as Buffer);
  } finally {
    inflater.destroy();
  }
}

type Budget = { limits: ZipLimits; inflated: number };

async function inspectEntry(
  bytes: Buffer,
  zip: ZipFile,
  entry: Entry,
  budget: Budget,
  keepText: boolean,
): Promise<{ span: [number, number]; text: string | undefined }> {
  const name = entry.fileName;
  if ((entry.generalPurposeBitFlag & (ENCRYPTED | STRONG_ENCRYPTION)) !== 0) {
    throw new ZipInspectionError('encrypted', `entry ${name} is encrypted`, budget.inflated);
  }
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
    throw new ZipInspectionError('unsupported_compression', `entry ${name} uses method ${entry.compressionMethod}`, budget.inflated);
  }
  const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
  const dataEnd = fileDataStart + entry.compressedSize;
  if (dataEnd > bytes.length) throw new ZipInspectionError('corrupt', `entry ${name} runs past the end`, budget.inflated);
  const data = bytes.subarray(fileDataStart, dataEnd);
  const { limits } = budget;
  // The declared sizes are not trusted: the ratio is measured against the real compressed
  // bytes and the counters run on what the inflater actually produces.
  const ratioLimit = Math.max(limits.ratioGraceBytes, limits.maxEntryRatio * Math.max(1, entry.compressedSize));
  let produced = 0;
  const kept: Buffer[] = [];
  const count = (chunk: Buffer) => {
    produced += chunk.length;
    budget.inflated += chunk.length;
    if (budget.inflated > limits.maxTotalUncompressedBytes) {
      throw new ZipInspectionError('too_large_uncompressed', `archive unpacks to more than ${limits.maxTotalUncompressedBytes} bytes`, budget.inflated);
    }
    if (produced > ratioLimit) {
      throw new ZipInspectionError('ratio_exceeded', `entry ${name} inflates more than ${limits.maxEntryRatio}:1`, budget.inflated);
    }
    if (keepText && produced <= MAX_MIMETYPE_BYTES) kept.push(chunk);
  };
  if (entry.compressionMethod === STORED) {
    count(data);
  } else {
    try {
      await inflateCounting(data, count);
    } catch (error) {
      if (error instanceof ZipInspectionError) throw error;
      throw new ZipInspectionError('corrupt', `entry ${name} does not inflate: ${(error as Error).message}`, budget.inflated);
    }
  }
  if (produced !== entry.uncompressedSize) {
    throw new ZipInspectionError('corrupt', `entry ${name} inflates to ${produced} bytes, not the declared ${entry.uncompressedSize}`, budget.inflated);
  }
  const text = keepText && produced <= MAX_MIMETYPE_BYTES ? Buffer.concat(kept).toString('utf8') : undefined;
  return { span: [entry.relativeOffsetOfLocalHeader, dataEnd], text };
}

// Entries that share bytes are how the densest zip bombs are built; real archives never do it.
function assertNoOverlap(spans: [number, number][], inflated: number): void {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous && current && current[0] < previous[1]) {
      throw new ZipInspectionError('overlapping_entries', 'two entries share the same bytes', inflated);
    }
  }
}

/**
 * Reads a zip archive's entry list and inflates every entry with counters that stop at the
 * limits (entry count, total unpacked size, per-entry ratio), so a zip bomb is refused after at
 * most the limit's worth of work and without ever holding the unpacked data; throws
 * `ZipInspectionError` for bombs, encrypted entries and archives that cannot be read.
 */
export async function inspectZip(bytes: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipInspection> {
  let zip: ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (error) {
    throw new ZipInspectionError('corrupt', (error as Error).message);
  }
  // The end-of-central-directory record states the count before any entry is read.
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new ZipInspectionError('too_many_entries', `${zip.entryCount} entries, at most ${limits.maxEntries} allowed`);
  }
  const budget: Budget = { limits, inflated: 0 };
  const entryNames: string[] = [];
  const spans: [number, number][] = [];
  let mimetype: string | undefined;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entryNames.length >= limits.maxEntries) {
        throw new ZipInspectionError('too_many_entries', `more than ${limits.maxEntries} entries`, budget.inflated);
      }
      const isFirstMimetype = entryNames.length === 0 && entry.fileName === 'mimetype';
      const inspected = await inspectEntry(bytes, zip, entry, budget, isFirstMimetype);
      if (isFirstMimetype) mimetype = inspected.text;
      entryNames.push(entry.fileName);
      spans.push(inspected.span);
    }
  } catch (error) {
    if (error instanceof ZipInspectionError) throw error;
    throw new ZipInspectionError('corrupt', (error as Error).message, budget.inflated);
  } finally {
    zip.close();
  }
  assertNoOverlap(spans, budget.inflated);
  return { entryNames, mimetype, uncompressedBytes: budget.inflated };
}
