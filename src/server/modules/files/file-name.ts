import { extensionsOfMediaType } from './content-type';

/** Longest kept original name, in characters (Unicode code points, as PostgreSQL's char_length counts). */
export const MAX_FILE_NAME_LENGTH = 255;

// C0/C1 controls, and the bidirectional overrides and isolates that can make "fakturagpj.exe"
// display as "fakturaexe.jpg".
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// Half of a UTF-16 surrogate pair is no character: it cannot be stored or percent-encoded.
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function splitExtension(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return { stem: name, extension: '' };
  return { stem: name.slice(0, dot), extension: name.slice(dot) };
}

function truncate(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const { stem, extension } = splitExtension(name);
  const extChars = Array.from(extension);
  // Keep a short extension so the shortened name still opens in the right program.
  if (extChars.length > 0 && extChars.length <= 16) {
    return Array.from(stem).slice(0, max - extChars.length).join('').trimEnd() + extension;
  }
  return chars.slice(0, max).join('').trimEnd();
}

/**
 * The original name as metadata: only the last path part, Unicode NFC, no control or bidi
 * characters nor lone surrogates, trimmed and at most 255 characters; `fallback` when nothing usable is left.
 */
export function sanitiseFileName(original: string, fallback = 'file'): string {
  const lastPart = original.split(/[/\\]/).pop() ?? '';
  const cleaned = lastPart.replace(LONE_SURROGATES, '').normalize('NFC').replace(UNSAFE_CHARACTERS, '').trim();
  if (cleaned === '' || cleaned === '.' || cleaned === '..') return fallback;
  return truncate(cleaned, MAX_FILE_NAME_LENGTH);
}

/**
 * The name to offer a download under: the stored name, with the content's real extension added
 * when the name does not already end in one, so the file opens in the program its content needs.
 */
export function downloadFileName(storedName: string, mediaType: string): string {
  const extensions = extensionsOfMediaType[mediaType];
  if (!extensions || extensions.length === 0) return storedName;
  const { extension } = splitExtension(storedName);
  if (extensions.includes(extension.slice(1).toLowerCase())) return storedName;
  return truncate(`${storedName}.${extensions[0]}`, MAX_FILE_NAME_LENGTH);
}
