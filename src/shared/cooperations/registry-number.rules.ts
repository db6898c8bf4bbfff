/**
 * The administration registry's own number for a case (diarienummer, GLOSSARY), such as
 * `AMN 2017-0228-01.06`: the registry's abbreviation, the year, a serial number and, where the
 * registry classifies its cases, a classification code. It is given by the registry, not by this
 * app, and lives beside the app's own case number (`case-number.rules.ts`, `AMN YYYY-NNNN`),
 * which it is never taken for: it always has a serial of its own registry and may carry a code.
 */
export type RegistryNumberParts = {
  /** The registry's abbreviation in capitals, e.g. `AMN`, `KS`, `SDN`. */
  prefix: string;
  year: number;
  /** The serial as the registry writes it (leading zeros kept: `0228` is not `228`). */
  serial: string;
  /** Between year and serial: registries write `-` or `/`. */
  separator: '-' | '/';
  /** The classification code, e.g. `01.06` or `1.1`, if the registry gives one. */
  classification: string | null;
};

/** The longest registry number accepted; real ones are about twenty characters. */
export const REGISTRY_NUMBER_MAX_LENGTH = 60;

// Abbreviation (a letter, then letters or digits), year, serial, optional classification code.
const pattern = /^(\p{L}[\p{L}\d]{0,11})\s*(\d{4})\s*([-/])\s*(\d{1,8})(?:\s*[-\s]\s*(\d{1,3}(?:\.\d{1,3}){0,4}))?$/u;
// Text pasted from a letter often starts with the label: "Dnr AMN 2017-0228-01.06".
const label = /^(?:dnr|diarienummer|diarienr|registry\s+number)\s*[.:]?\s*/iu;

function parseBare(text: string): RegistryNumberParts | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const [, prefix = '', year = '', separator = '-', serial = '', classification] = match;
  const y = Number(year);
  if (y < 1900 || y > 2199 || /^0+$/.test(serial)) return undefined;
  return { prefix: prefix.toUpperCase(), year: y, serial, separator: separator === '/' ? '/' : '-', classification: classification ?? null };
}

/**
 * Reads a registry number as people type or paste it: any dash (en dash from a word processor),
 * spaces around separators, a lower-case abbreviation, a leading "Dnr". Undefined when the text
 * is not one (no abbreviation, no year, no serial, letters where digits belong, too long).
 */
export function parseRegistryNumber(text: string): RegistryNumberParts | undefined {
  const trimmed = text.normalize('NFC').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim();
  if (trimmed === '' || trimmed.length > REGISTRY_NUMBER_MAX_LENGTH) return undefined;
  const unlabelled = trimmed.replace(label, '');
  return (unlabelled !== trimmed ? parseBare(unlabelled) : undefined) ?? parseBare(trimmed);
}

/** A registry number written one way, so that the same number typed twice is stored and found alike. */
export function formatRegistryNumber(parts: RegistryNumberParts): string {
  const code = parts.classification ? `-${parts.classification}` : '';
  return `${parts.prefix} ${parts.year}${parts.separator}${parts.serial}${code}`;
}

/** The one way of writing a registry number, or undefined when the text is not one. */
export function normalizeRegistryNumber(text: string): string | undefined {
  const parts = parseRegistryNumber(text);
  return parts ? formatRegistryNumber(parts) : undefined;
}

/**
 * What a search text matches among registry numbers: `exact` is the number itself; `withCode`
 * is the start every number of that case with a classification code has, so that
 * `AMN 2017-0228` also finds `AMN 2017-0228-01.06` (and never `AMN 2017-02281`). `complete` is
 * true when the text carries a classification code: it cannot be anything but a registry number.
 */
export type RegistryNumberMatch = { exact: string; withCode: string | null; complete: boolean };

/** Recognises search text that names a registry number (OVR-1); undefined for other text. */
export function registryNumberMatch(text: string): RegistryNumberMatch | undefined {
  const parts = parseRegistryNumber(text);
  if (!parts) return undefined;
  const exact = formatRegistryNumber(parts);
  return parts.classification ? { exact, withCode: null, complete: true } : { exact, withCode: `${exact}-`, complete: false };
}
