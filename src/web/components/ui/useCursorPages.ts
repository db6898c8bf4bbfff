import { useCallback, useState } from 'react';

type PagesState = { key: string | undefined; cursors: (string | undefined)[] };

const FIRST_PAGE: (string | undefined)[] = [undefined];

/**
 * Remembers the cursors of the pages visited, so "previous" works on an API that only hands
 * out the next cursor. Pass `resetKey` (e.g. the filters) to start from the first page in the
 * same render as the filters change, so a cursor is never sent with filters it was not made
 * for; or call `reset` yourself.
 */
export function useCursorPages(resetKey?: string) {
  const [state, setState] = useState<PagesState>({ key: resetKey, cursors: FIRST_PAGE });
  const cursors = state.key === resetKey ? state.cursors : FIRST_PAGE;
  const pageIndex = cursors.length - 1;
  const cursor = cursors[pageIndex];
  const next = useCallback(
    (nextCursor: string | null) => {
      if (!nextCursor) return;
      setState((s) => ({ key: resetKey, cursors: [...(s.key === resetKey ? s.cursors : FIRST_PAGE), nextCursor] }));
    },
    [resetKey],
  );
  const previous = useCallback(
    () =>
      setState((s) => {
        const list = s.key === resetKey ? s.cursors : FIRST_PAGE;
        return { key: resetKey, cursors: list.length > 1 ? list.slice(0, -1) : list };
      }),
    [resetKey],
  );
  const reset = useCallback(() => setState({ key: resetKey, cursors: FIRST_PAGE }), [resetKey]);
  return { cursor, pageIndex, next, previous, reset };
}
