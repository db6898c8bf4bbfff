/** The kinds of file the system accepts; anything else is refused whatever its name says. */
export type FileKind = 'pdf' | 'png' | 'jpeg' | 'docx' | 'xlsx' | 'odt' | 'ods';

export type DetectedType = { kind: FileKind; mediaType: string; extension: string };

/** What the zip inspection learned about an archive: its entry names and, for ODF, the `mimetype` text. */
export type ZipListing = {
  entryNames: readonly string[];
  /** Content of the first entry when it is named `mimetype` (the ODF signature), else undefined. */
  mimetype: string | undefined;
};

const types: Record<FileKind, DetectedType> = {
  pdf: { kind: 'pdf', mediaType: 'application/pdf', extension: 'pdf' },
  png: { kind: 'png', mediaType: 'image/png', extension: 'png' },
  jpeg: { kind: 'jpeg', mediaType: 'image/jpeg', extension: 'jpg' },
  docx: {
    kind: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  xlsx: { kind: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  odt: { kind: 'odt', mediaType: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
  ods: { kind: 'ods', mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extension: 'ods' },
};

/** Every accepted media type with its kind and usual file extension. */
export const acceptedTypes: readonly DetectedType[] = Object.values(types);

/** File name extensions that belong to each accepted media type (the first is the usual one). */
export const extensionsOfMediaType: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  [types.docx.mediaType]: ['docx'],
  [types.xlsx.mediaType]: ['xlsx'],
  [types.odt.mediaType]: ['odt'],
  [types.ods.mediaType]: ['ods'],
};

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]; // signature + IHDR length/type
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** True when the bytes begin like a zip archive (the container of DOCX, XLSX, ODT and ODS). */
export function isZipArchive(head: Uint8Array): boolean {
  return startsWith(head, ZIP_LOCAL_HEADER);
}

// Macro-bearing documents are not the plain document types we accept: a .docm renamed .docx
// would otherwise pass as DOCX and run its macros when opened.
function hasMacros(names: readonly string[]): boolean {
  return names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n) || /^(Basic|Scripts)\//.test(n));
}

function detectZipType(zip: ZipListing): DetectedType | undefined {
  const names = zip.entryNames;
  if (hasMacros(names)) return undefined;
  // ODF: the first entry is `mimetype`, stored, holding exactly the document's media type.
  if (names[0] === 'mimetype' && zip.mimetype !== undefined) {
    const declared = zip.mimetype.trim();
    if (declared === types.odt.mediaType) return types.odt;
    if (declared === types.ods.mediaType) return types.ods;
    return undefined;
  }
  // OOXML: a [Content_Types].xml part and the main part's folder (word/ or xl/), never both.
  if (!names.includes('[Content_Types].xml')) return undefined;
  const isWord = names.some((n) => n.startsWith('word/'));
  const isExcel = names.some((n) => n.startsWith('xl/'));
  if (isWord && !isExcel) return types.docx;
  if (isExcel && !isWord) return types.xlsx;
  return undefined;
}

/**
 * The accepted type the content really has, judged from its first bytes and, for zip-based
 * formats, the archive's entry list; undefined for anything else (executables, text, other zips).
 */
export function detectFileType(head: Uint8Array, zip?: ZipListing): DetectedType | undefined {
  if (startsWith(head, PDF)) return types.pdf;
  if (startsWith(head, PNG)) return types.png;
  if (startsWith(head, JPEG)) return types.jpeg;
  if (isZipArchive(head) && zip) return detectZipType(zip);
  return undefined;
}
