import zlib from 'node:zlib';
import { strToU8, zipSync, type Zippable } from 'fflate';

// Test-only: builds real archives with an independent zip writer (fflate), plus hand-made ones
// for what no honest writer produces (bombs, lying headers, encrypted flags).

const contentTypesXml = strToU8(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
);
const xml = (text: string) => strToU8(`<?xml version="1.0" encoding="UTF-8"?>${text}`);

/** A minimal DOCX: content types, package relationships and the main document part. */
export function makeDocx(extra: Zippable = {}): Buffer {
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': contentTypesXml,
      '_rels/.rels': xml('<Relationships/>'),
      'word/document.xml': xml('<w:document><w:body><w:p><w:r><w:t>Hej</w:t></w:r></w:p></w:body></w:document>'),
      ...extra,
    }),
  );
}

/** A minimal XLSX: content types and a workbook with one sheet. */
export function makeXlsx(): Buffer {
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': contentTypesXml,
      '_rels/.rels': xml('<Relationships/>'),
      'xl/workbook.xml': xml('<workbook/>'),
      'xl/worksheets/sheet1.xml': xml('<worksheet><sheetData/></worksheet>'),
    }),
  );
}

/** A minimal ODF package: the stored `mimetype` entry first, then the manifest and content. */
export function makeOdf(mediaType: string): Buffer {
  return Buffer.from(
    zipSync({
      mimetype: [strToU8(mediaType), { level: 0 }],
      'META-INF/manifest.xml': xml('<manifest:manifest/>'),
      'content.xml': xml('<office:document-content/>'),
    }),
  );
}

/** Any zip of the given entries, written by fflate. */
export function makeZip(entries: Record<string, string | Uint8Array>): Buffer {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(entries)) zippable[name] = typeof data === 'string' ? strToU8(data) : data;
  return Buffer.from(zipSync(zippable));
}

export type RawEntry = {
  name: string;
  /** The entry's data as stored in the archive (already deflated when method is 8). */
  data: Buffer;
  method: 0 | 8;
  uncompressedSize: number;
  crc32: number;
  flags?: number;
  /** Index of an earlier entry whose local header and data this one reuses (overlapping entries). */
  sharesDataOf?: number;
};

/** Writes a zip by hand from raw entries, so sizes and flags can be whatever a test needs. */
export function writeRawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const shared = e.sharesDataOf === undefined ? undefined : offsets[e.sharesDataOf];
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE((e.flags ?? 0) | 0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc32 >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE((e.flags ?? 0) | 0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc32 >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(shared ?? offset, 42);
    centrals.push(central, name);
    offsets.push(shared ?? offset);
    if (shared !== undefined) continue;
    locals.push(local, name, e.data);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A raw entry holding `text`, deflated. */
export function deflatedEntry(name: string, text: string): RawEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, data: zlib.deflateRawSync(data), method: 8, uncompressedSize: data.length, crc32: zlib.crc32(data) };
}

/**
 * A raw entry of `megabytes` MiB of zeros, deflated a mebibyte at a time so that the test itself
 * never holds the unpacked data (200 MiB of zeros deflate to about 200 KB).
 */
export async function deflatedZeros(name: string, megabytes: number): Promise<RawEntry> {
  const deflater = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise((resolve, reject) => deflater.on('end', resolve).on('error', reject));
  const mebibyte = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let i = 0; i < megabytes; i += 1) {
    crc = zlib.crc32(mebibyte, crc);
    if (!deflater.write(mebibyte)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await ended;
  return { name, data: Buffer.concat(out), method: 8, uncompressedSize: megabytes * 1024 * 1024, crc32: crc };
}
