import { describe, expect, it } from 'vitest';
import { compareWithArchivedHead, headProblemMessage, parseArchivedHeads } from './audit-head.rules';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('comparing an archived audit chain head (issue 16: audit tail anchoring)', () => {
  it('matches when the archived row is still there with the archived hash, however many rows came after', () => {
    expect(compareWithArchivedHead({ id: '10', hash: A, rows: 10 }, { lastId: '10', rows: 10, hashAtArchivedId: A })).toEqual({ kind: 'match' });
    expect(compareWithArchivedHead({ id: '10', hash: A, rows: 10 }, { lastId: '25', rows: 25, hashAtArchivedId: A })).toEqual({ kind: 'match' });
  });

  it('an archived head of an empty log matches any chain', () => {
    expect(compareWithArchivedHead({ id: null, hash: '0'.repeat(64) }, { lastId: null, rows: 0, hashAtArchivedId: null })).toEqual({ kind: 'match' });
  });

  it('reports a chain that ends before the archived head, counting the missing rows from the archived row count', () => {
    expect(compareWithArchivedHead({ id: '10', hash: A, rows: 10 }, { lastId: '7', rows: 7, hashAtArchivedId: null })).toEqual({
      kind: 'shorter',
      archivedId: '10',
      lastId: '7',
      missingAtLeast: 3,
    });
    // Without a row count, at least one row is missing; ids are compared as numbers, not text.
    expect(compareWithArchivedHead({ id: '10', hash: A }, { lastId: '9', rows: 9, hashAtArchivedId: null })).toMatchObject({ kind: 'shorter', missingAtLeast: 1 });
    expect(compareWithArchivedHead({ id: '3', hash: A, rows: 3 }, { lastId: null, rows: 0, hashAtArchivedId: null })).toMatchObject({ kind: 'shorter', lastId: null, missingAtLeast: 3 });
  });

  it('reports a removed row when the chain goes on past it (cut, then continued)', () => {
    expect(compareWithArchivedHead({ id: '10', hash: A, rows: 10 }, { lastId: '12', rows: 9, hashAtArchivedId: null })).toEqual({ kind: 'missing', archivedId: '10', lastId: '12' });
    expect(compareWithArchivedHead({ id: '9', hash: A }, { lastId: '10', rows: 9, hashAtArchivedId: null })).toMatchObject({ kind: 'missing' });
  });

  it('reports a row whose hash differs from the archived one', () => {
    expect(compareWithArchivedHead({ id: '10', hash: A }, { lastId: '10', rows: 10, hashAtArchivedId: B })).toEqual({ kind: 'mismatch', archivedId: '10', archivedHash: A, actualHash: B });
  });

  it('words each problem in Swedish with English in parentheses', () => {
    const shorter = headProblemMessage({ kind: 'shorter', archivedId: '10', lastId: '7', missingAtLeast: 3 });
    expect(shorter).toContain('Granskningskedjan är KORTARE än det arkiverade huvudet');
    expect(shorter).toContain('minst 3 rader saknas');
    expect(shorter).toContain('(The audit chain is SHORTER than the archived head: last row id 7, archived head id 10; at least 3 rows missing at the end)');
    expect(headProblemMessage({ kind: 'mismatch', archivedId: '10', archivedHash: A, actualHash: B })).toMatch(/^Huvudet stämmer inte.*\(The head does not match/);
    expect(headProblemMessage({ kind: 'missing', archivedId: '10', lastId: '12' })).toContain('finns inte längre');
  });
});

describe('reading an archived head file (issue 16: audit tail anchoring)', () => {
  const head = { id: '10', hash: A, occurredAt: '2026-12-06T12:00:00.000Z', rows: 10, readAt: '2026-12-06T12:15:00.000Z' };

  it('reads one head, pretty-printed or not', () => {
    expect(parseArchivedHeads(JSON.stringify(head, null, 2))).toEqual({ ok: true, heads: [head] });
    expect(parseArchivedHeads(`${JSON.stringify(head)}\n`)).toEqual({ ok: true, heads: [head] });
  });

  it('reads JSON lines of published heads, skipping blank lines, and app log lines carrying the head', () => {
    const later = { ...head, id: '12', hash: B };
    const logLine = JSON.stringify({ level: 30, msg: 'audit chain head', auditHead: later });
    expect(parseArchivedHeads(`${JSON.stringify(head)}\n\n${logLine}\n`)).toEqual({ ok: true, heads: [head, later] });
  });

  it('names the line that is not a head', () => {
    expect(parseArchivedHeads(`${JSON.stringify(head)}\n{"id":"x"}\n`)).toEqual({ ok: false, line: 2, error: 'not an audit chain head' });
    expect(parseArchivedHeads(`${JSON.stringify(head)}\nnot json\n`)).toEqual({ ok: false, line: 2, error: 'not JSON' });
    expect(parseArchivedHeads('')).toMatchObject({ ok: false });
    expect(parseArchivedHeads('{"hash":"short"}')).toMatchObject({ ok: false, line: 1 });
  });
});
