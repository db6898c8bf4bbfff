import { createInflateRaw } from 'node:zlib';
import { SpreadsheetError } from './spreadsheet-error';

type ZipEntry = {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
};

export type XlsxArchiveLimits = {
  /** Data rows allowed in the first worksheet (header excluded). */
  maxRows: number;
  /** Decompressed bytes allowed for the whole archive. */
  maxUncompressedBytes: number;
};

const corrupt = (reason = 'corrupt_zip'): SpreadsheetError => new SpreadsheetError('unsupported_format', { reason });

/** Lists a zip's entries from its central directory; zip64 and encrypted archives are refused. */
function readCentralDirectory(bytes: Buffer): ZipEntry[] {
  // The end-of-central-directory record is 22 bytes plus a comment of at most 65,535.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i -= 1) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const count = bytes.readUInt16LE(eocd + 10);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw corrupt('zip64');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let k = 0; k < count; k += 1) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== 0x02014b50) throw corrupt();
    const nameLength = bytes.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      flags: bytes.readUInt16LE(p + 8),
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      uncompressedSize: bytes.readUInt32LE(p + 24),
      localHeaderOffset: bytes.readUInt32LE(p + 42),
      name: bytes.toString('utf8', p + 46, p + 46 + nameLength),
    };
    if ((entry.flags & 1) === 1) throw corrupt('encrypted');
    if (entry.method !== 0 && entry.method !== 8) throw corrupt('compression_method');
    entries.push(entry);
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return entries;
}

function compressedData(bytes: Buffer, entry: ZipEntry): Buffer {
  const h = entry.localHeaderOffset;
  if (h + 30 > bytes.length || bytes.readUInt32LE(h) !== 0x04034b50) throw corrupt();
  const start = h + 30 + bytes.readUInt16LE(h + 26) + bytes.readUInt16LE(h + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt();
  return bytes.subarray(start, end);
}

/**
 * Streams an entry's decompressed bytes to `onChunk` (which may throw to stop early), refusing
 * output beyond the size the archive declares, so the declared sizes bound the work.
 */
async function inflateEntry(bytes: Buffer, entry: ZipEntry, onChunk: (chunk: Buffer) => void): Promise<void> {
  const data = compressedData(bytes, entry);
  let size = 0;
  const accept = (chunk: Buffer): void => {
    size += chunk.length;
    if (size > entry.uncompressedSize) throw corrupt('size_mismatch');
    onChunk(chunk);
  };
  if (entry.method === 0) accept(data);
  else {
    const inflater = createInflateRaw();
    inflater.end(data);
    try {
      for await (const chunk of inflater) accept(chunk as Buffer);
    } catch (error) {
      if (error instanceof SpreadsheetError) throw error;
      throw corrupt();
    }
  }
  if (size !== entry.uncompressedSize) throw corrupt('size_mismatch');
}

type Attributes = Record<string, string>;

function attributesOf(tagBody: string): Attributes {
  const attributes: Attributes = {};
  for (const m of tagBody.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = (m[1] as string).replace(/^[\w.-]+:(?=id$)/, 'r:');
    attributes[name] = m[2] ?? m[3] ?? '';
  }
  return attributes;
}

function elements(xml: string, localName: string): Attributes[] {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${localName}\\b([^>]*)>`, 'g');
  return [...xml.matchAll(pattern)].map((m) => attributesOf(m[1] ?? ''));
}

/** Path, inside the archive, of the worksheet a reader takes: the first visible one in tab order. */
function firstWorksheetPath(workbookXml: string, relsXml: string): string | undefined {
  const targets = new Map<string, string>();
  for (const rel of elements(relsXml, 'Relationship')) {
    if (rel.Id && rel.Target && /\/worksheet$/.test(rel.Type ?? '')) targets.set(rel.Id, rel.Target);
  }
  const sheets = elements(workbookXml, 'sheet').filter((s) => targets.has(s['r:id'] ?? ''));
  const chosen = sheets.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden') ?? sheets[0];
  const target = chosen ? targets.get(chosen['r:id'] ?? '') : undefined;
  if (target === undefined) return undefined;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/**
 * Counts the rows of worksheet XML that hold a value, chunk by chunk, and throws
 * `too_many_rows` as soon as the limit is passed, before any spreadsheet model is built.
 */
function rowCounter(maxRows: number): { push(chunk: Buffer): void; finish(): void } {
  // Tags are ASCII, so latin1 keeps offsets simple and never splits a tag name mid-character.
  const tag = /<(?:[A-Za-z_][\w.-]*:)?(row|v|is)[\s/>]/g;
  let carry = '';
  let rows = 0;
  let rowOpen = false;
  let rowHasValue = false;
  const closeRow = (): void => {
    if (rowOpen && rowHasValue) rows += 1;
    // One row more than maxRows is the header.
    if (rows > maxRows + 1) throw new SpreadsheetError('too_many_rows', { maxRows });
  };
  const scan = (text: string): void => {
    for (const m of text.matchAll(tag)) {
      if (m[1] === 'row') {
        closeRow();
        rowOpen = true;
        rowHasValue = false;
      } else rowHasValue = true;
    }
  };
  return {
    push(chunk) {
      const text = carry + chunk.toString('latin1');
      const cut = text.lastIndexOf('<');
      // A tag cut off at the chunk's end is scanned with the next chunk, never twice.
      if (cut >= 0 && text.length - cut < 64) {
        scan(text.slice(0, cut));
        carry = text.slice(cut);
      } else {
        scan(text);
        carry = '';
      }
    },
    finish() {
      scan(carry);
      closeRow();
    },
  };
}

/**
 * Checks an XLSX archive before it is parsed: that it is a workbook, that it decompresses to
 * no more than the limit (the sizes it declares are verified, not trusted: zip bombs lie),
 * and that its first worksheet has no more rows than allowed.
 */
export async function checkXlsxArchive(bytes: Buffer, limits: XlsxArchiveLimits): Promise<void> {
  const entries = readCentralDirectory(bytes);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const workbook = byName.get('xl/workbook.xml');
  if (!workbook) {
    const reason = byName.has('content.xml') ? 'ods' : byName.has('word/document.xml') ? 'docx' : 'not_xlsx';
    throw new SpreadsheetError('unsupported_format', { reason });
  }
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxUncompressedBytes) {
    throw new SpreadsheetError('file_too_large', { maxBytes: limits.maxUncompressedBytes });
  }

  const readText = async (name: string): Promise<string> => {
    const entry = byName.get(name);
    if (!entry) return '';
    const chunks: Buffer[] = [];
    await inflateEntry(bytes, entry, (chunk) => chunks.push(chunk));
    return Buffer.concat(chunks).toString('utf8');
  };
  const sheetPath = firstWorksheetPath(await readText('xl/workbook.xml'), await readText('xl/_rels/workbook.xml.rels'));

  // Each entry is held to its declared size and the declared sizes to the limit, so this pass
  // decompresses at most maxUncompressedBytes however the archive was crafted.
  for (const entry of entries) {
    const counter = entry.name === sheetPath ? rowCounter(limits.maxRows) : undefined;
    await inflateEntry(bytes, entry, (chunk) => counter?.push(chunk));
    counter?.finish();
  }
}
