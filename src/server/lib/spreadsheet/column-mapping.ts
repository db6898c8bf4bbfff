/** A target field and the header names users give it, e.g. `orgNumber` ← "Org.nr". */
export type FieldAliases = { key: string; aliases: string[] };

/**
 * A header reduced to what distinguishes it: no case, accents (å→a, é→e), spaces or
 * punctuation, so "Org.nr", "ORG NR" and "orgnr" are the same name.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The header without bracketed notes such as "(obligatorisk)" or "[ÅÅÅÅ-MM-DD]". */
function withoutNotes(text: string): string {
  return text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
}

/**
 * Suggests which column (0-based index, or null) feeds each field: a header matches a field
 * when it equals the key or an alias after normalisation, ignoring bracketed notes only if
 * nothing matches exactly; fields claim headers in the order given, each header at most once.
 */
export function suggestMapping(headers: string[], fields: FieldAliases[]): Record<string, number | null> {
  const mapping: Record<string, number | null> = {};
  for (const field of fields) mapping[field.key] = null;
  const used = new Set<number>();
  const names = fields.map((field) => new Set([field.key, ...field.aliases].map(normalizeHeader).filter((n) => n !== '')));

  // Exact names win over names recognised only after dropping notes, whatever the field order.
  for (const headerForm of [normalizeHeader, (h: string) => normalizeHeader(withoutNotes(h))]) {
    fields.forEach((field, f) => {
      if (mapping[field.key] !== null) return;
      const index = headers.findIndex((header, i) => !used.has(i) && (names[f] as Set<string>).has(headerForm(header)));
      if (index >= 0) {
        mapping[field.key] = index;
        used.add(index);
      }
    });
  }
  return mapping;
}
