import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { withoutEmpty } from './search.format';

/**
 * The text of a list's search box, put into the search (`q`) of the page address once typing
 * settles. Other changes of the address (back button, "clear", a saved filter) are copied into the box.
 */
export function useSearchText<S extends { q?: string }>(value: S, onChange: (next: S) => void) {
  const [text, setText] = useState(value.q ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 300);
  // The last text this box put in the address.
  const pushed = useRef(value.q ?? '');

  useEffect(() => {
    if ((value.q ?? '') !== pushed.current) {
      pushed.current = value.q ?? '';
      setText(value.q ?? '');
    }
  }, [value.q]);

  // Runs when the typed text settles, not when other filters change, so it never undoes them.
  const latest = useRef({ value, onChange });
  useEffect(() => {
    latest.current = { value, onChange };
  });
  useEffect(() => {
    if (debounced === pushed.current) return;
    pushed.current = debounced;
    latest.current.onChange(withoutEmpty({ ...latest.current.value, q: debounced }));
  }, [debounced]);

  /** Empties the box without it pushing the empty text into the address later. */
  const clear = () => {
    pushed.current = '';
    setText('');
  };
  return { text, setText, clear };
}
