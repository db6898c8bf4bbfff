import { useCallback, useState } from 'react';

/**
 * Remembers the cursors of the pages visited, so "previous" works on an API that only hands
 * out the next cursor. Call `reset` when the filters change.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const pageIndex = cursors.length - 1;
  const cursor = cursors[pageIndex];
  const next = useCallback((nextCursor: string | null) => {
    if (nextCursor) setCursors((list) => [...list, nextCursor]);
  }, []);
  const previous = useCallback(() => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)), []);
  const reset = useCallback(() => setCursors([undefined]), []);
  return { cursor, pageIndex, next, previous, reset };
}
