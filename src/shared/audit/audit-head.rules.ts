import { type AuditHead, auditHead } from './audit.schemas';

/** The part of an archived chain head the comparison needs. */
export type ArchivedHead = { id: string | null; hash: string; rows?: number | undefined };

/** What the database holds now, as far as the comparison needs it. */
export type CurrentChain = {
  /** The id of the last row, or null when the log is empty. */
  lastId: string | null;
  /** How many rows the chain has now. */
  rows: number;
  /** The hash of the row with the archived head's id, or null when no such row exists. */
  hashAtArchivedId: string | null;
};

export type HeadComparison =
  | { kind: 'match' }
  /** The chain ends before the archived head: its newest rows were removed. */
  | { kind: 'shorter'; archivedId: string; lastId: string | null; missingAtLeast: number }
  /** The row is gone but later rows exist: rows were removed and the chain continued from the cut. */
  | { kind: 'missing'; archivedId: string; lastId: string }
  /** The row exists with another hash: the chain was rewritten from there on. */
  | { kind: 'mismatch'; archivedId: string; archivedHash: string; actualHash: string };

/**
 * Compares an archived chain head with the chain as it is now (decision 022). An intact log still
 * holds the archived row with the archived hash, since rows are only ever appended. How many rows
 * are missing is counted from the archived row count when the head has one (ids have gaps where
 * a transaction rolled back, so the id difference is only an upper bound), and is at least one.
 */
export function compareWithArchivedHead(archived: ArchivedHead, current: CurrentChain): HeadComparison {
  if (archived.id === null) return { kind: 'match' };
  if (current.hashAtArchivedId !== null) {
    if (current.hashAtArchivedId === archived.hash) return { kind: 'match' };
    return { kind: 'mismatch', archivedId: archived.id, archivedHash: archived.hash, actualHash: current.hashAtArchivedId };
  }
  if (current.lastId !== null && BigInt(current.lastId) > BigInt(archived.id)) {
    return { kind: 'missing', archivedId: archived.id, lastId: current.lastId };
  }
  const byCount = archived.rows === undefined ? 0 : archived.rows - current.rows;
  return { kind: 'shorter', archivedId: archived.id, lastId: current.lastId, missingAtLeast: Math.max(1, byCount) };
}

/**
 * The operator's message for a comparison that failed: Swedish first, English in parentheses.
 */
export function headProblemMessage(problem: Exclude<HeadComparison, { kind: 'match' }>): string {
  switch (problem.kind) {
    case 'shorter': {
      const last = problem.lastId ?? 'ingen (none)';
      return (
        `Granskningskedjan är KORTARE än det arkiverade huvudet: sista raden har id ${last}, det arkiverade huvudet id ${problem.archivedId}; minst ${problem.missingAtLeast} rader saknas i slutet ` +
        `(The audit chain is SHORTER than the archived head: last row id ${last}, archived head id ${problem.archivedId}; at least ${problem.missingAtLeast} rows missing at the end).`
      );
    }
    case 'missing':
      return (
        `Raden med det arkiverade huvudets id ${problem.archivedId} finns inte längre, fast kedjan fortsätter till id ${problem.lastId}: rader har tagits bort och kedjan fortsatt från snittet ` +
        `(The row with the archived head's id ${problem.archivedId} no longer exists although the chain goes on to id ${problem.lastId}: rows were removed and the chain continued from the cut).`
      );
    case 'mismatch':
      return (
        `Huvudet stämmer inte: rad ${problem.archivedId} har hashen ${problem.actualHash}, det arkiverade huvudet ${problem.archivedHash} ` +
        `(The head does not match: row ${problem.archivedId} has hash ${problem.actualHash}, the archived head ${problem.archivedHash}).`
      );
  }
}

export type ParsedHeads = { ok: true; heads: AuditHead[] } | { ok: false; line: number; error: string };

function asHead(value: unknown): AuditHead | undefined {
  // A line copied from the app log carries the head under `auditHead`.
  const candidate = typeof value === 'object' && value !== null && 'auditHead' in value ? (value as { auditHead: unknown }).auditHead : value;
  const parsed = auditHead.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Reads an archived head file: one head as JSON (pretty-printed or not), or JSON lines of
 * published heads (the AUDIT_HEAD_FILE, or `audit chain head` lines from the app log).
 */
export function parseArchivedHeads(text: string): ParsedHeads {
  try {
    const whole: unknown = JSON.parse(text);
    const head = asHead(whole);
    return head ? { ok: true, heads: [head] } : { ok: false, line: 1, error: 'not an audit chain head' };
  } catch {
    // Not one JSON value: read it as JSON lines.
  }
  const heads: AuditHead[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return { ok: false, line: index + 1, error: 'not JSON' };
    }
    const head = asHead(value);
    if (!head) return { ok: false, line: index + 1, error: 'not an audit chain head' };
    heads.push(head);
  }
  return heads.length > 0 ? { ok: true, heads } : { ok: false, line: 1, error: 'no heads in the file' };
}
